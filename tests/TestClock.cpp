#include "Clock.h"

#include <QTest>

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::useSystemTime(); }

    void systemTimeByDefault()
    {
        QVERIFY(!Clock::isTestTime());
        const auto before = QDateTime::currentDateTimeUtc();
        const auto now = Clock::currentDateTimeUtc();
        QVERIFY(now >= before.addSecs(-1));
        QVERIFY(now <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void pinnedAndAdvanced()
    {
        const QDateTime start(QDate(2026, 2, 13), QTime(9, 0), Qt::UTC);
        Clock::setTestTime(start);
        QCOMPARE(Clock::currentDateTimeUtc(), start);
        Clock::advanceDays(11);
        QCOMPARE(Clock::currentDateTimeUtc(), start.addDays(11));
        Clock::advanceSeconds(600);
        QCOMPARE(Clock::currentDateTimeUtc(), start.addDays(11).addSecs(600));
        Clock::useSystemTime();
        QVERIFY(qAbs(Clock::currentDateTimeUtc().secsTo(QDateTime::currentDateTimeUtc())) < 2);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
