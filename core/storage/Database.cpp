#include "Database.h"

#include "Migrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace {
QAtomicInt s_connectionCounter;

bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || error.databaseText().contains(QLatin1String("database is locked"));
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
    const QString name = QStringLiteral("creditdesk-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(url, name));
    if (auto connected = db->connect(options); !connected)
        return connected.error();
    if (options.migrate) {
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
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
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

Status Database::connect(const Options& options)
{
    if (m_url.isSqlite()) {
        const QFileInfo file(m_url.path);
        if (!QDir().mkpath(file.absolutePath()))
            return Error::environment(tr("Cannot create the folder %1 for the database.").arg(file.absolutePath()));
        if (options.exclusive) {
            m_lock = std::make_unique<QLockFile>(m_url.path + QStringLiteral(".lock"));
            m_lock->setStaleLockTime(0);
            if (!m_lock->tryLock(100)) {
                qint64 pid = 0;
                QString host, app;
                m_lock->getLockInfo(&pid, &host, &app);
                return Error::environment(
                    tr("The database %1 is already open in another CreditDesk (process %2 on %3). Close that window "
                       "first, or open another database.")
                        .arg(m_url.path)
                        .arg(pid)
                        .arg(host));
            }
        }
    }
    m_db = makeConnection(m_connectionName);
    if (!m_db.isValid())
        return Error::environment(tr("The Qt database driver for %1 is not installed.").arg(m_url.toString()));
    if (!m_db.open())
        return Error::environment(tr("Cannot open the database %1.").arg(m_url.toString()), m_db.lastError().text());
    if (m_url.isSqlite())
        return configureSqlite();
    if (auto set = exec(QStringLiteral("SET client_min_messages TO WARNING")); !set)
        return set.error();
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
    if (!m_url.isSqlite() && (error.type() == QSqlError::ConnectionError || !m_db.isOpen()))
        return Error::storage(tr("The connection to the database was lost."), detail);
    return Error::storage(tr("The database refused the operation."), detail);
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
