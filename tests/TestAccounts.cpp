#include "Clock.h"
#include "TestSupport.h"
#include "security/Accounts.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "security/SecurityPolicy.h"
#include "setup/Setup.h"

#include <QTest>

namespace {
const QString kPassword = QStringLiteral("Credit2026!");

Actor signInAdmin(Database& db)
{
    auto actor = Accounts(db).signIn(QStringLiteral("admin"), kPassword);
    return actor ? *actor : Actor();
}

qint64 auditCount(Database& db, const QString& event, bool success)
{
    return db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = ? AND success = ?"),
                {event, success ? 1 : 0})
        ->toLongLong();
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> setUp()
    {
        auto db = TestSupport::freshDatabase(TestSupport::currentEngine());
        if (!db)
            return nullptr;
        auto created = Setup::createFirstAdministrator(
            *db, {QStringLiteral("Admin"), QStringLiteral("系统管理员"), kPassword, QStringLiteral("XYB"), {}});
        if (!created) {
            qWarning() << created.error().fullText();
            return nullptr;
        }
        return db;
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }
    void cleanup() { Clock::useSystemTime(); }

    void passwordHashingIsArgon2id()
    {
        const QString stored = PasswordHasher::hash(kPassword);
        QVERIFY(stored.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(PasswordHasher::verify(stored, kPassword));
        QVERIFY(!PasswordHasher::verify(stored, QStringLiteral("credit2026!")));
        QVERIFY(!PasswordHasher::verify(QString(), kPassword));
        QVERIFY(PasswordHasher::hash(kPassword) != stored); // salted
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("three classes") << "Credit2026" << true;
        QTest::newRow("four classes") << "Cr3dit!x" << true;
        QTest::newRow("chinese counts as other") << "信用abc123" << true;
        QTest::newRow("too short") << "Ab1!" << false;
        QTest::newRow("seven") << "Abcde1!" << false;
        QTest::newRow("two classes") << "abcdefgh12" << false;
        QTest::newRow("one class") << "abcdefghij" << false;
        QTest::newRow("contains login") << "Xadmin2026" << false;
        QTest::newRow("empty") << "" << false;
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const auto result = SecurityPolicy().checkPassword(password, QStringLiteral("admin"));
        QCOMPARE(result.ok(), accepted);
        if (!accepted)
            QVERIFY(!result.error().message.isEmpty());
    }

    void firstAdministratorOnlyOnce()
    {
        auto db = setUp();
        QVERIFY(db);
        QCOMPARE(*Setup::needsFirstAdministrator(*db), false);
        auto again = Setup::createFirstAdministrator(
            *db, {QStringLiteral("second"), QStringLiteral("x"), kPassword, QStringLiteral("XYB"), {}});
        QVERIFY(!again);
        QCOMPARE(*Accounts(*db).userCount(), 1);
        auto admin = Accounts(*db).findUser(QStringLiteral("ADMIN "));
        QVERIFY(admin);
        QCOMPARE(admin->roles, QSet<Role>{Role::SystemAdmin});
        QVERIFY(admin->departmentName.contains(QStringLiteral("信用")));
    }

    void weakFirstPasswordWritesNothing()
    {
        auto db = TestSupport::freshDatabase(TestSupport::currentEngine());
        QVERIFY(db);
        const qint64 audit = db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
        QVERIFY(!Setup::createFirstAdministrator(
            *db,
            {QStringLiteral("admin"), QStringLiteral("x"), QStringLiteral("password"), QStringLiteral("XYB"), {}}));
        QVERIFY(!Setup::createFirstAdministrator(
            *db, {QStringLiteral("a dmin"), QStringLiteral("x"), kPassword, QStringLiteral("XYB"), {}}));
        QCOMPARE(*Accounts(*db).userCount(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM departments"))->toLongLong(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong(), audit);
    }

    void signInSucceedsAndIsAudited()
    {
        auto db = setUp();
        QVERIFY(db);
        auto actor = Accounts(*db).signIn(QStringLiteral(" Admin"), kPassword);
        QVERIFY2(actor, qPrintable(actor.error().message));
        QCOMPARE(actor->login, QStringLiteral("admin"));
        QVERIFY(actor->has(Role::SystemAdmin));
        QCOMPARE(auditCount(*db, QStringLiteral("user.sign_in"), true), 1);
        QVERIFY(!Accounts(*db).signIn(QStringLiteral("nobody"), kPassword));
        QCOMPARE(auditCount(*db, QStringLiteral("user.sign_in"), false), 1);
    }

    void fiveFailuresLockForTenMinutes()
    {
        auto db = setUp();
        QVERIFY(db);
        Clock::setTestTime(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Accounts accounts(*db);
        for (int i = 1; i <= 4; ++i) {
            auto attempt = accounts.signIn(QStringLiteral("admin"), QStringLiteral("Wrong%1pass").arg(i));
            QVERIFY(!attempt);
            QCOMPARE(attempt.error().kind, Error::Kind::Denied);
            QCOMPARE(accounts.findUser(QStringLiteral("admin"))->failedAttempts, i);
        }
        QVERIFY(!accounts.signIn(QStringLiteral("admin"), QStringLiteral("Wrong5pass")));
        auto user = accounts.findUser(QStringLiteral("admin"));
        QVERIFY(user->isLocked(Clock::currentDateTimeUtc()));
        QCOMPARE(auditCount(*db, QStringLiteral("user.locked"), true), 1);
        // Even the right password is refused while locked.
        auto locked = accounts.signIn(QStringLiteral("admin"), kPassword);
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QLatin1String("locked")));
        Clock::advanceSeconds(9 * 60 + 59);
        QVERIFY(!accounts.signIn(QStringLiteral("admin"), kPassword));
        Clock::advanceSeconds(2);
        QVERIFY(accounts.signIn(QStringLiteral("admin"), kPassword));
        QCOMPARE(accounts.findUser(QStringLiteral("admin"))->failedAttempts, 0);
        QVERIFY(AuditLog::verify(*db)->intact);
    }

    void policyNumbersComeFromTheDatabase()
    {
        auto db = setUp();
        QVERIFY(db);
        const Actor admin = signInAdmin(*db);
        SecurityPolicy policy = *SecurityPolicy::load(*db);
        QCOMPARE(policy.lockoutAttempts, 5);
        QCOMPARE(policy.lockoutMinutes, 10);
        QCOMPARE(policy.idleLockMinutes, 15);
        policy.lockoutAttempts = 3;
        // Only the security administrator may change it.
        auto denied = SecurityPolicy::save(*db, admin, policy);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, Error::Kind::Denied);
        Accounts accounts(*db);
        QVERIFY(accounts.addUser(admin,
                                 {QStringLiteral("sec"),
                                  QStringLiteral("安全员"),
                                  QStringLiteral("XYB"),
                                  {Role::SecurityAdmin},
                                  kPassword}));
        const Actor security = *accounts.signIn(QStringLiteral("sec"), kPassword);
        policy.lockoutAttempts = 2;
        QVERIFY(!SecurityPolicy::save(*db, security, policy)); // below the allowed range
        policy.lockoutAttempts = 3;
        QVERIFY(SecurityPolicy::save(*db, security, policy));
        QCOMPARE(SecurityPolicy::load(*db)->lockoutAttempts, 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!accounts.signIn(QStringLiteral("admin"), QStringLiteral("Nope12345")));
        QVERIFY(accounts.findUser(QStringLiteral("admin"))->isLocked(Clock::currentDateTimeUtc()));
        QVERIFY(accounts.unlock(security, QStringLiteral("admin")));
        QVERIFY(accounts.signIn(QStringLiteral("admin"), kPassword));
    }

    void administratorRolesStayApart_data()
    {
        QTest::addColumn<QList<Role>>("roles");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("officer") << QList<Role>{Role::Officer} << true;
        QTest::newRow("officer+reviewer") << QList<Role>{Role::Officer, Role::Reviewer} << true;
        QTest::newRow("sysadmin") << QList<Role>{Role::SystemAdmin} << true;
        QTest::newRow("none") << QList<Role>{} << false;
        QTest::newRow("sys+sec") << QList<Role>{Role::SystemAdmin, Role::SecurityAdmin} << false;
        QTest::newRow("sec+audit") << QList<Role>{Role::SecurityAdmin, Role::AuditAdmin} << false;
        QTest::newRow("audit+officer") << QList<Role>{Role::AuditAdmin, Role::Officer} << false;
        QTest::newRow("sys+approver") << QList<Role>{Role::SystemAdmin, Role::Approver} << false;
    }

    void administratorRolesStayApart()
    {
        QFETCH(QList<Role>, roles);
        QFETCH(bool, accepted);
        auto db = setUp();
        QVERIFY(db);
        const Actor admin = signInAdmin(*db);
        const QSet<Role> set(roles.begin(), roles.end());
        auto added = Accounts(*db).addUser(
            admin, {QStringLiteral("someone"), QStringLiteral("某人"), QStringLiteral("XYB"), set, kPassword});
        QCOMPARE(added.ok(), accepted);
        QCOMPARE(Accounts(*db).findUser(QStringLiteral("someone")).ok(), accepted);
    }

    void onlyTheSystemAdministratorManagesAccounts()
    {
        auto db = setUp();
        QVERIFY(db);
        const Actor admin = signInAdmin(*db);
        Accounts accounts(*db);
        QVERIFY(accounts.addUser(
            admin,
            {QStringLiteral("officer1"), QStringLiteral("王晓明"), QStringLiteral("XYB"), {Role::Officer}, kPassword}));
        const Actor officer = *accounts.signIn(QStringLiteral("officer1"), kPassword);
        auto denied = accounts.addUser(
            officer, {QStringLiteral("x2"), QStringLiteral("x"), QStringLiteral("XYB"), {Role::Officer}, kPassword});
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, Error::Kind::Denied);
        QVERIFY(!Permissions::allowed(officer, Permission::ViewAudit));
        QVERIFY(Permissions::allowed(officer, Permission::ViewRegistry));
        QVERIFY(!Permissions::allowed(admin, Permission::ViewAudit));
    }

