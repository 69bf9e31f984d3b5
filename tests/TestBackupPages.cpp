// The window's side of the local database's safety: the status bar tells the truth about the storage
// and offers to reconnect; the system administrator backs up and restores from the File menu.
#include "DatabaseBackupActions.h"
#include "MainWindow.h"
#include "Startup.h"
#include "TestSupport.h"
#include "backup/DatabaseBackup.h"
#include "security/AuditLog.h"
#include "widgets/MessageBoxes.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
void signIn(Startup& startup, const QString& login)
{
    QDialog* dialog = startup.currentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("SignInDialog"));
    auto* loginEdit = TestSupport::child<QLineEdit*>(dialog, "loginEdit");
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(TestSupport::child<QLineEdit*>(dialog, "passwordEdit"), TestSupport::kDemoPassword);
    QTest::mouseClick(TestSupport::child<QPushButton*>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY(startup.mainWindow() && startup.mainWindow()->isVisible());
}

int count(Database& db, const QString& sql)
{
    auto value = db.scalar(sql);
    return value ? value->toInt() : -1;
}
} // namespace

class TestBackupPages : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBoxes::setAutoAnswer(true, QMessageBox::Yes); }

    void statusBarTurnsRedAndReconnects()
    {
        auto db = TestSupport::demoDatabase();
        QVERIFY(db);
        Startup startup(*db);
        startup.begin();
        signIn(startup, QStringLiteral("officer1"));
        MainWindow* window = startup.mainWindow();
        auto* state = TestSupport::child<QLabel*>(window, "databaseStateLabel");
        auto* reconnect = TestSupport::child<QToolButton*>(window, "reconnectButton");
        QVERIFY(!reconnect->isVisibleTo(window));
        const QString green = state->text();

        const QString path = db->url().path;
        QVERIFY(QFile::rename(path, path + QStringLiteral(".away")));
        window->refreshStatus();
        QVERIFY(state->text() != green);
        QVERIFY2(state->toolTip().contains(path), qPrintable(state->toolTip()));
        QVERIFY(reconnect->isVisibleTo(window));

        // Reconnecting while the file is still away says so and stays red.
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QVERIFY(reconnect->isVisibleTo(window));
        QVERIFY(MessageBoxes::lastText().contains(path));

        QVERIFY(QFile::rename(path + QStringLiteral(".away"), path));
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QCOMPARE(state->text(), green);
        QVERIFY(!reconnect->isVisibleTo(window));
    }

    void administratorBacksUpAndRestores()
    {
        QTemporaryDir dir;
        auto db = TestSupport::demoDatabase();
        QVERIFY(db);
        Startup startup(*db);
        startup.begin();

        // Officers have no backup in their menu: a copy holds everything unmasked.
        signIn(startup, QStringLiteral("officer1"));
        QVERIFY(!startup.mainWindow()->findChild<QAction*>(QStringLiteral("backUpAction")));
        emit startup.mainWindow()->signOutRequested();
        QTRY_VERIFY(startup.currentDialog());
        signIn(startup, QStringLiteral("sysadmin"));
        MainWindow* window = startup.mainWindow();
        QVERIFY(window->findChild<QAction*>(QStringLiteral("backUpAction")));
        QVERIFY(window->findChild<QAction*>(QStringLiteral("restoreAction")));

        const int departments = count(*db, QStringLiteral("SELECT COUNT(*) FROM departments"));
        const QString target = dir.filePath(QStringLiteral("manual.db"));
        window->backupActions()->backUpTo(target);
        QVERIFY(window->backupActions()->waitUntilDone(60000));
        QVERIFY2(QFile::exists(target), qPrintable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("manual.db")));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'database.backup' AND "
                                      "user_login = 'sysadmin'")),
                 1);

        // Work after the backup, then restore it: the work is gone from the database, kept aside.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO departments (code, name) VALUES ('ZZ', '后来的部门')")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM departments")), departments + 1);
        window->backupActions()->checkRestore(target);
        QVERIFY(window->backupActions()->waitUntilDone(60000));
        QTRY_VERIFY(startup.currentDialog() && startup.currentDialog()->objectName() == QLatin1String("SignInDialog"));
        QVERIFY(!startup.mainWindow());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM departments")), departments);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'database.restore'")), 1);
        auto audit = AuditLog::verify(*db);
        QVERIFY(audit && audit->intact);
        signIn(startup, QStringLiteral("sysadmin"));

        // A file that is not a backup is refused before anything is asked, and changes nothing.
        const QString bogus = dir.filePath(QStringLiteral("bogus.db"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("这不是数据库");
        file.close();
        const int shown = MessageBoxes::shownCount();
        startup.mainWindow()->backupActions()->checkRestore(bogus);
        QVERIFY(startup.mainWindow()->backupActions()->waitUntilDone(60000));
        QTRY_COMPARE(MessageBoxes::shownCount(), shown + 1);
        QVERIFY(startup.mainWindow());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'database.restore'")), 1);
    }
};

QTEST_MAIN(TestBackupPages)
#include "TestBackupPages.moc"
