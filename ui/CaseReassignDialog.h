#pragma once

#include "security/Accounts.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

// An approver hands a case to another officer: which one, and why (kept on the timeline and audited).
class CaseReassignDialog : public QDialog
{
    Q_OBJECT

public:
    CaseReassignDialog(const QList<User>& officers, const QString& current, QWidget* parent);

    QString assignee() const;
    QString reason() const;

private:
    void updateOk();
    QComboBox* m_officerCombo;
    QPlainTextEdit* m_reasonEdit;
    QPushButton* m_okButton = nullptr;
};
