#include "CaseActionDialog.h"

#include "Clock.h"
#include "cases/CaseType.h"
#include "documents/DocumentKind.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CaseActionDialog::CaseActionDialog(const CaseFile& file, const Transition& transition, const QString& noteDemand,
                                   QWidget* parent)
    : QDialog(parent)
    , m_inputs(transition.inputs)
{
    setObjectName(QStringLiteral("CaseActionDialog"));
    setWindowTitle(tr("%1 — %2").arg(CaseTypes::transitionName(transition), file.header.number));

    // Every step keeps a note on the timeline; a guard's demand makes an optional one required.
    auto note = std::find_if(m_inputs.begin(), m_inputs.end(),
                             [](const StepInput& input) { return input.name == StepInput::kNote; });
    if (note == m_inputs.end()) {
        m_inputs.append(StepInput{StepInput::kNote, StepInput::Kind::Text, nullptr, nullptr, false, {}});
        note = std::prev(m_inputs.end());
    }
    if (!noteDemand.isEmpty())
        note->required = true;

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
    for (const StepInput& declared : std::as_const(m_inputs)) {
        QWidget* editor = editorFor(declared);
        m_editors.insert(declared.name, editor);
        const QString label = declared.label ? CaseTypes::inputLabel(declared) : tr("Note");
        form->addRow(declared.required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label), editor);
    }

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

// One editor per declared input, named after it (noteEdit, groundCombo, <name>Edit) for tests and
// accessibility.
QWidget* CaseActionDialog::editorFor(const StepInput& declared)
{
    switch (declared.kind) {
    case StepInput::Kind::Choice: {
        auto* combo = new QComboBox(this);
        combo->setObjectName(declared.name + QStringLiteral("Combo"));
        combo->addItem(tr("Choose…"), QString());
        for (const StepChoice& choice : declared.choices)
            combo->addItem(CaseTypes::choiceLabel(choice), choice.id);
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseActionDialog::updateOk);
        return combo;
    }
    case StepInput::Kind::Date: {
        auto* date = new QDateEdit(Clock::currentDate(), this);
        date->setObjectName(declared.name + QStringLiteral("Edit"));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return date;
    }
    case StepInput::Kind::Text:
        break;
    }
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(declared.name + QStringLiteral("Edit"));
    edit->setTabChangesFocus(true);
    QString hint = CaseTypes::inputHint(declared);
    if (hint.isEmpty())
        hint = declared.required ? tr("Required: the reason, the reply or what the party says, in writing.")
                                 : tr("Optional: a note for the case's timeline.");
    edit->setPlaceholderText(hint);
    connect(edit, &QPlainTextEdit::textChanged, this, &CaseActionDialog::updateOk);
    return edit;
}

QString CaseActionDialog::valueOf(const StepInput& declared) const
{
    QWidget* editor = m_editors.value(declared.name);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData().toString();
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        return date->date().toString(Qt::ISODate);
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor))
        return edit->toPlainText().trimmed();
    return {};
}

TransitionInput CaseActionDialog::input() const
{
    TransitionInput input;
    for (const StepInput& declared : m_inputs) {
        if (declared.name == StepInput::kNote)
            input.note = valueOf(declared);
        else
            input.fields.insert(declared.name, valueOf(declared));
    }
    return input;
}

void CaseActionDialog::updateOk()
{
    bool ok = true;
    for (const StepInput& declared : std::as_const(m_inputs))
        ok = ok && (!declared.required || !valueOf(declared).isEmpty());
    m_okButton->setEnabled(ok);
}
