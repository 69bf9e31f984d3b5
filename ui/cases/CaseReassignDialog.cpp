#include "CaseReassignDialog.h"

#include <QComboBox>

CaseReassignDialog::CaseReassignDialog(const QList<User>& officers, const QString& current, QWidget* parent)
    : CaseReasonDialog(tr("Hand the case to another officer"), tr("Hand over"),
                       tr("Why the case changes hands, for the timeline and the audit trail."), parent)
    , m_officerCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("CaseReassignDialog"));
    m_officerCombo->setObjectName(QStringLiteral("officerCombo"));
    for (const User& officer : officers) {
        if (officer.login != current && officer.active && officer.roles.contains(Role::Officer))
            m_officerCombo->addItem(QStringLiteral("%1 (%2)").arg(officer.name, officer.login), officer.login);
    }
    addField(tr("New officer in charge:"), m_officerCombo);
}

QString CaseReassignDialog::assignee() const
{
    return m_officerCombo->currentData().toString();
}
