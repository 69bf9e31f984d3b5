#pragma once

#include "CaseReasonDialog.h"
#include "security/Accounts.h"

class QComboBox;

// An approver hands a case to another officer: which one, and why (kept on the timeline and audited).
class CaseReassignDialog : public CaseReasonDialog
{
    Q_OBJECT

public:
    CaseReassignDialog(const QList<User>& officers, const QString& current, QWidget* parent);

    QString assignee() const;

protected:
    bool fieldsComplete() const override { return !assignee().isEmpty(); }

private:
    QComboBox* m_officerCombo;
};
