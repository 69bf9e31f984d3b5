#include "PagedReader.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
Error readError(const QSqlQuery& query, const QString& sql)
{
    const QSqlError error = query.lastError();
    return Error::storage(PagedReader::tr("The list could not be read from the database."),
                          QStringLiteral("%1 [%2] %3").arg(error.text(), error.nativeErrorCode(), sql));
}

// Prepares and runs sql forward-only with the parameters bound as Database::exec binds them.
Result<QSqlQuery> run(QSqlDatabase& db, const QString& sql, const QVariantList& params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return readError(query, sql);
    Database::bindParameters(query, params);
    if (!query.exec())
        return readError(query, sql);
    return query;
}

// A trailing semicolon would end the statement before the LIMIT that is appended to it.
QString withoutTerminator(const QString& sql)
{
    QString trimmed = sql.trimmed();
    while (trimmed.endsWith(u';'))
        trimmed = trimmed.chopped(1).trimmed();
    return trimmed;
}
} // namespace

Result<QList<QVariantList>> PagedReader::fetchWindow(QSqlDatabase& db, const PagedQuery& query, int offset, int limit)
{
    if (query.selectSql.isEmpty() || offset < 0 || limit < 0)
        return Error::invalid(tr("The list has no query to read."),
                              QStringLiteral("offset %1, limit %2").arg(offset).arg(limit));
    const QString sql = withoutTerminator(query.selectSql) + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList params = query.params;
    params << limit << offset;
    auto selected = run(db, sql, params);
    if (!selected)
        return selected.error();
    QSqlQuery& rows = *selected;
    const int columns = rows.record().count();
    QList<QVariantList> window;
    window.reserve(limit);
    while (rows.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(rows.value(column));
        window.append(std::move(row));
    }
    if (rows.lastError().isValid())
        return readError(rows, sql);
    rows.finish();
    return window;
}

Result<qint64> PagedReader::count(QSqlDatabase& db, const PagedQuery& query)
{
    if (query.countSql.isEmpty())
        return Error::invalid(tr("The list cannot be counted before it has been read to the end."));
    auto counted = run(db, withoutTerminator(query.countSql), query.params);
    if (!counted)
        return counted.error();
    QSqlQuery& rows = *counted;
    if (!rows.next())
        return readError(rows, query.countSql);
    const qint64 total = rows.value(0).toLongLong();
    rows.finish();
    return total;
}
