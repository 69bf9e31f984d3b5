#include "calendar/WorkCalendar.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

// docs/regulations.md §9, written out independently of resources/seed/calendar.json so the two check each other.
struct HolidayRange
{
    QDate first;
    QDate last;
    const char* name;
};

const QList<HolidayRange> holidayRanges = {
    {QDate(2025, 1, 1), QDate(2025, 1, 1), "元旦"},     {QDate(2025, 1, 28), QDate(2025, 2, 4), "春节"},
    {QDate(2025, 4, 4), QDate(2025, 4, 6), "清明节"},   {QDate(2025, 5, 1), QDate(2025, 5, 5), "劳动节"},
    {QDate(2025, 5, 31), QDate(2025, 6, 2), "端午节"},  {QDate(2025, 10, 1), QDate(2025, 10, 8), "国庆节、中秋节"},
    {QDate(2026, 1, 1), QDate(2026, 1, 3), "元旦"},     {QDate(2026, 2, 15), QDate(2026, 2, 23), "春节"},
    {QDate(2026, 4, 4), QDate(2026, 4, 6), "清明节"},   {QDate(2026, 5, 1), QDate(2026, 5, 5), "劳动节"},
    {QDate(2026, 6, 19), QDate(2026, 6, 21), "端午节"}, {QDate(2026, 9, 25), QDate(2026, 9, 27), "中秋节"},
    {QDate(2026, 10, 1), QDate(2026, 10, 7), "国庆节"},
};

const QList<QDate> makeUpDays = {
    QDate(2025, 1, 26),  QDate(2025, 2, 8),  QDate(2025, 4, 27),  QDate(2025, 9, 28),
    QDate(2025, 10, 11), QDate(2026, 1, 4),  QDate(2026, 2, 14),  QDate(2026, 2, 28),
    QDate(2026, 5, 9),   QDate(2026, 9, 20), QDate(2026, 10, 10),
};

const char* rowName(QDate date)
{
    static QByteArray name;
    name = date.toString(Qt::ISODate).toUtf8();
    return name.constData();
}

// The obvious implementation, one day at a time, to check the week-skipping one against.
QDate walk(const WorkCalendar& calendar, QDate from, int n)
{
    const int step = n > 0 ? 1 : -1;
    QDate date = from;
    for (int remaining = qAbs(n); remaining > 0;) {
        date = date.addDays(step);
        if (calendar.isWorkingDay(date))
            --remaining;
    }
    return date;
}

