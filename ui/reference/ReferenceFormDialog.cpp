#include "ReferenceFormDialog.h"

#include "Clock.h"
#include "ReferenceBasisChecklist.h"
#include "ReferenceChecklist.h"
#include "reference/CatalogItem.h"
#include "reference/LegalBasisStore.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ReferenceFormDialog::ReferenceFormDialog(Session& session, const QString& objectName, const QString& title,
                                         QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_noteLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_errorLabel(makeErrorLabel(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferenceFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferenceFormDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noteLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

void ReferenceFormDialog::accept()
{
    showFormError(m_errorLabel, {});
    const Status saved = save();
    if (saved) {
        QDialog::accept();
        return;
    }
    MessageBoxes::warning(this, windowTitle(), saved.error().message);
    if (saved.error().kind == Error::Kind::Conflict) {
        reject();
        return;
    }
    // Kept under the form once the box is gone, while the officer corrects what it names.
    showFormError(m_errorLabel, saved.error().message);
}

void ReferenceFormDialog::setNote(const QString& text)
{
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}

void ReferenceFormDialog::showLoadError(const Error& error)
{
    showFormError(m_errorLabel, error.message);
}

QLineEdit* ReferenceFormDialog::addLineEdit(const QString& label, const QString& name, const QString& text)
{
    auto* edit = new QLineEdit(text, this);
    edit->setObjectName(name);
    m_form->addRow(label, edit);
    return edit;
}

QPlainTextEdit* ReferenceFormDialog::addTextEdit(const QString& label, const QString& name, const QString& text)
{
    auto* edit = new QPlainTextEdit(text, this);
    edit->setObjectName(name);
    edit->setMaximumHeight(70);
    m_form->addRow(label, edit);
    return edit;
}

QDateEdit* ReferenceFormDialog::addDateEdit(const QString& label, const QString& name, QDate date)
{
    auto* edit = new QDateEdit(date, this);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    m_form->addRow(label, edit);
    return edit;
}

QSpinBox* ReferenceFormDialog::addSpinBox(const QString& label, const QString& name, int min, int max, int value)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setValue(value);
    m_form->addRow(label, spin);
    return spin;
}

QComboBox* ReferenceFormDialog::addComboBox(const QString& label, const QString& name)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    m_form->addRow(label, combo);
    return combo;
}

QComboBox* ReferenceFormDialog::addClassComboBox(const QList<ReferenceClass>& classes, int current)
{
    auto* combo = addComboBox(tr("Class:"), QStringLiteral("classComboBox"));
    for (const auto& c : classes)
        combo->addItem(QStringLiteral("%1 %2").arg(c.classNo).arg(c.name), c.classNo);
    combo->setCurrentIndex(combo->findData(current));
    return combo;
}

QComboBox* ReferenceFormDialog::addScopeComboBox(Scope current)
{
    auto* combo = addComboBox(tr("Scope:"), QStringLiteral("scopeComboBox"));
    for (Scope scope : {Scope::National, Scope::Local})
        combo->addItem(ReferenceTerms::scopeName(scope), int(scope));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

ReferenceCheckBoxRow* ReferenceFormDialog::addSubjectKinds(const QString& label, const QStringList& checked)
{
    auto* row = new ReferenceCheckBoxRow(ReferenceTerms::subjectKinds(), &ReferenceTerms::subjectKindName,
                                         QStringLiteral("subjectCheckBox_"), this);
    row->setChecked(checked);
    m_form->addRow(label, row);
    return row;
}

ReferenceBasisChecklist* ReferenceFormDialog::addBasisChecklist(const QList<qint64>& checked)
{
    auto* list = new ReferenceBasisChecklist(this);
    auto bases = LegalBasisStore(*m_session.db).list();
    if (bases)
        list->setBases(*bases, checked);
    else
        showLoadError(bases.error());
    m_form->addRow(tr("Legal bases:"), list);
    return list;
}

ReferenceChecklist* ReferenceFormDialog::addUnconfirmedChecklist(const QStringList& flagged,
                                                                 const std::function<QString(const QString&)>& nameOf)
{
    auto* list = new ReferenceChecklist(QStringLiteral("unconfirmedChecklist"), this);
    for (const QString& id : flagged)
        list->addEntry(id, nameOf(id), true);
    list->setMinimumHeight(60);
    list->setToolTip(tr("Untick a setting once it has been checked against the regulation."));
    if (!flagged.isEmpty())
        m_form->addRow(tr("Still unconfirmed:"), list);
    else
        list->hide();
    return list;
}

QDateEdit* ReferenceFormDialog::addVersionDate(bool revising, int versionNo, QDate currentFrom)
{
    m_noteLabel->setObjectName(QStringLiteral("versionNoteLabel"));
    setNote(revising ? tr("Saving does not overwrite this version: it creates version %1, in force from the date "
                          "below. Version %2 stays in force until the day before, and records made under it keep "
                          "pointing to it.")
                           .arg(versionNo + 1)
                           .arg(versionNo)
                     : tr("This is added as version 1, in force from the date below."));
    m_okButton->setText(revising ? tr("Save as new version") : tr("Add"));
    // A revision starts after the current version did; by default tomorrow, never in the past of it.
    const QDate tomorrow = Clock::currentDate().addDays(1);
    return addDateEdit(revising ? tr("New version in force from:") : tr("In force from:"), QStringLiteral("fromEdit"),
                       revising ? std::max(tomorrow, currentFrom.addDays(1)) : Clock::currentDate());
}
