#pragma once

#include "Session.h"
#include "cases/Case.h"

#include <QDialog>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

// One case as the officer works on it: who and what it concerns, the timeline, the deadlines with the
// days left, the documents issued and the evidence, and a button for every step the signed-in user's
// roles allow from the current state. A step the case's guards refuse stays disabled with the reason
// beside it. Every step asks first (CaseActionDialog) and fires with the version read, so a case someone
// else moved in the meantime is a conflict shown to the officer, then reloaded.
class CaseDetailDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDetailDialog(Session& session, qint64 caseId, QWidget* parent);

    const CaseFile& file() const { return m_file; }
    // The button of a step, nullptr when the user's roles have none such from the current state.
    QPushButton* actionButton(const QString& transitionId) const;
    void reload();

signals:
    void caseChanged();

private:
    void fire(const QString& transitionId);
    void fillHeader();
    void fillTimeline();
    void fillDeadlines();
    void fillDocuments();
    void fillEvidence();
    void fillParts();
    void fillActions();
    void editDraft();
    void attachEvidence();
    void saveEvidence();
    void extendDeadline();
    void reassign();
    void previewDocument();
    void saveDocument();

    Session& m_session;
    qint64 m_caseId;
    CaseFile m_file;
    QLabel* m_titleLabel;
    QFormLayout* m_headerForm;
    QTabWidget* m_tabs;
    QTableWidget* m_timelineTable;
    QTableWidget* m_deadlinesTable;
    QTableWidget* m_documentsTable;
    QTableWidget* m_evidenceTable;
    QTableWidget* m_partsTable;
    QHBoxLayout* m_actionsLayout;
    QLabel* m_blockedLabel;
    QList<QPushButton*> m_actionButtons;
    QPushButton* m_editDraftButton;
    QPushButton* m_attachButton;
    QPushButton* m_extendButton;
    QPushButton* m_reassignButton;
};
