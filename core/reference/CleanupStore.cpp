#include "CleanupStore.h"

#include "ReferenceAccess.h"
#include "ReferenceTerms.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>

namespace {
const QString kColumns
    = QStringLiteral("id, title, doc_number, issuer, provides, decision, reason, responsible_department, due_date, "
                     "progress, completed_on, version FROM cleanup_documents");

QString describe(const CleanupDocument& document)
{
    return QStringLiteral("%1 %2 decision=%3 due=%4 done=%5")
        .arg(document.title, document.docNumber, CleanupDocuments::decisionId(document.decision),
             document.dueDate.toString(Qt::ISODate), document.completedOn.toString(Qt::ISODate));
}

QVariantList values(const CleanupDocument& document)
{
    return {document.title.trimmed(),
            document.docNumber.trimmed(),
            document.issuer.trimmed(),
            ReferenceTerms::csv(document.provides),
            CleanupDocuments::decisionId(document.decision),
            document.reason.trimmed(),
            document.responsibleDepartment.trimmed(),
            ReferenceTerms::dateValue(document.dueDate),
            document.progress.trimmed(),
            ReferenceTerms::dateValue(document.completedOn)};
}
} // namespace

Status CleanupStore::validate(const CleanupDocument& document)
{
    if (document.title.trimmed().isEmpty() || document.title.size() > 200)
        return Error::invalid(tr("The title of the document must have 1 to 200 characters."));
    if (document.provides.isEmpty())
        return Error::invalid(
            tr("Say what %1 provides: catalog items, lists, measures or repair rules.").arg(document.title.trimmed()));
    for (const auto& kind : document.provides) {
        if (!CleanupDocuments::provisionKinds().contains(kind))
            return Error::invalid(tr("\"%1\" is not something a document under review can provide.").arg(kind));
    }
    if (QSet<QString>(document.provides.cbegin(), document.provides.cend()).size() != document.provides.size())
        return Error::invalid(tr("A provision kind is named twice."));
    if (document.decision != CleanupDecision::Pending && document.reason.trimmed().isEmpty())
        return Error::invalid(tr("Give the reason for the decision on %1.").arg(document.title.trimmed()));
    if (document.completedOn.isValid() && document.decision == CleanupDecision::Pending)
        return Error::invalid(tr("A review cannot be completed before it has a decision."));
    return {};
}

Result<QList<CleanupDocument>> CleanupStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<CleanupDocument> list;
    while (rows->next()) {
        CleanupDocument document;
        document.id = rows->value(0).toLongLong();
        document.title = rows->value(1).toString();
        document.docNumber = rows->value(2).toString();
        document.issuer = rows->value(3).toString();
        document.provides = ReferenceTerms::fromCsv(rows->value(4).toString());
        document.decision
            = CleanupDocuments::parseDecision(rows->value(5).toString()).value_or(CleanupDecision::Pending);
        document.reason = rows->value(6).toString();
        document.responsibleDepartment = rows->value(7).toString();
        document.dueDate = ReferenceTerms::dateFrom(rows->value(8));
        document.progress = rows->value(9).toString();
        document.completedOn = ReferenceTerms::dateFrom(rows->value(10));
        document.version = rows->value(11).toInt();
        list << document;
    }
    return list;
}

Result<QList<CleanupDocument>> CleanupStore::list()
{
    return select(QStringLiteral(" ORDER BY id"), {});
}

Result<QList<CleanupDocument>> CleanupStore::overdue(QDate date)
{
    if (!date.isValid())
        return Error::invalid(tr("The date is not valid."));
    return select(QStringLiteral(" WHERE completed_on IS NULL AND due_date IS NOT NULL AND due_date < ? ORDER BY "
                                 "due_date, id"),
                  {date.toString(Qt::ISODate)});
}

Result<CleanupDocument> CleanupStore::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no document under review with the number %1.").arg(id));
    return found->first();
}

Result<CleanupDocument> CleanupStore::add(const Actor& actor, const CleanupDocument& document)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    if (auto valid = validate(document); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO cleanup_documents (title, doc_number, issuer, provides, decision, reason, "
                       "responsible_department, due_date, progress, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"),
        values(document));
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited
        = AuditLog::append(m_db, actor, QStringLiteral("reference.cleanup_added"), QStringLiteral("cleanup_document"),
                           QString::number(id), true, describe(document));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}

Result<CleanupDocument> CleanupStore::update(const Actor& actor, const CleanupDocument& document)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    if (auto valid = validate(document); !valid)
        return valid.error();
    auto current = find(document.id);
    if (!current)
        return current.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    QVariantList params = values(document);
    params << document.id << document.version;
    auto updated = m_db.exec(
        QStringLiteral(
            "UPDATE cleanup_documents SET title = ?, doc_number = ?, issuer = ?, provides = ?, decision = ?, "
            "reason = ?, responsible_department = ?, due_date = ?, progress = ?, completed_on = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"),
        params);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the review of %1 meanwhile. Reload it and try again.").arg(current->title));
    if (auto audited
        = AuditLog::append(m_db, actor, QStringLiteral("reference.cleanup_changed"), QStringLiteral("cleanup_document"),
                           QString::number(document.id), true, describe(document));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(document.id);
}
