#pragma once

#include "Page.h"
#include "query/PagedQuery.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class WindowedTableModel;
class QTimer;

// The issued documents, newest first (all of them, read a window at a time), for everyone who reads cases: find one by
// number or subject, show and print it, save its PDF, print a selection at once, check whether a PDF file someone
// brings is an issued document, and (approvers) void one.
class DocumentsPage : public Page
{
    Q_OBJECT

public:
    DocumentsPage(Session& session, QWidget* parent);
    void refresh() override;

    // The ids of the selected rows, in the order of the table.
    QList<qint64> selectedIds() const;
    // Checks the PDF at path and says what it is (the Verify button asks for the path first).
    void verifyFile(const QString& path);

private:
    static QVariant display(const QVariantList& row, int column, int role);
    PagedQuery query() const;
    void updateButtons();
    void previewSelected();
    void saveSelected();
    void batchPrint();
    void askAndVerify();
    void voidSelected();

    QLineEdit* m_filterLineEdit;
    QComboBox* m_kindComboBox;
    QTableView* m_table;
    WindowedTableModel* m_model;
    int m_sortColumn = -1; // newest first
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QLabel* m_countLabel;
    QPushButton* m_previewButton;
    QPushButton* m_savePdfButton;
    QPushButton* m_batchPrintButton;
    QPushButton* m_verifyButton;
    QPushButton* m_voidButton;
    QTimer* m_filterTimer;
};
