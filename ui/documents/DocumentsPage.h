#pragma once

#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

// The issued documents, newest first, for everyone who reads cases: find one by number or subject, show and
// print it, save its PDF, print a selection at once, check whether a PDF file someone brings is an issued
// document, and (approvers) void one.
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

    static constexpr int kLimit = 500;

private:
    void updateButtons();
    void previewSelected();
    void saveSelected();
    void batchPrint();
    void askAndVerify();
    void voidSelected();

    QLineEdit* m_filterLineEdit;
    QComboBox* m_kindComboBox;
    QTableWidget* m_table;
    QLabel* m_countLabel;
    QPushButton* m_previewButton;
    QPushButton* m_savePdfButton;
    QPushButton* m_batchPrintButton;
    QPushButton* m_verifyButton;
    QPushButton* m_voidButton;
    QTimer* m_filterTimer;
};
