#include "Clock.h"
#include "ListingCase.h"
#include "ListingDraft.h"
#include "cases/CaseStore.h"
#include "reference/ListDomainStore.h"
#include "reference/MeasureStore.h"
#include "reference/ReferenceTerms.h"
#include "registry/SubjectStore.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {
const QString kListing = QStringLiteral("listing");
} // namespace

bool ListingDrafts::domainInForce(const ListDomain& domain, QDate day)
{
    return domain.status != DomainStatus::Draft && domain.effectiveFrom.isValid() && domain.effectiveFrom <= day
        && (!domain.effectiveUntil.isValid() || day <= domain.effectiveUntil);
}

Result<CheckedDraft> ListingDrafts::check(const ListingDraft& draft, QDate day)
{
    CheckedDraft checked;
    auto subject = SubjectStore(m_db).find(draft.subjectId);
    if (!subject)
        return subject.error();
    if (subject->status != QLatin1String("active"))
        return Error::invalid(
            tr("%1 was merged into another subject; open the case on that subject.").arg(subject->name));
    auto domain = ListDomainStore(m_db).find(draft.listDomainId);
    if (!domain)
        return domain.error();
    if (!domainInForce(*domain, day))
        return Error::invalid(tr("The list %1 is not in force on %2: only a list in force can be applied.")
                                  .arg(domain->name, day.toString(Qt::ISODate)));
    if (draft.facts.trimmed().isEmpty())
        return Error::invalid(tr("Write the facts the listing rests on."));
    if (auto records = checkRecords(draft); !records)
        return records.error();
    auto measures = checkMeasures(draft, *domain, *subject, day);
    if (!measures)
        return measures.error();
    if (draft.lenient.any() && draft.lenientReason.trimmed().isEmpty())
        return Error::invalid(tr("Lenient handling (minor, force majeure, unintentional or minor conduct) needs a "
                                 "written reason."));
    checked.subject = *subject;
    checked.domain = *domain;
    checked.measures = *measures;
    return checked;
}

Status ListingDrafts::checkRecords(const ListingDraft& draft)
{
    if (draft.recordIds.isEmpty())
        return Error::invalid(tr("Name at least one credit record of the subject that the listing rests on."));
    for (const qint64 id : draft.recordIds) {
        auto owner = m_db.scalar(QStringLiteral("SELECT subject_id FROM credit_records WHERE id = ?"), {id});
        if (!owner)
            return owner.error();
        if (!owner->isValid())
            return Error::notFound(tr("There is no credit record with the id %1.").arg(id));
        if (owner->toLongLong() != draft.subjectId)
            return Error::invalid(tr("The credit record %1 belongs to another subject.").arg(id));
    }
    return {};
}

Result<QList<Measure>> ListingDrafts::checkMeasures(const ListingDraft& draft, const ListDomain& domain,
                                                    const Subject& subject, QDate day)
{
    if (draft.measureKeys.isEmpty())
        return Error::invalid(tr("Propose at least one punishment measure of the list."));
    auto allowed = MeasureStore(m_db).forListDomain(domain.code, day);
    if (!allowed)
        return allowed.error();
    QList<Measure> measures;
    for (const auto& key : draft.measureKeys) {
        auto found = std::find_if(allowed->cbegin(), allowed->cend(),
                                  [&key](const Measure& measure) { return measure.measureKey == key; });
        if (found == allowed->cend())
            return Error::invalid(
                tr("The measure %1 does not follow from the list %2: only measures of the measures list that the "
                   "list triggers may be proposed.")
                    .arg(key, domain.name));
        if (!found->subjectKinds.contains(subject.kind))
            return Error::invalid(
                tr("The measure %1 does not apply to a %2.").arg(key, ReferenceTerms::subjectKindName(subject.kind)));
        if (found->basisIds.isEmpty())
            return Error::invalid(tr("The measure %1 cites no legal basis.").arg(key));
        measures << *found;
    }
    return measures;
}

Result<QList<ListDomain>> ListingDrafts::domainsInForce(QDate day)
{
    auto domains = ListDomainStore(m_db).list();
    if (!domains)
        return domains.error();
    QList<ListDomain> inForce;
    for (const auto& domain : std::as_const(*domains)) {
        if (domainInForce(domain, day))
            inForce << domain;
    }
    return inForce;
}

Result<QList<Measure>> ListingDrafts::proposableMeasures(const ListDomain& domain, const Subject& subject, QDate day)
{
    auto allowed = MeasureStore(m_db).forListDomain(domain.code, day);
    if (!allowed)
        return allowed.error();
    QList<Measure> measures;
    for (const auto& measure : std::as_const(*allowed)) {
        if (measure.subjectKinds.contains(subject.kind) && !measure.basisIds.isEmpty())
            measures << measure;
    }
    return measures;
}

