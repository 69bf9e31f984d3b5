#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

// An exception to the Mon–Fri rule: a holiday (Off) or a make-up working day (Work, 调休上班).
enum class DayKind
{
    Off,
    Work
};

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Off;
    QString name; // "春节", "调休上班", ...

    friend bool operator==(const CalendarDay&, const CalendarDay&) = default;
};

// provisional: the answer relies on the weekend-only fallback for a year whose State Council
// arrangement is not loaded yet (docs/regulations.md §9), so it may change once that year is loaded.
struct WorkdayAnswer
{
    QDate date;
    bool provisional = false;
};

struct WorkdayCount
{
    int workdays = 0;
    bool provisional = false;
};

// The working-day calendar: Mon–Fri work, Sat–Sun off, except for the days each year's State
// Council arrangement lists. A pure value: storage and editing screens live elsewhere.
//
// Invalid QDate input never loops: isWorkingDay() is false, isProvisional() true, addWorkdays()
// returns an invalid date and workdaysBetween() 0, both marked provisional. Setting or removing
// an invalid date does nothing.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    // A loaded year is one whose arrangement is known; its source is the notice it comes from.
    void setYearLoaded(int year, bool loaded = true);
    bool isYearLoaded(int year) const;
    QList<int> loadedYears() const; // ascending
    void setYearSource(int year, const QString& source);
    QString yearSource(int year) const;

    void setDay(const CalendarDay& day); // adds or replaces the exception on day.date
    void removeDay(QDate date); // back to the weekday rule
    std::optional<CalendarDay> exception(QDate date) const;
    QList<CalendarDay> exceptions(int year) const; // by date

    bool isWorkingDay(QDate date) const;
    bool isProvisional(QDate date) const; // its year is not loaded

    // The date n working days after `from`, not counting `from` itself (a period of "N working
    // days" does not count its first day); n == 0 gives `from`, n < 0 counts backwards the same
    // way. Provisional when any date examined, i.e. between `from` (excluded) and the answer,
    // lies in a year that is not loaded. Backwards the days counted are [answer, from), so
    // workdaysBetween(from - 1 day, answer - 1 day) gives n back; forwards it is workdaysBetween(from, answer).
    WorkdayAnswer addWorkdays(QDate from, int n) const;
    // Working days in (from, to]; when to < from, minus the working days in (to, from].
    // Spans beyond the range of int saturate.
    WorkdayCount workdaysBetween(QDate from, QDate to) const;
    int workingDaysInYear(int year) const;

    // The calendar.json format: {"years": [{"year", "source", "days": [{"date", "kind", "name"}]}]}.
    // Every year listed is loaded unless it carries "loaded": false.
    static Result<WorkCalendar> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    static Result<WorkCalendar> shipped(); // the arrangements built into the binary

    friend bool operator==(const WorkCalendar&, const WorkCalendar&) = default;

private:
    std::optional<QDate> nextExceptionAfter(QDate date) const;
    std::optional<QDate> previousExceptionBefore(QDate date) const;
    bool allYearsLoaded(int firstYear, int lastYear) const;
    qint64 countWorkdays(QDate from, QDate to) const; // (from, to], from <= to

    QHash<QDate, CalendarDay> m_days;
    QList<QDate> m_sortedDates; // the keys of m_days, ascending, for range scans
    QSet<int> m_loadedYears;
    QHash<int, QString> m_sources;
};
