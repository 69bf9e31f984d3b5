#include "Clock.h"

#include <QMutex>

namespace {
QMutex s_mutex;
QDateTime s_testTime; // invalid = system clock
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    QMutexLocker lock(&s_mutex);
    return s_testTime.isValid() ? s_testTime.toUTC() : QDateTime::currentDateTimeUtc();
}

QDateTime Clock::currentDateTime()
{
    return currentDateTimeUtc().toLocalTime();
}

QDate Clock::currentDate()
{
    return currentDateTime().date();
}

void Clock::setTestTime(const QDateTime& time)
{
    QMutexLocker lock(&s_mutex);
    s_testTime = time.toUTC();
}

void Clock::advanceSeconds(qint64 seconds)
{
    QMutexLocker lock(&s_mutex);
    if (!s_testTime.isValid())
        s_testTime = QDateTime::currentDateTimeUtc();
    s_testTime = s_testTime.addSecs(seconds);
}

void Clock::advanceDays(int days)
{
    QMutexLocker lock(&s_mutex);
    if (!s_testTime.isValid())
        s_testTime = QDateTime::currentDateTimeUtc();
    s_testTime = s_testTime.addDays(days);
}

void Clock::useSystemTime()
{
    QMutexLocker lock(&s_mutex);
    s_testTime = QDateTime();
}

bool Clock::isTestTime()
{
    QMutexLocker lock(&s_mutex);
    return s_testTime.isValid();
}
