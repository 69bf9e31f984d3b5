#pragma once

#include "query/PagedQuery.h"

#include <QString>

struct CaseFilter
{
    QString type; // empty: every type
    QString state;
    QString assignee;
    qint64 subjectId = 0;
    int limit = 500; // CaseStore::list only; the window's list reads every row, one window at a time
    QString text; // part of the case number or of the subject's name, or the beginning of its code
    qint64 recordId = 0; // the cases that concern this credit record
};

// The columns of a case list row, in this order (CaseList::query); the first seven are what the list shows.
enum CaseColumn
{
    CaseNumberColumn,
    CaseSubjectColumn,
    CaseStateColumn,
    CaseDueColumn, // the earliest due date of a running deadline, NULL when none
    CaseTopicColumn, // CaseTypeHooks::topicSql
    CaseCodeColumn, // the subject's code as stored: mask it for display (Masking::code)
    CaseOfficerColumn, // the officer's name, NULL for a login no longer known
    CaseIdColumn,
    CaseTypeColumn,
    CaseIdTypeColumn, // the subject's id_type, for masking
    CaseDueKindColumn,
    CaseVersionColumn,
    CaseAssigneeColumn, // the officer's login
    CaseColumnCount
};
inline constexpr int kCaseShownColumns = CaseIdColumn;

// The SQL of the case lists: the window reads it lazily (WindowedTableModel), CaseStore::list and
// creditctl read it whole. Sorting and filtering happen in SQL, so any number of cases lists alike.
namespace CaseList {
bool sortable(int column);
// The ORDER BY body for a column and direction, ending in the unique id; the default is newest first.
QString orderBy(int column, bool ascending);
QString defaultOrder();
PagedQuery query(const CaseFilter& filter, const QString& orderBy);
// What each case type says a case is about (CaseTypeHooks::topicSql), as one SQL expression over `c`.
QString topicSql();
} // namespace CaseList
