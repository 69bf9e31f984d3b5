#pragma once

#include "Session.h"
#include "security/Accounts.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Creates an account, or changes the roles of an existing one. The core checks the permission, the
// combination of roles and the password; its message appears under the form.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // A new account.
    explicit UserDialog(Session& session, QWidget* parent = nullptr);
    // The roles of an account as it was read: its version guards against a concurrent change.
    UserDialog(Session& session, const User& user, QWidget* parent = nullptr);

    bool isEditing() const { return m_user.id > 0; }

public slots:
    void accept() override;

private:
    void buildForm();
    void loadDepartments();
    QSet<Role> checkedRoles() const;
    void addUser();
    void saveRoles();

    Session& m_session;
    User m_user; // the account being edited; id 0 for a new one
    QLineEdit* m_loginEdit;
    QLineEdit* m_nameEdit;
    QComboBox* m_departmentComboBox;
    QHash<Role, QCheckBox*> m_roleCheckBoxes;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_repeatEdit;
    QLabel* m_errorLabel;
    QPushButton* m_okButton = nullptr;
};
