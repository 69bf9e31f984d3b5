#pragma once

#include "Session.h"
#include "registry/RecordFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QTableView;
class QTimer;
class WindowedTableModel;

// The credit records list: a lazy table over RecordList with a filter bar. Typing waits for a pause
// before the list is asked again; the count follows the first rows. A row opens its detail.
class RegistryRecordsTab : public QWidget
{
    Q_OBJECT

public:
    RegistryRecordsTab(Session& session, QWidget* parent);

    WindowedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_countLabel; }
    // The filter the bar gives now.
    RecordFilter filter() const;
    // Lists again with the current filter and order (after an import, on showing the page).
    void reload();
    // Departments and catalog items offered by the filter bar.
    void refreshChoices();
    void openRecord(int row);

private:
    QLayout* buildFilterBar();
    QVariant display(const QVariantList& row, int column, int role) const;
    PagedQuery sortedQuery(int column, Qt::SortOrder order);

    Session& m_session;
    WindowedTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_codeLineEdit;
    QComboBox* m_departmentComboBox;
    QComboBox* m_itemComboBox;
    QComboBox* m_tierComboBox;
    QComboBox* m_statusComboBox;
    QCheckBox* m_fromCheckBox;
    QDateEdit* m_fromDateEdit;
    QCheckBox* m_toCheckBox;
    QDateEdit* m_toDateEdit;
    QLabel* m_countLabel;
    QTimer* m_filterTimer;
    int m_sortColumn = RecordDecisionDate;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
