#pragma once

#include "PagedQuery.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

// Reads a PagedQuery on a connection that belongs to the calling thread (a reader from
// Database::openReader, or the writer on the GUI thread). Each call runs its statement to the end and
// finishes it, so no SELECT stays open to hold back a writer.
class PagedReader
{
    Q_DECLARE_TR_FUNCTIONS(PagedReader)

public:
    PagedReader() = delete;

    // Rows offset .. offset + limit - 1 of the query, each as its column values; fewer at the end.
    static Result<QList<QVariantList>> fetchWindow(QSqlDatabase& db, const PagedQuery& query, int offset, int limit);
    // The number of rows, from countSql. A query without countSql is an error: read to the end instead.
    static Result<qint64> count(QSqlDatabase& db, const PagedQuery& query);
};
