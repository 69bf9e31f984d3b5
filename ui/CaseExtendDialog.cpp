#include "CaseExtendDialog.h"

#include "workflow/CaseType.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CaseExtendDialog::CaseExtendDialog(const CaseDeadline& deadline, QWidget* parent)
    : QDialog(parent)
    , m_due(deadline.due)
    , m_dueEdit(new QDateEdit(deadline.due.addDays(1), this))
    , m_reasonEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("CaseExtendDialog"));
    setWindowTitle(tr("Extend the deadline"));
    m_dueEdit->setObjectName(QStringLiteral("dueEdit"));
    m_dueEdit->setCalendarPopup(true);
    m_dueEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueEdit->setMinimumDate(deadline.due.addDays(1));
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Why the deadline moves, for the timeline and the audit trail."));

    auto* form = new QFormLayout;
    form->addRow(tr("Deadline:"), new QLabel(CaseTypes::deadlineName(deadline.kind), this));
    form->addRow(tr("Due now:"), new QLabel(deadline.due.toString(Qt::ISODate), this));
    form->addRow(tr("New due date:"), m_dueEdit);
    form->addRow(tr("Reason (required):"), m_reasonEdit);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &CaseExtendDialog::updateOk);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Extend"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

QDate CaseExtendDialog::newDue() const
{
    return m_dueEdit->date();
}

QString CaseExtendDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void CaseExtendDialog::updateOk()
{
    m_okButton->setEnabled(!reason().isEmpty() && m_dueEdit->date() > m_due);
}
