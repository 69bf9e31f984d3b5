#include "DatabaseBackup.h"

#include "Clock.h"
#include "io/FileDigest.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <fcntl.h>
#include <mutex>
#include <sqlite3.h>
#include <unistd.h>

namespace {

const QLatin1String backupSuffix(".db");

// "creditdesk-" for creditdesk.db: the database's own name leads its backups' names.
QString backupPrefix(const DatabaseUrl& url)
{
    return QFileInfo(url.path).completeBaseName() + QLatin1Char('-');
}

// Flushes a file (or a folder's entry list) to the disk, so a rename that follows is durable.
bool syncPath(const QString& path, bool directory = false)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool copySynced(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && syncPath(to);
}

// The SQLite message of a failed C API call, for the log.
QString sqliteMessage(sqlite3* handle, int rc)
{
    return QStringLiteral("%1 [%2]")
        .arg(QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)))
        .arg(rc);
}

void removeWithCompanions(const QString& path)
{
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Copies every page of `source` into a new file at `path` as one consistent state, then makes the copy a
// single file (rollback journal instead of WAL) that needs no companions.
Status onlineCopy(sqlite3* source, const QString& path)
{
    removeWithCompanions(path);
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    auto fail = [&](const QString& detail) {
        sqlite3_close_v2(target);
        removeWithCompanions(path);
        return Error::storage(DatabaseBackup::tr("The backup could not be written to %1.").arg(path), detail);
    };
    if (rc != SQLITE_OK)
        return fail(sqliteMessage(target, rc));
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return fail(sqliteMessage(target, sqlite3_errcode(target)));
    // All pages in one step: the source's read transaction is held throughout, so the copy is one state
    // even while other connections write (WAL lets them). A source that stays busy is given up on after
    // half a minute rather than waited for without end.
    int waitedMs = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
            waitedMs += 50;
        }
    } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_OK) && waitedMs < 30 * 1000);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return fail(sqliteMessage(target, rc != SQLITE_DONE ? rc : finished));
    char* message = nullptr;
    rc = sqlite3_exec(target, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return fail(text);
    if (sqlite3_close(target) != SQLITE_OK)
        return fail(QStringLiteral("close"));
    if (!syncPath(path))
        return Error::storage(DatabaseBackup::tr("The backup could not be written to %1.").arg(path),
                              QStringLiteral("fsync"));
    return {};
}

QString timeStamp(const QDateTime& when)
{
    return when.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace

Result<BackupInfo> DatabaseBackup::copy(const DatabaseUrl& url, const QString& target)
{
    // One copy at a time in a process (a scheduled backup and File → Back up… may meet): the second waits.
    static std::mutex oneAtATime;
    const std::lock_guard<std::mutex> turn(oneAtATime);
    if (!url.isSqlite())
        return Error::invalid(tr("CreditDesk backs up only its local SQLite database. Back up a PostgreSQL database "
                                 "with pg_dump (see the README)."));
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(url.path).absoluteFilePath())
        return Error::invalid(tr("A backup cannot overwrite the database itself."));
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return Error::environment(tr("Cannot create the folder %1 for the backup.").arg(targetInfo.absolutePath()));
    auto db = Database::open(url, Database::Options{.exclusive = false, .migrate = true, .readOnly = true});
    if (!db)
        return db.error();
    sqlite3* source = (*db)->sqliteHandle();
    if (!source)
        return Error::storage(tr("The database connection gives no access to SQLite."));
    // Beside the target, so the final rename stays on one file system and is atomic.
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    if (auto copied = onlineCopy(source, temporary); !copied)
        return copied.error();
    db->reset();
    auto verified = verify(temporary);
    if (!verified) {
        removeWithCompanions(temporary);
        return Error{
            verified.error().kind,
            tr("The backup was made but failed its check, so it was not kept: %1").arg(verified.error().message),
            verified.error().detail};
    }
    QFile::remove(targetInfo.absoluteFilePath());
    if (!QFile::rename(temporary, targetInfo.absoluteFilePath())) {
        removeWithCompanions(temporary);
        return Error::environment(tr("The backup could not be saved as %1.").arg(targetInfo.absoluteFilePath()));
    }
    syncPath(targetInfo.absolutePath(), true);
    BackupInfo info = *verified;
    info.path = targetInfo.absoluteFilePath();
    return info;
}