    void staleRoleEditIsAConflict()
    {
        auto db = setUp();
        QVERIFY(db);
        const Actor admin = signInAdmin(*db);
        Accounts accounts(*db);
        auto user = accounts.addUser(
            admin,
            {QStringLiteral("officer1"), QStringLiteral("王晓明"), QStringLiteral("XYB"), {Role::Officer}, kPassword});
        QVERIFY(user);
        const int seen = user->version;
        QVERIFY(accounts.setRoles(admin, user->id, {Role::Officer, Role::Reviewer}, seen));
        auto stale = accounts.setRoles(admin, user->id, {Role::Approver}, seen);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(accounts.findUser(QStringLiteral("officer1"))->roles, (QSet<Role>{Role::Officer, Role::Reviewer}));
        QCOMPARE(auditCount(*db, QStringLiteral("user.roles_changed"), true), 1);
    }

    void lastSystemAdministratorIsKept()
    {
        auto db = setUp();
        QVERIFY(db);
        const Actor admin = signInAdmin(*db);
        Accounts accounts(*db);
        auto self = accounts.findUser(QStringLiteral("admin"));
        QVERIFY(!accounts.setRoles(admin, self->id, {Role::Officer}, self->version));
        QVERIFY(!accounts.setActive(admin, self->id, false, self->version));
        QCOMPARE(accounts.findUser(QStringLiteral("admin"))->roles, QSet<Role>{Role::SystemAdmin});
    }

