#pragma once

#include "cases/Case.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QWidget;

// Asks before a case moves: says what the step does (the documents it issues, the deadline it starts or
// ends) and takes what the step declares it needs (Transition::inputs: a reason, a reply, the party's
// objection, a ground, a date), each labelled and explained as the case type's table says. A step that
// declares no note still takes an optional one for the timeline.
class CaseActionDialog : public QDialog
{
    Q_OBJECT

public:
    // noteDemand: why a note is needed where the case's guards, not the step itself, ask for one (the
    // approver's decision on a request for lenient handling); empty otherwise.
    CaseActionDialog(const CaseFile& file, const Transition& transition, const QString& noteDemand, QWidget* parent);

    TransitionInput input() const;

signals:
    // The officer wants to see the documents this step would issue, with the note as written so far.
    void previewRequested();

private:
    QWidget* editorFor(const StepInput& declared);
    QString valueOf(const StepInput& declared) const;
    void updateOk();

    QList<StepInput> m_inputs; // the declared ones, and the implicit note
    QHash<QString, QWidget*> m_editors; // by input name
    QPushButton* m_okButton = nullptr;
};
