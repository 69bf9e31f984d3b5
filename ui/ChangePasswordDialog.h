#pragma once

#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(Session& session, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_currentEdit;
    QLineEdit* m_newEdit;
    QLineEdit* m_repeatEdit;
    QLabel* m_errorLabel;
};
