#include "MeasureStore.h"

#include "BasisGuard.h"
#include "LegalBasisStore.h"
#include "ListDomainStore.h"
#include "ReferenceAccess.h"
#include "VersionedQueries.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSet>

namespace {
const QString kColumns = QStringLiteral(
    "t.id, t.measure_key, t.version_no, t.class_no, t.name, t.content, t.implementing_department, t.subject_kinds, "
    "t.scope, t.effective_from, t.effective_until, t.status, t.version FROM measures t");

VersionedTable table()
{
    return {QStringLiteral("measures"), QStringLiteral("measure_key"), QStringLiteral("measure_bases"),
            QStringLiteral("measure_id"), QStringLiteral("measures")};
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString label(const Measure& measure)
{
    return QStringLiteral("%1 %2").arg(measure.measureKey, measure.name);
}

template <typename T> bool hasDuplicates(const QList<T>& values)
{
    return QSet<T>(values.cbegin(), values.cend()).size() != values.size();
}
} // namespace

Result<QList<RecordKind>> MeasureStore::recordKinds()
{
    auto rows = m_db.exec(QStringLiteral("SELECT code, name FROM record_kinds ORDER BY code"));
    if (!rows)
        return rows.error();
    QList<RecordKind> list;
    while (rows->next())
        list << RecordKind{rows->value(0).toString(), rows->value(1).toString()};
    return list;
}

Status MeasureStore::addRecordKind(const Actor& actor, const RecordKind& kind)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed;
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{2,48}$"));
    if (!codePattern.match(kind.code).hasMatch() || kind.name.trimmed().isEmpty())
        return Error::invalid(
            tr("A record kind needs a key of small Latin letters, digits or underscores and a name."));
    // 49号: nobody is punished because of a low credit score, so a score is no fact a measure may follow.
    static const QRegularExpression score(QStringLiteral("score|rating|评分|信用分|分值"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (score.match(kind.code).hasMatch() || score.match(kind.name).hasMatch())
        return Error::invalid(tr("A credit score is not a recorded fact: no measure may follow from it."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    if (auto inserted = m_db.exec(QStringLiteral("INSERT INTO record_kinds (code, name) VALUES (?, ?)"),
                                  {kind.code, kind.name.trimmed()});
        !inserted)
        return inserted.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.record_kind_added"),
                                        QStringLiteral("record_kind"), kind.code, true, kind.name.trimmed());
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<Measure>> MeasureStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<Measure> measures;
    while (rows->next()) {
        Measure measure;
        measure.id = rows->value(0).toLongLong();
        measure.measureKey = rows->value(1).toString();
        measure.versionNo = rows->value(2).toInt();
        measure.classNo = rows->value(3).toInt();
        measure.name = rows->value(4).toString();
        measure.content = rows->value(5).toString();
        measure.implementingDepartment = rows->value(6).toString();
        measure.subjectKinds = ReferenceTerms::fromCsv(rows->value(7).toString());
        measure.scope = ReferenceTerms::parseScope(rows->value(8).toString()).value_or(Scope::National);
        measure.effectiveFrom = ReferenceTerms::dateFrom(rows->value(9));
        measure.effectiveUntil = ReferenceTerms::dateFrom(rows->value(10));
        measure.status = ReferenceTerms::parseStatus(rows->value(11).toString()).value_or(ItemStatus::InForce);
        measure.version = rows->value(12).toInt();
        measures << measure;
    }
    rows->finish();
    VersionedRows versions(m_db, table());
    for (auto& measure : measures) {
        auto bases = versions.bases(measure.id);
        if (!bases)
            return bases.error();
        measure.basisIds = *bases;
        auto follows = m_db.exec(QStringLiteral("SELECT list_domain_code, record_kind FROM measure_follows WHERE "
                                                "measure_id = ? ORDER BY list_domain_code, record_kind"),
                                 {measure.id});
        if (!follows)
            return follows.error();
        while (follows->next()) {
            if (!follows->value(0).isNull())
                measure.followsListDomains << follows->value(0).toString();
            else
                measure.followsRecordKinds << follows->value(1).toString();
        }
    }
    return measures;
}

VersionedQueries<Measure> MeasureStore::queries()
{
    return {m_db,
            table(),
            [this](const QString& tail, const QVariantList& params) { return select(tail, params); },
            {tr("There is no measure with the number %1."), tr("The measure %1 is not in force on %2.")}};
}

Result<QList<ReferenceClass>> MeasureStore::classes()
{
    return queries().classes();
}

Result<QList<Measure>> MeasureStore::list(bool includeAbolished)
{
    return queries().list(includeAbolished);
}

Result<QList<Measure>> MeasureStore::inForceOn(QDate date)
{
    return queries().inForceOn(date);
}

Result<QList<Measure>> MeasureStore::history(const QString& measureKey)
{
    return queries().history(measureKey);
}

Result<Measure> MeasureStore::find(qint64 id)
{
    return queries().find(id);
}

Result<Measure> MeasureStore::versionOn(const QString& measureKey, QDate date)
{
    return queries().versionOn(measureKey, date);
}

Result<QList<Measure>> MeasureStore::forListDomain(const QString& domainCode, QDate date)
{
    return queries().inForceWhere(
        date, QStringLiteral("t.id IN (SELECT measure_id FROM measure_follows WHERE list_domain_code = ?)"),
        {domainCode});
}

Status MeasureStore::validate(const Measure& measure)
{
    if (measure.classNo < 1 || measure.classNo > 3)
        return Error::invalid(
            tr("The national measures list has 3 classes; %1 is not one of them.").arg(measure.classNo));
    if (measure.name.trimmed().isEmpty() || measure.name.size() > 200)
        return Error::invalid(tr("The name of a measure must have 1 to 200 characters."));
    if (measure.implementingDepartment.trimmed().isEmpty())
        return Error::invalid(tr("Name the department that implements %1.").arg(measure.name));
    if (auto kinds = ReferenceTerms::checkSubjectKinds(measure.subjectKinds); !kinds)
        return kinds;
    if (measure.followsListDomains.isEmpty() && measure.followsRecordKinds.isEmpty())
        return Error::invalid(tr("%1 must follow from a concrete fact: name the list domains or record kinds it "
                                 "follows from.")
                                  .arg(measure.name));
    if (hasDuplicates(measure.basisIds) || hasDuplicates(measure.followsListDomains)
        || hasDuplicates(measure.followsRecordKinds))
        return Error::invalid(tr("%1 names a basis, list domain or record kind twice.").arg(measure.name));
    ListDomainStore domains(m_db);
    for (const auto& code : measure.followsListDomains) {
        auto domain = domains.findByCode(code);
        if (!domain)
            return domain.error();
        if (domain->status == DomainStatus::Repealed)
            return Error::invalid(
                tr("The list domain %1 is repealed; no measure can follow from it.").arg(domain->name));
    }
    auto kinds = recordKinds();
    if (!kinds)
        return kinds.error();
    for (const auto& code : measure.followsRecordKinds) {
        const bool known = std::any_of(kinds->cbegin(), kinds->cend(),
                                       [&code](const RecordKind& kind) { return kind.code == code; });
        if (!known)
            return Error::invalid(tr("\"%1\" is not a kind of record a measure can follow from.").arg(code));
    }
    auto bases = LegalBasisStore(m_db).byIds(measure.basisIds);
    if (!bases)
        return bases.error();
    if (auto guarded = BasisGuard::check(GuardSubject::Measure, measure.scope, measure.effectiveFrom, *bases); !guarded)
        return Error::invalid(tr("%1: %2").arg(measure.name.trimmed(), guarded.error().message));
    return {};
}

Result<qint64> MeasureStore::insertVersion(const Measure& measure)
{
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO measures (measure_key, version_no, class_no, name, content, "
                       "implementing_department, subject_kinds, scope, effective_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"),
        {measure.measureKey, measure.versionNo, measure.classNo, measure.name.trimmed(), measure.content.trimmed(),
         measure.implementingDepartment.trimmed(), ReferenceTerms::csv(measure.subjectKinds),
         ReferenceTerms::scopeId(measure.scope), day(measure.effectiveFrom)});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto bases = VersionedRows(m_db, table()).writeBases(id, measure.basisIds); !bases)
        return bases.error();
    const QString follow = QStringLiteral("INSERT INTO measure_follows (measure_id, list_domain_code, record_kind) "
                                          "VALUES (?, ?, ?)");
    for (const auto& code : measure.followsListDomains) {
        if (auto added = m_db.exec(follow, {id, code, QVariant()}); !added)
            return added.error();
    }
    for (const auto& code : measure.followsRecordKinds) {
        if (auto added = m_db.exec(follow, {id, QVariant(), code}); !added)
            return added.error();
    }
    return id;
}

Result<Measure> MeasureStore::add(const Actor& actor, const Measure& input)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    if (auto valid = validate(input); !valid)
        return valid.error();
    VersionedRows versions(m_db, table());
    Measure measure = input;
    measure.measureKey = measure.measureKey.trimmed();
    measure.versionNo = 1;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    if (measure.measureKey.isEmpty()) {
        auto key = versions.freeKey(QStringLiteral("%1%2.")
                                        .arg(measure.scope == Scope::Local ? QStringLiteral("LM") : QStringLiteral("M"))
                                        .arg(measure.classNo));
        if (!key)
            return key.error();
        measure.measureKey = *key;
    } else if (auto exists = versions.keyExists(measure.measureKey); !exists || *exists) {
        return exists ? Error::conflict(tr("The measure key %1 is taken already.").arg(measure.measureKey))
                      : exists.error();
    }
    auto id = insertVersion(measure);
    if (!id)
        return id.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.measure_added"),
                                        QStringLiteral("measure"), measure.measureKey, true,
                                        QStringLiteral("v1 from %1: %2").arg(day(measure.effectiveFrom), measure.name));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(*id);
}

