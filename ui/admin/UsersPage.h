#pragma once

#include "Page.h"
#include "security/Accounts.h"

#include <optional>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UsersModel;

// The accounts. The system administrator creates them, changes roles and disables them; the security
// administrator resets passwords and unlocks. Each button shows only to whom the core would allow it.
class UsersPage : public Page
{
    Q_OBJECT

public:
    UsersPage(Session& session, QWidget* parent);
    void refresh() override;

    UsersModel* model() const { return m_model; }

private:
    std::optional<User> selectedUser() const;
    void selectUser(qint64 userId);
    void updateButtons();
    void addUser();
    void editRoles();
    void toggleSelectedActive();
    void resetPassword();
    void unlock();
    // Shows a failed change, then reloads either way: a conflict means the list is out of date.
    void finishChange(const Status& status);

    UsersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filterLineEdit;
    QPushButton* m_addButton;
    QPushButton* m_editRolesButton;
    QPushButton* m_toggleActiveButton; // "Disable" or "Enable", after the selected account
    QPushButton* m_resetPasswordButton;
    QPushButton* m_unlockButton;
};
