#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

class Database;

// How much the database holds: the figures of the home page and of `creditctl stats`.
class Counts
{
public:
    // Pairs of (key, count) in a fixed order: subjects, records, cases, documents, users, audit_events.
    // A table that a later version adds counts as 0 until it exists.
    static Result<QList<QPair<QString, qint64>>> all(Database& db);
};
