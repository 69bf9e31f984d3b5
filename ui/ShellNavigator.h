#pragma once

#include "Navigator.h"

struct Session;

// The shell's Navigator: the one place that knows every feature's dialogs.
class ShellNavigator : public Navigator
{
public:
    explicit ShellNavigator(Session& session)
        : m_session(session)
    { }

    void openCase(qint64 caseId, QWidget* parent) override;
    void openSubject(qint64 subjectId, QWidget* parent) override;
    void startCase(const QString& caseType, qint64 subjectId, QWidget* parent) override;

private:
    Session& m_session;
};
