#pragma once

#include "ReferenceFormDialog.h"
#include "reference/CleanupDocument.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class ReferenceCheckBoxRow;
class ReferenceOptionalDateEdit;

// Registers a policy document for the clean-up (清理规范), or records the review's decision and
// progress on it. A decision needs its reason; a review is completed only once decided.
class ReferenceCleanupDialog : public ReferenceFormDialog
{
    Q_OBJECT

public:
    // A new entry when document.id is 0, else an edit of it (document.version as read).
    ReferenceCleanupDialog(Session& session, const CleanupDocument& document, QWidget* parent = nullptr);

    bool isEditing() const { return m_document.id > 0; }
    const CleanupDocument& saved() const { return m_saved; }

protected:
    Status save() override;

private:
    CleanupDocument collect() const;

    CleanupDocument m_document;
    CleanupDocument m_saved;
    QLineEdit* m_titleEdit;
    QLineEdit* m_docNumberEdit;
    QLineEdit* m_issuerEdit;
    ReferenceCheckBoxRow* m_provides;
    QComboBox* m_decisionComboBox;
    QPlainTextEdit* m_reasonEdit;
    QLineEdit* m_departmentEdit;
    ReferenceOptionalDateEdit* m_dueEdit;
    QPlainTextEdit* m_progressEdit;
    ReferenceOptionalDateEdit* m_completedEdit;
};
