#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

class Database;

// The name index of the registry (table subject_name_grams): for each subject, the pairs of
// neighbouring characters of its search key. Written with every new subject, read by name filters.
namespace SubjectNameIndex {
// Adds the grams of (subject id, search key) pairs, inside the caller's transaction.
Status add(Database& db, const QList<QPair<qint64, QString>>& subjects);
} // namespace SubjectNameIndex
