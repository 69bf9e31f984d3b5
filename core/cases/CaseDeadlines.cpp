#include "CaseDeadlines.h"

#include "CaseStore.h"
#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {
const QString kColumns
    = QStringLiteral("d.id, d.case_id, d.kind, d.start_date, d.amount, d.counting, d.due_date, d.provisional, "
                     "d.status, d.ended_on, d.extension_reason, d.extended_by, d.extended_at, d.version");

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

CaseDeadline deadlineFrom(const QSqlQuery& row)
{
    CaseDeadline d;
    d.id = row.value(0).toLongLong();
    d.caseId = row.value(1).toLongLong();
    d.kind = row.value(2).toString();
    d.start = QDate::fromString(row.value(3).toString(), Qt::ISODate);
    d.amount = row.value(4).toInt();
    d.counting = CaseTypes::parseCounting(row.value(5).toString()).value_or(DeadlineCounting::WorkingDays);
    d.due = QDate::fromString(row.value(6).toString(), Qt::ISODate);
    d.provisional = row.value(7).toInt() != 0;
    d.stored = row.value(8).toString();
    d.endedOn = QDate::fromString(row.value(9).toString(), Qt::ISODate);
    d.extensionReason = row.value(10).toString();
    d.extendedBy = row.value(11).toString();
    d.extendedAt = row.value(12).toString();
    d.version = row.value(13).toInt();
    return d;
}
} // namespace

DeadlineStatus CaseDeadline::status(QDate today) const
{
    if (stored == QLatin1String("met"))
        return DeadlineStatus::Met;
    if (stored == QLatin1String("closed"))
        return DeadlineStatus::Closed;
    if (due < today)
        return DeadlineStatus::Overdue;
    return extensionReason.isEmpty() ? DeadlineStatus::Running : DeadlineStatus::Extended;
}

WorkdayAnswer CaseDeadlines::dueDate(const WorkCalendar& calendar, QDate start, int amount, DeadlineCounting counting)
{
    switch (counting) {
    case DeadlineCounting::WorkingDays:
        return calendar.addWorkdays(start, amount);
    case DeadlineCounting::CalendarDays:
        return {start.addDays(amount), false};
    case DeadlineCounting::Months:
        // A period of 36 months from 2026-03-05 runs to 2029-03-04: the last day is the day before
        // the same date of the last month (QDate::addMonths clamps the 31st to the end of shorter months).
        return {start.addMonths(amount).addDays(-1), false};
    }
    return {};
}

int CaseDeadlines::daysLeft(const WorkCalendar& calendar, const CaseDeadline& deadline, QDate today)
{
    if (deadline.counting == DeadlineCounting::WorkingDays)
        return calendar.workdaysBetween(today, deadline.due).workdays;
    return int(today.daysTo(deadline.due));
}

QString CaseDeadlines::describe(int amount, DeadlineCounting counting)
{
    switch (counting) {
    case DeadlineCounting::WorkingDays:
        return tr("%n working day(s)", nullptr, amount);
    case DeadlineCounting::CalendarDays:
        return tr("%n calendar day(s)", nullptr, amount);
    case DeadlineCounting::Months:
        return tr("%n month(s)", nullptr, amount);
    }
    return {};
}

Result<QList<CaseDeadline>> CaseDeadlines::select(const QString& where, const QVariantList& params)
{
    auto rows
        = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM case_deadlines d") + where, params);
    if (!rows)
        return rows.error();
    QList<CaseDeadline> list;
    while (rows->next())
        list << deadlineFrom(*rows);
    return list;
}

Result<QList<CaseDeadline>> CaseDeadlines::ofCase(qint64 caseId)
{
    return select(QStringLiteral(" WHERE d.case_id = ? ORDER BY d.id"), {caseId});
}

Result<CaseDeadline> CaseDeadlines::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE d.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no deadline with the id %1.").arg(id));
    return found->first();
}

Result<QList<DeadlineView>> CaseDeadlines::views(const QString& where, const QVariantList& params)
{
    auto calendar = CalendarStore(m_db).load();
    if (!calendar)
        return calendar.error();
    auto rows = m_db.exec(
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(", c.number, c.state, c.assignee, s.name, c.case_type FROM case_deadlines d JOIN "
                             "cases c ON c.id = d.case_id JOIN subjects s ON s.id = c.subject_id "
                             "WHERE d.status = 'running'")
            + where + QStringLiteral(" ORDER BY d.due_date, c.number"),
        params);
    if (!rows)
        return rows.error();
    const QDate today = Clock::currentDate();
    QList<DeadlineView> list;
    while (rows->next()) {
        DeadlineView view;
        view.deadline = deadlineFrom(*rows);
        view.caseNumber = rows->value(14).toString();
        view.caseState = rows->value(15).toString();
        view.assignee = rows->value(16).toString();
        view.subjectName = rows->value(17).toString();
        view.caseType = rows->value(18).toString();
        view.daysLeft = daysLeft(*calendar, view.deadline, today);
        list << view;
    }
    return list;
}

