#include "ReferenceCatalogItemDialog.h"

#include "ReferenceBasisChecklist.h"
#include "ReferenceChecklist.h"
#include "reference/CatalogStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

ReferenceCatalogItemDialog::ReferenceCatalogItemDialog(Session& session, const CatalogItem& item, QWidget* parent)
    : ReferenceFormDialog(session, QStringLiteral("ReferenceCatalogItemDialog"),
                          item.id > 0 ? tr("Edit catalog item %1").arg(item.itemKey) : tr("Add catalog item"), parent)
    , m_item(item)
{
    buildForm();
}

void ReferenceCatalogItemDialog::buildForm()
{
    auto classes = CatalogStore(*m_session.db).classes();
    if (!classes)
        showLoadError(classes.error());
    m_classComboBox = addClassComboBox(classes ? *classes : QList<ReferenceClass>(), m_item.classNo);
    m_nameEdit = addLineEdit(tr("Name:"), QStringLiteral("nameEdit"), m_item.name);
    m_conductEdit = addTextEdit(tr("Conduct or fact recorded:"), QStringLiteral("conductEdit"), m_item.conduct);
    m_subjects = addSubjectKinds(tr("Subjects concerned:"), m_item.subjectKinds);
    m_disclosureComboBox = addComboBox(tr("Disclosure:"), QStringLiteral("disclosureComboBox"));
    for (Disclosure disclosure : {Disclosure::Public, Disclosure::Shared, Disclosure::AuthorisedQuery})
        m_disclosureComboBox->addItem(ReferenceTerms::disclosureName(disclosure), int(disclosure));
    m_disclosureComboBox->setCurrentIndex(m_disclosureComboBox->findData(int(m_item.disclosure)));
    m_scopeComboBox = addScopeComboBox(m_item.scope);
    m_sharingScopeEdit = addLineEdit(tr("Sharing scope:"), QStringLiteral("sharingScopeEdit"), m_item.sharingScope);
    m_sourceEdit = addLineEdit(tr("Source department:"), QStringLiteral("sourceEdit"), m_item.sourceDepartment);
    m_channelEdit = addLineEdit(tr("Collection channel:"), QStringLiteral("channelEdit"), m_item.channel);
    m_frequencyEdit = addLineEdit(tr("Update frequency:"), QStringLiteral("frequencyEdit"), m_item.updateFrequency);
    m_periodEdit = addLineEdit(tr("Disclosure period:"), QStringLiteral("periodEdit"), m_item.disclosurePeriod);
    m_basisList = addBasisChecklist(m_item.basisIds);
    m_fromEdit = addVersionDate(isEditing(), m_item.versionNo, m_item.effectiveFrom);
    // Scope and class identify the item's key; they stay as they are in a revision.
    m_scopeComboBox->setEnabled(!isEditing());
    m_classComboBox->setEnabled(!isEditing());
}

CatalogItem ReferenceCatalogItemDialog::collect() const
{
    CatalogItem item = m_item;
    item.classNo = m_classComboBox->currentData().toInt();
    item.name = m_nameEdit->text().trimmed();
    item.conduct = m_conductEdit->toPlainText().trimmed();
    item.subjectKinds = m_subjects->checked();
    item.disclosure = Disclosure(m_disclosureComboBox->currentData().toInt());
    item.scope = Scope(m_scopeComboBox->currentData().toInt());
    item.sharingScope = m_sharingScopeEdit->text().trimmed();
    item.sourceDepartment = m_sourceEdit->text().trimmed();
    item.channel = m_channelEdit->text().trimmed();
    item.updateFrequency = m_frequencyEdit->text().trimmed();
    item.disclosurePeriod = m_periodEdit->text().trimmed();
    item.basisIds = m_basisList->checkedIds();
    item.effectiveFrom = m_fromEdit->date();
    return item;
}

Status ReferenceCatalogItemDialog::save()
{
    const CatalogItem item = collect();
    CatalogStore store(*m_session.db);
    auto result = isEditing() ? store.revise(m_session.actor, m_item.id, m_item.version, item, item.effectiveFrom)
                              : store.add(m_session.actor, item);
    if (!result)
        return result.error();
    m_saved = *result;
    return {};
}
