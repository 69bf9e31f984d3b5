#include "WorkCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <climits>
#include <cmath>

namespace {

bool isWeekday(QDate date)
{
    return date.dayOfWeek() <= 5;
}

// The kinds as calendar.json spells them.
struct KindName
{
    DayKind kind;
    const char* text;
};
constexpr KindName kindNames[] = {{DayKind::Off, "off"}, {DayKind::Work, "work"}};

constexpr QStringView dateFormat = u"yyyy-MM-dd";

std::optional<DayKind> kindFromText(const QString& text)
{
    for (const KindName& entry : kindNames) {
        if (text == QLatin1StringView(entry.text))
            return entry.kind;
    }
    return std::nullopt;
}

QString kindText(DayKind kind)
{
    for (const KindName& entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.text);
    }
    return {};
}

QString compact(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// One year object of calendar.json, read into `calendar`.
Status readYear(const QJsonValue& value, int yearIndex, QSet<int>& seenYears, WorkCalendar& calendar)
{
    const QJsonObject object = value.toObject();
    const QJsonValue yearValue = object.value(QStringLiteral("year"));
    const double number = yearValue.toDouble(-1);
    // QDate handles any year, but a calendar file only ever holds real ones.
    if (!value.isObject() || !yearValue.isDouble() || number < 1 || number > 9999 || number != std::floor(number)) {
        return Error::invalid(
            WorkCalendar::tr("Working-day calendar, year entry %1: no valid \"year\" number.").arg(yearIndex),
            compact(value));
    }
    const int year = int(number);
    if (seenYears.contains(year))
        return Error::invalid(WorkCalendar::tr("Working-day calendar: the year %1 is listed twice.").arg(year));
    seenYears.insert(year);

    const QJsonValue source = object.value(QStringLiteral("source"));
    const QJsonValue loaded = object.value(QStringLiteral("loaded"));
    const QJsonValue days = object.value(QStringLiteral("days"));
    if (!source.isUndefined() && !source.isString())
        return Error::invalid(WorkCalendar::tr("Working-day calendar, year %1: \"source\" is not text.").arg(year));
    if (!loaded.isUndefined() && !loaded.isBool()) {
        return Error::invalid(
            WorkCalendar::tr("Working-day calendar, year %1: \"loaded\" is neither true nor false.").arg(year));
    }
    if (!days.isArray()) {
        return Error::invalid(
            WorkCalendar::tr("Working-day calendar, year %1: \"days\" is missing or not a list.").arg(year));
    }
    calendar.setYearLoaded(year, loaded.toBool(true));
    calendar.setYearSource(year, source.toString());

    const QJsonArray entries = days.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        // Entries are numbered from 1, as an officer counts them in the file.
        const auto where = [&](const QString& what) {
            return Error::invalid(
                WorkCalendar::tr("Working-day calendar, year %1, entry %2: %3").arg(year).arg(i + 1).arg(what),
                compact(entries.at(i)));
        };
        const QJsonObject entry = entries.at(i).toObject();
        if (!entries.at(i).isObject())
            return where(WorkCalendar::tr("not an object."));
        const QString dateText = entry.value(QStringLiteral("date")).toString();
        const QDate date = QDate::fromString(dateText, dateFormat);
        // Only the canonical form: the parser alone would also take "2026-1-5" or a sign.
        if (!date.isValid() || date.toString(dateFormat) != dateText)
            return where(WorkCalendar::tr("\"%1\" is not a date written YYYY-MM-DD.").arg(dateText));
        if (date.year() != year)
            return where(WorkCalendar::tr("%1 does not lie in %2.").arg(dateText).arg(year));
        if (calendar.exception(date))
            return where(WorkCalendar::tr("%1 is listed twice.").arg(dateText));
        const QString kindValue = entry.value(QStringLiteral("kind")).toString();
        const std::optional<DayKind> kind = kindFromText(kindValue);
        if (!kind) {
            return where(WorkCalendar::tr("%1 has the unknown kind \"%2\" (expected \"off\" or \"work\").")
                             .arg(dateText, kindValue));
        }
        const QJsonValue name = entry.value(QStringLiteral("name"));
        if (!name.isUndefined() && !name.isString())
            return where(WorkCalendar::tr("%1 has a \"name\" that is not text.").arg(dateText));
        calendar.setDay({date, *kind, name.toString()});
    }
    return {};
}

} // namespace

