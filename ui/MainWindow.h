#pragma once

#include "Session.h"

#include <QMainWindow>
#include <memory>

class DatabaseBackupActions;
class IdleWatcher;
class ShellNavigator;
class Page;
class QLabel;
class QListWidget;
class QToolButton;
class QStackedWidget;
class SignInDialog;

// The officer's window: navigation on the left (only the areas the user's roles open), the page on
// the right, who and where in the status bar. Locks itself after the policy's idle minutes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    QStringList areaTitles() const;
    bool showArea(const QString& objectName);
    IdleWatcher* idleWatcher() const { return m_idleWatcher; }
    bool isLocked() const { return m_lockDialog != nullptr; }
    DatabaseBackupActions* backupActions() const { return m_backups; }

signals:
    void signOutRequested();
    // The system administrator chose a checked backup to restore; the start-up closes this window first.
    void restoreRequested(const QString& file);

public slots:
    void lock();
    void refreshStatus();
    // Closes and reopens the database connection after a failure, then refreshes the page.
    void reconnect();

private:
    void showHealth();
    void buildMenus();
    void addArea(Page* page, const QString& title, const QIcon& icon);
    void showPage(int row);

    Session& m_session;
    QListWidget* m_navigationList;
    QStackedWidget* m_stack;
    QLabel* m_userLabel;
    QLabel* m_departmentLabel;
    QLabel* m_databaseLabel;
    QLabel* m_databaseStateLabel;
    QLabel* m_healthLabel; // what failed, in place of who and where while the storage fails
    QToolButton* m_reconnectButton;
    DatabaseBackupActions* m_backups;
    std::unique_ptr<ShellNavigator> m_navigator;
    IdleWatcher* m_idleWatcher;
    SignInDialog* m_lockDialog = nullptr;
};
