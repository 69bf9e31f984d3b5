#include "Clock.h"
#include "TestSupport.h"
#include "admin/AuditModel.h"
#include "admin/AuditPage.h"
#include "admin/SecurityPolicyPage.h"
#include "admin/UserDialog.h"
#include "admin/UsersModel.h"
#include "admin/UsersPage.h"
#include "security/Accounts.h"
#include "security/AuditEvents.h"
#include "security/Permissions.h"
#include "security/SecurityPolicy.h"
#include "setup/Setup.h"
#include "widgets/MessageBoxes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

namespace {
using TestSupport::child;
using TestSupport::demoDatabase;
using TestSupport::signIn;
const QString& kPassword = TestSupport::kDemoPassword;

void click(QObject* parent, const char* name)
{
    auto* button = child<QPushButton*>(parent, name);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Selects the row of the page's table whose first column is login; false when it is not listed.
bool selectLogin(QWidget* page, const QString& login)
{
    auto* table = child<QTableView*>(page, "usersTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, UsersModel::LoginColumn).data().toString() == login) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}
} // namespace

class TestAdminPages : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBoxes::setAutoAnswer(true, QMessageBox::Yes); }
    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        Clock::useSystemTime();
    }

    void usersTableListsTheAccounts()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("sysadmin"))};
        UsersPage page(session, nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 7);
        const int row = page.model()->rowOf(Accounts(*db).findUser(QStringLiteral("officer1"))->id);
        QVERIFY(row >= 0);
        auto text = [&](int column) {
            return page.model()->index(row, column).data().toString();
        };
        QCOMPARE(text(UsersModel::NameColumn), QStringLiteral("王晓明"));
        QCOMPARE(text(UsersModel::RolesColumn), Roles::displayName(Role::Officer));
        QCOMPARE(text(UsersModel::StatusColumn), UsersModel::tr("active"));
        QCOMPARE(text(UsersModel::LastSignInColumn), UsersModel::tr("never"));
        const int admin = page.model()->rowOf(session.actor.userId);
        QVERIFY(page.model()->index(admin, UsersModel::LastSignInColumn).data().toString().startsWith(u'2'));

        // The filter matches any column, whatever the case.
        auto* table = child<QTableView*>(&page, "usersTable");
        QTest::keyClicks(child<QLineEdit*>(&page, "filterLineEdit"), QStringLiteral("SECADMIN"));
        QCOMPARE(table->model()->rowCount(), 1);
        child<QLineEdit*>(&page, "filterLineEdit")->setText(QStringLiteral("市场监督"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("scjg1"));
    }

    void buttonsFollowPermissionAndSelection()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session officer{db.get(), signIn(*db, QStringLiteral("officer1"))};
        UsersPage officerPage(officer, nullptr);
        officerPage.refresh();
        for (const char* name : {"addUserButton", "editRolesButton", "toggleActiveButton", "resetPasswordButton"}) {
            auto* button = child<QPushButton*>(&officerPage, name);
            QVERIFY2(!button->isVisibleTo(&officerPage) && !button->isEnabled(), name);
        }

        Session admin{db.get(), signIn(*db, QStringLiteral("sysadmin"))};
        UsersPage adminPage(admin, nullptr);
        adminPage.refresh();
        QVERIFY(child<QPushButton*>(&adminPage, "addUserButton")->isEnabled());
        QVERIFY(!child<QPushButton*>(&adminPage, "editRolesButton")->isEnabled());
        QVERIFY(!child<QPushButton*>(&adminPage, "resetPasswordButton")->isVisibleTo(&adminPage));
        QVERIFY(selectLogin(&adminPage, QStringLiteral("officer1")));
        QVERIFY(child<QPushButton*>(&adminPage, "editRolesButton")->isEnabled());
        auto* toggle = child<QPushButton*>(&adminPage, "toggleActiveButton");
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), UsersPage::tr("Disable"));
    }

    void userDialogCreatesAnAccount()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("sysadmin"))};
        UserDialog dialog(session);
        dialog.show();
        QTest::keyClicks(child<QLineEdit*>(&dialog, "loginEdit"), QStringLiteral("zhangsan"));
        // QTest types Latin-1 only; Chinese arrives as an input method would commit it.
        child<QLineEdit*>(&dialog, "nameEdit")->insert(QStringLiteral("张三"));
        auto* department = child<QComboBox*>(&dialog, "departmentComboBox");
        QVERIFY(department->count() >= 6);
        department->setCurrentIndex(department->findText(QStringLiteral("庐山市市场监督管理局")));
        QTest::keyClicks(child<QLineEdit*>(&dialog, "passwordEdit"), kPassword);
        QTest::keyClicks(child<QLineEdit*>(&dialog, "repeatEdit"), kPassword);

        // An administrator role with a business role is refused inline by the core.
        child<QCheckBox*>(&dialog, "roleCheckBox_officer")->setChecked(true);
        child<QCheckBox*>(&dialog, "roleCheckBox_sysadmin")->setChecked(true);
        click(&dialog, "okButton");
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel*>(&dialog, "errorLabel");
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY2(error->text().contains(Roles::displayName(Role::SystemAdmin)), qPrintable(error->text()));
        QVERIFY(!Accounts(*db).findUser(QStringLiteral("zhangsan")));

        child<QCheckBox*>(&dialog, "roleCheckBox_sysadmin")->setChecked(false);
        click(&dialog, "okButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto created = Accounts(*db).findUser(QStringLiteral("zhangsan"));
        QVERIFY(created);
        QCOMPARE(created->name, QStringLiteral("张三"));
        QCOMPARE(created->departmentName, QStringLiteral("庐山市市场监督管理局"));
        QCOMPARE(created->roles, QSet<Role>{Role::Officer});
        QVERIFY(created->hasPassword);
    }

    void staleEditIsRefusedWithAWarning()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("sysadmin"))};
        const User stale = *Accounts(*db).findUser(QStringLiteral("officer1"));
        QVERIFY(Accounts(*db).setRoles(session.actor, stale.id, {Role::Reviewer}, stale.version));

        UserDialog dialog(session, stale);
        dialog.show();
        QVERIFY(child<QLineEdit*>(&dialog, "loginEdit")->isReadOnly());
        QVERIFY(!child<QLineEdit*>(&dialog, "passwordEdit")->isVisibleTo(&dialog));
        QVERIFY(child<QCheckBox*>(&dialog, "roleCheckBox_officer")->isChecked());
        child<QCheckBox*>(&dialog, "roleCheckBox_approver")->setChecked(true);
        const int shown = MessageBoxes::shownCount();
        click(&dialog, "okButton");
        QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("meanwhile")), qPrintable(MessageBoxes::lastText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(Accounts(*db).findUser(QStringLiteral("officer1"))->roles, QSet<Role>{Role::Reviewer});
    }

    void staleEditFromThePageReloads()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("sysadmin"))};
        UsersPage page(session, nullptr);
        page.refresh();
        QVERIFY(selectLogin(&page, QStringLiteral("officer1")));
        // Another administrator changes the account after the page read it.
        const User current = *Accounts(*db).findUser(QStringLiteral("officer1"));
        QVERIFY(Accounts(*db).setRoles(session.actor, current.id, {Role::Reviewer}, current.version));

        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<UserDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QCheckBox*>(dialog, "roleCheckBox_approver")->setChecked(true);
            answered = true;
            click(dialog, "okButton");
        });
        click(&page, "editRolesButton");
        QVERIFY(answered);
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("meanwhile")));
        const int row = page.model()->rowOf(current.id);
        QCOMPARE(page.model()->user(row).roles, QSet<Role>{Role::Reviewer});
        QCOMPARE(page.model()->user(row).version, current.version + 1);
    }

    void disableEnableAndUnlock()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session admin{db.get(), signIn(*db, QStringLiteral("sysadmin"))};
        UsersPage adminPage(admin, nullptr);
        QSignalSpy changed(&adminPage, &Page::dataChanged);
        adminPage.refresh();
        QVERIFY(selectLogin(&adminPage, QStringLiteral("officer1")));
        MessageBoxes::setNextAnswer(QMessageBox::No);
        click(&adminPage, "toggleActiveButton");
        QVERIFY(Accounts(*db).findUser(QStringLiteral("officer1"))->active);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(&adminPage, "toggleActiveButton");
        QVERIFY(!Accounts(*db).findUser(QStringLiteral("officer1"))->active);
        QCOMPARE(changed.count(), 1);
        // The selection survives the reload, so the opposite button is ready.
        QCOMPARE(child<QPushButton*>(&adminPage, "toggleActiveButton")->text(), UsersPage::tr("Enable"));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(&adminPage, "toggleActiveButton");
        QVERIFY(Accounts(*db).findUser(QStringLiteral("officer1"))->active);

        // The core refuses to disable the last system administrator; the page says why in a box.
        QVERIFY(selectLogin(&adminPage, QStringLiteral("sysadmin")));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        const int shown = MessageBoxes::shownCount();
        click(&adminPage, "toggleActiveButton");
        QCOMPARE(MessageBoxes::shownCount(), shown + 2);
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("administrator")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(Accounts(*db).findUser(QStringLiteral("sysadmin"))->active);

        for (int i = 0; i < 5; ++i)
            QVERIFY(!Accounts(*db).signIn(QStringLiteral("reviewer1"), QStringLiteral("Wrong%1pass").arg(i)));
        QVERIFY(Accounts(*db).findUser(QStringLiteral("reviewer1"))->isLocked(Clock::currentDateTimeUtc()));
        Session security{db.get(), signIn(*db, QStringLiteral("secadmin"))};
        UsersPage securityPage(security, nullptr);
        securityPage.refresh();
        QVERIFY(!child<QPushButton*>(&securityPage, "addUserButton")->isVisibleTo(&securityPage));
        QVERIFY(selectLogin(&securityPage, QStringLiteral("reviewer1")));
        QVERIFY(child<QPushButton*>(&securityPage, "unlockButton")->isEnabled());
        click(&securityPage, "unlockButton");
        QVERIFY(!Accounts(*db).findUser(QStringLiteral("reviewer1"))->isLocked(Clock::currentDateTimeUtc()));
        QVERIFY(!child<QPushButton*>(&securityPage, "unlockButton")->isEnabled());
    }

    void auditPageShowsRowsAndVerifies()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        QVERIFY(!Accounts(*db).signIn(QStringLiteral("officer1"), QStringLiteral("Wrong1pass")));
        Session session{db.get(), signIn(*db, QStringLiteral("auditor"))};
        AuditPage page(session, nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.refresh();
        QTRY_VERIFY(!page.isLoading());
        AuditModel* model = page.model();
        QVERIFY(model->rowCount() > 10);
        // Newest first: the auditor's own sign-in.
        QCOMPARE(model->index(0, AuditModel::EventColumn).data().toString(),
                 AuditEvents::displayName(QStringLiteral("user.sign_in")));
        QCOMPARE(AuditEvents::displayName(QStringLiteral("user.sign_in")), QStringLiteral("sign-in"));
        QCOMPARE(AuditEvents::displayName(QStringLiteral("no.such_event")), QStringLiteral("no.such_event"));
        QCOMPARE(model->index(0, AuditModel::UserColumn).data().toString(), QStringLiteral("auditor"));
        QCOMPARE(model->index(0, AuditModel::ObjectColumn).data().toString(), QStringLiteral("user:auditor"));
        QVERIFY(QDateTime::fromString(model->index(0, AuditModel::TimeColumn).data().toString(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    .isValid());
        QCOMPARE(model->index(1, AuditModel::ResultColumn).data().toString(), AuditModel::tr("FAILED"));
        QCOMPARE(model->index(1, AuditModel::DetailColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(Qt::darkRed));
        QVERIFY(!model->index(0, AuditModel::DetailColumn).data(Qt::ForegroundRole).isValid());

        // The filter waits for a pause in typing, then reloads.
        QTest::keyClicks(child<QLineEdit*>(&page, "filterLineEdit"), QStringLiteral("nothing-like-this"));
        QTRY_COMPARE(model->rowCount(), 0);
        child<QLineEdit*>(&page, "filterLineEdit")->setText(QStringLiteral("officer1"));
        QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < 5);

        auto* label = child<QLabel*>(&page, "verifyResultLabel");
        click(&page, "verifyButton");
        QTRY_VERIFY(label->text().contains(QLatin1String("intact")));
        QVERIFY2(label->text().contains(QLatin1String(" rows verified")), qPrintable(label->text()));
    }

    void auditTimesAreShownInLocalTime()
    {
        const QDateTime utc(QDate(2026, 5, 6), QTime(8, 0, 1, 250), Qt::UTC);
        QCOMPARE(AuditModel::localTime(QStringLiteral("2026-05-06T08:00:01.250Z")),
                 utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(AuditModel::localTime(QStringLiteral("garbage")), QStringLiteral("garbage"));
    }

    void securityPolicyIsSavedBySecurityAdministratorOnly()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session security{db.get(), signIn(*db, QStringLiteral("secadmin"))};
        SecurityPolicyPage page(security, nullptr);
        page.refresh();
        auto* minLength = child<QSpinBox*>(&page, "minLengthSpinBox");
        QCOMPARE(minLength->value(), 8);
        QCOMPARE(child<QSpinBox*>(&page, "idleMinutesSpinBox")->value(), 15);
        QCOMPARE(minLength->minimum(), 8);
        minLength->setValue(10);
        child<QSpinBox*>(&page, "lockoutAttemptsSpinBox")->setValue(4);
        click(&page, "saveButton");
        QVERIFY(!child<QLabel*>(&page, "errorLabel")->isVisibleTo(&page));
        QVERIFY(!child<QLabel*>(&page, "savedLabel")->text().isEmpty());
        auto saved = SecurityPolicy::load(*db);
        QVERIFY(saved);
        QCOMPARE(saved->passwordMinLength, 10);
        QCOMPARE(saved->lockoutAttempts, 4);

        Session admin{db.get(), signIn(*db, QStringLiteral("sysadmin"))};
        SecurityPolicyPage adminPage(admin, nullptr);
        adminPage.refresh();
        QCOMPARE(child<QSpinBox*>(&adminPage, "minLengthSpinBox")->value(), 10);
        child<QSpinBox*>(&adminPage, "minLengthSpinBox")->setValue(12);
        click(&adminPage, "saveButton");
        auto* error = child<QLabel*>(&adminPage, "errorLabel");
        QVERIFY(error->isVisibleTo(&adminPage));
        QCOMPARE(error->text(), Permissions::require(admin.actor, Permission::EditSecurityPolicy).error().message);
        QCOMPARE(SecurityPolicy::load(*db)->passwordMinLength, 10);
    }
};

QTEST_MAIN(TestAdminPages)
#include "TestAdminPages.moc"
