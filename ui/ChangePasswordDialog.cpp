#include "ChangePasswordDialog.h"

#include "security/Accounts.h"
#include "widgets/FormHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_currentEdit(new QLineEdit(this))
    , m_newEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_errorLabel(makeErrorLabel(this))
{
    setWindowTitle(tr("Change password"));
    for (auto* edit : {m_currentEdit, m_newEdit, m_repeatEdit})
        edit->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Current password:"), m_currentEdit);
    form->addRow(tr("New password:"), m_newEdit);
    form->addRow(tr("Repeat new password:"), m_repeatEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::accept()
{
    if (m_newEdit->text() != m_repeatEdit->text()) {
        showFormError(m_errorLabel, tr("The two new passwords differ."));
        return;
    }
    auto changed = Accounts(*m_session.db).changeOwnPassword(m_session.actor, m_currentEdit->text(), m_newEdit->text());
    if (!changed) {
        showFormError(m_errorLabel, changed.error().message);
        return;
    }
    QDialog::accept();
}
