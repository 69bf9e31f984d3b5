#include "CalendarPage.h"

#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "security/Permissions.h"
#include "setup/Setup.h"
#include "widgets/MessageBoxes.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

CalendarPage::CalendarPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_calendarWidget(new QCalendarWidget(this))
    , m_yearLabel(new QLabel(this))
    , m_daysTable(new QTableWidget(0, 3, this))
    , m_offButton(new QPushButton(tr("Mark as day off…"), this))
    , m_workButton(new QPushButton(tr("Mark as make-up working day…"), this))
    , m_resetButton(new QPushButton(tr("Back to the weekday rule"), this))
    , m_addYearButton(new QPushButton(tr("Add a year…"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_daysSpinBox(new QSpinBox(this))
    , m_counterLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("CalendarPage"));
    m_calendarWidget->setObjectName(QStringLiteral("calendarWidget"));
    m_daysTable->setObjectName(QStringLiteral("daysTable"));
    m_offButton->setObjectName(QStringLiteral("offButton"));
    m_workButton->setObjectName(QStringLiteral("workButton"));
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_addYearButton->setObjectName(QStringLiteral("addYearButton"));
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_daysSpinBox->setObjectName(QStringLiteral("daysSpinBox"));
    m_counterLabel->setObjectName(QStringLiteral("counterLabel"));
    m_yearLabel->setObjectName(QStringLiteral("yearLabel"));
    m_yearLabel->setWordWrap(true);

    m_calendarWidget->setGridVisible(true);
    m_calendarWidget->setFirstDayOfWeek(Qt::Monday);
    m_calendarWidget->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_daysTable->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_daysTable->horizontalHeader()->setStretchLastSection(true);
    m_daysTable->verticalHeader()->hide();
    m_daysTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_daysTable->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDate(Clock::currentDate());
    m_daysSpinBox->setRange(-1000, 1000);
    m_daysSpinBox->setValue(5);
    m_daysSpinBox->setSuffix(tr(" working days"));

    auto* legend
        = new QLabel(tr("Red: day off in the State Council arrangement. Blue: make-up working day (调休上班)."), this);
    legend->setWordWrap(true);
    auto* left = new QVBoxLayout;
    left->addWidget(m_calendarWidget);
    left->addWidget(legend);
    left->addWidget(m_yearLabel);

    auto* counter = new QGroupBox(tr("Count working days"), this);
    auto* counterForm = new QFormLayout(counter);
    counterForm->addRow(tr("From:"), m_fromEdit);
    counterForm->addRow(tr("Add:"), m_daysSpinBox);
    counterForm->addRow(tr("Result:"), m_counterLabel);
    left->addWidget(counter);
    left->addStretch();

    auto* buttons = new QHBoxLayout;
    for (auto* button : {m_offButton, m_workButton, m_resetButton, m_addYearButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_daysTable);
    right->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_calendarWidget, &QCalendarWidget::currentPageChanged, this, [this](int year, int) { showYear(year); });
    connect(m_calendarWidget, &QCalendarWidget::selectionChanged, this, &CalendarPage::updateButtons);
    connect(m_daysTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        m_calendarWidget->setSelectedDate(QDate::fromString(m_daysTable->item(row, 0)->text(), Qt::ISODate));
    });
    connect(m_offButton, &QPushButton::clicked, this, [this] { markSelected(DayKind::Off); });
    connect(m_workButton, &QPushButton::clicked, this, [this] { markSelected(DayKind::Work); });
    connect(m_resetButton, &QPushButton::clicked, this, &CalendarPage::resetSelected);
    connect(m_addYearButton, &QPushButton::clicked, this, &CalendarPage::addYear);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &CalendarPage::updateCounter);
    connect(m_daysSpinBox, &QSpinBox::valueChanged, this, &CalendarPage::updateCounter);

    const bool editor = Permissions::allowed(m_session.actor, Permission::EditCalendar);
    for (auto* button : {m_offButton, m_workButton, m_resetButton, m_addYearButton})
        button->setVisible(editor);
}

void CalendarPage::refresh()
{
    auto loaded = CalendarStore(*m_session.db).load();
    if (!loaded) {
        MessageBoxes::warning(this, tr("Calendar"), loaded.error().message);
        return;
    }
    m_calendar = *loaded;
    m_paintedYear = 0;
    showYear(m_calendarWidget->yearShown());
    updateCounter();
}

