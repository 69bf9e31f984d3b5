#include "MainWindow.h"

#include "AboutDialog.h"
#include "ChangePasswordDialog.h"
#include "DatabaseBackupActions.h"
#include "HomePage.h"
#include "IdleWatcher.h"
#include "SettingsDialog.h"
#include "ShellNavigator.h"
#include "SignInDialog.h"
#include "admin/AuditPage.h"
#include "admin/CalendarPage.h"
#include "admin/DepartmentsPage.h"
#include "admin/SecurityPolicyPage.h"
#include "admin/UsersPage.h"
#include "cases/CasesPage.h"
#include "documents/DocumentTemplatesPage.h"
#include "documents/DocumentsPage.h"
#include "reference/ReferencePage.h"
#include "registry/RegistryPage.h"
#include "security/Permissions.h"
#include "security/SecurityPolicy.h"
#include "storage/Database.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigationList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_userLabel(new QLabel(this))
    , m_departmentLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_databaseStateLabel(new QLabel(this))
    , m_healthLabel(new QLabel(this))
    , m_reconnectButton(new QToolButton(this))
    , m_backups(new DatabaseBackupActions(session, this, this))
    , m_navigator(std::make_unique<ShellNavigator>(session))
    , m_idleWatcher(nullptr)
{
    m_session.navigator = m_navigator.get();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("CreditDesk — Social Credit Office"));
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    m_navigationList->setIconSize(QSize(20, 20));
    m_navigationList->setMaximumWidth(220);
    m_navigationList->setSpacing(2);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigationList);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    const QStyle* style = QApplication::style();
    const Actor& actor = m_session.actor;
    addArea(new HomePage(m_session, this), tr("Home"), style->standardIcon(QStyle::SP_DirHomeIcon));
    if (Permissions::allowed(actor, Permission::ViewCases))
        addArea(new CasesPage(m_session, this), tr("Cases"), style->standardIcon(QStyle::SP_FileDialogStart));
    addArea(new CalendarPage(m_session, this), tr("Working-day calendar"),
            style->standardIcon(QStyle::SP_FileDialogDetailedView));
    addArea(new ReferencePage(m_session, this), tr("Catalog and lists"),
            style->standardIcon(QStyle::SP_FileDialogListView));
    if (Permissions::allowed(actor, Permission::ViewRegistry))
        addArea(new RegistryPage(m_session, this), tr("Subjects and records"),
                style->standardIcon(QStyle::SP_FileDialogInfoView));
    if (Permissions::allowed(actor, Permission::ViewCases))
        addArea(new DocumentsPage(m_session, this), tr("Documents"), style->standardIcon(QStyle::SP_FileIcon));
    if (Permissions::allowed(actor, Permission::ViewCases) || Permissions::allowed(actor, Permission::EditSettings))
        addArea(new DocumentTemplatesPage(m_session, this), tr("Document templates"),
                style->standardIcon(QStyle::SP_FileDialogDetailedView));
    if (Permissions::allowed(actor, Permission::ManageUsers) || Permissions::allowed(actor, Permission::UnlockAccounts)
        || Permissions::allowed(actor, Permission::ResetPasswords))
        addArea(new UsersPage(m_session, this), tr("User accounts"), style->standardIcon(QStyle::SP_DirHomeIcon));
    if (Permissions::allowed(actor, Permission::EditSecurityPolicy))
        addArea(new SecurityPolicyPage(m_session, this), tr("Security policy"),
                style->standardIcon(QStyle::SP_VistaShield));
    if (Permissions::allowed(actor, Permission::ViewAudit))
        addArea(new AuditPage(m_session, this), tr("Audit trail"),
                style->standardIcon(QStyle::SP_FileDialogContentsView));
    if (Permissions::allowed(m_session.actor, Permission::ManageDepartments))
        addArea(new DepartmentsPage(m_session, this), tr("Departments"), style->standardIcon(QStyle::SP_DirIcon));
    connect(m_navigationList, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    m_navigationList->setCurrentRow(0);

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_departmentLabel->setObjectName(QStringLiteral("departmentLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseStateLabel->setObjectName(QStringLiteral("databaseStateLabel"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_departmentLabel);
    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_healthLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_healthLabel->hide();
    statusBar()->addWidget(m_healthLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_databaseStateLabel);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnectButton->setText(tr("Reconnect"));
    m_reconnectButton->setToolTip(tr("Close and reopen the connection to the database"));
    m_reconnectButton->hide();
    connect(m_reconnectButton, &QToolButton::clicked, this, &MainWindow::reconnect);
    statusBar()->addPermanentWidget(m_reconnectButton);
    // Every failed statement that means the storage itself failed turns the status at once, not at the
    // next minute's check.
    m_session.db->setHealthListener([this] { QMetaObject::invokeMethod(this, &MainWindow::showHealth); });
    connect(m_backups, &DatabaseBackupActions::restoreRequested, this, &MainWindow::restoreRequested);
    buildMenus();
    refreshStatus();

    auto policy = SecurityPolicy::load(*m_session.db);
    m_idleWatcher = new IdleWatcher(policy ? policy->idleLockMinutes : 15, this);
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    auto* statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    statusTimer->start(60 * 1000);
    resize(1180, 760);
}

MainWindow::~MainWindow()
{
    m_backups->waitUntilDone(60 * 1000);
    m_session.db->setHealthListener({});
    m_session.navigator = nullptr;
}

void MainWindow::addArea(Page* page, const QString& title, const QIcon& icon)
{
    auto* item = new QListWidgetItem(icon, title, m_navigationList);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(0, 34));
    m_stack->addWidget(page);
    connect(page, &Page::dataChanged, this, &MainWindow::refreshStatus);
}

void MainWindow::showPage(int row)
{
    if (row < 0 || row >= m_stack->count())
        return;
    m_stack->setCurrentIndex(row);
    // Before the page reads: a file moved or replaced under the window is said, not shown as empty lists.
    (void)m_session.db->probe();
    if (auto* page = qobject_cast<Page*>(m_stack->currentWidget()))
        page->refresh();
}

QStringList MainWindow::areaTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_navigationList->count(); ++i)
        titles << m_navigationList->item(i)->text();
    return titles;
}

