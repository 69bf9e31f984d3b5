#include "SubjectDialog.h"

#include "Clock.h"
#include "reference/ReferenceTerms.h"
#include "registry/SubjectIdentity.h"
#include "registry/SubjectStore.h"
#include "widgets/FormHelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SubjectDialog::SubjectDialog(QWidget* parent)
    : QDialog(parent)
    , m_kindComboBox(new QComboBox(this))
    , m_idTypeComboBox(new QComboBox(this))
    , m_codeLineEdit(new QLineEdit(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_representativeLineEdit(new QLineEdit(this))
    , m_addressLineEdit(new QLineEdit(this))
    , m_errorLabel(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("SubjectDialog"));
    setWindowTitle(tr("Register a credit subject"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_idTypeComboBox->setObjectName(QStringLiteral("idTypeComboBox"));
    m_codeLineEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_representativeLineEdit->setObjectName(QStringLiteral("representativeLineEdit"));
    m_addressLineEdit->setObjectName(QStringLiteral("addressLineEdit"));
    for (const auto& kind : ReferenceTerms::subjectKinds())
        m_kindComboBox->addItem(ReferenceTerms::subjectKindName(kind), kind);
    m_nameLineEdit->setMinimumWidth(360);
    fillIdTypes();
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &SubjectDialog::fillIdTypes);

    auto* form = new QFormLayout;
    form->addRow(tr("Kind of subject:"), m_kindComboBox);
    form->addRow(tr("Certificate:"), m_idTypeComboBox);
    form->addRow(tr("Code:"), m_codeLineEdit);
    form->addRow(tr("Name:"), m_nameLineEdit);
    form->addRow(tr("Legal representative:"), m_representativeLineEdit);
    form->addRow(tr("Address:"), m_addressLineEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubjectDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

void SubjectDialog::fillIdTypes()
{
    const QString kind = m_kindComboBox->currentData().toString();
    const QString previous = m_idTypeComboBox->currentData().toString();
    m_idTypeComboBox->clear();
    for (const auto& idType : SubjectIdentity::idTypes()) {
        if (SubjectIdentity::idTypeFitsKind(idType, kind))
            m_idTypeComboBox->addItem(SubjectIdentity::idTypeName(idType), idType);
    }
    const int kept = m_idTypeComboBox->findData(previous);
    m_idTypeComboBox->setCurrentIndex(
        kept >= 0 ? kept : std::max(0, m_idTypeComboBox->findData(SubjectIdentity::defaultIdType(kind))));
    // An individual person's representative is the person.
    m_representativeLineEdit->setEnabled(kind != QLatin1String("natural_person"));
}

Subject SubjectDialog::subject() const
{
    Subject subject;
    subject.kind = m_kindComboBox->currentData().toString();
    subject.idType = m_idTypeComboBox->currentData().toString();
    subject.code = m_codeLineEdit->text();
    subject.name = m_nameLineEdit->text();
    if (m_representativeLineEdit->isEnabled())
        subject.legalRepresentative = m_representativeLineEdit->text();
    subject.address = m_addressLineEdit->text();
    return subject;
}

void SubjectDialog::setSubject(const Subject& subject)
{
    m_kindComboBox->setCurrentIndex(std::max(0, m_kindComboBox->findData(subject.kind)));
    m_idTypeComboBox->setCurrentIndex(std::max(0, m_idTypeComboBox->findData(subject.idType)));
    m_codeLineEdit->setText(subject.code);
    m_nameLineEdit->setText(subject.name);
    m_representativeLineEdit->setText(subject.legalRepresentative);
    m_addressLineEdit->setText(subject.address);
}

void SubjectDialog::accept()
{
    auto normalized = SubjectStore::normalized(subject(), Clock::currentDate());
    if (!normalized) {
        showFormError(m_errorLabel, normalized.error().message);
        return;
    }
    showFormError(m_errorLabel, {});
    QDialog::accept();
}
