#include "ReferenceCatalogItemDialog.h"

#include "Clock.h"
#include "FormHelpers.h"
#include "MessageBoxes.h"
#include "ReferenceBasisChecklist.h"
#include "reference/CatalogStore.h"
#include "reference/LegalBasisStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferenceCatalogItemDialog::ReferenceCatalogItemDialog(Session& session, const CatalogItem& item, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_item(item)
    , m_classComboBox(new QComboBox(this))
    , m_nameEdit(new QLineEdit(this))
    , m_conductEdit(new QPlainTextEdit(this))
    , m_disclosureComboBox(new QComboBox(this))
    , m_scopeComboBox(new QComboBox(this))
    , m_sharingScopeEdit(new QLineEdit(this))
    , m_sourceEdit(new QLineEdit(this))
    , m_channelEdit(new QLineEdit(this))
    , m_frequencyEdit(new QLineEdit(this))
    , m_periodEdit(new QLineEdit(this))
    , m_basisList(new ReferenceBasisChecklist(this))
    , m_fromEdit(new QDateEdit(this))
    , m_errorLabel(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("ReferenceCatalogItemDialog"));
    setWindowTitle(isEditing() ? tr("Edit catalog item %1").arg(m_item.itemKey) : tr("Add catalog item"));
    buildForm();
    load();
}

void ReferenceCatalogItemDialog::buildForm()
{
    m_classComboBox->setObjectName(QStringLiteral("classComboBox"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_conductEdit->setObjectName(QStringLiteral("conductEdit"));
    m_disclosureComboBox->setObjectName(QStringLiteral("disclosureComboBox"));
    m_scopeComboBox->setObjectName(QStringLiteral("scopeComboBox"));
    m_sharingScopeEdit->setObjectName(QStringLiteral("sharingScopeEdit"));
    m_sourceEdit->setObjectName(QStringLiteral("sourceEdit"));
    m_channelEdit->setObjectName(QStringLiteral("channelEdit"));
    m_frequencyEdit->setObjectName(QStringLiteral("frequencyEdit"));
    m_periodEdit->setObjectName(QStringLiteral("periodEdit"));
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fromEdit->setCalendarPopup(true);
    m_conductEdit->setMaximumHeight(70);

    for (Disclosure disclosure : {Disclosure::Public, Disclosure::Shared, Disclosure::AuthorisedQuery})
        m_disclosureComboBox->addItem(ReferenceTerms::disclosureName(disclosure), int(disclosure));
    for (Scope scope : {Scope::National, Scope::Local})
        m_scopeComboBox->addItem(ReferenceTerms::scopeName(scope), int(scope));
    auto* subjects = new QHBoxLayout;
    for (const QString& kind : ReferenceTerms::subjectKinds()) {
        auto* box = new QCheckBox(ReferenceTerms::subjectKindName(kind), this);
        box->setObjectName(QStringLiteral("subjectCheckBox_") + kind);
        m_subjectCheckBoxes.insert(kind, box);
        subjects->addWidget(box);
    }
    subjects->addStretch();

    auto* note
        = new QLabel(isEditing() ? tr("Saving does not overwrite this item: it creates version %1, in force from the "
                                      "date below. Version %2 stays in force until the day before, and records "
                                      "collected under it keep pointing to it.")
                                       .arg(m_item.versionNo + 1)
                                       .arg(m_item.versionNo)
                                 : tr("The item is added as version 1, in force from the date below."),
                     this);
    note->setObjectName(QStringLiteral("versionNoteLabel"));
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Class:"), m_classComboBox);
    form->addRow(tr("Name:"), m_nameEdit);
    form->addRow(tr("Conduct or fact recorded:"), m_conductEdit);
    form->addRow(tr("Subjects concerned:"), subjects);
    form->addRow(tr("Disclosure:"), m_disclosureComboBox);
    form->addRow(tr("Scope:"), m_scopeComboBox);
    form->addRow(tr("Sharing scope:"), m_sharingScopeEdit);
    form->addRow(tr("Source department:"), m_sourceEdit);
    form->addRow(tr("Collection channel:"), m_channelEdit);
    form->addRow(tr("Update frequency:"), m_frequencyEdit);
    form->addRow(tr("Disclosure period:"), m_periodEdit);
    form->addRow(tr("Legal bases:"), m_basisList);
    form->addRow(isEditing() ? tr("New version in force from:") : tr("In force from:"), m_fromEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(isEditing() ? tr("Save as new version") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferenceCatalogItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferenceCatalogItemDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

void ReferenceCatalogItemDialog::load()
{
    auto classes = CatalogStore(*m_session.db).classes();
    if (classes) {
        for (const auto& c : std::as_const(*classes))
            m_classComboBox->addItem(QStringLiteral("%1 %2").arg(c.classNo).arg(c.name), c.classNo);
    }
    auto bases = LegalBasisStore(*m_session.db).list();
    if (!classes || !bases)
        showFormError(m_errorLabel, !classes ? classes.error().message : bases.error().message);
    if (bases)
        m_basisList->setBases(*bases, m_item.basisIds);

    m_classComboBox->setCurrentIndex(m_classComboBox->findData(m_item.classNo));
    m_nameEdit->setText(m_item.name);
    m_conductEdit->setPlainText(m_item.conduct);
    for (auto it = m_subjectCheckBoxes.cbegin(); it != m_subjectCheckBoxes.cend(); ++it)
        it.value()->setChecked(m_item.subjectKinds.contains(it.key()));
    m_disclosureComboBox->setCurrentIndex(m_disclosureComboBox->findData(int(m_item.disclosure)));
    m_scopeComboBox->setCurrentIndex(m_scopeComboBox->findData(int(m_item.scope)));
    m_sharingScopeEdit->setText(m_item.sharingScope);
    m_sourceEdit->setText(m_item.sourceDepartment);
    m_channelEdit->setText(m_item.channel);
    m_frequencyEdit->setText(m_item.updateFrequency);
    m_periodEdit->setText(m_item.disclosurePeriod);
    // A revision starts after the current version did; by default tomorrow, never in the past of it.
    const QDate tomorrow = Clock::currentDate().addDays(1);
    m_fromEdit->setDate(isEditing() ? std::max(tomorrow, m_item.effectiveFrom.addDays(1)) : Clock::currentDate());
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
    item.subjectKinds.clear();
    for (const QString& kind : ReferenceTerms::subjectKinds()) {
        if (m_subjectCheckBoxes.value(kind)->isChecked())
            item.subjectKinds << kind;
    }
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

void ReferenceCatalogItemDialog::accept()
{
    showFormError(m_errorLabel, {});
    const CatalogItem item = collect();
    CatalogStore store(*m_session.db);
    auto result = isEditing() ? store.revise(m_session.actor, m_item.id, m_item.version, item, m_fromEdit->date())
                              : store.add(m_session.actor, item);
    if (result) {
        m_saved = *result;
        QDialog::accept();
        return;
    }
    if (result.error().kind != Error::Kind::Conflict) {
        showFormError(m_errorLabel, result.error().message);
        return;
    }
    // The item changed since the list was read: say so and close, so the page reloads it.
    MessageBoxes::warning(this, windowTitle(), result.error().message);
    reject();
}
