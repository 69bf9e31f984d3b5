#include "RecordStore.h"

#include "Clock.h"
#include "Masking.h"
#include "RecordTerms.h"
#include "SubjectStore.h"
#include "security/Actor.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {
const QString kDetail = QStringLiteral(
    "SELECT r.id, r.subject_id, r.catalog_item_id, r.source_department_id, r.decision_number, r.authority, r.facts, "
    "r.basis, r.content, r.violation_type, r.penalty_kind, r.amount_fen, r.tier, r.decision_date, r.rule_profile_id, "
    "r.repairable_from, r.publish_until, r.status, r.note, COALESCE(r.import_id, 0), r.created_by, r.created_at, "
    "r.version, d.name, c.item_key, c.name, c.version_no, p.name FROM credit_records r JOIN departments d ON d.id = "
    "r.source_department_id JOIN catalog_items c ON c.id = r.catalog_item_id JOIN rule_profiles p ON p.id = "
    "r.rule_profile_id WHERE r.id = ?");

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

QJsonObject RecordView::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), record.id},
                       {QStringLiteral("subject"), Masking::code(subject.idType, subject.code)},
                       {QStringLiteral("subject_name"), subject.name},
                       {QStringLiteral("subject_kind"), subject.kind},
                       {QStringLiteral("decision_number"), record.decisionNumber},
                       {QStringLiteral("authority"), record.authority},
                       {QStringLiteral("tier"), record.tier},
                       {QStringLiteral("decision_date"), record.decisionDate.toString(Qt::ISODate)},
                       {QStringLiteral("repairable_from"), record.repairableFrom.toString(Qt::ISODate)},
                       {QStringLiteral("publish_until"), record.publishUntil.toString(Qt::ISODate)},
                       {QStringLiteral("status"), record.status},
                       {QStringLiteral("department"), department},
                       {QStringLiteral("catalog_item"), itemName}};
    if (record.amountFen)
        object.insert(QStringLiteral("amount_wan"), RecordTerms::formatWan(*record.amountFen));
    return object;
}

