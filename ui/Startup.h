#pragma once

#include "MainWindow.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

class Database;
class DatabaseBackupActions;
class QDialog;

// From an open database to the main window: the first-start set-up on an empty database, sign-in,
// and back to sign-in after signing out. Dialogs are opened, not exec()'d, so a test can drive them.
class Startup : public QObject
{
    Q_OBJECT

public:
    explicit Startup(Database& db, QObject* parent = nullptr);
    ~Startup() override;
    void begin();

    MainWindow* mainWindow() const { return m_window; }
    QDialog* currentDialog() const { return m_dialog; }
    DatabaseBackupActions* backups() const { return m_backups; }
    // Replaces the database with a checked backup: the window closes, the file is swapped (the current
    // one kept aside), the database reopened, and everyone signs in again. Audited as the actor.
    void restore(const QString& file, const Actor& actor);

signals:
    void quitRequested();

private:
    void showFirstRun();
    void showSignIn(const QString& login);
    void openMainWindow(const Actor& actor);
    void signOut();
    void backUpIfDaily();

    Database& m_db;
    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<QDialog> m_dialog;
    DatabaseBackupActions* m_backups;
};
