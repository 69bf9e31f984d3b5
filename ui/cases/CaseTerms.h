#pragma once

#include "cases/Case.h"

#include <QCoreApplication>

// The words the case screens and the home page share for deadlines.
class CaseTerms
{
    Q_DECLARE_TR_FUNCTIONS(CaseTerms)

public:
    // "3 working days left", "overdue by 2 days"; a party's statement period that is over is not overdue,
    // since it is the party's period, not an office duty.
    static QString daysLeftText(const CaseDeadline& deadline, int daysLeft);
    static QString deadlineStatusName(DeadlineStatus status);
};
