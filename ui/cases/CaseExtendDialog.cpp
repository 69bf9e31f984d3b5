#include "CaseExtendDialog.h"

#include "cases/CaseType.h"

#include <QDateEdit>
#include <QLabel>

CaseExtendDialog::CaseExtendDialog(const CaseDeadline& deadline, QWidget* parent)
    : CaseReasonDialog(tr("Extend the deadline"), tr("Extend"),
                       tr("Why the deadline moves, for the timeline and the audit trail."), parent)
    , m_due(deadline.due)
    , m_dueEdit(new QDateEdit(deadline.due.addDays(1), this))
{
    setObjectName(QStringLiteral("CaseExtendDialog"));
    m_dueEdit->setObjectName(QStringLiteral("dueEdit"));
    m_dueEdit->setCalendarPopup(true);
    m_dueEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueEdit->setMinimumDate(deadline.due.addDays(1));
    addField(tr("Deadline:"), new QLabel(CaseTypes::deadlineName(deadline.kind), this));
    addField(tr("Due now:"), new QLabel(deadline.due.toString(Qt::ISODate), this));
    addField(tr("New due date:"), m_dueEdit);
    connect(m_dueEdit, &QDateEdit::dateChanged, this, &CaseExtendDialog::updateOk);
}

QDate CaseExtendDialog::newDue() const
{
    return m_dueEdit->date();
}

bool CaseExtendDialog::fieldsComplete() const
{
    return m_dueEdit->date() > m_due;
}