    void disabledAccountCannotSignIn()
    {
        auto db = setUp();
        QVERIFY(db);
        const Actor admin = signInAdmin(*db);
        Accounts accounts(*db);
        auto user = accounts.addUser(
            admin,
            {QStringLiteral("officer1"), QStringLiteral("王晓明"), QStringLiteral("XYB"), {Role::Officer}, kPassword});
        QVERIFY(accounts.setActive(admin, user->id, false, user->version));
        QVERIFY(!accounts.signIn(QStringLiteral("officer1"), kPassword));
    }

    void ownPasswordChange()
    {
        auto db = setUp();
        QVERIFY(db);
        const Actor admin = signInAdmin(*db);
        Accounts accounts(*db);
        QVERIFY(!accounts.changeOwnPassword(admin, QStringLiteral("Wrong1234"), QStringLiteral("Better2026#")));
        QVERIFY(!accounts.changeOwnPassword(admin, kPassword, QStringLiteral("weak")));
        QVERIFY(accounts.changeOwnPassword(admin, kPassword, QStringLiteral("Better2026#")));
        QVERIFY(!accounts.signIn(QStringLiteral("admin"), kPassword));
        QVERIFY(accounts.signIn(QStringLiteral("admin"), QStringLiteral("Better2026#")));
    }

    void demoDataIsIdempotent()
    {
        auto db = setUp();
        QVERIFY(db);
        QVERIFY(Setup::installDemo(*db, kPassword));
        const qint64 users = *Accounts(*db).userCount();
        QVERIFY(users >= 6);
        QVERIFY(Setup::installDemo(*db, kPassword));
        QCOMPARE(*Accounts(*db).userCount(), users);
        QVERIFY(Accounts(*db).signIn(QStringLiteral("officer1"), kPassword));
        QVERIFY(AuditLog::verify(*db)->intact);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "TestAccounts.moc"
