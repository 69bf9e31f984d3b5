#include "UsersPage.h"

#include "Clock.h"
#include "UserDialog.h"
#include "UsersModel.h"
#include "security/Permissions.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_model(new UsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add user…"), this))
    , m_editRolesButton(new QPushButton(tr("Edit roles…"), this))
    , m_toggleActiveButton(new QPushButton(tr("Disable"), this))
    , m_resetPasswordButton(new QPushButton(tr("Reset password…"), this))
    , m_unlockButton(new QPushButton(tr("Unlock"), this))
{
    setObjectName(QStringLiteral("UsersPage"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_editRolesButton->setObjectName(QStringLiteral("editRolesButton"));
    m_toggleActiveButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_resetPasswordButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::LoginColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UsersModel::RolesColumn, QHeaderView::Stretch);
    m_filterLineEdit->setPlaceholderText(tr("Filter: user name, name, department, role…"));
    m_filterLineEdit->setClearButtonEnabled(true);

    const Actor& actor = m_session.actor;
    for (auto* button : {m_addButton, m_editRolesButton, m_toggleActiveButton})
        button->setVisible(Permissions::allowed(actor, Permission::ManageUsers));
    m_resetPasswordButton->setVisible(Permissions::allowed(actor, Permission::ResetPasswords));
    m_unlockButton->setVisible(Permissions::allowed(actor, Permission::UnlockAccounts));

    connect(m_filterLineEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editRolesButton->isVisible() && m_editRolesButton->isEnabled())
            editRoles();
    });
    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_editRolesButton, &QPushButton::clicked, this, &UsersPage::editRoles);
    connect(m_toggleActiveButton, &QPushButton::clicked, this, &UsersPage::toggleSelectedActive);
    connect(m_resetPasswordButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_unlockButton, &QPushButton::clicked, this, &UsersPage::unlock);

    auto* buttons = new QHBoxLayout;
    for (auto* button : {m_addButton, m_editRolesButton, m_toggleActiveButton, m_resetPasswordButton, m_unlockButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterLineEdit);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void UsersPage::refresh()
{
    const auto previous = selectedUser();
    // A few hundred accounts at most, read with the writer's connection: the version each row carries
    // must be the one the next change compares against.
    auto users = Accounts(*m_session.db).users();
    if (!users) {
        MessageBoxes::warning(this, tr("Users"), users.error().message);
        return;
    }
    m_model->setUsers(*users);
    if (previous)
        selectUser(previous->id);
    updateButtons();
}

std::optional<User> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->user(m_proxy->mapToSource(rows.first()).row());
}

void UsersPage::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectRow(index.row());
}

void UsersPage::updateButtons()
{
    const auto user = selectedUser();
    const Actor& actor = m_session.actor;
    const bool manage = Permissions::allowed(actor, Permission::ManageUsers);
    m_addButton->setEnabled(manage);
    m_editRolesButton->setEnabled(manage && user);
    m_toggleActiveButton->setText(user && !user->active ? tr("Enable") : tr("Disable"));
    m_toggleActiveButton->setEnabled(manage && user);
    m_resetPasswordButton->setEnabled(Permissions::allowed(actor, Permission::ResetPasswords) && user);
    const bool locked = user && (user->isLocked(Clock::currentDateTimeUtc()) || user->failedAttempts > 0);
    m_unlockButton->setEnabled(Permissions::allowed(actor, Permission::UnlockAccounts) && locked);
}

void UsersPage::finishChange(const Status& status)
{
    if (!status)
        MessageBoxes::warning(this, tr("Users"), status.error().message);
    refresh();
    if (status)
        emit dataChanged();
}

void UsersPage::addUser()
{
    UserDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit dataChanged();
}

void UsersPage::editRoles()
{
    const auto user = selectedUser();
    if (!user)
        return;
    UserDialog dialog(m_session, *user, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    // Reload even when cancelled: the dialog closes itself on a conflict after saying so.
    refresh();
    if (saved)
        emit dataChanged();
}

void UsersPage::toggleSelectedActive()
{
    const auto user = selectedUser();
    if (!user)
        return;
    const bool active = !user->active;
    const QString question = active ? tr("Enable the account %1 (%2)? It can sign in again.")
                                    : tr("Disable the account %1 (%2)? It can no longer sign in.");
    if (!MessageBoxes::question(this, tr("Users"), question.arg(user->login, user->name)))
        return;
    finishChange(Accounts(*m_session.db).setActive(m_session.actor, user->id, active, user->version));
}

void UsersPage::resetPassword()
{
    const auto user = selectedUser();
    if (!user)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("ResetPasswordDialog"));
    dialog.setWindowTitle(tr("Reset password of %1").arg(user->login));
    auto* passwordEdit = new QLineEdit(&dialog);
    auto* repeatEdit = new QLineEdit(&dialog);
    passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    repeatEdit->setObjectName(QStringLiteral("repeatEdit"));
    passwordEdit->setEchoMode(QLineEdit::Password);
    repeatEdit->setEchoMode(QLineEdit::Password);
    auto* error = makeErrorLabel(&dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("New password:"), passwordEdit);
    form->addRow(tr("Repeat password:"), repeatEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (passwordEdit->text() != repeatEdit->text()) {
            showFormError(error, tr("The two passwords differ."));
            return;
        }
        auto set = Accounts(*m_session.db).setPassword(m_session.actor, user->login, passwordEdit->text());
        if (!set) {
            showFormError(error, set.error().message);
            return;
        }
        dialog.accept();
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Give the new password to %1 in person.").arg(user->name), &dialog));
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(380);
    if (dialog.exec() == QDialog::Accepted)
        finishChange(Status());
}

void UsersPage::unlock()
{
    const auto user = selectedUser();
    if (!user)
        return;
    finishChange(Accounts(*m_session.db).unlock(m_session.actor, user->login));
}
