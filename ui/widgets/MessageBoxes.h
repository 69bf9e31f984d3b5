#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// The one seam every modal message passes through. Tests set the next answer and read what was
// shown instead of a box blocking the run.
class MessageBoxes
{
public:
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    // Yes/No question; returns true for Yes.
    static bool question(QWidget* parent, const QString& title, const QString& text);

    // Test seam: while set, no box is shown; the given answer is returned and the text remembered.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setAutoAnswer(bool enabled, QMessageBox::StandardButton answer = QMessageBox::Ok);
    static QString lastText();
    static int shownCount();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
