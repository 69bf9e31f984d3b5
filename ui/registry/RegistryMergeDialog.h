#pragma once

#include "Session.h"
#include "registry/Subject.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// Chooses the subject another one is merged into, by its code: the officer types the code of the
// registration that stays and sees which subject it is before confirming.
class RegistryMergeDialog : public QDialog
{
    Q_OBJECT

public:
    RegistryMergeDialog(Session& session, const Subject& merged, QWidget* parent);

    void setCode(const QString& code);
    // The subject that stays, once a code names one.
    const std::optional<Subject>& kept() const { return m_kept; }

private:
    void lookUp();

    Session& m_session;
    Subject m_merged;
    QLineEdit* m_codeLineEdit;
    QLabel* m_foundLabel;
    QPushButton* m_okButton;
    std::optional<Subject> m_kept;
};
