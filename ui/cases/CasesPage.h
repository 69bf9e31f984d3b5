#pragma once

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
struct CaseScreens;
class QTimer;

// The cases area: every case with its state and next due date, or the deadlines due soon or overdue —
// an officer's own by default, the office's on request. Opens a case's detail and new listing drafts.
class CasesPage : public Page
{
    Q_OBJECT

public:
    enum View
    {
        AllCases,
        DueSoon,
        Overdue,
    };

    CasesPage(Session& session, QWidget* parent);
    void refresh() override;

    void setView(View view);
    // The case shown in a row, for tests and the detail view.
    qint64 caseIdAt(int row) const;
    void openCase(qint64 caseId);
    void newCase(const CaseScreens& screens);

private:
    void showCases();
    void showDeadlines();
    QString assigneeFilter() const;

    QComboBox* m_viewCombo;
    QComboBox* m_stateCombo;
    QLineEdit* m_filterEdit;
    QCheckBox* m_mineCheck;
    QTableWidget* m_table;
    QLabel* m_countLabel;
    QPushButton* m_newButton;
    QTimer* m_filterTimer;
};
