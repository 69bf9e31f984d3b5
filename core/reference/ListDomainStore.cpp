#include "ListDomainStore.h"

#include "BasisGuard.h"
#include "Clock.h"
#include "LegalBasisStore.h"
#include "ReferenceAccess.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSet>

namespace {
const QString kColumns = QStringLiteral(
    "id, code, name, deciding_authority, conduct_category, listing_period_months, early_removal_rule, "
    "statement_workdays, objection_decision_workdays, scope, status, effective_from, effective_until, unconfirmed, "
    "version FROM list_domains");

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

Result<QList<ListDomain>> ListDomainStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<ListDomain> domains;
    while (rows->next()) {
        ListDomain domain;
        domain.id = rows->value(0).toLongLong();
        domain.code = rows->value(1).toString();
        domain.name = rows->value(2).toString();
        domain.decidingAuthority = rows->value(3).toString();
        domain.conductCategory = rows->value(4).toInt();
        domain.listingPeriodMonths = rows->value(5).toInt();
        domain.earlyRemovalRule = rows->value(6).toString();
        domain.statementWorkdays = rows->value(7).toInt();
        domain.objectionDecisionWorkdays = rows->value(8).toInt();
        domain.scope = ReferenceTerms::parseScope(rows->value(9).toString()).value_or(Scope::National);
        domain.status = ListDomains::parseStatus(rows->value(10).toString()).value_or(DomainStatus::Draft);
        domain.effectiveFrom = ReferenceTerms::dateFrom(rows->value(11));
        domain.effectiveUntil = ReferenceTerms::dateFrom(rows->value(12));
        domain.unconfirmed = ReferenceTerms::fromCsv(rows->value(13).toString());
        domain.version = rows->value(14).toInt();
        domains << domain;
    }
    rows->finish();
    for (auto& domain : domains) {
        auto bases
            = m_db.exec(QStringLiteral("SELECT basis_id FROM list_domain_bases WHERE domain_id = ? ORDER BY basis_id"),
                        {domain.id});
        if (!bases)
            return bases.error();
        while (bases->next())
            domain.basisIds << bases->value(0).toLongLong();
    }
    return domains;
}

Result<QList<ListDomain>> ListDomainStore::list()
{
    return select(QStringLiteral(" ORDER BY id"), {});
}

Result<ListDomain> ListDomainStore::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no list domain with the number %1.").arg(id));
    return found->first();
}

Result<ListDomain> ListDomainStore::findByCode(const QString& code)
{
    auto found = select(QStringLiteral(" WHERE code = ?"), {code.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no list domain \"%1\".").arg(code.trimmed()));
    return found->first();
}

Status ListDomainStore::validate(const ListDomain& domain)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{2,48}$"));
    if (!codePattern.match(domain.code).hasMatch())
        return Error::invalid(
            tr("The key \"%1\" of a list domain is not valid: use 2 to 48 small Latin letters, digits or underscores.")
                .arg(domain.code));
    if (domain.name.trimmed().isEmpty() || domain.name.size() > 100)
        return Error::invalid(tr("The name of a list domain must have 1 to 100 characters."));
    if (domain.decidingAuthority.trimmed().isEmpty())
        return Error::invalid(tr("Name the authority that decides on listings in %1.").arg(domain.name));
    if (ListDomains::conductCategoryName(domain.conductCategory).isEmpty())
        return Error::invalid(tr("A serious-dishonesty list serves one of the four kinds of conduct of "
                                 "国办发〔2020〕49号 (1 to 4), not %1.")
                                  .arg(domain.conductCategory));
    if (domain.listingPeriodMonths < 1 || domain.listingPeriodMonths > 120)
        return Error::invalid(tr("The listing period of %1 must be 1 to 120 months.").arg(domain.name));
    if (domain.statementWorkdays < 0 || domain.statementWorkdays > 60)
        return Error::invalid(tr("The period to state one's case must be 0 to 60 working days."));
    if (domain.objectionDecisionWorkdays < 1 || domain.objectionDecisionWorkdays > 60)
        return Error::invalid(tr("The objection decision deadline must be 1 to 60 working days."));
    if (QSet<qint64>(domain.basisIds.cbegin(), domain.basisIds.cend()).size() != domain.basisIds.size())
        return Error::invalid(tr("A legal basis is cited twice."));
    if (auto bases = LegalBasisStore(m_db).byIds(domain.basisIds); !bases)
        return bases.error();
    return {};
}

Status ListDomainStore::guard(const ListDomain& domain, QDate effective)
{
    auto bases = LegalBasisStore(m_db).byIds(domain.basisIds);
    if (!bases)
        return bases.error();
    if (auto allowed = BasisGuard::check(GuardSubject::ListDomain, domain.scope, effective, *bases); !allowed)
        return Error::invalid(tr("%1: %2").arg(domain.name, allowed.error().message));
    return {};
}

Status ListDomainStore::writeBases(qint64 id, const QList<qint64>& basisIds)
{
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM list_domain_bases WHERE domain_id = ?"), {id}); !cleared)
        return cleared.error();
    for (qint64 basisId : basisIds) {
        if (auto added = m_db.exec(QStringLiteral("INSERT INTO list_domain_bases (domain_id, basis_id) VALUES (?, ?)"),
                                   {id, basisId});
            !added)
            return added.error();
    }
    return {};
}

Status ListDomainStore::audit(const Actor& actor, const QString& event, const ListDomain& domain, const QString& detail)
{
    return AuditLog::append(m_db, actor, event, QStringLiteral("list_domain"), domain.code, true, detail);
}

