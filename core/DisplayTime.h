#pragma once

#include <QDateTime>
#include <QString>

// A stored UTC time (ISO 8601 text) as the officer reads it: local time to the minute. Text that is not a
// time is shown as it is.
inline QString displayTime(const QString& utc)
{
    const QDateTime time = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : utc;
}
