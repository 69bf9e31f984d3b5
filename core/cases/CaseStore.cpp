#include "CaseStore.h"

#include "CaseAttachments.h"
#include "CaseDeadlines.h"
#include "CaseModule.h"
#include "CaseType.h"
#include "Clock.h"
#include "registry/Masking.h"
#include "registry/SubjectNames.h"
#include "security/Accounts.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {
const QString kColumns = QStringLiteral(
    "SELECT id, number, case_type, year, subject_id, assignee, state, decided_on, created_by, created_at, "
    "updated_at, version FROM cases");

Case caseFrom(const QSqlQuery& row)
{
    Case c;
    c.id = row.value(0).toLongLong();
    c.number = row.value(1).toString();
    c.type = row.value(2).toString();
    c.year = row.value(3).toInt();
    c.subjectId = row.value(4).toLongLong();
    c.assignee = row.value(5).toString();
    c.state = row.value(6).toString();
    c.decidedOn = QDate::fromString(row.value(7).toString(), Qt::ISODate);
    c.createdBy = row.value(8).toString();
    c.createdAt = row.value(9).toString();
    c.updatedAt = row.value(10).toString();
    c.version = row.value(11).toInt();
    return c;
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

Result<QList<Case>> CaseStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<Case> list;
    while (rows->next())
        list << caseFrom(*rows);
    return list;
}

Result<Case> CaseStore::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no case with the id %1.").arg(id));
    return found->first();
}

