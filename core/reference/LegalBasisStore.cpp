#include "LegalBasisStore.h"

#include "ReferenceAccess.h"
#include "ReferenceTerms.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace {
const QString kColumns = QStringLiteral("id, code, title, doc_number, articles, level, issuer, in_force_from, "
                                        "in_force_until, note, version FROM legal_bases");

QString describe(const LegalBasis& basis)
{
    return QStringLiteral("%1 level=%2 from=%3 until=%4")
        .arg(basis.citation(), BasisLevels::id(basis.level), basis.inForceFrom.toString(Qt::ISODate),
             basis.inForceUntil.toString(Qt::ISODate));
}
} // namespace

Result<QList<LegalBasis>> LegalBasisStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<LegalBasis> list;
    while (rows->next()) {
        LegalBasis basis;
        basis.id = rows->value(0).toLongLong();
        basis.code = rows->value(1).toString();
        basis.title = rows->value(2).toString();
        basis.docNumber = rows->value(3).toString();
        basis.articles = rows->value(4).toString();
        basis.level = BasisLevels::parse(rows->value(5).toString()).value_or(BasisLevel::NormativeDocument);
        basis.issuer = rows->value(6).toString();
        basis.inForceFrom = ReferenceTerms::dateFrom(rows->value(7));
        basis.inForceUntil = ReferenceTerms::dateFrom(rows->value(8));
        basis.note = rows->value(9).toString();
        basis.version = rows->value(10).toInt();
        list << basis;
    }
    return list;
}

Result<QList<LegalBasis>> LegalBasisStore::list()
{
    return select(QStringLiteral(" ORDER BY id"), {});
}

Result<LegalBasis> LegalBasisStore::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no legal basis with the number %1.").arg(id));
    return found->first();
}

Result<LegalBasis> LegalBasisStore::findByCode(const QString& code)
{
    auto found = select(QStringLiteral(" WHERE code = ?"), {code.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no legal basis \"%1\".").arg(code.trimmed()));
    return found->first();
}

Result<QList<LegalBasis>> LegalBasisStore::byIds(const QList<qint64>& ids)
{
    QList<LegalBasis> bases;
    for (qint64 id : ids) {
        auto basis = find(id);
        if (!basis)
            return basis.error();
        bases << *basis;
    }
    return bases;
}

Status LegalBasisStore::validate(const LegalBasis& basis)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{2,48}$"));
    if (!codePattern.match(basis.code).hasMatch())
        return Error::invalid(
            tr("The key \"%1\" of a legal basis is not valid: use 2 to 48 small Latin letters, digits or underscores.")
                .arg(basis.code));
    if (basis.title.trimmed().isEmpty() || basis.title.size() > 200)
        return Error::invalid(tr("The title of a legal basis must have 1 to 200 characters."));
    if (!basis.inForceFrom.isValid())
        return Error::invalid(tr("Give the date from which %1 is in force.").arg(basis.citation()));
    if (basis.inForceUntil.isValid() && basis.inForceUntil < basis.inForceFrom)
        return Error::invalid(tr("%1 cannot go out of force before it comes into force.").arg(basis.citation()));
    return {};
}

Result<LegalBasis> LegalBasisStore::add(const Actor& actor, const LegalBasis& input)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    LegalBasis basis = input;
    basis.code = basis.code.trimmed();
    basis.title = basis.title.trimmed();
    if (auto valid = validate(basis); !valid)
        return valid.error();
    if (findByCode(basis.code))
        return Error::conflict(tr("The key %1 is taken by another legal basis.").arg(basis.code));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO legal_bases (code, title, doc_number, articles, level, issuer, in_force_from, "
                       "in_force_until, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {basis.code, basis.title, basis.docNumber.trimmed(), basis.articles.trimmed(), BasisLevels::id(basis.level),
         basis.issuer.trimmed(), ReferenceTerms::dateValue(basis.inForceFrom),
         ReferenceTerms::dateValue(basis.inForceUntil), basis.note.trimmed()});
    if (!inserted)
        return inserted.error();
    inserted->next();
    basis.id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.basis_added"),
                                        QStringLiteral("legal_basis"), basis.code, true, describe(basis));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(basis.id);
}

Result<LegalBasis> LegalBasisStore::update(const Actor& actor, const LegalBasis& basis)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(basis.id);
    if (!current)
        return current.error();
    LegalBasis changed = basis;
    changed.code = current->code;
    changed.title = changed.title.trimmed();
    if (auto valid = validate(changed); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto updated = m_db.exec(
        QStringLiteral("UPDATE legal_bases SET title = ?, doc_number = ?, articles = ?, level = ?, issuer = ?, "
                       "in_force_from = ?, in_force_until = ?, note = ?, version = version + 1 WHERE id = ? AND "
                       "version = ?"),
        {changed.title, changed.docNumber.trimmed(), changed.articles.trimmed(), BasisLevels::id(changed.level),
         changed.issuer.trimmed(), ReferenceTerms::dateValue(changed.inForceFrom),
         ReferenceTerms::dateValue(changed.inForceUntil), changed.note.trimmed(), changed.id, changed.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the legal basis %1 meanwhile. Reload it and try again.").arg(current->citation()));
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.basis_changed"),
                                        QStringLiteral("legal_basis"), changed.code, true, describe(changed));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(changed.id);
}

Result<LegalBasis> LegalBasisStore::repeal(const Actor& actor, qint64 id, int expectedVersion, QDate lastDay)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (!lastDay.isValid())
        return Error::invalid(tr("Give the last day on which %1 is in force.").arg(current->citation()));
    LegalBasis changed = *current;
    changed.inForceUntil = lastDay;
    changed.version = expectedVersion;
    return update(actor, changed);
}