void WorkCalendar::setYearLoaded(int year, bool loaded)
{
    if (loaded)
        m_loadedYears.insert(year);
    else
        m_loadedYears.remove(year);
}

bool WorkCalendar::isYearLoaded(int year) const
{
    return m_loadedYears.contains(year);
}

QList<int> WorkCalendar::loadedYears() const
{
    QList<int> years(m_loadedYears.cbegin(), m_loadedYears.cend());
    std::sort(years.begin(), years.end());
    return years;
}

void WorkCalendar::setYearSource(int year, const QString& source)
{
    if (source.isEmpty())
        m_sources.remove(year);
    else
        m_sources.insert(year, source);
}

QString WorkCalendar::yearSource(int year) const
{
    return m_sources.value(year);
}

void WorkCalendar::setDay(const CalendarDay& day)
{
    if (!day.date.isValid())
        return;
    if (!m_days.contains(day.date))
        m_sortedDates.insert(std::lower_bound(m_sortedDates.begin(), m_sortedDates.end(), day.date), day.date);
    m_days.insert(day.date, day);
}

void WorkCalendar::removeDay(QDate date)
{
    if (m_days.remove(date))
        m_sortedDates.erase(std::lower_bound(m_sortedDates.begin(), m_sortedDates.end(), date));
}

std::optional<CalendarDay> WorkCalendar::exception(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

QList<CalendarDay> WorkCalendar::exceptions(int year) const
{
    QList<CalendarDay> days;
    const QDate first(year, 1, 1);
    if (!first.isValid())
        return days;
    for (auto it = std::lower_bound(m_sortedDates.cbegin(), m_sortedDates.cend(), first);
         it != m_sortedDates.cend() && it->year() == year; ++it) {
        days.append(m_days.value(*it));
    }
    return days;
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_days.constFind(date);
    if (it != m_days.cend())
        return it->kind == DayKind::Work;
    return isWeekday(date);
}

bool WorkCalendar::isProvisional(QDate date) const
{
    return !date.isValid() || !isYearLoaded(date.year());
}

WorkdayAnswer WorkCalendar::addWorkdays(QDate from, int n) const
{
    if (!from.isValid())
        return {QDate(), true};
    if (n == 0)
        return {from, false};

    const int step = n > 0 ? 1 : -1;
    qint64 remaining = n > 0 ? qint64(n) : -qint64(n);
    QDate date = from;
    while (remaining > 0) {
        // Away from every exception, any 7 consecutive days hold exactly 5 working days: skip whole
        // weeks there, but always leave a working day to walk to so the answer lands on one.
        const std::optional<QDate> next = step > 0 ? nextExceptionAfter(date) : previousExceptionBefore(date);
        qint64 weeks = (remaining - 1) / 5;
        if (next)
            weeks = std::min(weeks, (qAbs(date.daysTo(*next)) - 1) / 7);
        date = date.addDays(step * (7 * weeks + 1));
        if (!date.isValid()) // ran off the end of QDate's range
            return {QDate(), true};
        remaining -= 5 * weeks;
        if (isWorkingDay(date))
            --remaining;
    }
    const QDate firstExamined = from.addDays(step);
    const int firstYear = std::min(firstExamined, date).year();
    const int lastYear = std::max(firstExamined, date).year();
    return {date, !allYearsLoaded(firstYear, lastYear)};
}

WorkdayCount WorkCalendar::workdaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return {0, true};
    if (from == to)
        return {0, false};
    const bool forward = from < to;
    const QDate low = forward ? from : to;
    const QDate high = forward ? to : from;
    const qint64 count = countWorkdays(low, high);
    const qint64 signedCount = std::clamp<qint64>(forward ? count : -count, INT_MIN, INT_MAX);
    return {int(signedCount), !allYearsLoaded(low.addDays(1).year(), high.year())};
}

