#pragma once

#include "NamePlan.h"
#include "query/PagedQuery.h"

#include <QString>

// What the subjects list filters by. Empty fields match all.
struct SubjectFilter
{
    QString nameContains; // compared as SubjectNames::searchKey
    QString codePrefix;
    QString kind; // ReferenceTerms::subjectKinds()
    QString status; // active, merged
    NamePlan namePlan; // a narrow name is looked up in the name index (NamePlan::of), else scanned
};

// The columns of a subjects list row, in this order (see SubjectList::query).
enum SubjectColumn
{
    SubjectId,
    SubjectName,
    SubjectKind,
    SubjectIdType,
    SubjectCode,
    SubjectLegalRepresentative,
    SubjectDepartment,
    SubjectStatus,
    SubjectCreatedAt,
    SubjectVersion,
    SubjectColumnCount
};

// The SQL of the subjects list the screen reads lazily, on the same indexes as SubjectStore::search.
namespace SubjectList {
// Whether the list can be sorted by this column (the others would sort a million rows without an index).
bool sortable(int column);
// The ORDER BY body for a column and direction, ending in the unique id; the default is newest first.
QString orderBy(int column, bool ascending);
PagedQuery query(const SubjectFilter& filter, const QString& orderBy);
} // namespace SubjectList
