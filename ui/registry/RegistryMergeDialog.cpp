#include "RegistryMergeDialog.h"

#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/SubjectStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RegistryMergeDialog::RegistryMergeDialog(Session& session, const Subject& merged, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_merged(merged)
    , m_codeLineEdit(new QLineEdit(this))
    , m_foundLabel(new QLabel(this))
    , m_okButton(nullptr)
{
    setObjectName(QStringLiteral("RegistryMergeDialog"));
    setWindowTitle(tr("Merge subjects"));
    m_codeLineEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_foundLabel->setObjectName(QStringLiteral("foundLabel"));
    m_foundLabel->setWordWrap(true);
    m_codeLineEdit->setPlaceholderText(tr("The full code of the registration that stays"));
    auto* intro = new QLabel(tr("The records of %1 (%2) move to the subject below; %1 stays in the registry, marked "
                                "as merged. Nothing is deleted.")
                                 .arg(merged.name, Masking::code(merged.idType, merged.code)),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Merge into (code):"), m_codeLineEdit);
    form->addRow(QString(), m_foundLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Merge"));
    m_okButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_codeLineEdit, &QLineEdit::textChanged, this, &RegistryMergeDialog::lookUp);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void RegistryMergeDialog::setCode(const QString& code)
{
    m_codeLineEdit->setText(code);
}

void RegistryMergeDialog::lookUp()
{
    m_kept.reset();
    const QString code = m_codeLineEdit->text().trimmed().toUpper();
    QString text;
    if (!code.isEmpty()) {
        // One indexed range read; a code is typed whole, so only an exact match is offered.
        auto found = SubjectStore(*m_session.db).search(code, 5);
        if (!found) {
            text = found.error().message;
        } else {
            for (const auto& subject : std::as_const(*found)) {
                if (subject.code == code)
                    m_kept = subject;
            }
            if (!m_kept)
                text = tr("No subject has this code.");
            else if (m_kept->id == m_merged.id)
                text = tr("This is the subject being merged.");
            else if (m_kept->status != QLatin1String("active"))
                text = tr("%1 is itself merged into another subject.").arg(m_kept->name);
            else
                text = tr("%1 — %2").arg(m_kept->name, ReferenceTerms::subjectKindName(m_kept->kind));
            if (m_kept && (m_kept->id == m_merged.id || m_kept->status != QLatin1String("active")))
                m_kept.reset();
        }
    }
    m_foundLabel->setText(text);
    m_okButton->setEnabled(m_kept.has_value());
}