bool MainWindow::showArea(const QString& objectName)
{
    for (int i = 0; i < m_navigationList->count(); ++i) {
        if (m_navigationList->item(i)->data(Qt::UserRole).toString() == objectName) {
            m_navigationList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(m_session.db->url().toString(), this);
        dialog.exec();
    });
    file->addAction(tr("Change &password…"), this, [this] {
        ChangePasswordDialog dialog(m_session, this);
        dialog.exec();
    });
    if (m_backups->available() && Permissions::allowed(m_session.actor, Permission::BackUpDatabase)) {
        file->addSeparator();
        file->addAction(tr("&Back up the database…"), m_backups, &DatabaseBackupActions::backUpNow)
            ->setObjectName(QStringLiteral("backUpAction"));
        file->addAction(tr("&Restore from a backup…"), m_backups, &DatabaseBackupActions::chooseRestore)
            ->setObjectName(QStringLiteral("restoreAction"));
    }
    file->addSeparator();
    file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lock);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CreditDesk"), this, [this] {
        AboutDialog dialog(*m_session.db, this);
        dialog.exec();
    });
}

void MainWindow::refreshStatus()
{
    const Actor& actor = m_session.actor;
    m_userLabel->setText(
        tr("User: %1 (%2) · %3").arg(actor.name, actor.login, Roles::displayNames(actor.roles).join(u'、')));
    m_departmentLabel->setText(tr("Department: %1").arg(actor.department));
    const Database& db = *m_session.db;
    m_databaseLabel->setText(db.isSqlite() ? tr("Database: SQLite %1").arg(db.url().path)
                                           : tr("Database: PostgreSQL %1").arg(db.url().toString()));
    (void)m_session.db->probe(); // reads stored pages and checks the file is still the one opened
    // The idle limit is policy in the database: a change by the security administrator (here or on
    // another officer's PC) applies within a minute, without signing in again.
    if (auto policy = SecurityPolicy::load(*m_session.db); policy && m_idleWatcher)
        m_idleWatcher->setIdleMinutes(policy->idleLockMinutes);
    showHealth();
}

void MainWindow::showHealth()
{
    const Database::Health& health = m_session.db->health();
    m_databaseStateLabel->setText(health.ok ? tr("connected") : tr("DATABASE ERROR"));
    m_databaseStateLabel->setToolTip(health.ok ? QString() : health.message);
    m_databaseStateLabel->setStyleSheet(health.ok ? QStringLiteral("color: #1b5e20;")
                                                  : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_reconnectButton->setVisible(!health.ok);
    m_healthLabel->setText(health.message);
    m_healthLabel->setToolTip(health.detail);
    m_healthLabel->setVisible(!health.ok);
    m_userLabel->setVisible(health.ok);
    m_departmentLabel->setVisible(health.ok);
}

void MainWindow::reconnect()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status reconnected = m_session.db->reconnect();
    QApplication::restoreOverrideCursor();
    showHealth();
    if (!reconnected) {
        MessageBoxes::warning(this, tr("Reconnect"),
                              tr("The database could not be reached again: %1").arg(reconnected.error().message));
        return;
    }
    if (auto* page = qobject_cast<Page*>(m_stack->currentWidget()))
        page->refresh();
}

void MainWindow::lock()
{
    if (m_lockDialog)
        return;
    m_idleWatcher->setPaused(true);
    // Nothing of the officer's work stays visible behind the lock screen.
    centralWidget()->hide();
    m_lockDialog = new SignInDialog(*m_session.db, SignInDialog::Mode::Unlock, m_session.actor, this);
    m_lockDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lockDialog, &QDialog::finished, this, [this](int result) {
        m_lockDialog = nullptr;
        if (result == QDialog::Accepted) {
            centralWidget()->show();
            m_idleWatcher->reset();
            m_idleWatcher->setPaused(false);
        } else {
            emit signOutRequested();
        }
    });
    m_lockDialog->open();
}
