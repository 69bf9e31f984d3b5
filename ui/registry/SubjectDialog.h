#pragma once

#include "registry/Subject.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// The form that registers a credit subject: kind, certificate, code, name, legal representative and
// address. OK only closes it once the subject could be stored (names and code checked as the store
// checks them); whether the code or a close name is registered already is the caller's question.
class SubjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SubjectDialog(QWidget* parent);

    // What was typed, as the store will normalise it.
    Subject subject() const;
    void setSubject(const Subject& subject);

    void accept() override;

private:
    void fillIdTypes();

    QComboBox* m_kindComboBox;
    QComboBox* m_idTypeComboBox;
    QLineEdit* m_codeLineEdit;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_representativeLineEdit;
    QLineEdit* m_addressLineEdit;
    QLabel* m_errorLabel;
};
