#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class Database;
struct Actor;

// What a checked backup file holds.
struct BackupInfo
{
    QString path;
    qint64 bytes = 0;
    QString sha256;
    int schemaVersion = 0;
    qint64 auditRows = 0;
    QString lastAuditAt; // UTC time of its newest audit row: how recent the copy is
};

struct RestoreInfo
{
    BackupInfo restored;
    QString keptAside; // where the database that was replaced now lies
};

// Backups of the local SQLite database, and restoring one. On PostgreSQL the server's own tools do
// this (pg_dump / pg_restore, see the README), and `creditctl check` verifies what was restored.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Copies the database at `url` into `target` with SQLite's online backup API: one consistent state
    // while others keep writing. The copy is made beside the target under a temporary name, turned
    // into a single self-contained file, verified (see verify()) and only then renamed into place, so
    // a target never holds a half-written or unchecked copy. Opens its own reading connection, so it
    // may run off the GUI thread. Nothing is audited here: record() does that on the caller's writer.
    static Result<BackupInfo> copy(const DatabaseUrl& url, const QString& target);

    // Appends "database.backup" to the audit trail of `db`, naming the copy and its SHA-256.
    static Status record(Database& db, const BackupInfo& info, const Actor& actor);

    // Whether `file` can be trusted as a CreditDesk database: SQLite, made by CreditDesk, not newer
    // than this program, PRAGMA integrity_check ok, the audit hash chain intact. Never changes the file.
    static Result<BackupInfo> verify(const QString& file);

    // Replaces the database file at `url` with the backup `file`, which is verified first. The current
    // file (with its -wal and -shm) is kept aside under a name with the time; the restored database is
    // migrated to this program's schema and the restore is audited in it. Nobody may have the database
    // open (the claim is taken for the whole time); on any failure the current file is put back.
    static Result<RestoreInfo> restore(const QString& file, const DatabaseUrl& url, const Actor& actor);

    // The backups of the database at `url` in `folder` made by backupInto(), newest first. They are
    // named after the database file and the time (creditdesk-20261203-181500-123.db), so one folder may
    // hold the backups of several databases without mixing them up.
    static QStringList backupsIn(const QString& folder, const DatabaseUrl& url);
    // A backup named by the time into `folder`; then only the newest `keep` backups of this database there
    // are kept.
    static Result<BackupInfo> backupInto(const DatabaseUrl& url, const QString& folder, int keep);
    // When the newest of them was made (invalid when there is none).
    static QDateTime newestBackupTime(const QString& folder, const DatabaseUrl& url);
};
