#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

class QLockFile;
class QSqlError;

// One open CreditDesk database: the writer connection, its engine's dialect, the migrations applied.
// Repositories take a Database& and run every statement through exec() with bound parameters.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        bool exclusive = false; // the GUI holds the SQLite file for itself (a lock file beside it)
        bool migrate = true;
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, const Options& options);
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url) { return open(url, Options{}); }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseUrl& url() const { return m_url; }
    bool isSqlite() const { return m_url.isSqlite(); }
    bool isPostgres() const { return !m_url.isSqlite(); }
    QSqlDatabase& connection() { return m_db; }

    // Runs one statement with positional (?) parameters.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& params = {});
    // A statement prepared once and run many times with run() (imports, benchmarks).
    Result<QSqlQuery> prepare(const QString& sql);
    Status run(QSqlQuery& query, const QVariantList& params, const QString& what = {});
    // Binds params in order. A null QString means "no text" in this code base and is bound as empty
    // text; SQL NULL is asked for with QVariant(). Every QSqlQuery path binds through here
    // (BulkStatement's SQLite binder applies the same rule).
    static void bindParameters(QSqlQuery& query, const QVariantList& params);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {});
    bool tableExists(const QString& table);

    // Turns a driver error into an officer-facing Error (busy, conflict, lost connection...).
    Error errorFrom(const QSqlError& error, const QString& what) const;

    // SQL for the current UTC time as ISO 8601 text with milliseconds, evaluated by the server.
    QString nowSql() const;
    // "FOR UPDATE" on PostgreSQL, nothing on SQLite (whose writer is already exclusive).
    QString forUpdateSql() const;

    int schemaVersion();
    static int shippedSchemaVersion();

    // A second connection to the same database for reading on the calling thread (list models),
    // so no SELECT is ever held open on the writer. The caller removes it with closeReader().
    Result<QSqlDatabase> openReader(const QString& connectionName) const;
    static void closeReader(const QString& connectionName);

    // Transaction depth bookkeeping for Transaction.
    int& transactionDepth() { return m_depth; }
    bool& rollbackOnly() { return m_rollbackOnly; }

private:
    Database(const DatabaseUrl& url, const QString& connectionName);
    Status connect(const Options& options);
    Status configureSqlite();
    QSqlDatabase makeConnection(const QString& name) const;

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};