// addWorkdays(from, n) counts (from, answer] forwards but [answer, from) backwards, while
// workdaysBetween always counts the half-open span closed at its later end: shift by a day to compare.
int countBack(const WorkCalendar& calendar, QDate from, QDate answer, int n)
{
    if (n > 0)
        return calendar.workdaysBetween(from, answer).workdays;
    return calendar.workdaysBetween(from.addDays(-1), answer.addDays(-1)).workdays;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private:
    WorkCalendar m_shipped;

private slots:
    void initTestCase()
    {
        Result<WorkCalendar> shipped = WorkCalendar::shipped();
        QVERIFY2(shipped.ok(), qPrintable(shipped.error().fullText()));
        m_shipped = std::move(shipped).value();
    }

    void shippedYears()
    {
        QCOMPARE(m_shipped.loadedYears(), (QList<int>{2025, 2026}));
        QCOMPARE(m_shipped.yearSource(2026), QStringLiteral("国务院办公厅关于2026年部分节假日安排的通知"));
        QCOMPARE(m_shipped.yearSource(2025), QStringLiteral("国务院办公厅关于2025年部分节假日安排的通知"));
    }

    // Every date of every range is listed on its own, weekends included, and nothing else is.
    void shippedListsEveryDay()
    {
        QHash<int, int> expectedCount;
        for (const HolidayRange& range : holidayRanges) {
            for (QDate date = range.first; date <= range.last; date = date.addDays(1)) {
                const std::optional<CalendarDay> day = m_shipped.exception(date);
                QVERIFY2(day, rowName(date));
                QCOMPARE(day->kind, DayKind::Off);
                QCOMPARE(day->name, QString::fromUtf8(range.name));
                ++expectedCount[date.year()];
            }
        }
        for (QDate date : makeUpDays) {
            const std::optional<CalendarDay> day = m_shipped.exception(date);
            QVERIFY2(day, rowName(date));
            QCOMPARE(day->kind, DayKind::Work);
            QCOMPARE(day->name, QStringLiteral("调休上班"));
            QVERIFY2(date.dayOfWeek() >= Qt::Saturday, rowName(date));
            ++expectedCount[date.year()];
        }
        QCOMPARE(m_shipped.exceptions(2025).size(), expectedCount.value(2025));
        QCOMPARE(m_shipped.exceptions(2026).size(), expectedCount.value(2026));
        QCOMPARE(expectedCount.value(2025), 33);
        QCOMPARE(expectedCount.value(2026), 39);
        QVERIFY(m_shipped.exceptions(2027).isEmpty());

        const QList<CalendarDay> days = m_shipped.exceptions(2026);
        QVERIFY(
            std::is_sorted(days.cbegin(), days.cend(), [](const auto& a, const auto& b) { return a.date < b.date; }));
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        const auto row = [](QDate date, bool working) {
            QTest::newRow(rowName(date)) << date << working;
        };

        // 2025: the day before and after every range, its ends, the weekend days inside, the make-up days.
        row(QDate(2024, 12, 31), true);
        row(QDate(2025, 1, 1), false);
        row(QDate(2025, 1, 2), true);
        row(QDate(2025, 1, 25), false);
        row(QDate(2025, 1, 26), true); // Sunday make-up
        row(QDate(2025, 1, 27), true);
        row(QDate(2025, 1, 28), false);
        row(QDate(2025, 2, 1), false);
        row(QDate(2025, 2, 2), false);
        row(QDate(2025, 2, 4), false);
        row(QDate(2025, 2, 5), true);
        row(QDate(2025, 2, 8), true); // Saturday make-up
        row(QDate(2025, 2, 9), false);
        row(QDate(2025, 4, 3), true);
        row(QDate(2025, 4, 4), false);
        row(QDate(2025, 4, 5), false);
        row(QDate(2025, 4, 6), false);
        row(QDate(2025, 4, 7), true);
        row(QDate(2025, 4, 26), false);
        row(QDate(2025, 4, 27), true);
        row(QDate(2025, 4, 30), true);
        row(QDate(2025, 5, 1), false);
        row(QDate(2025, 5, 3), false);
        row(QDate(2025, 5, 4), false);
        row(QDate(2025, 5, 5), false);
        row(QDate(2025, 5, 6), true);
        row(QDate(2025, 5, 30), true);
        row(QDate(2025, 5, 31), false);
        row(QDate(2025, 6, 1), false);
        row(QDate(2025, 6, 2), false);
        row(QDate(2025, 6, 3), true);
        row(QDate(2025, 9, 27), false);
        row(QDate(2025, 9, 28), true);
        row(QDate(2025, 9, 30), true);
        row(QDate(2025, 10, 1), false);
        row(QDate(2025, 10, 4), false);
        row(QDate(2025, 10, 5), false);
        row(QDate(2025, 10, 6), false);
        row(QDate(2025, 10, 8), false);
        row(QDate(2025, 10, 9), true);
        row(QDate(2025, 10, 10), true);
        row(QDate(2025, 10, 11), true);
        row(QDate(2025, 10, 12), false);
        // 2026.
        row(QDate(2025, 12, 31), true);
        row(QDate(2026, 1, 1), false);
        row(QDate(2026, 1, 2), false);
        row(QDate(2026, 1, 3), false);
        row(QDate(2026, 1, 4), true); // Sunday make-up
        row(QDate(2026, 1, 5), true);
        row(QDate(2026, 2, 13), true);
        row(QDate(2026, 2, 14), true); // Saturday make-up
        row(QDate(2026, 2, 15), false);
        row(QDate(2026, 2, 16), false);
        row(QDate(2026, 2, 21), false);
        row(QDate(2026, 2, 22), false);
        row(QDate(2026, 2, 23), false);
        row(QDate(2026, 2, 24), true);
        row(QDate(2026, 2, 27), true);
        row(QDate(2026, 2, 28), true);
        row(QDate(2026, 3, 1), false);
        row(QDate(2026, 4, 3), true);
        row(QDate(2026, 4, 4), false);
        row(QDate(2026, 4, 5), false);
        row(QDate(2026, 4, 6), false);
        row(QDate(2026, 4, 7), true);
        row(QDate(2026, 4, 30), true);
        row(QDate(2026, 5, 1), false);
        row(QDate(2026, 5, 2), false);
        row(QDate(2026, 5, 3), false);
        row(QDate(2026, 5, 4), false);
        row(QDate(2026, 5, 5), false);
        row(QDate(2026, 5, 6), true);
        row(QDate(2026, 5, 9), true);
        row(QDate(2026, 5, 10), false);
        row(QDate(2026, 6, 18), true);
        row(QDate(2026, 6, 19), false);
        row(QDate(2026, 6, 20), false);
        row(QDate(2026, 6, 21), false);
        row(QDate(2026, 6, 22), true);
        row(QDate(2026, 9, 19), false);
        row(QDate(2026, 9, 20), true);
        row(QDate(2026, 9, 24), true);
        row(QDate(2026, 9, 25), false);
        row(QDate(2026, 9, 26), false);
        row(QDate(2026, 9, 27), false);
        row(QDate(2026, 9, 28), true);
        row(QDate(2026, 9, 30), true);
        row(QDate(2026, 10, 1), false);
        row(QDate(2026, 10, 3), false);
        row(QDate(2026, 10, 4), false);
        row(QDate(2026, 10, 7), false);
        row(QDate(2026, 10, 8), true);
        row(QDate(2026, 10, 9), true);
        row(QDate(2026, 10, 10), true);
        row(QDate(2026, 10, 11), false);
        // Ordinary weeks and the weekend-only fallback outside the loaded years.
        row(QDate(2026, 3, 4), true);
        row(QDate(2026, 3, 7), false);
        row(QDate(2027, 1, 1), true);
        row(QDate(2027, 1, 2), false);
        row(QDate(2024, 10, 1), true);
        row(QDate(2024, 10, 5), false);
    }

    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(m_shipped.isWorkingDay(date), working);
    }

    void workingDaysInYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("workdays");
        QTest::newRow("2025") << 2025 << 248;
        QTest::newRow("2026") << 2026 << 248;
        QTest::newRow("2027 weekdays only") << 2027 << 261;
        QTest::newRow("2024 leap, weekdays only") << 2024 << 262;
    }

    void workingDaysInYear()
    {
        QFETCH(int, year);
        QFETCH(int, workdays);
        QCOMPARE(m_shipped.workingDaysInYear(year), workdays);
        int walked = 0;
        for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1))
            walked += m_shipped.isWorkingDay(date) ? 1 : 0;
        QCOMPARE(walked, workdays);
    }

    void addWorkdays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<bool>("provisional");

        // Spring Festival 2026: Saturday 02-14 is a make-up day, 02-15..02-23 off.
        QTest::newRow("2026-02-13 +1") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14) << false;
        QTest::newRow("2026-02-14 +1") << QDate(2026, 2, 14) << 1 << QDate(2026, 2, 24) << false;
        QTest::newRow("2026-02-13 +2") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24) << false;
        QTest::newRow("2026-02-12 +3") << QDate(2026, 2, 12) << 3 << QDate(2026, 2, 24) << false;
        QTest::newRow("2026-02-10 +10") << QDate(2026, 2, 10) << 10 << QDate(2026, 3, 2) << false;
        QTest::newRow("2026-02-24 -1") << QDate(2026, 2, 24) << -1 << QDate(2026, 2, 14) << false;
        QTest::newRow("2026-02-24 -2") << QDate(2026, 2, 24) << -2 << QDate(2026, 2, 13) << false;
        QTest::newRow("2026-02-24 -10") << QDate(2026, 2, 24) << -10 << QDate(2026, 2, 3) << false;
        // National Day 2026: 10-01..10-07 off, 10-08 and 10-09 ordinary, Saturday 10-10 make-up.
        QTest::newRow("2026-09-30 +1") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8) << false;
        QTest::newRow("2026-09-30 +2") << QDate(2026, 9, 30) << 2 << QDate(2026, 10, 9) << false;
        QTest::newRow("2026-10-09 +1") << QDate(2026, 10, 9) << 1 << QDate(2026, 10, 10) << false;
        QTest::newRow("2026-10-09 +2") << QDate(2026, 10, 9) << 2 << QDate(2026, 10, 12) << false;
        QTest::newRow("2026-09-30 +4") << QDate(2026, 9, 30) << 4 << QDate(2026, 10, 12) << false;
        QTest::newRow("2026-10-08 -1") << QDate(2026, 10, 8) << -1 << QDate(2026, 9, 30) << false;
        QTest::newRow("2026-09-18 +5") << QDate(2026, 9, 18) << 5 << QDate(2026, 9, 24) << false;
        QTest::newRow("2026-09-18 +10") << QDate(2026, 9, 18) << 10 << QDate(2026, 10, 9) << false;
        // Spring Festival 2025: Sunday 01-26 and Saturday 02-08 make-up, 01-28..02-04 off.
        QTest::newRow("2025-01-24 +5") << QDate(2025, 1, 24) << 5 << QDate(2025, 2, 7) << false;
        QTest::newRow("2025-01-26 +1") << QDate(2025, 1, 26) << 1 << QDate(2025, 1, 27) << false;
        QTest::newRow("2025-01-27 +1") << QDate(2025, 1, 27) << 1 << QDate(2025, 2, 5) << false;
        QTest::newRow("2025-02-05 -1") << QDate(2025, 2, 5) << -1 << QDate(2025, 1, 27) << false;
        QTest::newRow("2025-02-07 +1") << QDate(2025, 2, 7) << 1 << QDate(2025, 2, 8) << false;
        QTest::newRow("2025-02-08 +1") << QDate(2025, 2, 8) << 1 << QDate(2025, 2, 10) << false;
        // National Day 2025: Sunday 09-28 make-up, 10-01..10-08 off, Saturday 10-11 make-up.
        QTest::newRow("2025-09-27 +1") << QDate(2025, 9, 27) << 1 << QDate(2025, 9, 28) << false;
        QTest::newRow("2025-09-26 +5") << QDate(2025, 9, 26) << 5 << QDate(2025, 10, 10) << false;
        QTest::newRow("2025-09-30 +1") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9) << false;
        QTest::newRow("2025-10-10 +1") << QDate(2025, 10, 10) << 1 << QDate(2025, 10, 11) << false;
        QTest::newRow("2025-10-11 +1") << QDate(2025, 10, 11) << 1 << QDate(2025, 10, 13) << false;
        // The first day never counts, whatever kind of day it is.
        QTest::newRow("from a working day") << QDate(2026, 3, 2) << 1 << QDate(2026, 3, 3) << false;
        QTest::newRow("from a Saturday") << QDate(2026, 3, 7) << 1 << QDate(2026, 3, 9) << false;
        QTest::newRow("from a holiday") << QDate(2026, 10, 1) << 1 << QDate(2026, 10, 8) << false;
        QTest::newRow("back from a working day") << QDate(2026, 3, 3) << -1 << QDate(2026, 3, 2) << false;
        // n == 0 examines no day, so it is never provisional.
        QTest::newRow("zero on a holiday") << QDate(2026, 2, 15) << 0 << QDate(2026, 2, 15) << false;
        QTest::newRow("zero in 2027") << QDate(2027, 6, 5) << 0 << QDate(2027, 6, 5) << false;
        // Year boundaries: provisional exactly when a day of an unloaded year is examined.
        QTest::newRow("2025 into 2026") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4) << false;
        QTest::newRow("whole 2026") << QDate(2025, 12, 31) << 248 << QDate(2026, 12, 31) << false;
        QTest::newRow("whole 2026 back") << QDate(2026, 12, 31) << -248 << QDate(2025, 12, 31) << false;
        QTest::newRow("one past 2026") << QDate(2025, 12, 31) << 249 << QDate(2027, 1, 1) << true;
        QTest::newRow("2026-12-30 +1") << QDate(2026, 12, 30) << 1 << QDate(2026, 12, 31) << false;
        QTest::newRow("2026-12-31 +1") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 1) << true;
        QTest::newRow("2026-12-28 +5") << QDate(2026, 12, 28) << 5 << QDate(2027, 1, 4) << true;
        QTest::newRow("2026-12-30 +3") << QDate(2026, 12, 30) << 3 << QDate(2027, 1, 4) << true;
        QTest::newRow("2026-12-30 +1") << QDate(2026, 12, 30) << 1 << QDate(2026, 12, 31) << false;
        QTest::newRow("2027-01-04 -3") << QDate(2027, 1, 4) << -3 << QDate(2026, 12, 30) << true;
        QTest::newRow("2027 Saturday +1") << QDate(2027, 1, 2) << 1 << QDate(2027, 1, 4) << true;
        QTest::newRow("2024 Saturday +1") << QDate(2024, 10, 5) << 1 << QDate(2024, 10, 7) << true;
        QTest::newRow("2025-01-03 -1") << QDate(2025, 1, 3) << -1 << QDate(2025, 1, 2) << false;
        QTest::newRow("2025-01-02 -1") << QDate(2025, 1, 2) << -1 << QDate(2024, 12, 31) << true;
        QTest::newRow("from 2024 into 2025") << QDate(2024, 12, 31) << 1 << QDate(2025, 1, 2) << false;
        // Unloaded years: weekends only, although these are real holidays.
        QTest::newRow("2027 Friday +1") << QDate(2027, 2, 5) << 1 << QDate(2027, 2, 8) << true;
        QTest::newRow("2024-09-30 +1") << QDate(2024, 9, 30) << 1 << QDate(2024, 10, 1) << true;
    }

    void addWorkdays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QFETCH(bool, provisional);
        const WorkdayAnswer answer = m_shipped.addWorkdays(from, n);
        QCOMPARE(answer.date, expected);
        QCOMPARE(answer.provisional, provisional);
        if (n != 0)
            QCOMPARE(countBack(m_shipped, from, answer.date, n), n);
    }

    // The week-skipping arithmetic must agree with a plain walk everywhere, near exceptions and far.
    void addWorkdaysAgreesWithWalking()
    {
        const QList<int> counts = {1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 15, 20, 30, 60, 248, 249, 600};
        for (QDate from(2024, 11, 1); from <= QDate(2027, 3, 1); from = from.addDays(1)) {
            for (int n : counts) {
                for (int sign : {1, -1}) {
                    const WorkdayAnswer answer = m_shipped.addWorkdays(from, sign * n);
                    const QDate expected = walk(m_shipped, from, sign * n);
                    if (answer.date != expected) {
                        QFAIL(
                            qPrintable(QStringLiteral("%1 %2%3: got %4, expected %5")
                                           .arg(from.toString(Qt::ISODate), sign > 0 ? QStringLiteral("+") : QString())
                                           .arg(sign * n)
                                           .arg(answer.date.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
                    }
                    QVERIFY(m_shipped.isWorkingDay(answer.date));
                    QCOMPARE(countBack(m_shipped, from, answer.date, sign * n), sign * n);
                }
            }
        }
    }

    void absurdCounts_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("a million") << 1'000'000;
        QTest::newRow("minus a billion") << -1'000'000'000;
        QTest::newRow("INT_MAX") << INT_MAX;
        QTest::newRow("INT_MIN") << INT_MIN;
    }

    void absurdCounts()
    {
        QFETCH(int, n);
        QElapsedTimer timer;
        timer.start();
        const WorkdayAnswer answer = m_shipped.addWorkdays(QDate(2026, 3, 2), n);
        QVERIFY(answer.date.isValid());
        QVERIFY(answer.provisional);
        QVERIFY(m_shipped.isWorkingDay(answer.date));
        const WorkdayCount count = n > 0 ? m_shipped.workdaysBetween(QDate(2026, 3, 2), answer.date)
                                         : m_shipped.workdaysBetween(QDate(2026, 3, 1), answer.date.addDays(-1));
        QCOMPARE(count.workdays, n);
        QVERIFY(count.provisional);
        // Arithmetic, not a walk: a day-by-day loop over billions of days would take minutes.
        QVERIFY(timer.elapsed() < 5000);
    }

    void invalidDates()
    {
        QVERIFY(!m_shipped.isWorkingDay(QDate()));
        QVERIFY(m_shipped.isProvisional(QDate()));
        const WorkdayAnswer answer = m_shipped.addWorkdays(QDate(), 5);
        QVERIFY(!answer.date.isValid());
        QVERIFY(answer.provisional);
        QVERIFY(m_shipped.addWorkdays(QDate(), 0).provisional);
        const WorkdayCount count = m_shipped.workdaysBetween(QDate(), QDate(2026, 3, 2));
        QCOMPARE(count.workdays, 0);
        QVERIFY(count.provisional);
        QVERIFY(m_shipped.workdaysBetween(QDate(2026, 3, 2), QDate()).provisional);
        QCOMPARE(m_shipped.workingDaysInYear(0), 0);

        // Running off the end of QDate's range gives an invalid date, not a hang.
        QDate last(2026, 3, 2);
        for (qint64 step = qint64(1) << 40; step > 0; step /= 2) {
            while (last.addDays(step).isValid())
                last = last.addDays(step);
        }
        const WorkdayAnswer beyond = m_shipped.addWorkdays(last, 10);
        QVERIFY(!beyond.date.isValid());
        QVERIFY(beyond.provisional);

        WorkCalendar calendar = m_shipped;
        calendar.setDay({QDate(), DayKind::Work, QStringLiteral("x")});
        QVERIFY(calendar == m_shipped);
        calendar.removeDay(QDate());
        QVERIFY(calendar == m_shipped);
    }

    void workdaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("workdays");
        QTest::addColumn<bool>("provisional");

        QTest::newRow("Spring Festival 2026") << QDate(2026, 2, 13) << QDate(2026, 2, 24) << 2 << false;
        QTest::newRow("Spring Festival 2026 reversed") << QDate(2026, 2, 24) << QDate(2026, 2, 13) << -2 << false;
        QTest::newRow("National Day 2026") << QDate(2026, 9, 30) << QDate(2026, 10, 12) << 4 << false;
        QTest::newRow("National Day 2026 reversed") << QDate(2026, 10, 12) << QDate(2026, 9, 30) << -4 << false;
        QTest::newRow("Spring Festival 2025") << QDate(2025, 1, 27) << QDate(2025, 2, 10) << 5 << false;
        QTest::newRow("October 2025") << QDate(2025, 9, 30) << QDate(2025, 10, 31) << 18 << false;
        QTest::newRow("March 2026") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << 22 << false;
        QTest::newRow("whole 2026") << QDate(2025, 12, 31) << QDate(2026, 12, 31) << 248 << false;
        QTest::newRow("whole 2026 reversed") << QDate(2026, 12, 31) << QDate(2025, 12, 31) << -248 << false;
        // `from` itself is not examined, so starting on the last day of 2024 is not provisional.
        QTest::newRow("whole 2025 from 2024-12-31") << QDate(2024, 12, 31) << QDate(2025, 12, 31) << 248 << false;
        QTest::newRow("2024-12-31 counted") << QDate(2024, 12, 30) << QDate(2025, 12, 31) << 249 << true;
        QTest::newRow("December 2026") << QDate(2026, 12, 1) << QDate(2026, 12, 31) << 22 << false;
        QTest::newRow("into 2027") << QDate(2026, 12, 1) << QDate(2027, 1, 5) << 25 << true;
        QTest::newRow("into 2027 reversed") << QDate(2027, 1, 5) << QDate(2026, 12, 1) << -25 << true;
        // December 2026 after the 1st: 22; 2027-01-01 (Fri) and 01-04..01-08 by the fallback: 6.
        QTest::newRow("2026-12-01 to 2027-01-10") << QDate(2026, 12, 1) << QDate(2027, 1, 10) << 28 << true;
        QTest::newRow("2027-01-10 to 2026-12-01") << QDate(2027, 1, 10) << QDate(2026, 12, 1) << -28 << true;
        QTest::newRow("2024 weekdays") << QDate(2023, 12, 31) << QDate(2024, 12, 31) << 262 << true;
        QTest::newRow("2026-06-01 to 2027-01-04") << QDate(2026, 6, 1) << QDate(2027, 1, 4) << 150 << true;
        QTest::newRow("2027 weekdays") << QDate(2027, 1, 1) << QDate(2027, 12, 31) << 260 << true;
        QTest::newRow("equal, holiday") << QDate(2026, 2, 15) << QDate(2026, 2, 15) << 0 << false;
        QTest::newRow("equal, working day") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 0 << false;
        QTest::newRow("equal, 2027") << QDate(2027, 1, 1) << QDate(2027, 1, 1) << 0 << false;
        QTest::newRow("one working day") << QDate(2026, 3, 2) << QDate(2026, 3, 3) << 1 << false;
        QTest::newRow("one holiday") << QDate(2026, 9, 30) << QDate(2026, 10, 1) << 0 << false;
    }

    void workdaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, workdays);
        QFETCH(bool, provisional);
        const WorkdayCount count = m_shipped.workdaysBetween(from, to);
        QCOMPARE(count.workdays, workdays);
        QCOMPARE(count.provisional, provisional);
    }

    void provisionalYears()
    {
        QVERIFY(m_shipped.isProvisional(QDate(2027, 1, 1)));
        QVERIFY(m_shipped.isProvisional(QDate(2024, 12, 31)));
        QVERIFY(!m_shipped.isProvisional(QDate(2025, 1, 1)));
        QVERIFY(!m_shipped.isProvisional(QDate(2026, 12, 31)));
        QVERIFY(!m_shipped.addWorkdays(QDate(2026, 3, 2), 5).provisional);

        WorkCalendar calendar = m_shipped;
        calendar.setYearLoaded(2027);
        QVERIFY(!calendar.isProvisional(QDate(2027, 1, 1)));
        QVERIFY(!calendar.addWorkdays(QDate(2026, 12, 28), 5).provisional);
        QCOMPARE(calendar.loadedYears(), (QList<int>{2025, 2026, 2027}));

        // A span across an unloaded year in between is provisional even though both ends are loaded.
        calendar.setYearLoaded(2026, false);
        QVERIFY(calendar.isProvisional(QDate(2026, 6, 1)));
        QVERIFY(!calendar.isYearLoaded(2026));
        QVERIFY(calendar.workdaysBetween(QDate(2025, 6, 1), QDate(2027, 6, 1)).provisional);
        QVERIFY(calendar.addWorkdays(QDate(2025, 12, 31), 1).provisional);
        QVERIFY(!calendar.workdaysBetween(QDate(2027, 1, 1), QDate(2027, 6, 1)).provisional);
        // Unloading keeps the days: the answers stay, only the flag changes.
        QCOMPARE(calendar.addWorkdays(QDate(2026, 2, 13), 2).date, QDate(2026, 2, 24));
    }

    void editingDays()
    {
        WorkCalendar calendar = m_shipped;
        // An extra day off on Monday 2026-03-02.
        calendar.setDay({QDate(2026, 3, 2), DayKind::Off, QStringLiteral("临时休假")});
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 2)));
        QCOMPARE(calendar.addWorkdays(QDate(2026, 2, 28), 1).date, QDate(2026, 3, 3));
        QCOMPARE(calendar.workingDaysInYear(2026), 247);
        QCOMPARE(calendar.exceptions(2026).size(), 40);
        QCOMPARE(calendar.exception(QDate(2026, 3, 2))->name, QStringLiteral("临时休假"));

        // Replacing keeps one entry per date.
        calendar.setDay({QDate(2026, 3, 2), DayKind::Work, QStringLiteral("照常上班")});
        QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 2)));
        QCOMPARE(calendar.exceptions(2026).size(), 40);
        QCOMPARE(calendar.workingDaysInYear(2026), 248);

        calendar.removeDay(QDate(2026, 3, 2));
        QVERIFY(!calendar.exception(QDate(2026, 3, 2)));
        QVERIFY(calendar == m_shipped);

        // Removing a make-up Saturday sends it back to the weekend.
        calendar.removeDay(QDate(2026, 2, 14));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, 14)));
        QCOMPARE(calendar.addWorkdays(QDate(2026, 2, 13), 1).date, QDate(2026, 2, 24));
        QCOMPARE(calendar.workdaysBetween(QDate(2026, 2, 1), QDate(2026, 2, 28)).workdays, 15);
        QCOMPARE(calendar.workingDaysInYear(2026), 247);
        calendar.removeDay(QDate(2026, 2, 14)); // twice is harmless
        QCOMPARE(calendar.exceptions(2026).size(), 38);

        // Making a holiday a working day shortens the way across it.
        calendar.setDay({QDate(2026, 10, 7), DayKind::Work, QStringLiteral("调休上班")});
        QCOMPARE(calendar.addWorkdays(QDate(2026, 9, 30), 1).date, QDate(2026, 10, 7));
        QCOMPARE(calendar.addWorkdays(QDate(2026, 10, 8), -1).date, QDate(2026, 10, 7));

        // Days may be entered ahead of the notice; the year stays provisional until loaded.
        calendar.setDay({QDate(2027, 1, 1), DayKind::Off, QStringLiteral("元旦")});
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(calendar.isProvisional(QDate(2027, 1, 1)));
        QCOMPARE(calendar.addWorkdays(QDate(2026, 12, 31), 1).date, QDate(2027, 1, 4));
        QVERIFY(calendar.addWorkdays(QDate(2026, 12, 31), 1).provisional);
        QCOMPARE(calendar.exceptions(2027).size(), 1);
        QCOMPARE(calendar.exceptions(2026).constLast().date, QDate(2026, 10, 10));
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("not JSON") << QByteArray(R"({"years": [)") << QStringList{u"JSON"_s};
        QTest::newRow("top-level list") << QByteArray("[]") << QStringList{u"\"years\""_s};
        QTest::newRow("years not a list") << QByteArray(R"({"years": {}})") << QStringList{u"\"years\""_s};
        QTest::newRow("year entry not an object") << QByteArray(R"({"years": [1]})") << QStringList{u"year entry 1"_s};
        QTest::newRow("no year") << QByteArray(R"({"years": [{"days": []}]})") << QStringList{u"year entry 1"_s};
        QTest::newRow("fractional year") << QByteArray(R"({"years": [{"year": 2026.5, "days": []}]})")
                                         << QStringList{u"year entry 1"_s};
        QTest::newRow("year as text") << QByteArray(R"({"years": [{"year": "2026", "days": []}]})")
                                      << QStringList{u"year entry 1"_s};
        QTest::newRow("absurd year") << QByteArray(R"({"years": [{"year": 1e300, "days": []}]})")
                                     << QStringList{u"year entry 1"_s};
        QTest::newRow("second year bad") << QByteArray(
            R"({"years": [{"year": 2025, "days": []}, {"year": null, "days": []}]})")
                                         << QStringList{u"year entry 2"_s};
        QTest::newRow("year twice") << QByteArray(
            R"({"years": [{"year": 2026, "days": []}, {"year": 2026, "days": []}]})")
                                    << QStringList{u"2026"_s, u"twice"_s};
        QTest::newRow("no days") << QByteArray(R"({"years": [{"year": 2026}]})")
                                 << QStringList{u"2026"_s, u"\"days\""_s};
        QTest::newRow("source not text") << QByteArray(R"({"years": [{"year": 2026, "source": 7, "days": []}]})")
                                         << QStringList{u"2026"_s, u"\"source\""_s};
        QTest::newRow("loaded not bool") << QByteArray(R"({"years": [{"year": 2026, "loaded": 1, "days": []}]})")
                                         << QStringList{u"2026"_s, u"\"loaded\""_s};
        QTest::newRow("day not an object") << QByteArray(R"({"years": [{"year": 2026, "days": ["2026-01-01"]}]})")
                                           << QStringList{u"2026"_s, u"entry 1"_s};
        QTest::newRow("no date") << QByteArray(R"({"years": [{"year": 2026, "days": [{"kind": "off"}]}]})")
                                 << QStringList{u"2026"_s, u"entry 1"_s};
        QTest::newRow("impossible date") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                                {"date": "2026-01-01", "kind": "off", "name": "元旦"},
                                                {"date": "2026-02-30", "kind": "off"}]}]})")
                                         << QStringList{u"2026"_s, u"entry 2"_s, u"2026-02-30"_s};
        QTest::newRow("sloppy date") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                            {"date": "2026-2-14", "kind": "work"}]}]})")
                                     << QStringList{u"2026"_s, u"entry 1"_s, u"2026-2-14"_s};
        QTest::newRow("date with time") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                               {"date": "2026-02-14T00:00", "kind": "work"}]}]})")
                                        << QStringList{u"2026"_s, u"entry 1"_s, u"2026-02-14T00:00"_s};
        QTest::newRow("unknown kind") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                             {"date": "2026-01-01", "kind": "holiday"}]}]})")
                                      << QStringList{u"2026"_s, u"entry 1"_s, u"2026-01-01"_s, u"holiday"_s};
        QTest::newRow("kind in capitals") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                                 {"date": "2026-01-01", "kind": "Off"}]}]})")
                                          << QStringList{u"2026"_s, u"entry 1"_s, u"\"Off\""_s};
        QTest::newRow("date outside its year") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                                      {"date": "2025-12-31", "kind": "off"}]}]})")
                                               << QStringList{u"2026"_s, u"entry 1"_s, u"2025-12-31"_s};
        QTest::newRow("duplicate date") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                               {"date": "2026-01-01", "kind": "off"},
                                               {"date": "2026-01-02", "kind": "off"},
                                               {"date": "2026-01-01", "kind": "work"}]}]})")
                                        << QStringList{u"2026"_s, u"entry 3"_s, u"2026-01-01"_s, u"twice"_s};
        QTest::newRow("name not text") << QByteArray(R"({"years": [{"year": 2026, "days": [
                                              {"date": "2026-01-01", "kind": "off", "name": 1}]}]})")
                                       << QStringList{u"2026"_s, u"entry 1"_s, u"\"name\""_s};
    }

    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const Result<WorkCalendar> result = WorkCalendar::fromJson(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        for (const QString& mention : mentions)
            QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().fullText()));
    }

    void fromJsonAccepts()
    {
        // "name" and "source" are optional; "loaded": false keeps a year provisional.
        const Result<WorkCalendar> result = WorkCalendar::fromJson(R"({"years": [
            {"year": 2027, "loaded": false, "days": [{"date": "2027-01-01", "kind": "off"}]},
            {"year": 2028, "days": []}]})");
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->loadedYears(), QList<int>{2028});
        QVERIFY(!result->isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(result->isProvisional(QDate(2027, 1, 1)));
        QCOMPARE(result->exception(QDate(2027, 1, 1))->name, QString());
        QVERIFY(result->yearSource(2027).isEmpty());
    }

    void jsonRoundTrip()
    {
        const QByteArray json = m_shipped.toJson();
        const Result<WorkCalendar> again = WorkCalendar::fromJson(json);
        QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
        QVERIFY(*again == m_shipped);
        QCOMPARE(again->toJson(), json);
        QCOMPARE(again->workingDaysInYear(2026), 248);

        // An edited calendar, with days entered ahead of an unloaded year, survives as it is.
        WorkCalendar edited = m_shipped;
        edited.removeDay(QDate(2026, 2, 14));
        edited.setDay({QDate(2026, 3, 2), DayKind::Off, QStringLiteral("临时休假")});
        edited.setDay({QDate(2027, 2, 6), DayKind::Off, QStringLiteral("春节")});
        edited.setYearSource(2027, QStringLiteral("草稿"));
        const Result<WorkCalendar> editedAgain = WorkCalendar::fromJson(edited.toJson());
        QVERIFY2(editedAgain.ok(), qPrintable(editedAgain.error().fullText()));
        QVERIFY(*editedAgain == edited);
        QVERIFY(!editedAgain->isYearLoaded(2027));
        QCOMPARE(editedAgain->yearSource(2027), QStringLiteral("草稿"));
        QVERIFY(!(*editedAgain == m_shipped));

        const Result<WorkCalendar> empty = WorkCalendar::fromJson(WorkCalendar().toJson());
        QVERIFY(empty.ok());
        QVERIFY(*empty == WorkCalendar());
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "TestWorkCalendar.moc"
