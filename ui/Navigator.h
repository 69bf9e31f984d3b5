#pragma once

#include <QString>
#include <QtGlobal>

class QWidget;

// How a screen asks the shell to open a screen of another feature — a case from a subject's page, a
// subject from a case — so that no feature includes another feature's dialogs. The main window provides
// the one implementation (ShellNavigator); a screen without one (a test of that screen alone) simply
// offers no way to another feature.
class Navigator
{
public:
    virtual ~Navigator() = default;
    virtual void openCase(qint64 caseId, QWidget* parent) = 0;
    virtual void openSubject(qint64 subjectId, QWidget* parent) = 0;
    // Starts a case of the given type about a subject (its draft dialog, then the new case's view).
    virtual void startCase(const QString& caseType, qint64 subjectId, QWidget* parent) = 0;
};
