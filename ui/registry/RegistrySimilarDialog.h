#pragma once

#include "registry/Subject.h"

#include <QDialog>

// "Same subject?": the subject being registered beside a registered one whose name is close, so the
// officer can tell a second registration from a namesake. The answer is audited by the caller.
class RegistrySimilarDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Answer
    {
        Same,
        Different,
        Cancelled
    };

    // index and count say which of several close subjects this is ("1 of 3").
    RegistrySimilarDialog(const Subject& fresh, const Subject& registered, int index, int count, QWidget* parent);

    Answer answer() const { return m_answer; }
    // The comparison as shown, one line per field, for tests and the log.
    QStringList comparedLines() const { return m_lines; }

private:
    Answer m_answer = Answer::Cancelled;
    QStringList m_lines;
};