Result<ListDomain> ListDomainStore::add(const Actor& actor, const ListDomain& input)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    ListDomain domain = input;
    domain.code = domain.code.trimmed();
    domain.name = domain.name.trimmed();
    if (auto valid = validate(domain); !valid)
        return valid.error();
    if (domain.status == DomainStatus::Repealed)
        return Error::invalid(tr("A new list domain is a draft or in force, not repealed."));
    if (domain.status == DomainStatus::InForce) {
        if (auto guarded = guard(domain, domain.effectiveFrom); !guarded)
            return guarded.error();
    } else {
        domain.effectiveFrom = {};
    }
    if (findByCode(domain.code))
        return Error::conflict(tr("The key %1 is taken by another list domain.").arg(domain.code));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO list_domains (code, name, deciding_authority, conduct_category, "
                       "listing_period_months, early_removal_rule, statement_workdays, objection_decision_workdays, "
                       "scope, status, effective_from, unconfirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {domain.code, domain.name, domain.decidingAuthority.trimmed(), domain.conductCategory,
         domain.listingPeriodMonths, domain.earlyRemovalRule.trimmed(), domain.statementWorkdays,
         domain.objectionDecisionWorkdays, ReferenceTerms::scopeId(domain.scope), ListDomains::statusId(domain.status),
         ReferenceTerms::dateValue(domain.effectiveFrom), ReferenceTerms::csv(domain.unconfirmed)});
    if (!inserted)
        return inserted.error();
    inserted->next();
    domain.id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto bases = writeBases(domain.id, domain.basisIds); !bases)
        return bases.error();
    if (auto audited = audit(actor, QStringLiteral("reference.list_domain_added"), domain,
                             QStringLiteral("%1 %2 %3")
                                 .arg(ListDomains::statusId(domain.status), day(domain.effectiveFrom), domain.name));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(domain.id);
}

Result<ListDomain> ListDomainStore::update(const Actor& actor, const ListDomain& input)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(input.id);
    if (!current)
        return current.error();
    ListDomain domain = input;
    domain.code = current->code;
    domain.status = current->status;
    domain.effectiveFrom = current->effectiveFrom;
    domain.effectiveUntil = current->effectiveUntil;
    domain.name = domain.name.trimmed();
    if (auto valid = validate(domain); !valid)
        return valid.error();
    if (domain.status == DomainStatus::Repealed)
        return Error::invalid(tr("The list domain %1 is repealed; it cannot change any more.").arg(domain.name));
    if (domain.status == DomainStatus::InForce) {
        // The changed bases found the domain from today on (or from its start, if that is later).
        const QDate effective = std::max(domain.effectiveFrom, Clock::currentDate());
        if (auto guarded = guard(domain, effective); !guarded)
            return guarded.error();
    }
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto updated = m_db.exec(
        QStringLiteral("UPDATE list_domains SET name = ?, deciding_authority = ?, conduct_category = ?, "
                       "listing_period_months = ?, early_removal_rule = ?, statement_workdays = ?, "
                       "objection_decision_workdays = ?, scope = ?, unconfirmed = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {domain.name, domain.decidingAuthority.trimmed(), domain.conductCategory, domain.listingPeriodMonths,
         domain.earlyRemovalRule.trimmed(), domain.statementWorkdays, domain.objectionDecisionWorkdays,
         ReferenceTerms::scopeId(domain.scope), ReferenceTerms::csv(domain.unconfirmed), domain.id, domain.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the list domain %1 meanwhile. Reload it and try again.").arg(current->name));
    if (auto bases = writeBases(domain.id, domain.basisIds); !bases)
        return bases.error();
    if (auto audited = audit(actor, QStringLiteral("reference.list_domain_changed"), domain, domain.name); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(domain.id);
}

Result<ListDomain> ListDomainStore::putInForce(const Actor& actor, qint64 id, int expectedVersion, QDate from)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(id);
    if (!current)
        return current.error();
    if (current->status != DomainStatus::Draft)
        return Error::invalid(tr("Only a draft list domain can be put in force; %1 is %2.")
                                  .arg(current->name, ListDomains::statusName(current->status)));
    if (auto guarded = guard(*current, from); !guarded)
        return guarded.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto updated = m_db.exec(QStringLiteral("UPDATE list_domains SET status = 'in_force', effective_from = ?, "
                                            "version = version + 1 WHERE id = ? AND version = ? AND status = 'draft'"),
                             {day(from), id, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the list domain %1 meanwhile. Reload it and try again.").arg(current->name));
    if (auto audited = audit(actor, QStringLiteral("reference.list_domain_in_force"), *current, day(from)); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}

Result<ListDomain> ListDomainStore::repeal(const Actor& actor, qint64 id, int expectedVersion, QDate from)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(id);
    if (!current)
        return current.error();
    if (current->status != DomainStatus::InForce)
        return Error::invalid(tr("Only a list domain in force can be repealed; %1 is %2.")
                                  .arg(current->name, ListDomains::statusName(current->status)));
    if (!from.isValid() || from <= current->effectiveFrom)
        return Error::invalid(tr("%1 can be repealed from %2 at the earliest.")
                                  .arg(current->name, day(current->effectiveFrom.addDays(1))));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto updated
        = m_db.exec(QStringLiteral("UPDATE list_domains SET status = 'repealed', effective_until = ?, version = "
                                   "version + 1 WHERE id = ? AND version = ? AND status = 'in_force'"),
                    {day(from.addDays(-1)), id, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the list domain %1 meanwhile. Reload it and try again.").arg(current->name));
    if (auto audited = audit(actor, QStringLiteral("reference.list_domain_repealed"), *current, day(from)); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}
