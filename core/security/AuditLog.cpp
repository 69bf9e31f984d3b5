#include "AuditLog.h"

#include "Actor.h"
#include "storage/Database.h"
#include "storage/ReadSnapshot.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString kColumns = QStringLiteral(
    "seq, at, user_login, department, event, object_type, object_id, success, detail, prev_hash, hash");

AuditRow rowFrom(const QSqlQuery& query)
{
    AuditRow row;
    row.seq = query.value(0).toLongLong();
    row.at = query.value(1).toString();
    row.entry.userLogin = query.value(2).toString();
    row.entry.department = query.value(3).toString();
    row.entry.event = query.value(4).toString();
    row.entry.objectType = query.value(5).toString();
    row.entry.objectId = query.value(6).toString();
    row.entry.success = query.value(7).toInt() != 0;
    row.entry.detail = query.value(8).toString();
    row.prevHash = query.value(9).toString();
    row.hash = query.value(10).toString();
    return row;
}
// A null QString would be bound as SQL NULL; the columns hold text, possibly empty.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const QString& prevHash, qint64 seq, const QString& at, const AuditEntry& entry)
{
    // A JSON array is an unambiguous encoding of the fields: no separator inside a detail can make two
    // different rows hash alike.
    const QJsonArray fields = {QString::number(seq), at,
                               entry.userLogin,      entry.department,
                               entry.event,          entry.objectType,
                               entry.objectId,       entry.success ? 1 : 0,
                               entry.detail};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(Database& db, const AuditEntry& entry)
{
    if (db.transactionDepth() == 0)
        return Error::storage(tr("An audit row was written outside a transaction."), entry.event);
    auto head = db.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1") + db.forUpdateSql());
    if (!head)
        return head.error();
    if (!head->next())
        return Error::storage(tr("The audit trail has lost its head row."));
    const qint64 seq = head->value(0).toLongLong() + 1;
    const QString prevHash = head->value(1).toString();
    auto now = db.scalar(QStringLiteral("SELECT ") + db.nowSql());
    if (!now)
        return now.error();
    const QString at = now->toString();
    const QString hash = hashOf(prevHash, seq, at, entry);
    auto inserted
        = db.exec(QStringLiteral("INSERT INTO audit_log (") + kColumns
                      + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {seq, at, text(entry.userLogin), text(entry.department), text(entry.event), text(entry.objectType),
                   text(entry.objectId), entry.success ? 1 : 0, text(entry.detail), prevHash, hash});
    if (!inserted)
        return inserted.error();
    auto moved = db.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"), {seq, hash});
    if (!moved)
        return moved.error();
    return {};
}

Status AuditLog::append(Database& db, const Actor& actor, const QString& event, const QString& objectType,
                        const QString& objectId, bool success, const QString& detail)
{
    return append(db, AuditEntry{actor.login, actor.department, event, objectType, objectId, success, detail});
}

Result<AuditVerification> AuditLog::verify(Database& db)
{
    AuditVerification result;
    // The rows and the head row must come from one state, or a row written meanwhile looks like a cut.
    const ReadSnapshot snapshot(db);
    auto rows = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq"));
    if (!rows)
        return rows.error();
    auto fail = [&result](qint64 seq, const QString& problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    QString prevHash = genesisHash();
    qint64 expectedSeq = 1;
    while (rows->next()) {
        const AuditRow row = rowFrom(*rows);
        if (row.seq != expectedSeq)
            return fail(row.seq,
                        tr("Rows %1 to %2 are missing before row %3.").arg(expectedSeq).arg(row.seq - 1).arg(row.seq));
        if (row.prevHash != prevHash)
            return fail(row.seq,
                        tr("Row %1 does not follow the row before it: a row was changed or removed.").arg(row.seq));
        if (hashOf(row.prevHash, row.seq, row.at, row.entry) != row.hash)
            return fail(row.seq, tr("Row %1 was changed after it was written.").arg(row.seq));
        prevHash = row.hash;
        ++expectedSeq;
        ++result.rowsChecked;
    }
    auto head = db.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next())
        return fail(expectedSeq, tr("The audit trail has lost its head row."));
    const qint64 headSeq = head->value(0).toLongLong();
    if (headSeq != expectedSeq - 1 || head->value(1).toString() != prevHash)
        return fail(expectedSeq,
                    tr("The trail ends at row %1 but %2 rows were written: the last rows were removed.")
                        .arg(expectedSeq - 1)
                        .arg(headSeq));
    return result;
}

Result<QList<AuditRow>> AuditLog::forObject(Database& db, const QString& objectType, const QString& objectId)
{
    auto rows = db.exec(QStringLiteral("SELECT ") + kColumns
                            + QStringLiteral(" FROM audit_log WHERE object_type = ? AND object_id = ? ORDER BY seq"),
                        {objectType, objectId});
    if (!rows)
        return rows.error();
    QList<AuditRow> list;
    while (rows->next())
        list << rowFrom(*rows);
    return list;
}

Result<QList<AuditRow>> AuditLog::recent(Database& db, int limit, const QString& filter)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log");
    QVariantList params;
    if (!filter.trimmed().isEmpty()) {
        sql += QStringLiteral(" WHERE user_login LIKE ? OR event LIKE ? OR object_id LIKE ? OR detail LIKE ?");
        const QString pattern = u'%' + filter.trimmed() + u'%';
        params = {pattern, pattern, pattern, pattern};
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    params << limit;
    auto rows = db.exec(sql, params);
    if (!rows)
        return rows.error();
    QList<AuditRow> list;
    while (rows->next())
        list << rowFrom(*rows);
    return list;
}
