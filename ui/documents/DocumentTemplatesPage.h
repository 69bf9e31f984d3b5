#pragma once

#include "Page.h"
#include "documents/DocumentTemplate.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

// The templates of the official documents. The system administrator adjusts a kind's title, addressee and
// body with fields from the whitelist, previews it filled with sample values exactly as it will print, and
// saves it as a new version with a note; everyone who reads cases may look, and read the history.
class DocumentTemplatesPage : public Page
{
    Q_OBJECT

public:
    DocumentTemplatesPage(Session& session, QWidget* parent);
    ~DocumentTemplatesPage() override;
    void refresh() override;

    // What the editors hold, as a template based on the current version.
    DocumentTemplate edited() const;
    const DocumentTemplate& current() const { return m_current; }
    // Pages of the last successful preview; 0 when the last preview was refused.
    int previewPageCount() const { return m_previewPages; }

    void preview();
    void save();

private:
    DocumentKind kind() const;
    void loadKind();
    void showVersion(QListWidgetItem* item);
    void insertField(QListWidgetItem* item);
    bool isModified() const;
    void setModified(bool modified);
    void showPreview(const DocumentContent& content);
    void showError(const QString& text);

    bool m_canEdit;
    DocumentTemplate m_current;
    QList<DocumentTemplate> m_history;
    DocumentContent m_previewContent;
    int m_previewPages = 0;
    int m_shownKind = -1;
    std::unique_ptr<QPrinter> m_printer;

    QComboBox* m_kindComboBox;
    QListWidget* m_historyList;
    QListWidget* m_fieldsList;
    QLabel* m_versionLabel;
    QLineEdit* m_titleLineEdit;
    QLineEdit* m_addresseeLineEdit;
    QPlainTextEdit* m_bodyEdit;
    QLineEdit* m_noteLineEdit;
    QLabel* m_errorLabel;
    QLabel* m_messageLabel;
    QPushButton* m_previewButton;
    QPushButton* m_saveButton;
    QPushButton* m_reloadButton;
    QPrintPreviewWidget* m_previewWidget = nullptr;
    QLabel* m_previewPlaceholderLabel;
};