Result<Case> CaseStore::findByNumber(const QString& number)
{
    auto found = select(QStringLiteral(" WHERE number = ?"), {number.trimmed().toUpper()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no case numbered %1.").arg(number.trimmed()));
    return found->first();
}

Result<CaseFile> CaseStore::load(const Actor& reader, qint64 id)
{
    if (auto allowed = Permissions::require(reader, Permission::ViewCases); !allowed)
        return allowed.error();
    auto header = find(id);
    if (!header)
        return header.error();
    CaseFile file;
    file.header = *header;
    if (auto parts = loadParts(file); !parts)
        return parts.error();
    return file;
}

Status CaseStore::loadParts(CaseFile& file)
{
    const qint64 id = file.header.id;
    auto subject
        = m_db.exec(QStringLiteral("SELECT s.name, s.id_type, s.code, s.kind, ") + CaseList::topicSql()
                        + QStringLiteral(" FROM cases c JOIN subjects s ON s.id = c.subject_id WHERE c.id = ?"),
                    {id});
    if (!subject)
        return subject.error();
    if (subject->next()) {
        file.subjectName = subject->value(0).toString();
        file.subjectCode = Masking::code(subject->value(1).toString(), subject->value(2).toString());
        file.subjectKind = subject->value(3).toString();
        file.topic = subject->value(4).toString();
    }
    auto records
        = m_db.exec(QStringLiteral("SELECT record_id FROM case_records WHERE case_id = ? ORDER BY record_id"), {id});
    if (!records)
        return records.error();
    while (records->next())
        file.recordIds << records->value(0).toLongLong();
    auto events = timeline(id);
    auto deadlines = CaseDeadlines(m_db).ofCase(id);
    auto attachments = CaseAttachments(m_db).ofCase(id);
    auto documents = DocumentStore(m_db).ofCase(id);
    if (!events || !deadlines || !attachments || !documents)
        return !events     ? events.error()
            : !deadlines   ? deadlines.error()
            : !attachments ? attachments.error()
                           : documents.error();
    if (const CaseModule* module = CaseModules::find(file.header.type); module && module->hooks.details) {
        auto details = module->hooks.details(m_db, id);
        if (!details)
            return details.error();
        file.details = *details;
    }
    file.timeline = *events;
    file.deadlines = *deadlines;
    file.attachments = *attachments;
    file.documents = *documents;
    return {};
}

Result<QList<TimelineEvent>> CaseStore::timeline(qint64 caseId)
{
    auto rows = m_db.exec(QStringLiteral("SELECT id, at, user_login, user_name, event, from_state, to_state, note, "
                                         "detail FROM case_events WHERE case_id = ? ORDER BY id"),
                          {caseId});
    if (!rows)
        return rows.error();
    QList<TimelineEvent> list;
    while (rows->next()) {
        list << TimelineEvent{rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
                              rows->value(3).toString(),   rows->value(4).toString(), rows->value(5).toString(),
                              rows->value(6).toString(),   rows->value(7).toString(), rows->value(8).toString()};
    }
    return list;
}

Result<QList<CaseSummary>> CaseStore::list(const Actor& reader, const CaseFilter& filter)
{
    if (auto allowed = Permissions::require(reader, Permission::ViewCases); !allowed)
        return allowed.error();
    const PagedQuery query = CaseList::query(filter, CaseList::defaultOrder());
    auto rows = m_db.exec(query.selectSql + QStringLiteral(" LIMIT ?"), QVariantList(query.params) << filter.limit);
    if (!rows)
        return rows.error();
    QList<CaseSummary> list;
    while (rows->next()) {
        CaseSummary summary;
        summary.id = rows->value(CaseIdColumn).toLongLong();
        summary.number = rows->value(CaseNumberColumn).toString();
        summary.type = rows->value(CaseTypeColumn).toString();
        summary.state = rows->value(CaseStateColumn).toString();
        summary.subjectName = rows->value(CaseSubjectColumn).toString();
        summary.subjectCode
            = Masking::code(rows->value(CaseIdTypeColumn).toString(), rows->value(CaseCodeColumn).toString());
        summary.topic = rows->value(CaseTopicColumn).toString();
        summary.assignee = rows->value(CaseAssigneeColumn).toString();
        summary.version = rows->value(CaseVersionColumn).toInt();
        summary.due = dateOf(rows->value(CaseDueColumn));
        summary.dueKind = rows->value(CaseDueKindColumn).toString();
        summary.assigneeName = rows->value(CaseOfficerColumn).toString();
        list << summary;
    }
    return list;
}

Result<Case> CaseStore::reassign(const Actor& actor, qint64 caseId, int expectedVersion, const QString& assignee,
                                 const QString& reason)
{
    if (auto allowed = Permissions::require(actor, Permission::ApproveCases); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Give the reason for handing the case to another officer."));
    auto current = find(caseId);
    if (!current)
        return current.error();
    const CaseType* type = CaseTypes::find(current->type);
    const CaseState* state = type ? type->state(current->state) : nullptr;
    if (!state || state->final)
        return Error::invalid(
            tr("The case %1 is closed: it stays with the officer who handled it.").arg(current->number));
    if (current->assignee == assignee)
        return Error::invalid(tr("The case %1 is already in the charge of %2.").arg(current->number, assignee));
    auto user = Accounts(m_db).findUser(assignee);
    if (!user)
        return user.error();
    if (!user->active || !user->roles.contains(Role::Officer))
        return Error::invalid(tr("%1 is not an active officer: only officers handle cases.").arg(assignee));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto updated
        = m_db.exec(QStringLiteral("UPDATE cases SET assignee = ?, updated_at = ?, version = version + 1 WHERE "
                                   "id = ? AND version = ?"),
                    {assignee, Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs), caseId, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the case %1 in the meantime. Reload it and try again.").arg(current->number));
    const QString detail = QStringLiteral("%1 -> %2").arg(current->assignee, assignee);
    TimelineEvent event;
    event.event = QStringLiteral("reassigned");
    event.fromState = current->state;
    event.toState = current->state;
    event.note = reason.trimmed();
    event.detail = detail;
    if (auto appended = appendEvent(caseId, actor, event); !appended)
        return appended.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("case.reassigned"), QStringLiteral("case"),
                                        current->number, true, detail);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(caseId);
}

Result<int> CaseStore::allocateSequence(const CaseType& type, int year)
{
    // As for document numbers: the upsert locks the (year, type) row until the creating transaction ends
    // on PostgreSQL; on SQLite BEGIN IMMEDIATE already serialises writers.
    auto next = m_db.exec(QStringLiteral("INSERT INTO case_sequences (year, case_type, last_no) VALUES (?, ?, 1) "
                                         "ON CONFLICT (year, case_type) DO UPDATE SET last_no = "
                                         "case_sequences.last_no + 1 RETURNING last_no"),
                          {year, type.id});
    if (!next)
        return next.error();
    if (!next->next())
        return Error::storage(tr("No case number could be allocated."));
    const int sequence = next->value(0).toInt();
    next->finish();
    return sequence;
}

QString CaseStore::formatNumber(const CaseType& type, int year, int sequence)
{
    return QStringLiteral("%1-%2-%3").arg(type.numberPrefix).arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

Status CaseStore::appendEvent(qint64 caseId, const Actor& actor, const TimelineEvent& event)
{
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO case_events (case_id, at, user_login, user_name, event, "
                                             "from_state, to_state, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {caseId, at, actor.login, actor.name, event.event, event.fromState, event.toState,
                               event.note.trimmed(), event.detail});
    return inserted ? Status() : Status(inserted.error());
}
