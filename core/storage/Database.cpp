#include "Database.h"

#include "Migrator.h"
#include "SqliteLocks.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <sqlite3.h>
#include <sys/stat.h>

namespace {
QAtomicInt s_connectionCounter;

bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || error.databaseText().contains(QLatin1String("database is locked"));
}

// SQLite's primary result code of a driver error (Qt reports it as nativeErrorCode), or -1.
int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// The program a process runs, from /proc (Linux): tells the window from a creditctl command.
QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll()).trimmed();
}
} // namespace

Database::Database(const DatabaseUrl& url, const QString& connectionName)
    : m_url(url)
    , m_connectionName(connectionName)
{ }

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, const Options& options)
{
    if (url.isSqlite())
        SqliteLocks::install();
    const QString name = QStringLiteral("creditdesk-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(url, name));
    if (auto connected = db->connect(options); !connected)
        return connected.error();
    if (options.readOnly && options.migrate) {
        // Reading never migrates: a schema this program does not know is refused instead of misread.
        const int found = db->schemaVersion();
        if (found != shippedSchemaVersion())
            return Error::environment(
                found > shippedSchemaVersion()
                    ? tr("The database %1 was made by a newer CreditDesk (schema %2, this program knows %3).")
                          .arg(url.toString())
                          .arg(found)
                          .arg(shippedSchemaVersion())
                    : tr("The database %1 needs an upgrade (schema %2 to %3) that only a command that changes data "
                         "can make.")
                          .arg(url.toString())
                          .arg(found)
                          .arg(shippedSchemaVersion()));
    } else if (options.migrate) {
        if (auto migrated = Migrator(*db).migrate(); !migrated)
            return migrated.error();
    }
    return db;
}

QSqlDatabase Database::makeConnection(const QString& name) const
{
    if (m_url.isSqlite()) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(m_options.readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return db;
    }
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setDatabaseName(m_url.databaseName);
    db.setUserName(m_url.user);
    // An empty password lets libpq take PGPASSWORD from the environment.
    db.setPassword(m_url.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=CreditDesk"));
    return db;
}

std::optional<Database::ClaimHolder> Database::claimHolder(const QString& sqlitePath)
{
    QLockFile lock(sqlitePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return std::nullopt; // free (a stale file of a dead process is taken over and let go)
    ClaimHolder holder;
    QString app;
    if (!lock.getLockInfo(&holder.pid, &holder.host, &app))
        return std::nullopt;
    holder.program = programOf(holder.pid);
    if (holder.program.isEmpty())
        holder.program = app;
    return holder;
}

Status Database::claim(const Options& options)
{
    m_lock = std::make_unique<QLockFile>(m_url.path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    QElapsedTimer waited;
    waited.start();
    while (!m_lock->tryLock(100)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        QString program = programOf(pid);
        if (program == QLatin1String("creditctl") && waited.elapsed() < options.claimWaitMs)
            continue; // another command: its work is short, wait our turn
        if (program.isEmpty())
            program = app;
        m_lock.reset();
        if (program == QLatin1String("creditctl"))
            return Error::environment(
                tr("The database %1 is busy: a creditctl command (process %2 on %3) is changing it. Try again when "
                   "it has finished.")
                    .arg(m_url.path)
                    .arg(pid)
                    .arg(host));
        return Error::environment(
            tr("The database %1 is already open in CreditDesk (process %2 on %3). Close that window "
               "first, or open another database. Commands that only read work meanwhile.")
                .arg(m_url.path)
                .arg(pid)
                .arg(host));
    }
    return {};
}

Status Database::connect(const Options& options)
{
    m_options = options;
    if (m_url.isSqlite()) {
        const QFileInfo file(m_url.path);
        if (options.readOnly && !file.exists())
            return Error::environment(tr("There is no database at %1.").arg(m_url.path));
        if (!QDir().mkpath(file.absolutePath()))
            return Error::environment(tr("Cannot create the folder %1 for the database.").arg(file.absolutePath()));
        if (options.exclusive && !m_lock) {
            if (auto claimed = claim(options); !claimed)
                return claimed;
        }
    }
    m_db = makeConnection(m_connectionName);
    if (!m_db.isValid())
        return Error::environment(tr("The Qt database driver for %1 is not installed.").arg(m_url.toString()));
    if (!m_db.open())
        return Error::environment(tr("Cannot open the database %1.").arg(m_url.toString()), m_db.lastError().text());
    if (m_url.isSqlite()) {
        if (auto configured = configureSqlite(); !configured)
            return configured;
        m_fileIdentity = currentFileIdentity();
        return {};
    }
    if (auto set = exec(QStringLiteral("SET client_min_messages TO WARNING")); !set)
        return set.error();
    if (options.readOnly) {
        if (auto set = exec(QStringLiteral("SET default_transaction_read_only TO on")); !set)
            return set.error();
    }
    return {};
}

namespace {
// A registry of millions of rows does not fit SQLite's default 2 MB page cache: every lookup of an
// import or a list page would go back to the kernel. 64 MB per connection keeps the hot indexes in
// memory. (A memory map was tried: it is faster still, but its pages count as the process's memory,
// which on an office PC with a 1 GB registry is the wrong trade.)
QStringList readingPragmas()
{
    return {QStringLiteral("PRAGMA cache_size=-65536"), QStringLiteral("PRAGMA temp_store=MEMORY")};
}
} // namespace

Status Database::configureSqlite()
{
    if (m_options.readOnly) {
        // Beside a running CreditDesk: refuse every write, and never checkpoint or remove the WAL when
        // this connection closes (the window's connection owns that).
        if (sqlite3* handle = sqliteHandle()) {
            sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            sqlite3_wal_autocheckpoint(handle, 0);
        }
        for (const auto& pragma :
             QStringList{QStringLiteral("PRAGMA query_only=ON"), QStringLiteral("PRAGMA busy_timeout=5000")}
                 + readingPragmas()) {
            if (auto result = exec(pragma); !result)
                return result.error();
        }
        return {};
    }
    // WAL lets list views read while the writer saves; FULL sync because a lost decision is worse than a
    // slow save; foreign keys are off in SQLite unless asked for.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
    };
    for (const auto& pragma : pragmas + readingPragmas()) {
        auto result = exec(pragma);
        if (!result)
            return result.error();
    }
    // A guest beside a CreditDesk that holds the file (creditctl backup's audit row, say) leaves the WAL
    // to the holder: no checkpoint while it runs, none when it closes.
    if (!m_options.exclusive) {
        if (auto holder = claimHolder(m_url.path); holder && holder->pid != QCoreApplication::applicationPid()) {
            if (sqlite3* handle = sqliteHandle()) {
                sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
                sqlite3_wal_autocheckpoint(handle, 0);
            }
        }
    }
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!mode || mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::environment(
            tr("The database %1 cannot use write-ahead logging; keep it on a local disk.").arg(m_url.path));
    return {};
}

void Database::bindParameters(QSqlQuery& query, const QVariantList& params)
{
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& param = params.at(i);
        if (param.typeId() == QMetaType::QString && param.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, param);
    }
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& params)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE utility statements (SET, LOCK, CREATE ...): those run directly.
    if (params.isEmpty()) {
        if (!query.exec(sql))
            return errorFrom(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    bindParameters(query, params);
    if (!query.exec())
        return errorFrom(query.lastError(), sql);
    return query;
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    return query;
}

Status Database::run(QSqlQuery& query, const QVariantList& params, const QString& what)
{
    bindParameters(query, params);
    if (!query.exec())
        return errorFrom(query.lastError(), what.isEmpty() ? query.lastQuery() : what);
    return {};
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& params)
{
    auto query = exec(sql, params);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

bool Database::tableExists(const QString& table)
{
    return m_db.tables().contains(table, Qt::CaseInsensitive);
}

Error Database::errorFrom(const QSqlError& error, const QString& what) const
{
    const QString detail = QStringLiteral("%1 [%2] %3").arg(error.text(), error.nativeErrorCode(), what);
    if (m_url.isSqlite() && isBusy(error))
        return Error::storage(tr("The database is busy: another CreditDesk is saving. Try again in a moment."), detail);
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return Error::conflict(tr("Another officer saved at the same moment. Reload and try again."), detail);
    if (code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed")))
        return Error::conflict(tr("This entry exists already."), detail);
    QString broken; // a failure of the storage itself, not of this one statement
    if (m_url.isSqlite()) {
        switch (sqliteCode(error)) {
        case SQLITE_IOERR:
            broken = tr("The database file could not be read or written (disk input/output error).");
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            broken = tr("The database file is damaged. Stop working in it and restore the last backup.");
            break;
        case SQLITE_FULL:
            broken = tr("The disk holding the database is full: nothing was saved.");
            break;
        case SQLITE_CANTOPEN:
            broken = tr("The database file cannot be opened: it was moved or deleted, or its folder cannot be "
                        "reached.");
            break;
        default:
            break;
        }
    } else if (error.type() == QSqlError::ConnectionError || !m_db.isOpen()) {
        broken = tr("The connection to the database was lost.");
    }
    if (!broken.isEmpty()) {
        setHealth(false, broken, detail);
        return Error::storage(broken, detail);
    }
    return Error::storage(tr("The database refused the operation."), detail);
}

void Database::setHealth(bool ok, const QString& message, const QString& detail) const
{
    const bool changed = ok != m_health.ok || message != m_health.message;
    m_health = Health{ok, message, detail};
    if (changed && m_healthListener)
        m_healthListener();
}

sqlite3* Database::sqliteHandle() const
{
    if (!m_url.isSqlite() || !m_db.isOpen())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

std::optional<std::pair<quint64, quint64>> Database::currentFileIdentity() const
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_url.path).constData(), &st) != 0)
        return std::nullopt;
    return std::make_pair(quint64(st.st_dev), quint64(st.st_ino));
}

Status Database::probe()
{
    if (m_url.isSqlite() && m_fileIdentity) {
        const auto now = currentFileIdentity();
        if (!now) {
            const QString message = tr("The database file %1 is gone: it was moved or deleted while the program had it "
                                       "open. Nothing more can be saved; restore it or the last backup.")
                                        .arg(m_url.path);
            setHealth(false, message);
            return Error::storage(message);
        }
        if (*now != *m_fileIdentity) {
            const QString message = tr("The database file %1 was replaced by another file while the program had it "
                                       "open. Reconnect to work on the new file.")
                                        .arg(m_url.path);
            setHealth(false, message);
            return Error::storage(message);
        }
    }
    // A read of stored pages, not a constant: SELECT 1 succeeds even when the file is gone.
    auto read = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!read) {
        if (m_health.ok)
            setHealth(false, read.error().message, read.error().detail);
        return read.error();
    }
    setHealth(true);
    return {};
}

Status Database::reconnect()
{
    if (m_depth > 0)
        return Error::storage(tr("The database cannot be reconnected in the middle of saving."));
    if (m_url.isSqlite() && !QFileInfo::exists(m_url.path))
        return Error::environment(
            tr("There is no database file at %1 any more. Restore a backup there, then start CreditDesk again.")
                .arg(m_url.path));
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (auto connected = connect(m_options); !connected) {
        setHealth(false, connected.error().message, connected.error().detail);
        return connected;
    }
    return probe();
}

void Database::close()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_lock.reset();
}

