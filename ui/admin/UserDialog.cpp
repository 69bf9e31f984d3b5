#include "UserDialog.h"

#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserDialog::UserDialog(Session& session, QWidget* parent)
    : UserDialog(session, User{}, parent)
{ }

UserDialog::UserDialog(Session& session, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_loginEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_departmentComboBox(new QComboBox(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_errorLabel(makeErrorLabel(this))
{
    setObjectName(QStringLiteral("UserDialog"));
    buildForm();
    if (isEditing()) {
        setWindowTitle(tr("Roles of %1").arg(m_user.login));
        m_loginEdit->setText(m_user.login);
        m_nameEdit->setText(m_user.name);
        m_departmentComboBox->addItem(m_user.departmentName);
        // Only the roles can change here: the core has no operation to rename or move an account.
        m_loginEdit->setReadOnly(true);
        m_nameEdit->setReadOnly(true);
        m_departmentComboBox->setEnabled(false);
        for (auto it = m_roleCheckBoxes.cbegin(); it != m_roleCheckBoxes.cend(); ++it)
            it.value()->setChecked(m_user.roles.contains(it.key()));
    } else {
        setWindowTitle(tr("Add user"));
        loadDepartments();
    }
}

void UserDialog::buildForm()
{
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_departmentComboBox->setObjectName(QStringLiteral("departmentComboBox"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_repeatEdit->setObjectName(QStringLiteral("repeatEdit"));
    m_loginEdit->setPlaceholderText(tr("e.g. wangxm"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("empty: the security administrator sets it later"));

    auto* rolesLayout = new QVBoxLayout;
    for (Role role : Roles::all()) {
        auto* box = new QCheckBox(Roles::displayName(role), this);
        box->setObjectName(QStringLiteral("roleCheckBox_") + Roles::id(role));
        m_roleCheckBoxes.insert(role, box);
        rolesLayout->addWidget(box);
    }
    auto* note = new QLabel(tr("The three administrator roles cannot be combined with any other role."), this);
    note->setWordWrap(true);
    rolesLayout->addWidget(note);

    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_loginEdit);
    form->addRow(tr("Full name:"), m_nameEdit);
    form->addRow(tr("Department:"), m_departmentComboBox);
    form->addRow(tr("Roles:"), rolesLayout);
    if (!isEditing()) {
        form->addRow(tr("Initial password:"), m_passwordEdit);
        form->addRow(tr("Repeat password:"), m_repeatEdit);
    } else {
        m_passwordEdit->hide();
        m_repeatEdit->hide();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(isEditing() ? tr("Save") : tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void UserDialog::loadDepartments()
{
    auto departments = Accounts(*m_session.db).departments();
    if (!departments) {
        showFormError(m_errorLabel, departments.error().message);
        return;
    }
    for (const auto& department : std::as_const(*departments)) {
        if (department.active)
            m_departmentComboBox->addItem(department.name, department.code);
    }
}

QSet<Role> UserDialog::checkedRoles() const
{
    QSet<Role> roles;
    for (auto it = m_roleCheckBoxes.cbegin(); it != m_roleCheckBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            roles.insert(it.key());
    }
    return roles;
}

void UserDialog::accept()
{
    showFormError(m_errorLabel, {});
    if (isEditing())
        saveRoles();
    else
        addUser();
}

void UserDialog::addUser()
{
    if (m_passwordEdit->text() != m_repeatEdit->text()) {
        showFormError(m_errorLabel, tr("The two passwords differ."));
        return;
    }
    const NewUser input{m_loginEdit->text(), m_nameEdit->text(), m_departmentComboBox->currentData().toString(),
                        checkedRoles(), m_passwordEdit->text()};
    auto added = Accounts(*m_session.db).addUser(m_session.actor, input);
    if (!added) {
        showFormError(m_errorLabel, added.error().message);
        return;
    }
    QDialog::accept();
}

void UserDialog::saveRoles()
{
    auto saved = Accounts(*m_session.db).setRoles(m_session.actor, m_user.id, checkedRoles(), m_user.version);
    if (saved) {
        QDialog::accept();
        return;
    }
    if (saved.error().kind != Error::Kind::Conflict) {
        showFormError(m_errorLabel, saved.error().message);
        return;
    }
    // What the form shows is out of date: say so and close, so the page reloads the account.
    MessageBoxes::warning(this, windowTitle(), saved.error().message);
    reject();
}
