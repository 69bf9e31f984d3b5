#pragma once

#include <QDateTime>

// The one source of "now". Production reads the system clock; tests pin it and move it by days or
// seconds without sleeping.
class Clock
{
public:
    static QDateTime currentDateTimeUtc();
    static QDateTime currentDateTime(); // local time
    static QDate currentDate(); // local calendar date

    static void setTestTime(const QDateTime& time);
    static void advanceSeconds(qint64 seconds);
    static void advanceDays(int days);
    static void useSystemTime();
    static bool isTestTime();
};
