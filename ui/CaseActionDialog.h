#pragma once

#include "workflow/Case.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Asks before a case moves: says what the step does (the documents it issues, the deadline it starts or
// ends), takes the note — required where the procedure wants a reason, a reply or the party's objection
// in writing, otherwise optional — and, for a removal, the ground.
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
    void updateOk();
    bool m_noteRequired;
    QPlainTextEdit* m_noteEdit;
    QComboBox* m_groundCombo = nullptr;
    QPushButton* m_okButton = nullptr;
};