Result<Measure> MeasureStore::revise(const Actor& actor, qint64 id, int expectedVersion, const Measure& changes,
                                     QDate from)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(id);
    if (!current)
        return current.error();
    if (current->status == ItemStatus::Abolished)
        return Error::invalid(tr("The measure %1 is abolished; it cannot change any more.").arg(label(*current)));
    Measure next = changes;
    next.measureKey = current->measureKey;
    next.versionNo = current->versionNo + 1;
    next.scope = current->scope;
    next.effectiveFrom = from;
    if (!from.isValid() || from <= current->effectiveFrom)
        return Error::invalid(tr("The new version of %1 must take effect after the current one (in force from %2).")
                                  .arg(label(*current), day(current->effectiveFrom)));
    if (auto valid = validate(next); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    if (auto closed = VersionedRows(m_db, table()).close(id, expectedVersion, from.addDays(-1), false, label(*current));
        !closed)
        return closed.error();
    auto newId = insertVersion(next);
    if (!newId)
        return newId.error();
    if (auto audited = AuditLog::append(
            m_db, actor, QStringLiteral("reference.measure_revised"), QStringLiteral("measure"), next.measureKey, true,
            QStringLiteral("v%1 from %2: %3").arg(next.versionNo).arg(day(from), next.name.trimmed()));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(*newId);
}

Result<Measure> MeasureStore::abolish(const Actor& actor, qint64 id, int expectedVersion, QDate from)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(id);
    if (!current)
        return current.error();
    if (!from.isValid() || from < current->effectiveFrom)
        return Error::invalid(
            tr("%1 can be abolished from %2 at the earliest.").arg(label(*current), day(current->effectiveFrom)));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    if (auto closed = VersionedRows(m_db, table()).close(id, expectedVersion, from.addDays(-1), true, label(*current));
        !closed)
        return closed.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.measure_abolished"),
                                        QStringLiteral("measure"), current->measureKey, true,
                                        QStringLiteral("v%1 abolished from %2").arg(current->versionNo).arg(day(from)));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}