void CalendarPage::showYear(int year)
{
    if (year != m_paintedYear)
        paintCalendar();
    m_paintedYear = year;
    const auto days = m_calendar.exceptions(year);
    m_daysTable->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const auto& day = days.at(row);
        m_daysTable->setItem(row, 0, new QTableWidgetItem(day.date.toString(Qt::ISODate)));
        m_daysTable->setItem(row, 1,
                             new QTableWidgetItem(day.kind == DayKind::Off ? tr("day off") : tr("working day")));
        m_daysTable->setItem(row, 2, new QTableWidgetItem(day.name));
    }
    if (m_calendar.isYearLoaded(year)) {
        m_yearLabel->setText(tr("%1: %2 working days. Source: %3")
                                 .arg(year)
                                 .arg(m_calendar.workingDaysInYear(year))
                                 .arg(m_calendar.yearSource(year)));
        m_yearLabel->setStyleSheet({});
    } else {
        m_yearLabel->setText(tr("%1: the State Council arrangement is not loaded. Only weekends count as days off, and "
                                "every deadline in this year is provisional.")
                                 .arg(year));
        m_yearLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    updateButtons();
}

void CalendarPage::paintCalendar()
{
    m_calendarWidget->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat off;
    off.setBackground(QColor(0xfd, 0xe0, 0xdc));
    off.setForeground(QColor(0xb3, 0x26, 0x1e));
    QTextCharFormat work;
    work.setBackground(QColor(0xd6, 0xe4, 0xff));
    work.setForeground(QColor(0x0b, 0x57, 0xd0));
    for (int year : m_calendar.loadedYears()) {
        for (const auto& day : m_calendar.exceptions(year))
            m_calendarWidget->setDateTextFormat(day.date, day.kind == DayKind::Off ? off : work);
    }
}

void CalendarPage::updateButtons()
{
    const QDate date = m_calendarWidget->selectedDate();
    const bool loaded = m_calendar.isYearLoaded(date.year());
    const bool exception = m_calendar.exception(date).has_value();
    m_offButton->setEnabled(loaded);
    m_workButton->setEnabled(loaded);
    m_resetButton->setEnabled(loaded && exception);
}

void CalendarPage::markSelected(DayKind kind)
{
    const QDate date = m_calendarWidget->selectedDate();
    bool ok = false;
    const QString current = m_calendar.exception(date) ? m_calendar.exception(date)->name : QString();
    const QString name = QInputDialog::getText(
        this, tr("Calendar"), tr("Name of %1 (e.g. 春节, 调休上班):").arg(date.toString(Qt::ISODate)),
        QLineEdit::Normal, current.isEmpty() && kind == DayKind::Work ? QStringLiteral("调休上班") : current, &ok);
    if (!ok)
        return;
    if (auto saved = Setup::calendarStore(*m_session.db).setDay(m_session.actor, {date, kind, name}); !saved) {
        MessageBoxes::warning(this, tr("Calendar"), saved.error().message);
        return;
    }
    refresh();
    emit dataChanged();
}

void CalendarPage::resetSelected()
{
    const QDate date = m_calendarWidget->selectedDate();
    if (auto removed = Setup::calendarStore(*m_session.db).removeDay(m_session.actor, date); !removed) {
        MessageBoxes::warning(this, tr("Calendar"), removed.error().message);
        return;
    }
    refresh();
    emit dataChanged();
}

void CalendarPage::addYear()
{
    const QList<int> years = m_calendar.loadedYears();
    bool ok = false;
    const int year
        = QInputDialog::getInt(this, tr("Add a year"), tr("Year whose State Council arrangement you will enter:"),
                               years.isEmpty() ? Clock::currentDate().year() : years.last() + 1, 2000, 2100, 1, &ok);
    if (!ok)
        return;
    const QString source
        = QInputDialog::getText(this, tr("Add a year"), tr("Source (the notice's title):"), QLineEdit::Normal,
                                QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(year), &ok);
    if (!ok)
        return;
    if (auto added = Setup::calendarStore(*m_session.db).addYear(m_session.actor, year, source, {}); !added) {
        MessageBoxes::warning(this, tr("Calendar"), added.error().message);
        return;
    }
    m_calendarWidget->setCurrentPage(year, 1);
    refresh();
    emit dataChanged();
}

void CalendarPage::updateCounter()
{
    const WorkdayAnswer answer = m_calendar.addWorkdays(m_fromEdit->date(), m_daysSpinBox->value());
    QString text = answer.date.toString(Qt::ISODate);
    if (answer.provisional)
        text += tr(" (provisional: a year on the way is not loaded)");
    m_counterLabel->setText(text);
}
