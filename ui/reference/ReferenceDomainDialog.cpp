#include "ReferenceDomainDialog.h"

#include "ReferenceBasisChecklist.h"
#include "ReferenceChecklist.h"
#include "reference/ListDomainStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {
QString settingName(const QString& id)
{
    if (id == QLatin1String("listing_period_months"))
        return ReferenceDomainDialog::tr("Listing period");
    if (id == QLatin1String("early_removal_rule"))
        return ReferenceDomainDialog::tr("Early removal");
    if (id == QLatin1String("statement_workdays"))
        return ReferenceDomainDialog::tr("Statement after prior notice");
    if (id == QLatin1String("objection_decision_workdays"))
        return ReferenceDomainDialog::tr("Objection decision");
    return id;
}

QString noteFor(const ListDomain& domain)
{
    if (domain.id == 0)
        return ReferenceDomainDialog::tr("The list domain is added as a draft. Put it in force once its bases "
                                         "allow it: the basis guard checks them on that day.");
    if (domain.status == DomainStatus::InForce)
        return ReferenceDomainDialog::tr("%1 is in force: changed bases must found it from today on, or the "
                                         "change is refused.")
            .arg(domain.name);
    return ReferenceDomainDialog::tr("%1 is a draft; nothing is checked against its bases until it is put in "
                                     "force.")
        .arg(domain.name);
}
} // namespace

ReferenceDomainDialog::ReferenceDomainDialog(Session& session, const ListDomain& domain, QWidget* parent)
    : ReferenceFormDialog(session, QStringLiteral("ReferenceDomainDialog"),
                          domain.id > 0 ? tr("Edit list domain %1").arg(domain.code) : tr("Add list domain"), parent)
    , m_domain(domain)
    , m_codeEdit(addLineEdit(tr("Key:"), QStringLiteral("codeEdit"), domain.code))
    , m_nameEdit(addLineEdit(tr("Name:"), QStringLiteral("nameEdit"), domain.name))
    , m_authorityEdit(addLineEdit(tr("Deciding authority:"), QStringLiteral("authorityEdit"), domain.decidingAuthority))
    , m_conductComboBox(addComboBox(tr("Serious conduct (49号):"), QStringLiteral("conductComboBox")))
    , m_periodSpinBox(
          addSpinBox(tr("Listing period:"), QStringLiteral("periodSpinBox"), 1, 120, domain.listingPeriodMonths))
    , m_earlyRemovalEdit(addTextEdit(tr("Early removal:"), QStringLiteral("earlyRemovalEdit"), domain.earlyRemovalRule))
    , m_statementSpinBox(addSpinBox(tr("Statement after prior notice:"), QStringLiteral("statementSpinBox"), 0, 60,
                                    domain.statementWorkdays))
    , m_objectionSpinBox(addSpinBox(tr("Objection decision:"), QStringLiteral("objectionSpinBox"), 1, 60,
                                    domain.objectionDecisionWorkdays))
    , m_scopeComboBox(addScopeComboBox(domain.scope))
    , m_basisList(addBasisChecklist(domain.basisIds))
    , m_unconfirmedList(addUnconfirmedChecklist(domain.unconfirmed, &settingName))
{
    for (int category = 1; !ListDomains::conductCategoryName(category).isEmpty(); ++category)
        m_conductComboBox->addItem(
            QStringLiteral("(%1) %2").arg(category).arg(ListDomains::conductCategoryName(category)), category);
    m_conductComboBox->setCurrentIndex(m_conductComboBox->findData(domain.conductCategory));
    m_periodSpinBox->setSuffix(tr(" months"));
    m_statementSpinBox->setSuffix(tr(" working days"));
    m_objectionSpinBox->setSuffix(tr(" working days"));
    m_codeEdit->setPlaceholderText(tr("small Latin letters, digits and _, e.g. food_safety_serious"));
    // Listings refer to the key, so it stays as first given.
    m_codeEdit->setReadOnly(isEditing());
    okButton()->setText(isEditing() ? tr("Save") : tr("Add draft"));
    setNote(noteFor(domain));
}

ListDomain ReferenceDomainDialog::collect() const
{
    ListDomain domain = m_domain;
    domain.code = m_codeEdit->text().trimmed();
    domain.name = m_nameEdit->text().trimmed();
    domain.decidingAuthority = m_authorityEdit->text().trimmed();
    domain.conductCategory = m_conductComboBox->currentData().toInt();
    domain.listingPeriodMonths = m_periodSpinBox->value();
    domain.earlyRemovalRule = m_earlyRemovalEdit->toPlainText().trimmed();
    domain.statementWorkdays = m_statementSpinBox->value();
    domain.objectionDecisionWorkdays = m_objectionSpinBox->value();
    domain.scope = Scope(m_scopeComboBox->currentData().toInt());
    domain.basisIds = m_basisList->checkedIds();
    domain.unconfirmed = m_unconfirmedList->checkedStrings();
    if (!isEditing()) {
        domain.status = DomainStatus::Draft;
        domain.effectiveFrom = {};
    }
    return domain;
}

Status ReferenceDomainDialog::save()
{
    ListDomainStore store(*m_session.db);
    auto result = isEditing() ? store.update(m_session.actor, collect()) : store.add(m_session.actor, collect());
    if (!result)
        return result.error();
    m_saved = *result;
    return {};
}