Result<RecordView> RecordStore::find(qint64 id)
{
    auto rows = m_db.exec(kDetail, {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error::notFound(tr("There is no credit record number %1.").arg(id));
    RecordView view;
    CreditRecord& r = view.record;
    const QSqlQuery& q = *rows;
    r.id = q.value(0).toLongLong();
    r.subjectId = q.value(1).toLongLong();
    r.catalogItemId = q.value(2).toLongLong();
    r.sourceDepartmentId = q.value(3).toLongLong();
    r.decisionNumber = q.value(4).toString();
    r.authority = q.value(5).toString();
    r.facts = q.value(6).toString();
    r.basis = q.value(7).toString();
    r.content = q.value(8).toString();
    r.violationType = q.value(9).toString();
    r.penaltyKind = q.value(10).toString();
    if (!q.value(11).isNull())
        r.amountFen = q.value(11).toLongLong();
    r.tier = q.value(12).toString();
    r.decisionDate = dateOf(q.value(13));
    r.ruleProfileId = q.value(14).toLongLong();
    r.repairableFrom = dateOf(q.value(15));
    r.publishUntil = dateOf(q.value(16));
    r.status = q.value(17).toString();
    r.note = q.value(18).toString();
    r.importId = q.value(19).toLongLong();
    r.createdBy = q.value(20).toString();
    r.createdAt = q.value(21).toString();
    r.version = q.value(22).toInt();
    view.department = q.value(23).toString();
    view.itemKey = q.value(24).toString();
    view.itemName = q.value(25).toString();
    view.itemVersion = q.value(26).toInt();
    view.profileName = q.value(27).toString();
    auto subject = SubjectStore(m_db).find(r.subjectId);
    if (!subject)
        return subject.error();
    view.subject = *subject;
    return view;
}

Result<QList<RecordView>> RecordStore::list(const RecordFilter& filter, int limit, const QString& orderBy)
{
    QVariantList params;
    const QString sql
        = RecordList::selectSql(filter, orderBy.isEmpty() ? RecordList::orderBy(-1, false) : orderBy, params)
        + QStringLiteral(" LIMIT ?");
    params << limit;
    auto rows = m_db.exec(sql, params);
    if (!rows)
        return rows.error();
    QList<RecordView> list;
    while (rows->next()) {
        const QSqlQuery& q = *rows;
        RecordView view;
        view.record.id = q.value(RecordId).toLongLong();
        view.subject.name = q.value(RecordSubjectName).toString();
        view.subject.idType = q.value(RecordSubjectIdType).toString();
        view.subject.code = q.value(RecordSubjectCode).toString();
        view.subject.kind = q.value(RecordSubjectKind).toString();
        view.record.decisionNumber = q.value(RecordDecisionNumber).toString();
        view.record.authority = q.value(RecordAuthority).toString();
        view.record.tier = q.value(RecordTier).toString();
        view.record.decisionDate = dateOf(q.value(RecordDecisionDate));
        view.record.repairableFrom = dateOf(q.value(RecordRepairableFrom));
        view.record.publishUntil = dateOf(q.value(RecordPublishUntil));
        view.record.status = q.value(RecordStatus).toString();
        view.department = q.value(RecordDepartment).toString();
        view.itemName = q.value(RecordItemName).toString();
        if (!q.value(RecordAmountFen).isNull())
            view.record.amountFen = q.value(RecordAmountFen).toLongLong();
        view.record.subjectId = q.value(RecordSubjectId).toLongLong();
        view.subject.id = view.record.subjectId;
        list << view;
    }
    return list;
}

Result<QList<AuditRow>> RecordStore::history(qint64 id)
{
    return AuditLog::forObject(m_db, QStringLiteral("credit_record"), QString::number(id));
}

Result<RecordView> RecordStore::enter(const Actor& actor, RecordInput input)
{
    if (auto allowed = Permissions::require(actor, Permission::EditRegistry); !allowed)
        return allowed.error();
    auto rules = RecordRules::load(m_db);
    if (!rules)
        return rules.error();
    if (!input.record.decisionDate.isValid())
        return Error::invalid(
            tr("%1: enter the date of the decision.").arg(RecordFields::displayName(RecordField::DecisionDate)));
    if (!RecordTerms::parseTier(input.record.tier))
        return Error::invalid(tr("%1: choose 轻微, 一般 or 严重.").arg(RecordFields::displayName(RecordField::Tier)));
    QList<FieldProblem> problems;
    QStringList warnings;
    rules->check(input, Clock::currentDate(), problems, warnings);
    if (!problems.isEmpty())
        return Error::invalid(
            tr("%1: %2.").arg(RecordFields::displayName(problems.first().field), problems.first().reason));
    if (input.record.sourceDepartmentId == 0)
        input.record.sourceDepartmentId = actor.departmentId;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto subject = SubjectStore(m_db).add(actor, input.subject);
    if (!subject)
        return subject.error();
    const CreditRecord& r = input.record;
    auto inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO credit_records (subject_id, catalog_item_id, source_department_id, decision_number, "
            "authority, facts, basis, content, violation_type, penalty_kind, amount_fen, tier, decision_date, "
            "rule_profile_id, repairable_from, publish_until, status, note, created_by) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (authority, decision_number, subject_id) DO "
            "NOTHING RETURNING id"),
        {subject->subject.id, r.catalogItemId, r.sourceDepartmentId, r.decisionNumber, r.authority, r.facts, r.basis,
         r.content, r.violationType, r.penaltyKind, r.amountFen ? QVariant(*r.amountFen) : QVariant(), r.tier,
         r.decisionDate.toString(Qt::ISODate), r.ruleProfileId, r.repairableFrom.toString(Qt::ISODate),
         r.publishUntil.toString(Qt::ISODate), r.status, r.note, actor.login});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::conflict(tr("%1 of %2 is already recorded for this subject.").arg(r.decisionNumber, r.authority));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited = AuditLog::append(
            m_db, actor, QStringLiteral("record.created"), QStringLiteral("credit_record"), QString::number(id), true,
            QStringLiteral("%1 %2 %3").arg(r.decisionNumber, r.tier, r.decisionDate.toString(Qt::ISODate)));
        !audited)
        return audited.error();
    auto view = find(id);
    if (!view)
        return view.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *view;
}

Result<int> RecordStore::endExpiredPublication(const Actor& actor, QDate today)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto due = m_db.exec(QStringLiteral("SELECT id, publish_until FROM credit_records WHERE status = 'publishing' AND "
                                        "publish_until <= ? ORDER BY id"),
                         {today.toString(Qt::ISODate)});
    if (!due)
        return due.error();
    QList<QPair<qint64, QString>> ids;
    while (due->next())
        ids << qMakePair(due->value(0).toLongLong(), due->value(1).toString());
    due->finish();
    for (const auto& [id, until] : ids) {
        auto ended
            = m_db.exec(QStringLiteral("UPDATE credit_records SET status = 'expired', version = version + 1 WHERE "
                                       "id = ? AND status = 'publishing'"),
                        {id});
        if (!ended)
            return ended.error();
        if (auto audited
            = AuditLog::append(m_db, actor, QStringLiteral("record.publication_ended"), QStringLiteral("credit_record"),
                               QString::number(id), true, QStringLiteral("publish_until=%1").arg(until));
            !audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(ids.size());
}
