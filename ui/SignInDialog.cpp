#include "SignInDialog.h"

#include "security/Accounts.h"
#include "storage/Database.h"
#include "widgets/FormHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Database& db, Mode mode, const Actor& current, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
    , m_actor(current)
    , m_loginEdit(new QLineEdit(current.login, this))
    , m_passwordEdit(new QLineEdit(this))
    , m_errorLabel(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("SignInDialog"));
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    const bool unlock = mode == Mode::Unlock;
    setWindowTitle(unlock ? tr("CreditDesk is locked") : tr("Sign in to CreditDesk"));

    auto* title = new QLabel(tr("CreditDesk · 信用业务办理平台"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(unlock ? tr("The window was locked after a period without use. Enter the password of %1 "
                                         "to go on, or sign out.")
                                          .arg(current.name)
                                    : tr("Database: %1").arg(db.url().toString()),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_loginEdit);
    form->addRow(tr("Password:"), m_passwordEdit);
    m_loginEdit->setReadOnly(unlock);

    auto* buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(unlock ? tr("Unlock") : tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    auto* other = buttons->addButton(unlock ? tr("Sign out") : tr("Quit"), QDialogButtonBox::RejectRole);
    other->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    (unlock ? m_passwordEdit : m_loginEdit)->setFocus();
}

void SignInDialog::setLogin(const QString& login)
{
    m_loginEdit->setText(login);
    m_passwordEdit->setFocus();
}

void SignInDialog::accept()
{
    showFormError(m_errorLabel, {});
    if (m_loginEdit->text().trimmed().isEmpty()) {
        showFormError(m_errorLabel, tr("Enter your user name."));
        m_loginEdit->setFocus();
        return;
    }
    Accounts accounts(m_db);
    const QString password = m_passwordEdit->text();
    m_passwordEdit->clear();
    if (m_mode == Mode::Unlock) {
        if (auto confirmed = accounts.confirmPassword(m_actor, password); !confirmed) {
            showFormError(m_errorLabel, confirmed.error().message);
            m_passwordEdit->setFocus();
            return;
        }
    } else {
        auto actor = accounts.signIn(m_loginEdit->text(), password);
        if (!actor) {
            showFormError(m_errorLabel, actor.error().message);
            m_passwordEdit->setFocus();
            return;
        }
        m_actor = *actor;
    }
    QDialog::accept();
}

void SignInDialog::reject()
{
    // Escape on the lock screen must not reveal the window behind it: it means "sign out".
    done(m_mode == Mode::Unlock ? SignOut : QDialog::Rejected);
}
