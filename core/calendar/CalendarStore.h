#pragma once

#include "Result.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <functional>

class Database;
struct Actor;

// The working-day calendar as stored in the database: every loaded year and its exceptions.
// Edits are the system administrator's, each one audited.
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    // What follows an edit of the calendar inside the edit's transaction: the code that counts working
    // days (case deadlines) is told which days changed. The calendar itself knows nothing of it; the
    // set-up (Setup::calendarStore) attaches the followers.
    using Follower = std::function<Status(Database& db, const Actor& actor, const QList<QDate>& changedDays)>;

    explicit CalendarStore(Database& db, Follower follower = {})
        : m_db(db)
        , m_follower(std::move(follower))
    { }

    Result<WorkCalendar> load();
    // Adds or replaces one exception; its year must be loaded.
    Status setDay(const Actor& actor, const CalendarDay& day);
    // Back to the Monday-to-Friday rule for that date.
    Status removeDay(const Actor& actor, QDate date);
    // Loads a year: from then on it is no longer provisional. The days may be empty (a year with only
    // weekends, to be filled in) or the State Council's list.
    Status addYear(const Actor& actor, int year, const QString& source, const QList<CalendarDay>& days);
    // Unloads a year and its exceptions: answers in it become provisional again.
    Status removeYear(const Actor& actor, int year);
    // Loads every year of the given calendar that is not stored yet (the shipped arrangements at init).
    Status importMissingYears(const Actor& actor, const WorkCalendar& calendar);

private:
    Status writeDay(const CalendarDay& day);
    Status follow(const Actor& actor, const QList<QDate>& changedDays);
    Database& m_db;
    Follower m_follower;
};
