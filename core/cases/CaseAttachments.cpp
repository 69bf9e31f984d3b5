#include "CaseAttachments.h"

#include "CaseStore.h"
#include "Clock.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>

Result<QList<Attachment>> CaseAttachments::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT id, case_id, name, size, sha256, uploaded_by, uploaded_at FROM case_attachments")
            + where,
        params);
    if (!rows)
        return rows.error();
    QList<Attachment> list;
    while (rows->next()) {
        list << Attachment{rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                           rows->value(3).toLongLong(), rows->value(4).toString(),   rows->value(5).toString(),
                           rows->value(6).toString()};
    }
    return list;
}

Result<QList<Attachment>> CaseAttachments::ofCase(qint64 caseId)
{
    return select(QStringLiteral(" WHERE case_id = ? ORDER BY id"), {caseId});
}

Result<Attachment> CaseAttachments::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no evidence file with the id %1.").arg(id));
    return found->first();
}

Result<QByteArray> CaseAttachments::content(qint64 id)
{
    auto bytes = m_db.scalar(QStringLiteral("SELECT content FROM case_attachments WHERE id = ?"), {id});
    if (!bytes)
        return bytes.error();
    if (!bytes->isValid())
        return Error::notFound(tr("There is no evidence file with the id %1.").arg(id));
    return bytes->toByteArray();
}

Result<Attachment> CaseAttachments::attach(const Actor& actor, qint64 caseId, const QString& name,
                                           const QByteArray& content)
{
    if (auto allowed = Permissions::require(actor, Permission::HandleCases); !allowed)
        return allowed.error();
    const QString fileName = QFileInfo(name.trimmed()).fileName();
    if (fileName.isEmpty() || fileName.size() > 200)
        return Error::invalid(tr("An evidence file needs a name of at most 200 characters."));
    if (content.size() > kMaxBytes)
        return Error::invalid(tr("The file %1 is larger than %2 MB; evidence files are limited to that size.")
                                  .arg(fileName)
                                  .arg(kMaxBytes / (1024 * 1024)));
    auto found = CaseStore(m_db).find(caseId);
    if (!found)
        return found.error();
    const CaseType* type = CaseTypes::find(found->type);
    if (type && type->state(found->state) && type->state(found->state)->final)
        return Error::invalid(tr("The case %1 is closed: no evidence can be added.").arg(found->number));
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO case_attachments (case_id, name, size, sha256, content, "
                                             "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {caseId, fileName, qint64(content.size()), sha256, content, actor.login,
                               Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    const QString detail = QStringLiteral("%1 size=%2 sha256=%3").arg(fileName).arg(content.size()).arg(sha256);
    if (auto event = CaseStore(m_db).appendEvent(
            caseId, actor, {0, {}, {}, {}, QStringLiteral("attached"), found->state, found->state, {}, detail});
        !event)
        return event.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("case.evidence_attached"), QStringLiteral("case"),
                                        found->number, true, detail);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}
