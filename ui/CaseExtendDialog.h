#pragma once

#include "workflow/Case.h"

#include <QDialog>

class QDateEdit;
class QPlainTextEdit;
class QPushButton;

// An approver moves a running deadline later, with the reason the audit trail and the timeline keep.
class CaseExtendDialog : public QDialog
{
    Q_OBJECT

public:
    CaseExtendDialog(const CaseDeadline& deadline, QWidget* parent);

    QDate newDue() const;
    QString reason() const;

private:
    void updateOk();
    QDate m_due;
    QDateEdit* m_dueEdit;
    QPlainTextEdit* m_reasonEdit;
    QPushButton* m_okButton = nullptr;
};
