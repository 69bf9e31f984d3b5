#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// How a name filter reaches its subjects. A narrow name (its rarest pair of characters is shared by a
// few thousand subjects at most) is looked up in the name index and checked on those subjects only;
// a broad one ("有限公司", one character) is checked on each row as the list is walked in its order,
// which fills a page at once because matches are everywhere. Without a plan the names are scanned.
struct NamePlan
{
    Q_DECLARE_TR_FUNCTIONS(NamePlan)

public:
    enum class Reach
    {
        Unplanned,
        Narrow,
        Broad
    };
    static constexpr int kNarrowLimit = 5000;

    Reach reach = Reach::Unplanned;
    QString gram; // Narrow: the rarest pair of characters of the key

    // Counts, for each pair of characters of the search key, the subjects that have it (bounded by
    // kNarrowLimit + 1, so a common pair costs no more than a rare one): a few index lookups.
    static Result<NamePlan> of(Database& db, const QString& key);
};
