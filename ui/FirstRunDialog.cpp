#include "FirstRunDialog.h"

#include "setup/Setup.h"
#include "storage/Database.h"
#include "widgets/FormHelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_officeEdit(new QLineEdit(Setup::defaultOfficeName(), this))
    , m_loginEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_demoCheckBox(new QCheckBox(tr("Add demo data: sample departments and one account per role"), this))
    , m_errorLabel(makeErrorLabel(this))
{
    setWindowTitle(tr("Set up CreditDesk"));
    setObjectName(QStringLiteral("FirstRunDialog"));
    m_officeEdit->setObjectName(QStringLiteral("officeEdit"));
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_demoCheckBox->setObjectName(QStringLiteral("demoCheckBox"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_loginEdit->setPlaceholderText(tr("e.g. sysadmin"));
    m_demoCheckBox->setToolTip(tr("Demo accounts officer1, reviewer1, approver1, secadmin, auditor and scjg1 get the "
                                  "password entered here."));

    auto* intro = new QLabel(tr("This database has no accounts yet. Create the system administrator of the credit "
                                "office. The system administrator manages accounts and system data; security and "
                                "audit administrators are separate accounts."),
                             this);
    intro->setWordWrap(true);
    auto* policy = new QLabel(tr("Password: at least 8 characters mixing three of lower-case, upper-case, digits and "
                                 "other characters."),
                              this);
    policy->setWordWrap(true);
    policy->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* form = new QFormLayout;
    form->addRow(tr("Credit office:"), m_officeEdit);
    form->addRow(tr("User name:"), m_loginEdit);
    form->addRow(tr("Full name:"), m_nameEdit);
    form->addRow(tr("Password:"), m_passwordEdit);
    form->addRow(tr("Repeat password:"), m_confirmEdit);
    form->addRow(QString(), policy);
    form->addRow(QString(), m_demoCheckBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("Create administrator"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_loginEdit->setFocus();
}

QString FirstRunDialog::login() const
{
    return m_loginEdit->text().trimmed().toLower();
}

void FirstRunDialog::accept()
{
    showFormError(m_errorLabel, {});
    if (m_nameEdit->text().trimmed().isEmpty()) {
        showFormError(m_errorLabel, tr("Enter the administrator's full name."));
        m_nameEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        showFormError(m_errorLabel, tr("The two passwords differ."));
        m_confirmEdit->setFocus();
        return;
    }
    FirstAdministrator admin;
    admin.login = m_loginEdit->text();
    admin.name = m_nameEdit->text();
    admin.password = m_passwordEdit->text();
    admin.officeName = m_officeEdit->text();
    if (auto created = Setup::createFirstAdministrator(m_db, admin); !created) {
        showFormError(m_errorLabel, created.error().message);
        return;
    }
    if (m_demoCheckBox->isChecked()) {
        // A second or two of hashing, importing and issuing documents: say so instead of looking frozen.
        showFormError(m_errorLabel, {});
        setEnabled(false);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([this] {
            QGuiApplication::restoreOverrideCursor();
            setEnabled(true);
        });
        auto demo = Setup::installDemo(m_db, admin.password);
        if (demo)
            demo = Setup::installDemoRegistry(m_db);
        if (demo)
            demo = Setup::installDemoCases(m_db);
        if (!demo) {
            // The administrator exists; only the demo data is missing, and it can be added again later.
            showFormError(m_errorLabel,
                          tr("The administrator was created, but the demo data was not: %1").arg(demo.error().message));
        }
    }
    QDialog::accept();
}
