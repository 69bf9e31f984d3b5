#pragma once

#include "Session.h"

#include <QMainWindow>

class IdleWatcher;
class Page;
class QLabel;
class QListWidget;
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

signals:
    void signOutRequested();

public slots:
    void lock();
    void refreshStatus();

private:
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
    IdleWatcher* m_idleWatcher;
    SignInDialog* m_lockDialog = nullptr;
};
