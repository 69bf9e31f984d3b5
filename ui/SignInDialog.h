#pragma once

#include "security/Actor.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;

// Sign-in at start, and the same dialog as the lock screen after the idle time: then the user name is
// fixed and the choice is to unlock or to sign out.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignIn,
        Unlock
    };
    // The result code when the user chose to sign out from the lock screen.
    static constexpr int SignOut = 2;

    SignInDialog(Database& db, Mode mode, const Actor& current = {}, QWidget* parent = nullptr);
    Actor actor() const { return m_actor; }
    void setLogin(const QString& login);

public slots:
    void accept() override;

protected:
    void reject() override;

private:
    Database& m_db;
    Mode m_mode;
    Actor m_actor;
    QLineEdit* m_loginEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_errorLabel;
    QPushButton* m_signInButton;
};
