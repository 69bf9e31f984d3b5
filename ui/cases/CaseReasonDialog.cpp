#include "CaseReasonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CaseReasonDialog::CaseReasonDialog(const QString& title, const QString& okText, const QString& reasonHint,
                                   QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_reasonEdit(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(reasonHint);
    m_form->addRow(tr("Reason (required):"), m_reasonEdit);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &CaseReasonDialog::updateOk);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(okText);
    m_okButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

QString CaseReasonDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void CaseReasonDialog::addField(const QString& label, QWidget* field)
{
    m_form->insertRow(m_form->rowCount() - 1, label, field);
}

void CaseReasonDialog::updateOk()
{
    m_okButton->setEnabled(!reason().isEmpty() && fieldsComplete());
}
