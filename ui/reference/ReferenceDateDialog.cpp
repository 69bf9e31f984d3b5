#include "ReferenceDateDialog.h"

#include "widgets/FormHelpers.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ReferenceDateDialog::ReferenceDateDialog(const QString& title, const QString& explanation, const QString& dateLabel,
                                         QDate initial, std::function<Status(QDate)> operation, QWidget* parent)
    : QDialog(parent)
    , m_operation(std::move(operation))
    , m_dateEdit(new QDateEdit(initial, this))
    , m_errorLabel(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("ReferenceDateDialog"));
    setWindowTitle(title);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(dateLabel, m_dateEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferenceDateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferenceDateDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ReferenceDateDialog::accept()
{
    showFormError(m_errorLabel, {});
    const Status status = m_operation(m_dateEdit->date());
    if (!status) {
        showFormError(m_errorLabel, status.error().message);
        return;
    }
    QDialog::accept();
}
