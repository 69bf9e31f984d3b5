#include "CalendarStore.h"

#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {
QString kindText(DayKind kind)
{
    return kind == DayKind::Work ? QStringLiteral("work") : QStringLiteral("off");
}

QString dayText(QDate date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

Result<WorkCalendar> CalendarStore::load()
{
    WorkCalendar calendar;
    auto years = m_db.exec(QStringLiteral("SELECT year, source FROM calendar_years"));
    if (!years)
        return years.error();
    while (years->next()) {
        calendar.setYearLoaded(years->value(0).toInt());
        calendar.setYearSource(years->value(0).toInt(), years->value(1).toString());
    }
    auto days = m_db.exec(QStringLiteral("SELECT day, kind, name FROM calendar_days"));
    if (!days)
        return days.error();
    while (days->next()) {
        const QDate date = QDate::fromString(days->value(0).toString(), Qt::ISODate);
        const DayKind kind = days->value(1).toString() == QLatin1String("work") ? DayKind::Work : DayKind::Off;
        calendar.setDay({date, kind, days->value(2).toString()});
    }
    return calendar;
}

namespace {
QList<QDate> daysOf(int year)
{
    QList<QDate> days;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
        days << day;
    return days;
}
} // namespace

Status CalendarStore::follow(const Actor& actor, const QList<QDate>& changedDays)
{
    return m_follower ? m_follower(m_db, actor, changedDays) : Status();
}

Status CalendarStore::writeDay(const CalendarDay& day)
{
    auto saved = m_db.exec(QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?) ON CONFLICT "
                                          "(day) DO UPDATE SET kind = excluded.kind, name = excluded.name"),
                           {dayText(day.date), kindText(day.kind), day.name.trimmed()});
    return saved ? Status() : Status(saved.error());
}

Status CalendarStore::setDay(const Actor& actor, const CalendarDay& day)
{
    if (auto allowed = Permissions::require(actor, Permission::EditCalendar); !allowed)
        return allowed;
    if (!day.date.isValid())
        return Error::invalid(tr("The date is not valid."));
    if (day.name.trimmed().size() > 40)
        return Error::invalid(tr("The name of the day must have at most 40 characters."));
    auto calendar = load();
    if (!calendar)
        return calendar.error();
    if (!calendar->isYearLoaded(day.date.year()))
        return Error::invalid(tr("The year %1 is not in the calendar yet: add the year first.").arg(day.date.year()));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    if (auto written = writeDay(day); !written)
        return written;
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("calendar.day_set"), QStringLiteral("calendar"),
                                        dayText(day.date), true,
                                        QStringLiteral("%1 %2").arg(kindText(day.kind), day.name.trimmed()));
        !audited)
        return audited;
    // Whatever counts working days (running case deadlines) moves with the calendar, in the same transaction.
    if (auto followed = follow(actor, {day.date}); !followed)
        return followed;
    return transaction.commit();
}

Status CalendarStore::removeDay(const Actor& actor, QDate date)
{
    if (auto allowed = Permissions::require(actor, Permission::EditCalendar); !allowed)
        return allowed;
    if (!date.isValid())
        return Error::invalid(tr("The date is not valid."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    auto removed = m_db.exec(QStringLiteral("DELETE FROM calendar_days WHERE day = ?"), {dayText(date)});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return Error::notFound(tr("%1 is an ordinary day already.").arg(dayText(date)));
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("calendar.day_removed"), QStringLiteral("calendar"),
                                        dayText(date), true, {});
        !audited)
        return audited;
    // Whatever counts working days (running case deadlines) moves with the calendar, in the same transaction.
    if (auto followed = follow(actor, {date}); !followed)
        return followed;
    return transaction.commit();
}

Status CalendarStore::addYear(const Actor& actor, int year, const QString& source, const QList<CalendarDay>& days)
{
    if (auto allowed = Permissions::require(actor, Permission::EditCalendar); !allowed)
        return allowed;
    if (year < 2000 || year > 2100)
        return Error::invalid(tr("The year %1 is outside 2000 to 2100.").arg(year));
    for (const auto& day : days) {
        if (!day.date.isValid() || day.date.year() != year)
            return Error::invalid(tr("The day %1 does not belong to the year %2.").arg(dayText(day.date)).arg(year));
    }
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM calendar_years WHERE year = ?"), {year});
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return Error::conflict(tr("The year %1 is in the calendar already.").arg(year));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    if (auto added = m_db.exec(QStringLiteral("INSERT INTO calendar_years (year, source) VALUES (?, ?)"),
                               {year, source.trimmed()});
        !added)
        return added.error();
    for (const auto& day : days) {
        if (auto written = writeDay(day); !written)
            return written;
    }
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("calendar.year_added"), QStringLiteral("calendar"),
                                        QString::number(year), true,
                                        QStringLiteral("%1 days; %2").arg(days.size()).arg(source.trimmed()));
        !audited)
        return audited;
    // Whatever counts working days (running case deadlines) moves with the calendar, in the same transaction.
    if (auto followed = follow(actor, daysOf(year)); !followed)
        return followed;
    return transaction.commit();
}

Status CalendarStore::removeYear(const Actor& actor, int year)
{
    if (auto allowed = Permissions::require(actor, Permission::EditCalendar); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    auto removed = m_db.exec(QStringLiteral("DELETE FROM calendar_years WHERE year = ?"), {year});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return Error::notFound(tr("The year %1 is not in the calendar.").arg(year));
    const QString from = QStringLiteral("%1-01-01").arg(year), to = QStringLiteral("%1-12-31").arg(year);
    if (auto days = m_db.exec(QStringLiteral("DELETE FROM calendar_days WHERE day >= ? AND day <= ?"), {from, to});
        !days)
        return days.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("calendar.year_removed"),
                                        QStringLiteral("calendar"), QString::number(year), true, {});
        !audited)
        return audited;
    // Whatever counts working days (running case deadlines) moves with the calendar, in the same transaction.
    if (auto followed = follow(actor, daysOf(year)); !followed)
        return followed;
    return transaction.commit();
}

Status CalendarStore::importMissingYears(const Actor& actor, const WorkCalendar& calendar)
{
    auto stored = load();
    if (!stored)
        return stored.error();
    for (int year : calendar.loadedYears()) {
        if (stored->isYearLoaded(year))
            continue;
        if (auto added = addYear(actor, year, calendar.yearSource(year), calendar.exceptions(year)); !added)
            return added;
    }
    return {};
}
