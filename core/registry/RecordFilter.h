#pragma once

#include "NamePlan.h"
#include "query/PagedQuery.h"

#include <QDate>
#include <QString>
#include <QVariantList>

class Database;

// What the records list, `creditctl records list` and the export filter by. Empty fields match all.
struct RecordFilter
{
    QString nameContains; // subject name substring (compared as SubjectNames::searchKey)
    QString codePrefix; // subject code prefix
    qint64 subjectId = 0;
    qint64 departmentId = 0; // the source department
    QString itemKey; // catalog item key, any version
    QString tier;
    QString status;
    QDate decidedFrom;
    QDate decidedTo;
    NamePlan namePlan; // filled by RecordList::planName; without it the name is scanned

    // The WHERE clause over credit_records r JOIN subjects s (with a leading " WHERE", or empty) and its
    // parameters, appended to `params`.
    QString whereSql(QVariantList& params) const;
    bool isEmpty() const;
};

// The columns of a records list row, in this order (see RecordList::selectSql).
enum RecordColumn
{
    RecordId,
    RecordSubjectName,
    RecordSubjectIdType,
    RecordSubjectCode,
    RecordSubjectKind,
    RecordDecisionNumber,
    RecordAuthority,
    RecordTier,
    RecordDecisionDate,
    RecordRepairableFrom,
    RecordPublishUntil,
    RecordStatus,
    RecordDepartment,
    RecordItemName,
    RecordAmountFen,
    RecordSubjectId,
    RecordColumnCount
};

// The SQL of records lists, shared by the screen's lazy model, the command line and the export.
namespace RecordList {
// SELECT of the RecordColumn columns with the filter, ordered by `orderBy` (an ORDER BY body ending in
// a unique key); no LIMIT.
QString selectSql(const RecordFilter& filter, const QString& orderBy, QVariantList& params);
QString countSql(const RecordFilter& filter, QVariantList& params);
// The ORDER BY body for a sort column and direction; the default is newest decision first.
QString orderBy(int column, bool ascending);
// Decides how the filter's name reaches its subjects (see NamePlan); callers do it before query().
Status planName(Database& db, RecordFilter& filter);
// Both statements with their parameters, for a lazy list.
PagedQuery query(const RecordFilter& filter, const QString& orderBy);
} // namespace RecordList
