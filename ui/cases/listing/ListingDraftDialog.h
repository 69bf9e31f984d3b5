#pragma once

#include "Session.h"
#include "cases/listing/ListingDraft.h"
#include "registry/Subject.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// The listing draft (拟认定) an officer writes: the subject, a list domain in force, the facts, the records
// they rest on, the measures the domain allows for that kind of subject (each with its basis) and any
// request for lenient handling with its written reason. Saving goes through ListingDrafts, whose refusal
// is shown in the dialog; nothing is stored until it is accepted. Opens a new draft, or an existing case
// in state draft (caseId, version as read).
class ListingDraftDialog : public QDialog
{
    Q_OBJECT

public:
    ListingDraftDialog(Session& session, QWidget* parent, qint64 caseId = 0, int version = 0, qint64 subjectId = 0);

    qint64 caseId() const { return m_caseId; }
    // Chooses the subject as a click in the search results would.
    void chooseSubject(qint64 subjectId);
    void save();

private:
    QWidget* subjectBox();
    QWidget* measuresBox();
    void searchSubjects();
    void fillDomains();
    void fillRecords();
    void fillMeasures();
    void load(const ListingDraft& draft);
    ListingDraft draft() const;
    void updateLenient();
    void showProblem(const QString& text);

    Session& m_session;
    qint64 m_caseId;
    int m_version;
    Subject m_subject;
    QLineEdit* m_searchEdit;
    QListWidget* m_resultsList;
    QLabel* m_subjectLabel;
    QComboBox* m_domainCombo;
    QPlainTextEdit* m_factsEdit;
    QListWidget* m_recordsList;
    QListWidget* m_measuresList;
    QCheckBox* m_minorCheck;
    QCheckBox* m_forceMajeureCheck;
    QCheckBox* m_minorConductCheck;
    QPlainTextEdit* m_lenientReasonEdit;
    QLabel* m_problemLabel;
    QPushButton* m_saveButton = nullptr;
    QTimer* m_searchTimer;
    QStringList m_checkedMeasures; // kept while the domain changes
};
