#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// First start on an empty database: creates the credit office and its system administrator (there is
// no default account) and, if asked, the demo departments and accounts.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Database& db, QWidget* parent = nullptr);
    QString login() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_officeEdit;
    QLineEdit* m_loginEdit;
    QLineEdit* m_nameEdit;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_confirmEdit;
    QCheckBox* m_demoCheckBox;
    QLabel* m_errorLabel;
    QPushButton* m_createButton;
};