Result<QStringList> Database::quickCheck()
{
    if (!m_url.isSqlite())
        return QStringList();
    auto query = exec(QStringLiteral("PRAGMA quick_check"));
    if (!query)
        return query.error();
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query->lastError().isValid())
        return errorFrom(query->lastError(), QStringLiteral("PRAGMA quick_check"));
    if (!problems.isEmpty())
        setHealth(false, tr("The database file is damaged. Stop working in it and restore the last backup."),
                  problems.mid(0, 5).join(QStringLiteral("; ")));
    return problems;
}

QString Database::nowSql() const
{
    return m_url.isSqlite()
        ? QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')")
        : QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
}

QString Database::forUpdateSql() const
{
    return m_url.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE");
}

Status Database::lockTable(const QString& table)
{
    if (isSqlite())
        return {};
    auto locked = exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table));
    return locked ? Status() : Status(locked.error());
}

Status Database::syncIdSequence(const QString& table)
{
    if (isSqlite())
        return {};
    auto moved = exec(
        QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT COALESCE(MAX(id), 1) FROM %1))")
            .arg(table));
    return moved ? Status() : Status(moved.error());
}

Status Database::planEachStatement()
{
    if (isSqlite())
        return {};
    auto set = exec(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan"));
    return set ? Status() : Status(set.error());
}

int Database::schemaVersion()
{
    if (!tableExists(QStringLiteral("schema_version")))
        return 0;
    auto version = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return version ? version->toInt() : 0;
}

int Database::shippedSchemaVersion()
{
    const auto migrations = Migrator::shipped();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<QSqlDatabase> Database::openReader(const QString& connectionName) const
{
    auto reader = makeConnection(connectionName);
    if (!reader.open()) {
        const QString text = reader.lastError().text();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error::storage(tr("Cannot open a reading connection to the database."), text);
    }
    if (m_url.isSqlite()) {
        QSqlQuery(QStringLiteral("PRAGMA query_only=ON"), reader);
        for (const auto& pragma : readingPragmas())
            QSqlQuery(pragma, reader);
    }
    return reader;
}

void Database::closeReader(const QString& connectionName)
{
    {
        auto db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