Status DatabaseBackup::record(Database& db, const BackupInfo& info, const Actor& actor)
{
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.status();
    const QString detail = QStringLiteral("file=%1 bytes=%2 sha256=%3 schema=%4 audit_rows=%5")
                               .arg(info.path)
                               .arg(info.bytes)
                               .arg(info.sha256)
                               .arg(info.schemaVersion)
                               .arg(info.auditRows);
    if (auto appended = AuditLog::append(db, actor, QStringLiteral("database.backup"), QStringLiteral("database"),
                                         QFileInfo(info.path).fileName(), true, detail);
        !appended)
        return appended;
    return transaction.commit();
}

namespace {
// Reading a file in WAL mode makes SQLite create its -wal and -shm; a check leaves none behind that
// were not there before.
class CompanionGuard
{
public:
    explicit CompanionGuard(const QString& path)
        : m_path(path)
        , m_hadWal(QFileInfo::exists(path + QStringLiteral("-wal")))
        , m_hadShm(QFileInfo::exists(path + QStringLiteral("-shm")))
    { }
    ~CompanionGuard()
    {
        const QString wal = m_path + QStringLiteral("-wal");
        if (!m_hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!m_hadShm && !QFileInfo::exists(wal))
            QFile::remove(m_path + QStringLiteral("-shm"));
    }

private:
    QString m_path;
    bool m_hadWal;
    bool m_hadShm;
};
} // namespace

Result<BackupInfo> DatabaseBackup::verify(const QString& file)
{
    const QFileInfo fileInfo(file);
    if (!fileInfo.isFile())
        return Error::invalid(tr("There is no file at %1.").arg(file));
    {
        QFile head(file);
        if (!head.open(QIODevice::ReadOnly))
            return Error::environment(tr("The file %1 cannot be read.").arg(file));
        if (head.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error::invalid(tr("%1 is not a CreditDesk database: it is not an SQLite file.").arg(file));
    }
    BackupInfo info;
    info.path = fileInfo.absoluteFilePath();
    info.bytes = fileInfo.size();
    info.sha256 = fileSha256(file);
    const DatabaseUrl url = DatabaseUrl::sqliteFile(info.path);
    const CompanionGuard companions(info.path); // declared first: it cleans up after the connection closed
    auto opened = Database::open(url, Database::Options{.exclusive = false, .migrate = false, .readOnly = true});
    if (!opened)
        return Error{Error::Kind::Invalid, tr("%1 cannot be opened as a CreditDesk database.").arg(file),
                     opened.error().fullText()};
    Database& db = **opened;
    auto tables = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return Error{Error::Kind::Invalid, tr("%1 cannot be read: it is damaged or not a database.").arg(file),
                     tables.error().fullText()};
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    if (!names.contains(QStringLiteral("schema_version")) || !names.contains(QStringLiteral("audit_log")))
        return Error::invalid(
            tr("%1 is not a CreditDesk database: it has no schema version or audit trail.").arg(file));
    info.schemaVersion = db.schemaVersion();
    if (info.schemaVersion > Database::shippedSchemaVersion())
        return Error::invalid(tr("%1 was made by a newer CreditDesk (schema %2; this program knows up to %3). Use that "
                                 "version or a newer one.")
                                  .arg(file)
                                  .arg(info.schemaVersion)
                                  .arg(Database::shippedSchemaVersion()));
    auto checked = db.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!checked)
        return Error{Error::Kind::Invalid, tr("%1 is damaged: its integrity check could not run.").arg(file),
                     checked.error().fullText()};
    QStringList problems;
    while (checked->next()) {
        const QString line = checked->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty() || checked->lastError().isValid())
        return Error::invalid(tr("%1 is damaged: its integrity check found %n problem(s).", nullptr,
                                 int(std::max<qsizetype>(1, problems.size())))
                                  .arg(file),
                              problems.mid(0, 5).join(QStringLiteral("; ")));
    auto audit = AuditLog::verify(db);
    if (!audit)
        return Error{Error::Kind::Invalid, tr("The audit trail of %1 cannot be read.").arg(file),
                     audit.error().fullText()};
    if (!audit->intact)
        return Error::invalid(
            tr("The audit trail of %1 is broken at row %2: history was changed.").arg(file).arg(audit->firstBadSeq),
            audit->problem);
    info.auditRows = audit->rowsChecked;
    if (auto last = db.scalar(QStringLiteral("SELECT MAX(at) FROM audit_log")); last)
        info.lastAuditAt = last->toString();
    return info;
}

