#pragma once

#include "Page.h"
#include "calendar/WorkCalendar.h"

class QCalendarWidget;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The working-day calendar: everyone sees it and can count working days; the system administrator
// marks holidays and make-up days and adds the next year's arrangement.
class CalendarPage : public Page
{
    Q_OBJECT

public:
    CalendarPage(Session& session, QWidget* parent);
    void refresh() override;

private:
    void showYear(int year);
    void paintCalendar();
    void markSelected(DayKind kind);
    void resetSelected();
    void addYear();
    void updateCounter();
    void updateButtons();

    WorkCalendar m_calendar;
    QCalendarWidget* m_calendarWidget;
    QLabel* m_yearLabel;
    QTableWidget* m_daysTable;
    QPushButton* m_offButton;
    QPushButton* m_workButton;
    QPushButton* m_resetButton;
    QPushButton* m_addYearButton;
    QDateEdit* m_fromEdit;
    QSpinBox* m_daysSpinBox;
    QLabel* m_counterLabel;
    int m_paintedYear = 0;
};