int WorkCalendar::workingDaysInYear(int year) const
{
    const QDate first(year, 1, 1);
    if (!first.isValid())
        return 0;
    return int(countWorkdays(first.addDays(-1), QDate(year, 12, 31)));
}

qint64 WorkCalendar::countWorkdays(QDate from, QDate to) const
{
    const qint64 weeks = from.daysTo(to) / 7;
    qint64 count = 5 * weeks;
    for (QDate date = from.addDays(7 * weeks + 1); date <= to; date = date.addDays(1))
        count += isWeekday(date) ? 1 : 0;
    // Then correct for each exception in range that contradicts the weekday rule.
    auto it = std::upper_bound(m_sortedDates.cbegin(), m_sortedDates.cend(), from);
    for (; it != m_sortedDates.cend() && *it <= to; ++it)
        count += (isWorkingDay(*it) ? 1 : 0) - (isWeekday(*it) ? 1 : 0);
    return count;
}

std::optional<QDate> WorkCalendar::nextExceptionAfter(QDate date) const
{
    const auto it = std::upper_bound(m_sortedDates.cbegin(), m_sortedDates.cend(), date);
    if (it == m_sortedDates.cend())
        return std::nullopt;
    return *it;
}

std::optional<QDate> WorkCalendar::previousExceptionBefore(QDate date) const
{
    const auto it = std::lower_bound(m_sortedDates.cbegin(), m_sortedDates.cend(), date);
    if (it == m_sortedDates.cbegin())
        return std::nullopt;
    return *std::prev(it);
}

bool WorkCalendar::allYearsLoaded(int firstYear, int lastYear) const
{
    // More years than are loaded cannot all be loaded; this also bounds the loop below.
    if (qint64(lastYear) - firstYear + 1 > m_loadedYears.size())
        return false;
    for (int year = firstYear; year <= lastYear; ++year) {
        if (!isYearLoaded(year))
            return false;
    }
    return true;
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::invalid(
            tr("The working-day calendar is not valid JSON (at character %1).").arg(parseError.offset),
            parseError.errorString());
    }
    const QJsonValue years = document.object().value(QStringLiteral("years"));
    if (!document.isObject() || !years.isArray())
        return Error::invalid(tr("The working-day calendar has no \"years\" list."));

    WorkCalendar calendar;
    QSet<int> seenYears;
    const QJsonArray yearArray = years.toArray();
    for (qsizetype i = 0; i < yearArray.size(); ++i) {
        if (Status status = readYear(yearArray.at(i), int(i + 1), seenYears, calendar); !status)
            return status.error();
    }
    return calendar;
}

QByteArray WorkCalendar::toJson() const
{
    QSet<int> yearSet = m_loadedYears;
    for (const QDate& date : m_sortedDates)
        yearSet.insert(date.year());
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        yearSet.insert(it.key());
    QList<int> years(yearSet.cbegin(), yearSet.cend());
    std::sort(years.begin(), years.end());

    QJsonArray yearArray;
    for (int year : years) {
        QJsonArray days;
        for (const CalendarDay& day : exceptions(year)) {
            days.append(QJsonObject{{QStringLiteral("date"), day.date.toString(dateFormat)},
                                    {QStringLiteral("kind"), kindText(day.kind)},
                                    {QStringLiteral("name"), day.name}});
        }
        QJsonObject object{{QStringLiteral("year"), year},
                           {QStringLiteral("source"), yearSource(year)},
                           {QStringLiteral("days"), days}};
        // Days entered ahead of the notice must survive a round trip without the year turning "loaded".
        if (!isYearLoaded(year))
            object.insert(QStringLiteral("loaded"), false);
        yearArray.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("years"), yearArray}}).toJson(QJsonDocument::Indented);
}

Result<WorkCalendar> WorkCalendar::shipped()
{
    QFile file(QStringLiteral(":/seed/calendar.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::environment(tr("The built-in working-day calendar is missing from this build."),
                                  file.errorString());
    }
    return fromJson(file.readAll());
}
