#pragma once

#include "Result.h"
#include "Session.h"
#include "reference/ReferenceTerms.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ReferenceBasisChecklist;
class ReferenceCheckBoxRow;
class ReferenceChecklist;
struct ReferenceClass;

// The frame every editing dialog of the catalog-and-lists area shares: a note, a form, an error line and
// OK/Cancel. OK calls save(), which goes through a store. What the store refuses (a guard naming the
// broken rule, a missing field) is shown in a message box and stays under the form; the dialog stays
// open and nothing is written. A conflict (someone saved first) is shown and closes the dialog, so the
// page reloads what is stored now.
class ReferenceFormDialog : public QDialog
{
    Q_OBJECT

public:
    QLabel* noteLabel() const { return m_noteLabel; }
    QLabel* errorLabel() const { return m_errorLabel; }
    QPushButton* okButton() const { return m_okButton; }

public slots:
    void accept() override;

protected:
    ReferenceFormDialog(Session& session, const QString& objectName, const QString& title, QWidget* parent);

    // Writes through the store; an error keeps the dialog open (or closes it on a conflict).
    virtual Status save() = 0;

    QFormLayout* form() const { return m_form; }
    void setNote(const QString& text);
    void showLoadError(const Error& error);

    // Form rows; each widget is named so tests and screenshots find it.
    QLineEdit* addLineEdit(const QString& label, const QString& name, const QString& text);
    QPlainTextEdit* addTextEdit(const QString& label, const QString& name, const QString& text);
    QDateEdit* addDateEdit(const QString& label, const QString& name, QDate date);
    QSpinBox* addSpinBox(const QString& label, const QString& name, int min, int max, int value);
    QComboBox* addComboBox(const QString& label, const QString& name);

    // Rows the catalog item and measure dialogs share.
    QComboBox* addClassComboBox(const QList<ReferenceClass>& classes, int current);
    QComboBox* addScopeComboBox(Scope current);
    ReferenceCheckBoxRow* addSubjectKinds(const QString& label, const QStringList& checked);
    // The register of legal bases to cite from, loaded here.
    ReferenceBasisChecklist* addBasisChecklist(const QList<qint64>& checked);
    // Settings still flagged as shipped defaults; unticking one records that an officer checked it.
    // No row when nothing is flagged.
    ReferenceChecklist* addUnconfirmedChecklist(const QStringList& flagged,
                                                const std::function<QString(const QString&)>& nameOf);
    // The date a version takes effect. Revising version n makes version n+1 from this date while version n
    // ends the day before; the note says so and OK reads "Save as new version".
    QDateEdit* addVersionDate(bool revising, int versionNo, QDate currentFrom);

    Session& m_session;

private:
    QLabel* m_noteLabel;
    QFormLayout* m_form;
    QLabel* m_errorLabel;
    QPushButton* m_okButton;
};
