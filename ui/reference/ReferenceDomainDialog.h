#pragma once

#include "ReferenceFormDialog.h"
#include "reference/ListDomain.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class ReferenceBasisChecklist;
class ReferenceChecklist;

// Drafts a serious-dishonesty list domain, or edits one that is not repealed. A new domain is always a
// draft: it takes effect through Put in force…, where the basis guard checks its bases on that day. A
// domain in force may still have its periods corrected; changed bases must then found it from today.
class ReferenceDomainDialog : public ReferenceFormDialog
{
    Q_OBJECT

public:
    // A new draft when domain.id is 0, else an edit of it (domain.version as read).
    ReferenceDomainDialog(Session& session, const ListDomain& domain, QWidget* parent = nullptr);

    bool isEditing() const { return m_domain.id > 0; }
    const ListDomain& saved() const { return m_saved; }

protected:
    Status save() override;

private:
    ListDomain collect() const;

    ListDomain m_domain;
    ListDomain m_saved;
    QLineEdit* m_codeEdit;
    QLineEdit* m_nameEdit;
    QLineEdit* m_authorityEdit;
    QComboBox* m_conductComboBox;
    QSpinBox* m_periodSpinBox;
    QPlainTextEdit* m_earlyRemovalEdit;
    QSpinBox* m_statementSpinBox;
    QSpinBox* m_objectionSpinBox;
    QComboBox* m_scopeComboBox;
    ReferenceBasisChecklist* m_basisList;
    ReferenceChecklist* m_unconfirmedList;
};
