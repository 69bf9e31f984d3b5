#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlError;
struct sqlite3;

// One open CreditDesk database: the writer connection, its engine's dialect, the migrations applied.
// Repositories take a Database& and run every statement through exec() with bound parameters.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        // Holds the claim on a SQLite file (a lock file beside it) while open: the GUI, and creditctl's
        // commands that change data. Nobody else who honours the claim writes meanwhile.
        bool exclusive = false;
        bool migrate = true;
        // Never writes, never checkpoints or removes the WAL: reads beside a CreditDesk that holds the file.
        // With `migrate`, a schema other than this program's is refused (it cannot be migrated); without,
        // the caller looks at the schema itself (checking a backup).
        bool readOnly = false;
        // How long an exclusive open waits for a claim held by a creditctl command (never for the GUI).
        int claimWaitMs = 0;
    };

    // Who holds the claim on a SQLite file: a live process, its host and program.
    struct ClaimHolder
    {
        qint64 pid = 0;
        QString host;
        QString program; // "creditdesk", "creditctl", ...
        bool isWindow() const { return program == QLatin1String("creditdesk"); }
    };
    static std::optional<ClaimHolder> claimHolder(const QString& sqlitePath);

    // Whether the storage works. Set by every failed statement that means the file or the server is
    // gone, damaged or full (not by a busy, a conflict or a refused entry) and by probe().
    struct Health
    {
        bool ok = true;
        QString message; // for the officer
        QString detail; // for the log
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
    // SQLite's own handle of the writer connection (bulk writes, the online backup); null on PostgreSQL.
    sqlite3* sqliteHandle() const;

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

    const Health& health() const { return m_health; }
    // Called on the thread that used the connection whenever health() changes.
    void setHealthListener(std::function<void()> listener) { m_healthListener = std::move(listener); }
    // A real read of the stored data, and on SQLite a check that the file at the path is still the one
    // opened (not moved, replaced or deleted). Updates health().
    Status probe();
    // Closes and reopens the connection (same URL and options), then probes. Only between transactions.
    Status reconnect();
    // Closes the connection and lets go of the claim, so the file can be replaced (a restore); reconnect()
    // opens it again and takes the claim back.
    void close();
    // PRAGMA quick_check on SQLite (a few seconds on a large file); the problems found, empty when sound.
    // Nothing to check on PostgreSQL, which guards its own pages.
    Result<QStringList> quickCheck();

    // What the two engines do differently, said once here so no repository branches on the engine:
    // Holds the table against other writers until the transaction ends (two programs seeding a new
    // PostgreSQL database at once); SQLite's writer is exclusive already, so nothing happens there.
    Status lockTable(const QString& table);
    // After rows were written with ids given by the program, the next id the database hands out comes
    // after them (PostgreSQL's identity sequence); SQLite takes MAX(id) + 1 by itself.
    Status syncIdSequence(const QString& table);
    // For the rest of the transaction, plan each prepared statement for its own values: PostgreSQL would
    // otherwise keep a generic plan made while an import's tables were still small. Nothing on SQLite.
    Status planEachStatement();

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
    Status claim(const Options& options);
    Status configureSqlite();
    QSqlDatabase makeConnection(const QString& name) const;
    void setHealth(bool ok, const QString& message = {}, const QString& detail = {}) const;
    // The device and inode of the SQLite file as opened, to notice a file pulled from under us.
    std::optional<std::pair<quint64, quint64>> currentFileIdentity() const;

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<std::pair<quint64, quint64>> m_fileIdentity;
    mutable Health m_health;
    std::function<void()> m_healthListener;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};
