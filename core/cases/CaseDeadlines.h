#pragma once

#include "Case.h"
#include "Result.h"
#include "calendar/WorkCalendar.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The deadlines of cases (table case_deadlines): started and ended by CaseEngine, read by the case views
// and the "due soon" / "overdue" lists, moved by an audited extension, recomputed after a calendar edit.
class CaseDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadlines)

public:
    explicit CaseDeadlines(Database& db)
        : m_db(db)
    { }

    static constexpr int kDueSoonWorkdays = 3;

    Result<QList<CaseDeadline>> ofCase(qint64 caseId);
    Result<CaseDeadline> find(qint64 id);
    // Running deadlines due within `workdays` working days from today (today included), earliest first;
    // of one officer's cases, or of the whole office when assignee is empty.
    Result<QList<DeadlineView>> dueSoon(const QString& assignee = {}, int workdays = kDueSoonWorkdays);
    // Running deadlines whose due date has passed, most overdue first.
    Result<QList<DeadlineView>> overdue(const QString& assignee = {});

    // After an edit of the working-day calendar: every running working-day deadline that was not extended
    // is counted again from its start. Returns how many due dates changed; audited as one event. The
    // calendar's editors (CalendarStore callers) run it after each change.
    Result<int> recomputeDeadlines(const Actor& actor);
    // A CalendarStore::Follower: running deadlines move with an edit of the calendar.
    static Status followCalendar(Database& db, const Actor& actor, const QList<QDate>& changedDays);
    // Moves the due date of a running deadline, with a reason, audited and on the case's timeline.
    Result<CaseDeadline> extend(const Actor& actor, qint64 deadlineId, QDate newDue, const QString& reason);

    // For CaseEngine, inside its transaction.
    Status start(qint64 caseId, const QString& kind, int amount, DeadlineCounting counting, QDate start,
                 const WorkCalendar& calendar);
    Status end(qint64 caseId, const QStringList& kinds, const QString& status, QDate today);

    static WorkdayAnswer dueDate(const WorkCalendar& calendar, QDate start, int amount, DeadlineCounting counting);
    // Working days left for a working-day deadline, else calendar days; negative once overdue.
    static int daysLeft(const WorkCalendar& calendar, const CaseDeadline& deadline, QDate today);
    // "5 working days", "36 months"
    static QString describe(int amount, DeadlineCounting counting);

private:
    Result<QList<CaseDeadline>> select(const QString& where, const QVariantList& params);
    Result<QList<DeadlineView>> views(const QString& where, const QVariantList& params);
    Database& m_db;
};