Result<QList<DeadlineView>> CaseDeadlines::dueSoon(const QString& assignee, int workdays)
{
    auto calendar = CalendarStore(m_db).load();
    if (!calendar)
        return calendar.error();
    // Every date before the (workdays + 1)-th working day after today is at most `workdays` working days
    // away, whether or not it is itself a working day (a calendar-day deadline may end on a Sunday).
    const QDate today = Clock::currentDate();
    const QDate limit = calendar->addWorkdays(today, workdays + 1).date;
    QString where = QStringLiteral(" AND d.due_date >= ? AND d.due_date < ?");
    QVariantList params{day(today), day(limit)};
    if (!assignee.isEmpty()) {
        where += QStringLiteral(" AND c.assignee = ?");
        params << assignee;
    }
    return views(where, params);
}

Result<QList<DeadlineView>> CaseDeadlines::overdue(const QString& assignee)
{
    QString where = QStringLiteral(" AND d.due_date < ?");
    QVariantList params{day(Clock::currentDate())};
    if (!assignee.isEmpty()) {
        where += QStringLiteral(" AND c.assignee = ?");
        params << assignee;
    }
    return views(where, params);
}

Status CaseDeadlines::start(qint64 caseId, const QString& kind, int amount, DeadlineCounting counting, QDate start,
                            const WorkCalendar& calendar)
{
    const WorkdayAnswer due = dueDate(calendar, start, amount, counting);
    if (!due.date.isValid())
        return Error::invalid(tr("The deadline cannot be computed from %1.").arg(day(start)));
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO case_deadlines (case_id, kind, start_date, amount, counting, "
                       "due_date, provisional) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {caseId, kind, day(start), amount, CaseTypes::countingId(counting), day(due.date), due.provisional ? 1 : 0});
    return inserted ? Status() : Status(inserted.error());
}

Status CaseDeadlines::end(qint64 caseId, const QStringList& kinds, const QString& status, QDate today)
{
    for (const auto& kind : kinds) {
        auto ended = m_db.exec(QStringLiteral("UPDATE case_deadlines SET status = ?, ended_on = ?, version = version + "
                                              "1 WHERE case_id = ? AND kind = ? AND status = 'running'"),
                               {status, day(today), caseId, kind});
        if (!ended)
            return ended.error();
    }
    return {};
}

Status CaseDeadlines::followCalendar(Database& db, const Actor& actor, const QList<QDate>& changedDays)
{
    if (changedDays.isEmpty())
        return {};
    auto moved = CaseDeadlines(db).recomputeDeadlines(actor);
    return moved ? Status() : Status(moved.error());
}

Result<int> CaseDeadlines::recomputeDeadlines(const Actor& actor)
{
    if (auto allowed = Permissions::require(actor, Permission::EditCalendar); !allowed)
        return allowed.error();
    auto calendar = CalendarStore(m_db).load();
    if (!calendar)
        return calendar.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto running = select(QStringLiteral(" WHERE d.status = 'running' AND d.counting = 'working' AND "
                                         "d.extension_reason IS NULL ORDER BY d.id"),
                          {});
    if (!running)
        return running.error();
    int changed = 0;
    for (const auto& deadline : std::as_const(*running)) {
        const WorkdayAnswer due = dueDate(*calendar, deadline.start, deadline.amount, deadline.counting);
        if (due.date == deadline.due && due.provisional == deadline.provisional)
            continue;
        auto updated = m_db.exec(QStringLiteral("UPDATE case_deadlines SET due_date = ?, provisional = ?, version = "
                                                "version + 1 WHERE id = ? AND version = ?"),
                                 {day(due.date), due.provisional ? 1 : 0, deadline.id, deadline.version});
        if (!updated)
            return updated.error();
        changed += updated->numRowsAffected() > 0 && due.date != deadline.due ? 1 : 0;
    }
    if (auto audited
        = AuditLog::append(m_db, actor, QStringLiteral("case.deadlines_recomputed"), QStringLiteral("calendar"),
                           QString(), true, QStringLiteral("running=%1 changed=%2").arg(running->size()).arg(changed));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result<CaseDeadline> CaseDeadlines::extend(const Actor& actor, qint64 deadlineId, QDate newDue, const QString& reason)
{
    if (auto allowed = Permissions::require(actor, Permission::ApproveCases); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Give the reason for the extension."));
    auto deadline = find(deadlineId);
    if (!deadline)
        return deadline.error();
    if (!deadline->running())
        return Error::invalid(tr("Only a running deadline can be extended."));
    if (!newDue.isValid() || newDue <= deadline->due)
        return Error::invalid(tr("An extension moves the due date later than %1.").arg(day(deadline->due)));
    auto found = CaseStore(m_db).find(deadline->caseId);
    if (!found)
        return found.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto updated = m_db.exec(QStringLiteral("UPDATE case_deadlines SET due_date = ?, extension_reason = ?, extended_by "
                                            "= ?, extended_at = ?, version = version + 1 WHERE id = ? AND version = ? "
                                            "AND status = 'running'"),
                             {day(newDue), reason.trimmed(), actor.login, at, deadlineId, deadline->version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed this deadline in the meantime. Reload the case and try again."));
    const QString detail = QStringLiteral("%1: %2 -> %3").arg(deadline->kind, day(deadline->due), day(newDue));
    if (auto event = CaseStore(m_db).appendEvent(
            deadline->caseId, actor,
            {0, {}, {}, {}, QStringLiteral("extended"), found->state, found->state, reason.trimmed(), detail});
        !event)
        return event.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("case.deadline_extended"), QStringLiteral("case"),
                                        found->number, true, detail + QStringLiteral(" reason=") + reason.trimmed());
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(deadlineId);
}
