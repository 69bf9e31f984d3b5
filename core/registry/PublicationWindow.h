#pragma once

#include "rules/RuleProfile.h"

#include <QDate>

// When a record may be repaired and when its publication stops, from the rule profile in force on the
// decision date (docs/regulations.md §2). Periods run from the decision date: after the minimum the party may
// apply for repair; on the day the maximum is reached publication stops without any application. A
// tier the profile does not publish (轻微 under Order 58) is never published: both dates are the
// decision date.
struct PublicationWindow
{
    QDate repairableFrom;
    QDate publishUntil; // the first day the record is no longer published
    bool published = true;

    static PublicationWindow of(const RuleProfile& profile, PublicationTier tier, QDate decisionDate)
    {
        const auto range = profile.publication(tier);
        if (!range || range->max == 0)
            return {decisionDate, decisionDate, false};
        return {decisionDate.addMonths(range->min), decisionDate.addMonths(range->max), true};
    }
};
