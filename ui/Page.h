#pragma once

#include "Session.h"

#include <QWidget>

// One area of the main window. Pages read and write only through core operations with the session's
// actor, so the permission checks are the same as in creditctl.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(Session& session, QWidget* parent)
        : QWidget(parent)
        , m_session(session)
    { }
    // Called when the page is shown: reload what may have changed.
    virtual void refresh() { }

signals:
    // Something the status bar or other pages show has changed.
    void dataChanged();

protected:
    Session& m_session;
};
