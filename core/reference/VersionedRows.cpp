#include "VersionedRows.h"

#include "ReferenceTerms.h"
#include "storage/Database.h"

QString VersionedRows::latestCondition() const
{
    return QStringLiteral("t.version_no = (SELECT MAX(x.version_no) FROM %1 x WHERE x.%2 = t.%2)")
        .arg(m_t.table, m_t.keyColumn);
}

Result<bool> VersionedRows::keyExists(const QString& key)
{
    auto count
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(m_t.table, m_t.keyColumn), {key});
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

Result<QString> VersionedRows::freeKey(const QString& prefix)
{
    for (int n = 1; n < 1000; ++n) {
        const QString key = prefix + QString::number(n).rightJustified(2, u'0');
        auto exists = keyExists(key);
        if (!exists)
            return exists.error();
        if (!*exists)
            return key;
    }
    return Error::invalid(tr("No free key is left under %1.").arg(prefix));
}

Result<qint64> VersionedRows::latestId(const QString& key)
{
    auto id = m_db.scalar(QStringLiteral("SELECT t.id FROM %1 t WHERE t.%2 = ? AND ").arg(m_t.table, m_t.keyColumn)
                              + latestCondition(),
                          {key});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : 0;
}

Status VersionedRows::close(qint64 id, int expectedVersion, QDate until, bool abolish, const QString& label)
{
    const QString sql = QStringLiteral("UPDATE %1 SET effective_until = ?, status = ?, version = version + 1 WHERE "
                                       "id = ? AND version = ? AND effective_until IS NULL AND status = 'in_force'")
                            .arg(m_t.table);
    auto updated = m_db.exec(sql,
                             {ReferenceTerms::dateValue(until),
                              ReferenceTerms::statusId(abolish ? ItemStatus::Abolished : ItemStatus::InForce), id,
                              expectedVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(tr("Someone else changed %1 meanwhile. Reload it and try again.").arg(label));
    return {};
}

Status VersionedRows::writeBases(qint64 ownerId, const QList<qint64>& basisIds)
{
    const QString sql
        = QStringLiteral("INSERT INTO %1 (%2, basis_id) VALUES (?, ?)").arg(m_t.basesTable, m_t.basesOwner);
    for (qint64 basisId : basisIds) {
        if (auto inserted = m_db.exec(sql, {ownerId, basisId}); !inserted)
            return inserted.error();
    }
    return {};
}

Result<QList<qint64>> VersionedRows::bases(qint64 ownerId)
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT basis_id FROM %1 WHERE %2 = ? ORDER BY basis_id").arg(m_t.basesTable, m_t.basesOwner),
        {ownerId});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}