Status ListingDrafts::writeParts(qint64 caseId, const ListingDraft& draft, const CheckedDraft& checked)
{
    auto written = m_db.exec(
        QStringLiteral(
            "UPDATE case_listing SET list_domain_id = ?, facts = ?, lenient_minor = ?, lenient_force_majeure "
            "= ?, lenient_minor_conduct = ?, lenient_reason = ? WHERE case_id = ?"),
        {draft.listDomainId, draft.facts.trimmed(), draft.lenient.minor ? 1 : 0, draft.lenient.forceMajeure ? 1 : 0,
         draft.lenient.minorConduct ? 1 : 0, draft.lenientReason.trimmed(), caseId});
    if (!written)
        return written.error();
    if (written->numRowsAffected() != 1)
        return Error::storage(tr("The case with the id %1 has no listing part to write.").arg(caseId));
    for (const QString& table : {QStringLiteral("case_records"), QStringLiteral("case_measures")}) {
        if (auto cleared
            = m_db.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE case_id = ?"), {caseId});
            !cleared)
            return cleared.error();
    }
    for (const qint64 record : draft.recordIds) {
        if (auto added = m_db.exec(QStringLiteral("INSERT INTO case_records (case_id, record_id) VALUES (?, ?) ON "
                                                  "CONFLICT DO NOTHING"),
                                   {caseId, record});
            !added)
            return added.error();
    }
    for (int i = 0; i < checked.measures.size(); ++i) {
        if (auto added
            = m_db.exec(QStringLiteral("INSERT INTO case_measures (case_id, position, measure_id) VALUES (?, ?, ?)"),
                        {caseId, i + 1, checked.measures.at(i).id});
            !added)
            return added.error();
    }
    return {};
}

Result<Case> ListingDrafts::create(const Actor& actor, const ListingDraft& draft)
{
    if (auto allowed = Permissions::require(actor, Permission::HandleCases); !allowed)
        return allowed.error();
    const QDate today = Clock::currentDate();
    auto checked = check(draft, today);
    if (!checked)
        return checked.error();
    const CaseType& type = *CaseTypes::find(kListing);
    CaseStore store(m_db);
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto sequence = store.allocateSequence(type, today.year());
    if (!sequence)
        return sequence.error();
    const QString number = CaseStore::formatNumber(type, today.year(), *sequence);
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString assignee = draft.assignee.trimmed().isEmpty() ? actor.login : draft.assignee.trimmed();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO cases (number, case_type, year, seq, subject_id, assignee, state, created_by, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {number, type.id, today.year(), *sequence, draft.subjectId, assignee, type.initialState, actor.login, now,
         now});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto listing = m_db.exec(QStringLiteral("INSERT INTO case_listing (case_id) VALUES (?)"), {id}); !listing)
        return listing.error();
    if (auto parts = writeParts(id, draft, *checked); !parts)
        return parts.error();
    const QString detail = QStringLiteral("subject=%1 domain=%2").arg(draft.subjectId).arg(checked->domain.code);
    if (auto event
        = store.appendEvent(id, actor, {0, {}, {}, {}, QStringLiteral("created"), {}, type.initialState, {}, detail});
        !event)
        return event.error();
    if (auto audited
        = AuditLog::append(m_db, actor, QStringLiteral("case.created"), QStringLiteral("case"), number, true, detail);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return store.find(id);
}

Result<Case> ListingDrafts::save(const Actor& actor, qint64 caseId, int expectedVersion, const ListingDraft& draft)
{
    if (auto allowed = Permissions::require(actor, Permission::HandleCases); !allowed)
        return allowed.error();
    CaseStore store(m_db);
    auto current = store.find(caseId);
    if (!current)
        return current.error();
    if (current->type != kListing || current->state != QLatin1String("draft"))
        return Error::invalid(tr("The case %1 is no longer a draft: it cannot be edited.").arg(current->number));
    if (current->subjectId != draft.subjectId)
        return Error::invalid(tr("The subject of a case cannot change; open a new case instead."));
    auto checked = check(draft, Clock::currentDate());
    if (!checked)
        return checked.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto updated = m_db.exec(QStringLiteral("UPDATE cases SET updated_at = ?, version = version + 1 WHERE id = ? AND "
                                            "version = ? AND state = 'draft'"),
                             {Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs), caseId, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the case %1 in the meantime. Reload it and make your change again.")
                .arg(current->number));
    if (auto parts = writeParts(caseId, draft, *checked); !parts)
        return parts.error();
    if (auto event = store.appendEvent(
            caseId, actor, {0, {}, {}, {}, QStringLiteral("draft_saved"), current->state, current->state, {}, {}});
        !event)
        return event.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("case.draft_saved"), QStringLiteral("case"),
                                        current->number, true, QStringLiteral("domain=%1").arg(checked->domain.code));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return store.find(caseId);
}

Result<ListingDraft> ListingDrafts::read(const Actor& reader, qint64 caseId)
{
    auto file = CaseStore(m_db).load(reader, caseId);
    if (!file)
        return file.error();
    auto listing = ListingCases(m_db).find(caseId);
    if (!listing)
        return listing.error();
    ListingDraft draft;
    draft.subjectId = file->header.subjectId;
    draft.listDomainId = listing->listDomainId;
    draft.facts = listing->facts;
    draft.recordIds = file->recordIds;
    draft.lenient = listing->lenient;
    draft.lenientReason = listing->lenientReason;
    draft.assignee = file->header.assignee;
    MeasureStore measures(m_db);
    for (const qint64 id : std::as_const(listing->measureIds)) {
        auto measure = measures.find(id);
        if (!measure)
            return measure.error();
        draft.measureKeys << measure->measureKey;
    }
    return draft;
}
