#include "CatalogStore.h"

#include "LegalBasisStore.h"
#include "ReferenceAccess.h"
#include "VersionedQueries.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>

namespace {
const QString kColumns = QStringLiteral(
    "t.id, t.item_key, t.version_no, t.class_no, t.name, t.conduct, t.subject_kinds, t.disclosure, t.sharing_scope, "
    "t.source_department, t.channel, t.update_frequency, t.disclosure_period, t.scope, t.effective_from, "
    "t.effective_until, t.status, t.version FROM catalog_items t");

VersionedTable table()
{
    return {QStringLiteral("catalog_items"), QStringLiteral("item_key"), QStringLiteral("catalog_item_bases"),
            QStringLiteral("item_id"), QStringLiteral("catalog")};
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString label(const CatalogItem& item)
{
    return QStringLiteral("%1 %2").arg(item.itemKey, item.name);
}
} // namespace

Result<QList<CatalogItem>> CatalogStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<CatalogItem> items;
    while (rows->next()) {
        CatalogItem item;
        item.id = rows->value(0).toLongLong();
        item.itemKey = rows->value(1).toString();
        item.versionNo = rows->value(2).toInt();
        item.classNo = rows->value(3).toInt();
        item.name = rows->value(4).toString();
        item.conduct = rows->value(5).toString();
        item.subjectKinds = ReferenceTerms::fromCsv(rows->value(6).toString());
        item.disclosure = ReferenceTerms::parseDisclosure(rows->value(7).toString()).value_or(Disclosure::Public);
        item.sharingScope = rows->value(8).toString();
        item.sourceDepartment = rows->value(9).toString();
        item.channel = rows->value(10).toString();
        item.updateFrequency = rows->value(11).toString();
        item.disclosurePeriod = rows->value(12).toString();
        item.scope = ReferenceTerms::parseScope(rows->value(13).toString()).value_or(Scope::National);
        item.effectiveFrom = ReferenceTerms::dateFrom(rows->value(14));
        item.effectiveUntil = ReferenceTerms::dateFrom(rows->value(15));
        item.status = ReferenceTerms::parseStatus(rows->value(16).toString()).value_or(ItemStatus::InForce);
        item.version = rows->value(17).toInt();
        items << item;
    }
    rows->finish();
    VersionedRows versions(m_db, table());
    for (auto& item : items) {
        auto bases = versions.bases(item.id);
        if (!bases)
            return bases.error();
        item.basisIds = *bases;
    }
    return items;
}

VersionedQueries<CatalogItem> CatalogStore::queries()
{
    return {m_db,
            table(),
            [this](const QString& tail, const QVariantList& params) { return select(tail, params); },
            {tr("There is no catalog item with the number %1."), tr("The catalog item %1 is not in force on %2.")}};
}

Result<QList<ReferenceClass>> CatalogStore::classes()
{
    return queries().classes();
}

Result<QList<CatalogItem>> CatalogStore::list(bool includeAbolished)
{
    return queries().list(includeAbolished);
}

Result<QList<CatalogItem>> CatalogStore::inForceOn(QDate date)
{
    return queries().inForceOn(date);
}

Result<QList<CatalogItem>> CatalogStore::history(const QString& itemKey)
{
    return queries().history(itemKey);
}

Result<CatalogItem> CatalogStore::find(qint64 id)
{
    return queries().find(id);
}

Result<CatalogItem> CatalogStore::versionOn(const QString& itemKey, QDate date)
{
    return queries().versionOn(itemKey, date);
}

Status CatalogStore::validate(const CatalogItem& item)
{
    if (item.classNo < 1 || item.classNo > 13)
        return Error::invalid(tr("The national catalog has 13 classes; %1 is not one of them.").arg(item.classNo));
    if (item.name.trimmed().isEmpty() || item.name.size() > 200)
        return Error::invalid(tr("The name of a catalog item must have 1 to 200 characters."));
    if (item.conduct.trimmed().isEmpty())
        return Error::invalid(tr("Describe the conduct or fact that the catalog item %1 records.").arg(item.name));
    if (auto kinds = ReferenceTerms::checkSubjectKinds(item.subjectKinds); !kinds)
        return kinds;
    if (item.sourceDepartment.trimmed().isEmpty())
        return Error::invalid(tr("Name the department the information of %1 comes from.").arg(item.name));
    if (item.disclosurePeriod.trimmed().isEmpty())
        return Error::invalid(tr("State the disclosure period of %1 (the catalog fixes it).").arg(item.name));
    if (!item.effectiveFrom.isValid())
        return Error::invalid(tr("Give the date from which %1 is in force.").arg(item.name));
    if (QSet<qint64>(item.basisIds.cbegin(), item.basisIds.cend()).size() != item.basisIds.size())
        return Error::invalid(tr("A legal basis is cited twice."));
    if (auto bases = LegalBasisStore(m_db).byIds(item.basisIds); !bases)
        return bases.error();
    return {};
}

