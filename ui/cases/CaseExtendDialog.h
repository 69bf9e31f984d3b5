#pragma once

#include "CaseReasonDialog.h"
#include "cases/Case.h"

class QDateEdit;

// An approver moves a running deadline later, with the reason the audit trail and the timeline keep.
class CaseExtendDialog : public CaseReasonDialog
{
    Q_OBJECT

public:
    CaseExtendDialog(const CaseDeadline& deadline, QWidget* parent);

    QDate newDue() const;

protected:
    bool fieldsComplete() const override;

private:
    QDate m_due;
    QDateEdit* m_dueEdit;
};