Result<RestoreInfo> DatabaseBackup::restore(const QString& file, const DatabaseUrl& url, const Actor& actor)
{
    if (!url.isSqlite())
        return Error::invalid(tr("CreditDesk restores only its local SQLite database. Restore a PostgreSQL database "
                                 "with pg_restore, then run creditctl check (see the README)."));
    const QString dbPath = QFileInfo(url.path).absoluteFilePath();
    if (QFileInfo(file).absoluteFilePath() == dbPath)
        return Error::invalid(tr("A database cannot be restored from itself."));
    auto verified = verify(file);
    if (!verified)
        return verified.error();

    // The claim for the whole restore: no CreditDesk or creditctl may open the file meanwhile.
    QLockFile claim(dbPath + QStringLiteral(".lock"));
    claim.setStaleLockTime(0);
    if (!claim.tryLock(100)) {
        qint64 pid = 0;
        QString host, app;
        claim.getLockInfo(&pid, &host, &app);
        return Error::environment(tr("The database %1 is open (process %2 on %3). Close CreditDesk and every "
                                     "command using it, then restore.")
                                      .arg(dbPath)
                                      .arg(pid)
                                      .arg(host));
    }

    // Keep the current database aside, companions included, so nothing of it is lost.
    RestoreInfo result;
    result.restored = *verified;
    const QString aside = dbPath + QStringLiteral(".before-restore-") + timeStamp(Clock::currentDateTime());
    QStringList moved;
    auto putBack = [&] {
        QFile::remove(dbPath);
        for (const auto& suffix : moved)
            QFile::rename(aside + suffix, dbPath + suffix);
    };
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(dbPath + suffix))
            continue;
        if (!QFile::rename(dbPath + suffix, aside + suffix)) {
            putBack();
            return Error::environment(
                tr("The current database could not be kept aside as %1; nothing was restored.").arg(aside + suffix));
        }
        moved << suffix;
    }
    if (!moved.isEmpty())
        result.keptAside = aside;

    const QString incoming = dbPath + QStringLiteral(".restoring");
    if (!copySynced(file, incoming) || !QFile::rename(incoming, dbPath)) {
        QFile::remove(incoming);
        putBack();
        return Error::environment(
            tr("The backup could not be copied to %1; the database was left as it was.").arg(dbPath));
    }
    syncPath(QFileInfo(dbPath).absolutePath(), true);

    // Bring the copy to this program's schema and say in its own audit trail what happened.
    auto failBack = [&](const Error& error) -> Result<RestoreInfo> {
        removeWithCompanions(dbPath);
        putBack();
        return Error{
            error.kind,
            tr("The restored database could not be opened, so the previous one was put back: %1").arg(error.message),
            error.detail};
    };
    {
        auto db = Database::open(url);
        if (!db)
            return failBack(db.error());
        Transaction transaction(**db);
        const QString detail = QStringLiteral("from=%1 sha256=%2 schema=%3 last_audit=%4 kept_aside=%5")
                                   .arg(result.restored.path, result.restored.sha256)
                                   .arg(result.restored.schemaVersion)
                                   .arg(result.restored.lastAuditAt, result.keptAside);
        Status written = transaction.status();
        if (written)
            written = AuditLog::append(**db, actor, QStringLiteral("database.restore"), QStringLiteral("database"),
                                       QFileInfo(dbPath).fileName(), true, detail);
        if (written)
            written = transaction.commit();
        if (!written) {
            transaction.rollback();
            db->reset();
            return failBack(written.error());
        }
    }
    return result;
}

QStringList DatabaseBackup::backupsIn(const QString& folder, const DatabaseUrl& url)
{
    // Only names of the form PREFIX + yyyyMMdd-HHmmss-zzz + .db: "creditdesk-old-…" is another database's.
    static const QRegularExpression stamp(QStringLiteral("^\\d{8}-\\d{6}-\\d{3}\\.db$"));
    const QString prefix = backupPrefix(url);
    const QStringList names
        = QDir(folder).entryList({prefix + QLatin1Char('*') + backupSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const auto& name : names) {
        if (stamp.match(name.mid(prefix.size())).hasMatch())
            paths << QDir(folder).absoluteFilePath(name);
    }
    return paths;
}

QDateTime DatabaseBackup::newestBackupTime(const QString& folder, const DatabaseUrl& url)
{
    const QStringList backups = backupsIn(folder, url);
    return backups.isEmpty() ? QDateTime() : QFileInfo(backups.first()).lastModified();
}

Result<BackupInfo> DatabaseBackup::backupInto(const DatabaseUrl& url, const QString& folder, int keep)
{
    const QString name = backupPrefix(url) + timeStamp(Clock::currentDateTime()) + backupSuffix;
    auto made = copy(url, QDir(folder).absoluteFilePath(name));
    if (!made)
        return made.error();
    const QStringList backups = backupsIn(folder, url);
    for (int i = std::max(1, keep); i < backups.size(); ++i)
        QFile::remove(backups.at(i));
    return made;
}
