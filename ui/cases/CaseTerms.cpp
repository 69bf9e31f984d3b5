#include "CaseTerms.h"

QString CaseTerms::daysLeftText(const CaseDeadline& deadline, int daysLeft)
{
    const bool working = deadline.counting == DeadlineCounting::WorkingDays;
    if (daysLeft < 0 && CaseTypes::isPartysPeriod(deadline.kind))
        return tr("the party's period is over");
    if (daysLeft < 0)
        return working ? tr("overdue by %n working day(s)", nullptr, -daysLeft)
                       : tr("overdue by %n day(s)", nullptr, -daysLeft);
    return working ? tr("%n working day(s) left", nullptr, daysLeft) : tr("%n day(s) left", nullptr, daysLeft);
}

QString CaseTerms::deadlineStatusName(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Running:
        return tr("Running");
    case DeadlineStatus::Extended:
        return tr("Extended");
    case DeadlineStatus::Overdue:
        return tr("Overdue");
    case DeadlineStatus::Met:
        return tr("Met");
    case DeadlineStatus::Closed:
        return tr("Closed");
    }
    return {};
}
