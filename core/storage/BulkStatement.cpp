#include "BulkStatement.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <sqlite3.h>

namespace {
class SqliteStatement : public BulkStatement
{
public:
    SqliteStatement(Database& db, sqlite3* handle, sqlite3_stmt* statement, const QString& sql)
        : m_db(db)
        , m_handle(handle)
        , m_statement(statement)
        , m_sql(sql)
    { }
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }

    Result<QList<QVariantList>> run(const QVariantList& values) override
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        for (int i = 0; i < values.size(); ++i) {
            if (const int rc = bind(i + 1, values.at(i)); rc != SQLITE_OK)
                return failure(rc);
        }
        QList<QVariantList> rows;
        const int columns = sqlite3_column_count(m_statement);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << column(c);
            rows << row;
        }
        if (rc != SQLITE_DONE)
            return failure(rc);
        m_affected = sqlite3_changes64(m_handle);
        sqlite3_reset(m_statement);
        return rows;
    }

    qint64 rowsAffected() const override { return m_affected; }

private:
    int bind(int index, const QVariant& value)
    {
        if (value.isNull() && value.typeId() != QMetaType::QString)
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::QString: {
            // A null QString is empty text, as in Database::bindParameters. The QVariant in the caller's list
            // keeps the text alive until the statement has run.
            const auto* text = static_cast<const QString*>(value.constData());
            return sqlite3_bind_text16(m_statement, index,
                                       text->isNull() ? static_cast<const void*>(u"")
                                                      : static_cast<const void*>(text->utf16()),
                                       int(text->size() * sizeof(char16_t)), SQLITE_STATIC);
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            return sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
    }

    QVariant column(int c) const
    {
        switch (sqlite3_column_type(m_statement, c)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, c)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, c));
        case SQLITE_NULL:
            return QVariant();
        default:
            return QString::fromUtf16(static_cast<const char16_t*>(sqlite3_column_text16(m_statement, c)),
                                      sqlite3_column_bytes16(m_statement, c) / qsizetype(sizeof(char16_t)));
        }
    }

    Error failure(int rc)
    {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(m_statement);
        return m_db.errorFrom(QSqlError(message, message, QSqlError::StatementError, QString::number(rc)), m_sql);
    }

    Database& m_db;
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
    QString m_sql;
    qint64 m_affected = 0;
};

class QueryStatement : public BulkStatement
{
public:
    QueryStatement(Database& db, QSqlQuery query)
        : m_db(db)
        , m_query(std::move(query))
    { }

    Result<QList<QVariantList>> run(const QVariantList& values) override
    {
        if (auto ran = m_db.run(m_query, values); !ran)
            return ran.error();
        QList<QVariantList> rows;
        const int columns = m_query.record().count();
        while (m_query.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << m_query.value(c);
            rows << row;
        }
        m_affected = m_query.numRowsAffected();
        m_query.finish();
        return rows;
    }

    qint64 rowsAffected() const override { return m_affected; }

private:
    Database& m_db;
    QSqlQuery m_query;
    qint64 m_affected = 0;
};
} // namespace

Result<std::unique_ptr<BulkStatement>> BulkStatement::prepare(Database& db, const QString& sql)
{
    if (db.isSqlite()) {
        if (sqlite3* native = db.sqliteHandle()) {
            sqlite3_stmt* statement = nullptr;
            const int rc = sqlite3_prepare_v3(native, reinterpret_cast<const char*>(sql.toUtf8().constData()), -1,
                                              SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
            if (rc != SQLITE_OK) {
                const QString message = QString::fromUtf8(sqlite3_errmsg(native));
                return db.errorFrom(QSqlError(message, message, QSqlError::StatementError, QString::number(rc)), sql);
            }
            return std::unique_ptr<BulkStatement>(std::make_unique<SqliteStatement>(db, native, statement, sql));
        }
    }
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    return std::unique_ptr<BulkStatement>(std::make_unique<QueryStatement>(db, std::move(*query)));
}
