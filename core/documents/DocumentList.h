#pragma once

#include "DocumentKind.h"
#include "query/PagedQuery.h"

#include <QString>
#include <optional>

// The columns of a documents list row, in this order (DocumentList::query); the first seven are shown.
enum DocumentColumn
{
    DocumentNumberColumn,
    DocumentKindColumn, // the kind's id (DocumentKinds::parse)
    DocumentSubjectColumn,
    DocumentCaseColumn, // the issuing case's number
    DocumentIssuedByColumn,
    DocumentIssuedAtColumn, // UTC ISO 8601
    DocumentStatusColumn, // issued, voided
    DocumentIdColumn,
    DocumentVoidReasonColumn,
    DocumentVoidedByColumn,
    DocumentVoidedAtColumn,
    DocumentColumnCount
};
inline constexpr int kDocumentShownColumns = DocumentIdColumn;

// The SQL of the issued documents list, which the window reads lazily and DocumentStore::list whole:
// filtered by part of the number, subject or title and by kind, sorted in SQL.
namespace DocumentList {
// " WHERE ..." (or empty) over documents, with its parameters appended to params.
QString whereSql(const QString& text, std::optional<DocumentKind> kind, QVariantList& params);
bool sortable(int column);
QString orderBy(int column, bool ascending); // the default (-1): newest first
PagedQuery query(const QString& text, std::optional<DocumentKind> kind, const QString& orderBy);
} // namespace DocumentList
