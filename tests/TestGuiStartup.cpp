#include "Clock.h"
#include "IdleWatcher.h"
#include "InterfaceFont.h"
#include "MainWindow.h"
#include "Startup.h"
#include "TestSupport.h"
#include "security/Accounts.h"
#include "security/SecurityPolicy.h"
#include "setup/Setup.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("Credit2026!");

template <typename T> T child(QObject* parent, const char* name)
{
    T found = parent ? parent->findChild<T>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void type(QObject* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit*>(dialog, name);
    QVERIFY(edit);
    edit->clear();
    // QTest types Latin-1 only; Chinese input arrives as an input method would commit it.
    bool latin = true;
    for (QChar c : text)
        latin = latin && c.unicode() < 128;
    if (latin)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void signIn(QDialog* dialog, const QString& login, const QString& password)
{
    type(dialog, "loginEdit", login);
    type(dialog, "passwordEdit", password);
    QTest::mouseClick(child<QPushButton*>(dialog, "signInButton"), Qt::LeftButton);
}
} // namespace

class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBoxes::setAutoAnswer(true); }
    void cleanup() { Clock::useSystemTime(); }

    void chineseIsDrawnWithASimplifiedChineseFace()
    {
        if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
            QFAIL("fonts-noto-cjk is not installed (scripts/deps.sh installs it)");
        applyInterfaceFont(*qApp);
        QLabel label(QStringLiteral("信用修复 直 骨 角"));
        QCOMPARE(QFontInfo(label.font()).family(), QStringLiteral("Noto Sans CJK SC"));
    }

    void firstStartCreatesAdministratorAndSignsIn()
    {
        auto db = TestSupport::freshDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        Startup startup(*db);
        startup.begin();
        QDialog* setup = startup.currentDialog();
        QVERIFY(setup);
        QCOMPARE(setup->objectName(), QStringLiteral("FirstRunDialog"));
        QVERIFY(setup->isVisible());

        // A mismatch is refused inline and writes nothing.
        type(setup, "loginEdit", QStringLiteral("sysadmin"));
        type(setup, "nameEdit", QStringLiteral("张管理"));
        type(setup, "passwordEdit", kPassword);
        type(setup, "confirmEdit", QStringLiteral("Different1!"));
        QTest::mouseClick(child<QPushButton*>(setup, "createButton"), Qt::LeftButton);
        QVERIFY(setup->isVisible());
        QVERIFY(child<QLabel*>(setup, "errorLabel")->isVisibleTo(setup));
        QCOMPARE(*Accounts(*db).userCount(), 0);

        // A weak password is refused by the core policy with its reason.
        type(setup, "passwordEdit", QStringLiteral("short"));
        type(setup, "confirmEdit", QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton*>(setup, "createButton"), Qt::LeftButton);
        QVERIFY(setup->isVisible());
        QVERIFY(child<QLabel*>(setup, "errorLabel")->text().contains(QLatin1String("8")));
        QCOMPARE(*Accounts(*db).userCount(), 0);

        type(setup, "passwordEdit", kPassword);
        type(setup, "confirmEdit", kPassword);
        child<QCheckBox*>(setup, "demoCheckBox")->setChecked(true);
        QTest::mouseClick(child<QPushButton*>(setup, "createButton"), Qt::LeftButton);
        QTRY_VERIFY(startup.currentDialog() && startup.currentDialog()->objectName() == QLatin1String("SignInDialog"));
        QVERIFY(*Accounts(*db).userCount() >= 7);

        QDialog* signInDialog = startup.currentDialog();
        QCOMPARE(child<QLineEdit*>(signInDialog, "loginEdit")->text(), QStringLiteral("sysadmin"));
        signIn(signInDialog, QStringLiteral("sysadmin"), kPassword);
        QTRY_VERIFY(startup.mainWindow() && startup.mainWindow()->isVisible());
        MainWindow* window = startup.mainWindow();
        QVERIFY(child<QLabel*>(window, "userLabel")->text().contains(QStringLiteral("张管理")));
        QVERIFY(child<QLabel*>(window, "departmentLabel")->text().contains(QStringLiteral("信用")));
        QVERIFY(child<QLabel*>(window, "databaseLabel")->text().contains(QLatin1String("SQLite")));
        QVERIFY(!window->areaTitles().isEmpty());
    }

    void fiveWrongPasswordsLockTheAccount()
    {
        auto db = TestSupport::freshDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        QVERIFY(Setup::createFirstAdministrator(
            *db, {QStringLiteral("sysadmin"), QStringLiteral("张管理"), kPassword, QStringLiteral("XYB"), {}}));
        Startup startup(*db);
        startup.begin();
        QDialog* dialog = startup.currentDialog();
        QCOMPARE(dialog->objectName(), QStringLiteral("SignInDialog"));
        for (int i = 1; i <= 5; ++i) {
            signIn(dialog, QStringLiteral("sysadmin"), QStringLiteral("Wrong%1pass").arg(i));
            QVERIFY(dialog->isVisible());
        }
        auto* error = child<QLabel*>(dialog, "errorLabel");
        QVERIFY2(error->text().contains(QLatin1String("locked")), qPrintable(error->text()));
        QVERIFY(Accounts(*db).findUser(QStringLiteral("sysadmin"))->isLocked(Clock::currentDateTimeUtc()));
        signIn(dialog, QStringLiteral("sysadmin"), kPassword);
        QVERIFY(dialog->isVisible());
        QVERIFY(!startup.mainWindow());
    }

    void idleWindowLocksAndUnlocks()
    {
        auto db = TestSupport::freshDatabase(QStringLiteral("sqlite"));
        QVERIFY(db);
        QVERIFY(Setup::createFirstAdministrator(
            *db, {QStringLiteral("sysadmin"), QStringLiteral("张管理"), kPassword, QStringLiteral("XYB"), {}}));
        Clock::setTestTime(QDateTime(QDate(2026, 5, 6), QTime(8, 0), Qt::UTC));
        Startup startup(*db);
        startup.begin();
        signIn(startup.currentDialog(), QStringLiteral("sysadmin"), kPassword);
        QTRY_VERIFY(startup.mainWindow());
        MainWindow* window = startup.mainWindow();
        window->idleWatcher()->reset();
        Clock::advanceSeconds(14 * 60);
        window->idleWatcher()->check();
        QVERIFY(!window->isLocked());
        Clock::advanceSeconds(60);
        window->idleWatcher()->check();
        QVERIFY(window->isLocked());
        QVERIFY(!window->centralWidget()->isVisible());
        auto* lockDialog = window->findChild<QDialog*>(QStringLiteral("SignInDialog"));
        QVERIFY(lockDialog);
        type(lockDialog, "passwordEdit", QStringLiteral("NotMine123"));
        QTest::mouseClick(child<QPushButton*>(lockDialog, "signInButton"), Qt::LeftButton);
        QVERIFY(window->isLocked());
        type(lockDialog, "passwordEdit", kPassword);
        QTest::mouseClick(child<QPushButton*>(lockDialog, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(!window->isLocked());
        QVERIFY(window->centralWidget()->isVisible());

        // A stricter idle limit set by the security administrator applies without signing in again.
        SecurityPolicy policy = *SecurityPolicy::load(*db);
        policy.idleLockMinutes = 5;
        QVERIFY(SecurityPolicy::save(*db, Actor::system(QStringLiteral("test")), policy));
        window->refreshStatus();
        window->idleWatcher()->reset();
        Clock::advanceSeconds(5 * 60);
        window->idleWatcher()->check();
        QVERIFY(window->isLocked());
    }
};

QTEST_MAIN(TestGuiStartup)
#include "TestGuiStartup.moc"
