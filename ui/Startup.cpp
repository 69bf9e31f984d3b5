#include "Startup.h"

#include "AppSettings.h"
#include "DatabaseBackupActions.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "backup/DatabaseBackup.h"
#include "security/AuditLog.h"
#include "setup/Setup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QStatusBar>

Startup::Startup(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_backups(nullptr)
{
    m_session.db = &db;
    m_backups = new DatabaseBackupActions(m_session, nullptr, this);
}

Startup::~Startup()
{
    delete m_window;
    delete m_dialog;
    m_backups->waitUntilDone(5 * 60 * 1000); // a backup at sign-out finishes before the program ends
}

void Startup::begin()
{
    auto needed = Setup::needsFirstAdministrator(m_db);
    if (!needed) {
        MessageBoxes::critical(nullptr, tr("CreditDesk"), needed.error().message);
        emit quitRequested();
        return;
    }
    if (*needed)
        showFirstRun();
    else
        showSignIn({});
}

void Startup::showFirstRun()
{
    auto* dialog = new FirstRunDialog(m_db);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            showSignIn(dialog->login());
        else
            emit quitRequested();
    });
    dialog->open();
}

void Startup::showSignIn(const QString& login)
{
    auto* dialog = new SignInDialog(m_db, SignInDialog::Mode::SignIn);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!login.isEmpty())
        dialog->setLogin(login);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            openMainWindow(dialog->actor());
        else
            emit quitRequested();
    });
    dialog->open();
}

void Startup::openMainWindow(const Actor& actor)
{
    m_session.actor = actor;
    m_window = new MainWindow(m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &Startup::signOut);
    // Queued: the restore deletes the window, which must not happen inside its own signal.
    connect(
        m_window, &MainWindow::restoreRequested, this, [this](const QString& file) { restore(file, m_session.actor); },
        Qt::QueuedConnection);
    m_window->show();
    connect(m_backups, &DatabaseBackupActions::backupFinished, m_window, [this](bool ok, const QString& message) {
        if (m_window)
            m_window->statusBar()->showMessage(message, ok ? 15000 : 0);
    });
    backUpIfDaily();
}

void Startup::backUpIfDaily()
{
    if (m_backups->dailyBackupDue())
        m_backups->backUpScheduled();
}

void Startup::restore(const QString& file, const Actor& actor)
{
    // Nothing may keep the file open: the window and its pages (with their reading connections) go first.
    if (m_window) {
        m_window->disconnect(this);
        delete m_window;
    }
    delete m_dialog;
    m_backups->waitUntilDone(5 * 60 * 1000);
    m_session.actor = Actor();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_db.close();
    auto restored = DatabaseBackup::restore(file, m_db.url(), actor);
    const Status reopened = m_db.reconnect();
    QApplication::restoreOverrideCursor();
    if (!reopened) {
        MessageBoxes::critical(nullptr, tr("Restore"),
                               tr("The database cannot be opened again: %1").arg(reopened.error().fullText()));
        emit quitRequested();
        return;
    }
    if (!restored)
        MessageBoxes::warning(
            nullptr, tr("Restore"),
            tr("Nothing was restored, and the database is as it was: %1").arg(restored.error().message));
    else
        MessageBoxes::information(
            nullptr, tr("Restore"),
            tr("The database was restored from %1. The file it replaced is kept as %2. Sign in "
               "again.")
                .arg(QDir::toNativeSeparators(restored->restored.path), QDir::toNativeSeparators(restored->keptAside)));
    showSignIn(actor.login);
}

void Startup::signOut()
{
    {
        Transaction transaction(m_db);
        if (transaction.ok()
            && AuditLog::append(m_db, m_session.actor, QStringLiteral("user.sign_out"), QStringLiteral("user"),
                                m_session.actor.login, true, {}))
            (void)transaction.commit();
    }
    const QString login = m_session.actor.login;
    if (m_window) {
        m_window->disconnect(this);
        m_window->close();
    }
    if (AppSettings::backupAtSignOut())
        m_backups->backUpScheduled();
    m_session.actor = Actor();
    showSignIn(login);
}
