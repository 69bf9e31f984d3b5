#pragma once

#include "Page.h"
#include "cases/CaseList.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class WindowedTableModel;
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
    static QVariant display(const QVariantList& row, int column, int role);
    CaseFilter filter() const;
    void showCases();
    void showDeadlines();
    QString assigneeFilter() const;

    QComboBox* m_viewCombo;
    QComboBox* m_stateCombo;
    QLineEdit* m_filterEdit;
    QCheckBox* m_mineCheck;
    QStackedWidget* m_stack;
    QTableView* m_table; // every case, paged
    WindowedTableModel* m_model;
    QTableWidget* m_deadlinesTable; // the deadline views
    int m_sortColumn = -1; // the newest cases first
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QLabel* m_countLabel;
    QPushButton* m_newButton;
    QTimer* m_filterTimer;
};
