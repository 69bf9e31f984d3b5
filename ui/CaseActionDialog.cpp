#include "CaseActionDialog.h"

#include "CaseTerms.h"
#include "documents/DocumentKind.h"
#include "workflow/CaseType.h"
#include "workflow/ListingDocuments.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The removal ground is the one named field a transition takes so far; its guard names the field.
bool asksForGround(const Transition& transition)
{
    return transition.guards.contains(QStringLiteral("removal_ground"));
}
} // namespace

CaseActionDialog::CaseActionDialog(const CaseFile& file, const Transition& transition, const QString& noteDemand,
                                   QWidget* parent)
    : QDialog(parent)
    , m_noteRequired(transition.noteRequired || !noteDemand.isEmpty())
    , m_noteEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("CaseActionDialog"));
    setWindowTitle(tr("%1 — %2").arg(CaseTypes::transitionName(transition), file.header.number));
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));

    QStringList effects;
    const CaseType* type = CaseTypes::find(file.header.type);
    if (type)
        effects << tr("The case becomes: %1.").arg(CaseTypes::stateName(*type, transition.to));
    for (const DocumentKind kind : transition.documents)
        effects << tr("Issues the %1, numbered and stored unchangeably.").arg(DocumentKinds::displayName(kind));
    if (transition.starts)
        effects << tr("Starts the deadline: %1.").arg(CaseTypes::deadlineName(transition.starts->kind));
    for (const QString& kind : transition.meets)
        effects << tr("Ends the deadline as met: %1.").arg(CaseTypes::deadlineName(kind));
    if (!noteDemand.isEmpty())
        effects << noteDemand;
    auto* effectsLabel = new QLabel(effects.join(u'\n'), this);
    effectsLabel->setObjectName(QStringLiteral("effectsLabel"));
    effectsLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(tr("%1, %2").arg(file.header.number, file.subjectName), this));
    if (asksForGround(transition)) {
        m_groundCombo = new QComboBox(this);
        m_groundCombo->setObjectName(QStringLiteral("groundCombo"));
        m_groundCombo->addItem(tr("Choose the ground…"), QString());
        for (const QString& ground : ListingDocuments::removalGrounds())
            m_groundCombo->addItem(CaseTerms::removalGroundName(ground), ground);
        form->addRow(tr("Ground:"), m_groundCombo);
        connect(m_groundCombo, &QComboBox::currentIndexChanged, this, &CaseActionDialog::updateOk);
    }
    m_noteEdit->setPlaceholderText(m_noteRequired
                                       ? tr("Required: the reason, the reply or what the party says, in writing.")
                                       : tr("Optional: a note for the case's timeline."));
    m_noteEdit->setTabChangesFocus(true);
    form->addRow(m_noteRequired ? tr("Note (required):") : tr("Note:"), m_noteEdit);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &CaseActionDialog::updateOk);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(CaseTypes::transitionName(transition));
    if (!transition.documents.isEmpty()) {
        auto* previewButton = buttons->addButton(tr("Preview the documents…"), QDialogButtonBox::ActionRole);
        previewButton->setObjectName(QStringLiteral("previewButton"));
        previewButton->setAutoDefault(false);
        connect(previewButton, &QPushButton::clicked, this, &CaseActionDialog::previewRequested);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(effectsLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 360);
    updateOk();
}

TransitionInput CaseActionDialog::input() const
{
    TransitionInput input;
    input.note = m_noteEdit->toPlainText().trimmed();
    if (m_groundCombo)
        input.fields.insert(QStringLiteral("ground"), m_groundCombo->currentData().toString());
    return input;
}

void CaseActionDialog::updateOk()
{
    bool ok = !m_noteRequired || !m_noteEdit->toPlainText().trimmed().isEmpty();
    if (m_groundCombo)
        ok = ok && !m_groundCombo->currentData().toString().isEmpty();
    m_okButton->setEnabled(ok);
}
