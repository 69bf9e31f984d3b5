#include "CaseType.h"

const CaseState* CaseType::state(const QString& stateId) const
{
    for (const auto& candidate : states) {
        if (candidate.id == stateId)
            return &candidate;
    }
    return nullptr;
}

const Transition* CaseType::transition(const QString& transitionId) const
{
    for (const auto& candidate : transitions) {
        if (candidate.id == transitionId)
            return &candidate;
    }
    return nullptr;
}

QList<const Transition*> CaseType::transitionsFrom(const QString& stateId) const
{
    QList<const Transition*> list;
    for (const auto& candidate : transitions) {
        if (candidate.from.contains(stateId))
            list << &candidate;
    }
    return list;
}

const CaseType* CaseTypes::find(const QString& typeId)
{
    for (const auto& type : all()) {
        if (type.id == typeId)
            return &type;
    }
    return nullptr;
}

QString CaseTypes::displayName(const CaseType& type)
{
    return tr(type.name);
}

QString CaseTypes::stateName(const CaseType& type, const QString& stateId)
{
    const CaseState* found = type.state(stateId);
    return found ? tr(found->name) : stateId;
}

QString CaseTypes::transitionName(const Transition& transition)
{
    return tr(transition.name);
}

QString CaseTypes::countingId(DeadlineCounting counting)
{
    switch (counting) {
    case DeadlineCounting::WorkingDays:
        return QStringLiteral("working");
    case DeadlineCounting::CalendarDays:
        return QStringLiteral("calendar");
    case DeadlineCounting::Months:
        return QStringLiteral("months");
    }
    return {};
}

std::optional<DeadlineCounting> CaseTypes::parseCounting(const QString& id)
{
    for (auto counting : {DeadlineCounting::WorkingDays, DeadlineCounting::CalendarDays, DeadlineCounting::Months}) {
        if (countingId(counting) == id)
            return counting;
    }
    return std::nullopt;
}

QString CaseTypes::stateName(const QString& typeId, const QString& stateId)
{
    const CaseType* type = find(typeId);
    return type && !stateId.isEmpty() ? stateName(*type, stateId) : stateId;
}

bool CaseTypes::isPartysPeriod(const QString& kind)
{
    for (const CaseType& type : all()) {
        for (const Transition& transition : type.transitions) {
            if (transition.starts && transition.starts->kind == kind)
                return transition.starts->partysPeriod;
        }
    }
    return false;
}

QString CaseTypes::deadlineName(const QString& kind)
{
    if (kind == QLatin1String("statement"))
        return tr("period to state one's case or object");
    if (kind == QLatin1String("objection_decision"))
        return tr("objection verification");
    if (kind == QLatin1String("listing_period"))
        return tr("listing period");
    return kind;
}
