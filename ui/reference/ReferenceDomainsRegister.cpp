#include "ReferenceDomainsRegister.h"

#include "Clock.h"
#include "ReferenceBasesRegister.h"
#include "ReferenceDomainDialog.h"
#include "reference/ListDomainStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace ReferenceText;

QString ReferenceDomainsRegister::title()
{
    return tr("List domains");
}

ReferenceDomainsRegister::ReferenceDomainsRegister(Session& session, bool editor, const ReferenceBasesRegister& bases,
                                                   QWidget* parent)
    : ReferenceRegister(session, editor, QStringLiteral("domains"),
                        {tr("Code"), tr("Name"), tr("Deciding authority"), tr("Serious conduct"), tr("Listing period"),
                         tr("Statement period"), tr("Objection decision"), tr("Scope"), tr("Status"),
                         tr("In force from"), tr("In force until")},
                        parent)
    , m_bases(bases)
{
    setDetailProvider([this](int row) { return domainDetail(row); });
    const auto withStatus = [this](DomainStatus status) {
        return [this, status](int row) {
            return row >= 0 && m_domains.at(row).status == status;
        };
    };
    addButton(tr("Add draft…"), QStringLiteral("addDomainButton"), Access::Editors, always,
              [this](int) { editDomain(-1); });
    // A domain in force may still have its periods corrected (the guard re-checks its bases); a repealed
    // one is history.
    auto* edit = addButton(
        tr("Edit…"), QStringLiteral("editDomainButton"), Access::Editors,
        [this](int row) { return row >= 0 && m_domains.at(row).status != DomainStatus::Repealed; },
        [this](int row) { editDomain(row); });
    addButton(tr("Put in force…"), QStringLiteral("putInForceButton"), Access::Editors, withStatus(DomainStatus::Draft),
              [this](int row) { putDomainInForce(row); });
    addButton(tr("Repeal…"), QStringLiteral("repealDomainButton"), Access::Editors, withStatus(DomainStatus::InForce),
              [this](int row) { repealDomain(row); });
    openOnDoubleClick(edit);
}

void ReferenceDomainsRegister::load()
{
    auto domains = ListDomainStore(*m_session.db).list();
    if (!domains)
        return showError(domains.error());
    m_domains = *domains;
    fill(
        this, m_domains,
        [](const ListDomain& d) {
            return QStringList{d.code,
                               d.name,
                               d.decidingAuthority,
                               ListDomains::conductCategoryName(d.conductCategory),
                               tr("%n month(s)", nullptr, d.listingPeriodMonths),
                               tr("%n working day(s)", nullptr, d.statementWorkdays),
                               tr("%n working day(s)", nullptr, d.objectionDecisionWorkdays),
                               ReferenceTerms::scopeName(d.scope),
                               ListDomains::statusName(d.status),
                               day(d.effectiveFrom),
                               day(d.effectiveUntil)};
        },
        [](const ListDomain& d) { return d.status == DomainStatus::Repealed; });
}

QString ReferenceDomainsRegister::domainDetail(int index) const
{
    const ListDomain& d = m_domains.at(index);
    using ReferenceHtml::row;
    auto flagged = [&](const QString& id) {
        return d.unconfirmed.contains(id);
    };
    return ReferenceHtml::table(
        d.name,
        {row(tr("Code:"), d.code), row(tr("Deciding authority:"), d.decidingAuthority),
         row(tr("Serious conduct (49号):"), ListDomains::conductCategoryName(d.conductCategory)),
         row(tr("Listing period:"), tr("%n month(s)", nullptr, d.listingPeriodMonths),
             flagged(QStringLiteral("listing_period_months"))),
         row(tr("Early removal:"), d.earlyRemovalRule, flagged(QStringLiteral("early_removal_rule"))),
         row(tr("Statement after prior notice:"), tr("%n working day(s)", nullptr, d.statementWorkdays),
             flagged(QStringLiteral("statement_workdays"))),
         row(tr("Objection decision:"), tr("%n working day(s)", nullptr, d.objectionDecisionWorkdays),
             flagged(QStringLiteral("objection_decision_workdays"))),
         row(tr("Scope:"), ReferenceTerms::scopeName(d.scope)), row(tr("Status:"), ListDomains::statusName(d.status)),
         row(tr("In force:"),
             d.effectiveFrom.isValid() ? tr("%1 to %2").arg(day(d.effectiveFrom), openEnd(d.effectiveUntil))
                                       : QString()),
         row(tr("Legal bases:"), m_bases.basesText(d.basisIds))});
}

void ReferenceDomainsRegister::editDomain(int row)
{
    ListDomain domain;
    if (row < 0)
        domain.scope = Scope::Local;
    else
        domain = m_domains.at(row);
    ReferenceDomainDialog dialog(m_session, domain, this);
    const int result = dialog.exec();
    finishDialog(result, dialog.saved().code);
}

void ReferenceDomainsRegister::putDomainInForce(int row)
{
    const ListDomain domain = m_domains.at(row);
    runDateOperation(
        tr("Put list domain in force"),
        tr("%1 takes effect on the date below, provided its legal bases allow it on that day.").arg(domain.name),
        tr("In force from:"), Clock::currentDate(), [&](QDate from) {
            return statusOf(
                ListDomainStore(*m_session.db).putInForce(m_session.actor, domain.id, domain.version, from));
        });
}

void ReferenceDomainsRegister::repealDomain(int row)
{
    const ListDomain domain = m_domains.at(row);
    runDateOperation(
        tr("Repeal list domain"),
        tr("%1 is not deleted: existing listings keep it; its last day in force is the day before the date below.")
            .arg(domain.name),
        tr("No longer in force from:"), Clock::currentDate().addDays(1), [&](QDate from) {
            return statusOf(ListDomainStore(*m_session.db).repeal(m_session.actor, domain.id, domain.version, from));
        });
}
