#pragma once

#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;
class QVBoxLayout;
class ReferenceTableModel;

// One tab of the catalog-and-lists area: a filter box, the table and a detail pane of the selected
// row, with the tab's buttons underneath. Rows are numbered as the page's data (source rows).
class ReferenceListTab : public QWidget
{
    Q_OBJECT

public:
    // `name` ends the object names: filterLineEdit_<name>, table_<name>, detailView_<name>.
    ReferenceListTab(const QString& name, const QStringList& headers, QWidget* parent);

    ReferenceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterLineEdit() const { return m_filterLineEdit; }
    // The selected row of the model, or -1.
    int selectedRow() const;
    void selectRow(int sourceRow);
    // Selects the first row whose first column reads `key`; false when there is none.
    bool selectKey(const QString& key);
    // Called with the selected source row; returns the detail pane's HTML.
    void setDetailProvider(std::function<QString(int)> provider) { m_detail = std::move(provider); }
    QPushButton* addButton(const QString& text, const QString& objectName);
    // A row of extra controls above the table (date pickers, check boxes).
    void addControl(QWidget* widget);
    void updateDetail();

signals:
    void selectionChanged();

private:
    ReferenceTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filterLineEdit;
    QTextBrowser* m_detailView;
    QTimer* m_filterTimer;
    QHBoxLayout* m_controls;
    QHBoxLayout* m_buttons;
    std::function<QString(int)> m_detail;
    QString m_keyBeforeReset;
};

// Helpers for the detail panes: a table of label/value rows, escaped.
namespace ReferenceHtml {
QString row(const QString& label, const QString& value, bool unconfirmed = false);
QString table(const QString& title, const QStringList& rows);
QString unconfirmedMark();
} // namespace ReferenceHtml
