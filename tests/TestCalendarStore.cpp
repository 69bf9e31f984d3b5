#include "TestSupport.h"
#include "calendar/CalendarStore.h"
#include "security/Accounts.h"
#include "security/AuditLog.h"
#include "setup/Setup.h"

#include <QTest>

namespace {
const QString kPassword = QStringLiteral("Credit2026!");
}

class TestCalendarStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Actor m_admin;
    Actor m_officer;

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }

    void init()
    {
        m_db = TestSupport::freshDatabase(TestSupport::currentEngine());
        QVERIFY2(m_db, qPrintable(TestSupport::failureReason()));
        QVERIFY(Setup::createFirstAdministrator(
            *m_db, {QStringLiteral("admin"), QStringLiteral("管理员"), kPassword, QStringLiteral("XYB"), {}}));
        QVERIFY(Setup::installDemo(*m_db, kPassword));
        m_admin = *Accounts(*m_db).signIn(QStringLiteral("admin"), kPassword);
        m_officer = *Accounts(*m_db).signIn(QStringLiteral("officer1"), kPassword);
    }

    void shippedYearsAreStored()
    {
        auto calendar = CalendarStore(*m_db).load();
        QVERIFY(calendar);
        QCOMPARE(calendar->loadedYears(), (QList<int>{2025, 2026}));
        QCOMPARE(calendar->workingDaysInYear(2025), 248);
        QCOMPARE(calendar->workingDaysInYear(2026), 248);
        QCOMPARE(*calendar, *WorkCalendar::shipped());
        // Seeding again adds nothing.
        QVERIFY(Setup::seedReferenceData(*m_db));
        QCOMPARE(CalendarStore(*m_db).load()->exceptions(2026).size(), calendar->exceptions(2026).size());
    }

    void editingADayChangesAnswersAndIsAudited()
    {
        CalendarStore store(*m_db);
        const QDate day(2026, 3, 9); // an ordinary Monday
        QCOMPARE(store.load()->addWorkdays(QDate(2026, 3, 6), 1).date, day);
        const qint64 before
            = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event LIKE 'calendar.%'"))
                  ->toLongLong();
        QVERIFY(store.setDay(m_admin, {day, DayKind::Off, QStringLiteral("临时休假")}));
        QCOMPARE(store.load()->addWorkdays(QDate(2026, 3, 6), 1).date, QDate(2026, 3, 10));
        QVERIFY(store.removeDay(m_admin, day));
        QCOMPARE(store.load()->addWorkdays(QDate(2026, 3, 6), 1).date, day);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event LIKE 'calendar.%'"))->toLongLong(),
            before + 2);
        QVERIFY(AuditLog::verify(*m_db)->intact);
    }

    void onlyTheSystemAdministratorEdits()
    {
        CalendarStore store(*m_db);
        auto denied = store.setDay(m_officer, {QDate(2026, 3, 9), DayKind::Off, QStringLiteral("x")});
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, Error::Kind::Denied);
        QVERIFY(!store.load()->exception(QDate(2026, 3, 9)));
        QVERIFY(!store.addYear(m_officer, 2027, QStringLiteral("x"), {}));
    }

    void addingAYearEndsProvisionalAnswers()
    {
        CalendarStore store(*m_db);
        QVERIFY(store.load()->addWorkdays(QDate(2026, 12, 30), 3).provisional);
        QVERIFY(!store.setDay(m_admin, {QDate(2027, 1, 1), DayKind::Off, QStringLiteral("元旦")})); // year not loaded
        QVERIFY(store.addYear(m_admin, 2027, QStringLiteral("国务院办公厅关于2027年部分节假日安排的通知"),
                              {{QDate(2027, 1, 1), DayKind::Off, QStringLiteral("元旦")}}));
        const auto answer = store.load()->addWorkdays(QDate(2026, 12, 30), 3);
        QVERIFY(!answer.provisional);
        QCOMPARE(answer.date, QDate(2027, 1, 5)); // 12-31, (1-1 off, 1-2/1-3 weekend), 1-4, 1-5
        QVERIFY(!store.addYear(m_admin, 2027, QString(), {})); // twice
        QVERIFY(!store.addYear(m_admin, 2028, QString(), {{QDate(2029, 1, 1), DayKind::Off, QString()}}));
        QVERIFY(store.removeYear(m_admin, 2027));
        QVERIFY(store.load()->addWorkdays(QDate(2026, 12, 30), 3).provisional);
    }
};

QTEST_GUILESS_MAIN(TestCalendarStore)
#include "TestCalendarStore.moc"
