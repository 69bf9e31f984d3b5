#include "CaseReassignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CaseReassignDialog::CaseReassignDialog(const QList<User>& officers, const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_officerCombo(new QComboBox(this))
    , m_reasonEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("CaseReassignDialog"));
    setWindowTitle(tr("Hand the case to another officer"));
    m_officerCombo->setObjectName(QStringLiteral("officerCombo"));
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Why the case changes hands, for the timeline and the audit trail."));
    for (const User& officer : officers) {
        if (officer.login != current && officer.active && officer.roles.contains(Role::Officer))
            m_officerCombo->addItem(QStringLiteral("%1 (%2)").arg(officer.name, officer.login), officer.login);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("New officer in charge:"), m_officerCombo);
    form->addRow(tr("Reason (required):"), m_reasonEdit);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &CaseReassignDialog::updateOk);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Hand over"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

QString CaseReassignDialog::assignee() const
{
    return m_officerCombo->currentData().toString();
}

QString CaseReassignDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void CaseReassignDialog::updateOk()
{
    m_okButton->setEnabled(!assignee().isEmpty() && !reason().isEmpty());
}
