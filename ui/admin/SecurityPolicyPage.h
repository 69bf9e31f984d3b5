#pragma once

#include "Page.h"

#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
struct SecurityPolicy;

// The numbers of the security policy (password strength, lock-out, idle lock) for the security
// administrator. The core refuses values weaker than 等保 level 3 practice and audits each change.
class SecurityPolicyPage : public Page
{
    Q_OBJECT

public:
    SecurityPolicyPage(Session& session, QWidget* parent);
    void refresh() override;

private:
    void showPolicy(const SecurityPolicy& policy);
    void save();

    QList<QSpinBox*> m_spinBoxes; // one per row of the field table, in its order
    QPushButton* m_saveButton;
    QLabel* m_errorLabel;
    QLabel* m_savedLabel;
};