Result<qint64> CatalogStore::insertVersion(const CatalogItem& item)
{
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO catalog_items (item_key, version_no, class_no, name, conduct, subject_kinds, "
                       "disclosure, sharing_scope, source_department, channel, update_frequency, disclosure_period, "
                       "scope, effective_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {item.itemKey, item.versionNo, item.classNo, item.name.trimmed(), item.conduct.trimmed(),
         ReferenceTerms::csv(item.subjectKinds), ReferenceTerms::disclosureId(item.disclosure),
         item.sharingScope.trimmed(), item.sourceDepartment.trimmed(), item.channel.trimmed(),
         item.updateFrequency.trimmed(), item.disclosurePeriod.trimmed(), ReferenceTerms::scopeId(item.scope),
         day(item.effectiveFrom)});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto bases = VersionedRows(m_db, table()).writeBases(id, item.basisIds); !bases)
        return bases.error();
    return id;
}

Result<CatalogItem> CatalogStore::add(const Actor& actor, const CatalogItem& input)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    if (auto valid = validate(input); !valid)
        return valid.error();
    VersionedRows versions(m_db, table());
    CatalogItem item = input;
    item.itemKey = item.itemKey.trimmed();
    item.versionNo = 1;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    if (item.itemKey.isEmpty()) {
        const QString prefix = QStringLiteral("%1%2.")
                                   .arg(item.scope == Scope::Local ? QStringLiteral("L") : QStringLiteral("N"))
                                   .arg(QString::number(item.classNo).rightJustified(2, u'0'));
        auto key = versions.freeKey(prefix);
        if (!key)
            return key.error();
        item.itemKey = *key;
    } else if (auto exists = versions.keyExists(item.itemKey); !exists || *exists) {
        return exists ? Error::conflict(tr("The catalog key %1 is taken already.").arg(item.itemKey)) : exists.error();
    }
    auto id = insertVersion(item);
    if (!id)
        return id.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.catalog_item_added"),
                                        QStringLiteral("catalog_item"), item.itemKey, true,
                                        QStringLiteral("v1 from %1: %2").arg(day(item.effectiveFrom), item.name));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(*id);
}

Result<CatalogItem> CatalogStore::revise(const Actor& actor, qint64 id, int expectedVersion, const CatalogItem& changes,
                                         QDate from)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(id);
    if (!current)
        return current.error();
    if (current->status == ItemStatus::Abolished)
        return Error::invalid(tr("The catalog item %1 is abolished; it cannot change any more.").arg(label(*current)));
    CatalogItem next = changes;
    next.itemKey = current->itemKey;
    next.versionNo = current->versionNo + 1;
    next.scope = current->scope; // a national item does not turn local: that is a new item
    next.effectiveFrom = from;
    if (auto valid = validate(next); !valid)
        return valid.error();
    if (from <= current->effectiveFrom)
        return Error::invalid(tr("The new version of %1 must take effect after the current one (in force from %2).")
                                  .arg(label(*current), day(current->effectiveFrom)));
    VersionedRows versions(m_db, table());
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    if (auto closed = versions.close(id, expectedVersion, from.addDays(-1), false, label(*current)); !closed)
        return closed.error();
    auto newId = insertVersion(next);
    if (!newId)
        return newId.error();
    if (auto audited = AuditLog::append(
            m_db, actor, QStringLiteral("reference.catalog_item_revised"), QStringLiteral("catalog_item"), next.itemKey,
            true, QStringLiteral("v%1 from %2: %3").arg(next.versionNo).arg(day(from), next.name.trimmed()));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(*newId);
}

Result<CatalogItem> CatalogStore::abolish(const Actor& actor, qint64 id, int expectedVersion, QDate from)
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
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.catalog_item_abolished"),
                                        QStringLiteral("catalog_item"), current->itemKey, true,
                                        QStringLiteral("v%1 abolished from %2").arg(current->versionNo).arg(day(from)));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}
