#pragma once

#include "Page.h"

class QLabel;
class QGridLayout;

// The first page after sign-in: who you are, what the database holds, the next holidays.
class HomePage : public Page
{
    Q_OBJECT

public:
    HomePage(Session& session, QWidget* parent);
    void refresh() override;

private:
    void showDeadlines();

    QLabel* m_welcomeLabel;
    QGridLayout* m_countsLayout;
    QLabel* m_calendarLabel;
    QLabel* m_deadlinesLabel;
};
