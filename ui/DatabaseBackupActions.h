#pragma once

#include "Session.h"
#include "backup/DatabaseBackup.h"

#include <QObject>
#include <QPointer>

class QWidget;
class BackgroundJob;

// The window's face of DatabaseBackup: File → Back up… and Restore…, and the scheduled backups at
// sign-out and once a day. Copies run off the GUI thread (each opens its own reading connection);
// the audit row is written on the GUI thread's connection when the copy has been verified.
class DatabaseBackupActions : public QObject
{
    Q_OBJECT

public:
    DatabaseBackupActions(Session& session, QWidget* window, QObject* parent = nullptr);
    ~DatabaseBackupActions() override;

    // Whether this database is one CreditDesk backs up itself (the local SQLite file).
    bool available() const;

    // Asks where (in the backup folder by default), then backUpTo().
    void backUpNow();
    // Copies, verifies and audits; says the result in a message box unless `quiet` (then only a failure).
    void backUpTo(const QString& target, bool quiet = false);
    // The scheduled backup into the configured folder, keeping the configured number.
    void backUpScheduled();
    // True when the newest backup in the folder is older than a day (or there is none) and daily
    // backups are on.
    bool dailyBackupDue() const;

    // Asks for a file, then checkRestore().
    void chooseRestore();
    // Checks the file (off the GUI thread), shows what it holds and asks; on yes emits restoreRequested.
    void checkRestore(const QString& file);

    bool isRunning() const;
    bool waitUntilDone(int timeoutMs); // for tests and for quitting

signals:
    void backupFinished(bool ok, const QString& message);
    void restoreRequested(const QString& file);

private:
    void runCopy(const std::function<Result<BackupInfo>()>& copy, bool quiet);

    Session& m_session;
    QPointer<QWidget> m_window;
    BackgroundJob* m_worker;
};
