#include "DatabaseBackupActions.h"

#include "AppSettings.h"
#include "Clock.h"
#include "DisplayTime.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <memory>

DatabaseBackupActions::DatabaseBackupActions(Session& session, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_worker(new BackgroundJob(this))
{ }

DatabaseBackupActions::~DatabaseBackupActions() = default;

bool DatabaseBackupActions::available() const
{
    return m_session.db && m_session.db->isSqlite();
}

bool DatabaseBackupActions::isRunning() const
{
    return m_worker->isRunning();
}

bool DatabaseBackupActions::waitUntilDone(int timeoutMs)
{
    return !m_worker->isRunning() || m_worker->waitUntilDone(timeoutMs);
}

void DatabaseBackupActions::backUpNow()
{
    // Named like the scheduled ones but without milliseconds, so the rotation never removes it.
    const QString folder = AppSettings::backupFolder(m_session.db->url());
    QDir().mkpath(folder);
    const QString name = QStringLiteral("%1-%2.db")
                             .arg(QFileInfo(m_session.db->url().path).completeBaseName(),
                                  Clock::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up the database"),
                                                        QDir(folder).filePath(name), tr("CreditDesk backups (*.db)"));
    if (!target.isEmpty())
        backUpTo(target);
}

void DatabaseBackupActions::backUpTo(const QString& target, bool quiet)
{
    const DatabaseUrl url = m_session.db->url();
    runCopy([url, target] { return DatabaseBackup::copy(url, target); }, quiet);
}

void DatabaseBackupActions::backUpScheduled()
{
    if (!available() || isRunning())
        return;
    const DatabaseUrl url = m_session.db->url();
    const QString folder = AppSettings::backupFolder(url);
    const int keep = AppSettings::backupsKept();
    runCopy([url, folder, keep] { return DatabaseBackup::backupInto(url, folder, keep); }, true);
}

bool DatabaseBackupActions::dailyBackupDue() const
{
    if (!available() || !AppSettings::backupDaily())
        return false;
    const QDateTime newest
        = DatabaseBackup::newestBackupTime(AppSettings::backupFolder(m_session.db->url()), m_session.db->url());
    return !newest.isValid() || newest.secsTo(Clock::currentDateTime()) >= 24 * 60 * 60;
}

void DatabaseBackupActions::runCopy(const std::function<Result<BackupInfo>()>& copy, bool quiet)
{
    if (!available() || isRunning())
        return;
    auto result = std::make_shared<std::optional<Result<BackupInfo>>>();
    const Actor actor = m_session.actor;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_worker, &BackgroundJob::finished, this, [this, result, actor, quiet, connection] {
        disconnect(*connection);
        if (!m_window.isNull() && !quiet)
            QApplication::restoreOverrideCursor();
        const Result<BackupInfo>& made = **result;
        Status recorded = made ? DatabaseBackup::record(*m_session.db, *made, actor) : Status(made.error());
        if (!recorded) {
            const QString message = tr("The database was not backed up: %1").arg(recorded.error().message);
            qWarning("%s", qPrintable(recorded.error().fullText()));
            if (!m_window.isNull())
                MessageBoxes::warning(m_window, tr("Backup"), message);
            emit backupFinished(false, message);
            return;
        }
        const QString message = tr("The database was backed up to %1 and the copy checked (%2 audit rows intact).")
                                    .arg(QDir::toNativeSeparators(made->path))
                                    .arg(made->auditRows);
        if (!quiet && !m_window.isNull())
            MessageBoxes::information(m_window, tr("Backup"), message);
        emit backupFinished(true, message);
    });
    if (!m_window.isNull() && !quiet)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    m_worker->startWithoutDatabase([result, copy](Database*, const BackgroundJob::Progress&) { *result = copy(); });
}

void DatabaseBackupActions::chooseRestore()
{
    const QString file
        = QFileDialog::getOpenFileName(m_window, tr("Restore the database from a backup"),
                                       AppSettings::backupFolder(m_session.db->url()), tr("CreditDesk backups (*.db)"));
    if (!file.isEmpty())
        checkRestore(file);
}

void DatabaseBackupActions::checkRestore(const QString& file)
{
    if (!available() || isRunning())
        return;
    auto result = std::make_shared<std::optional<Result<BackupInfo>>>();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_worker, &BackgroundJob::finished, this, [this, result, file, connection] {
        disconnect(*connection);
        QApplication::restoreOverrideCursor();
        const Result<BackupInfo>& checked = **result;
        if (!checked) {
            MessageBoxes::warning(
                m_window, tr("Restore"),
                tr("This file cannot be restored, and nothing was changed: %1").arg(checked.error().message));
            return;
        }
        const QString question
            = tr("%1 is a sound CreditDesk database: its pages and its audit trail (%2 rows) check out; its newest "
                 "entry is from %3.\n\nRestoring it replaces the database you are working in with that state: "
                 "everything saved since is no longer in the database. The current file is kept beside it, and "
                 "everyone must sign in again.\n\nRestore now?")
                  .arg(QDir::toNativeSeparators(checked->path))
                  .arg(checked->auditRows)
                  .arg(displayTime(checked->lastAuditAt));
        if (MessageBoxes::question(m_window, tr("Restore"), question))
            emit restoreRequested(checked->path);
    });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_worker->startWithoutDatabase(
        [result, file](Database*, const BackgroundJob::Progress&) { *result = DatabaseBackup::verify(file); });
}
