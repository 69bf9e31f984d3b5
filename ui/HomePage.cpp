#include "HomePage.h"

#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseDetailDialog.h"
#include "cases/CaseTerms.h"
#include "cases/CaseType.h"
#include "security/Permissions.h"
#include "stats/Counts.h"
#include "storage/Database.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QString countTitle(const QString& key)
{
    if (key == QLatin1String("subjects"))
        return HomePage::tr("Credit subjects");
    if (key == QLatin1String("records"))
        return HomePage::tr("Credit records");
    if (key == QLatin1String("cases"))
        return HomePage::tr("Cases");
    if (key == QLatin1String("documents"))
        return HomePage::tr("Issued documents");
    if (key == QLatin1String("users"))
        return HomePage::tr("User accounts");
    return HomePage::tr("Audit events");
}
} // namespace

HomePage::HomePage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_welcomeLabel(new QLabel(this))
    , m_countsLayout(new QGridLayout)
    , m_calendarLabel(new QLabel(this))
    , m_deadlinesLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("HomePage"));
    QFont big = m_welcomeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_welcomeLabel->setFont(big);
    m_welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    m_calendarLabel->setObjectName(QStringLiteral("calendarLabel"));
    m_deadlinesLabel->setObjectName(QStringLiteral("deadlinesLabel"));
    m_calendarLabel->setWordWrap(true);
    m_calendarLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_welcomeLabel);
    layout->addSpacing(12);
    layout->addLayout(m_countsLayout);
    layout->addSpacing(12);
    auto* calendarTitle = new QLabel(tr("Coming days off and make-up working days"), this);
    QFont bold = calendarTitle->font();
    bold.setBold(true);
    calendarTitle->setFont(bold);
    layout->addWidget(calendarTitle);
    layout->addWidget(m_calendarLabel);
    if (Permissions::allowed(m_session.actor, Permission::ViewCases)) {
        layout->addSpacing(12);
        auto* deadlinesTitle = new QLabel(tr("Case deadlines overdue or due within three working days"), this);
        deadlinesTitle->setFont(bold);
        layout->addWidget(deadlinesTitle);
        // Each case number is a link that opens the case.
        m_deadlinesLabel->setTextFormat(Qt::RichText);
        m_deadlinesLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(m_deadlinesLabel, &QLabel::linkActivated, this, [this](const QString& link) {
            CaseDetailDialog detail(m_session, link.section(u':', 1).toLongLong(), this);
            detail.exec();
            refresh();
        });
        layout->addWidget(m_deadlinesLabel);
    } else {
        m_deadlinesLabel->hide();
    }
    layout->addStretch();
}

void HomePage::refresh()
{
    const QDate today = Clock::currentDate();
    m_welcomeLabel->setText(
        tr("Hello, %1 — %2").arg(m_session.actor.name, QLocale().toString(today, QLocale::LongFormat)));

    while (auto* item = m_countsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (auto counts = Counts::all(*m_session.db)) {
        int column = 0;
        for (const auto& [key, count] : std::as_const(*counts)) {
            auto* box = new QFrame(this);
            box->setFrameShape(QFrame::StyledPanel);
            auto* boxLayout = new QVBoxLayout(box);
            auto* number = new QLabel(QLocale().toString(count), box);
            number->setObjectName(QStringLiteral("count_") + key);
            QFont font = number->font();
            font.setPointSizeF(font.pointSizeF() * 1.8);
            font.setBold(true);
            number->setFont(font);
            boxLayout->addWidget(number);
            boxLayout->addWidget(new QLabel(countTitle(key), box));
            m_countsLayout->addWidget(box, column / 3, column % 3);
            ++column;
        }
    }

    showDeadlines();
    auto calendar = CalendarStore(*m_session.db).load();
    if (!calendar) {
        m_calendarLabel->setText(calendar.error().message);
        return;
    }
    QStringList lines;
    for (int year : {today.year(), today.year() + 1}) {
        for (const auto& day : calendar->exceptions(year)) {
            if (day.date < today || lines.size() >= 8)
                continue;
            lines << QStringLiteral("%1  %2  %3")
                         .arg(day.date.toString(Qt::ISODate),
                              day.kind == DayKind::Work ? tr("working day") : tr("day off"), day.name);
        }
    }
    if (!calendar->isYearLoaded(today.year() + 1))
        lines << tr("The holiday arrangement of %1 is not loaded yet: deadlines reaching into it are provisional.")
                     .arg(today.year() + 1);
    m_calendarLabel->setText(lines.join(u'\n'));
}

void HomePage::showDeadlines()
{
    if (m_deadlinesLabel->isHidden())
        return;
    // An officer sees the cases assigned to them; reviewers and approvers the whole office's.
    const QString assignee = m_session.actor.has(Role::Officer) ? m_session.actor.login : QString();
    CaseDeadlines deadlines(*m_session.db);
    auto overdue = deadlines.overdue(assignee);
    auto dueSoon = deadlines.dueSoon(assignee);
    if (!overdue || !dueSoon) {
        m_deadlinesLabel->setText((overdue ? dueSoon.error() : overdue.error()).message.toHtmlEscaped());
        return;
    }
    QStringList lines;
    for (const auto& view : *overdue + *dueSoon) {
        if (lines.size() >= 10)
            break;
        const QString left = CaseTerms::daysLeftText(view.deadline, view.daysLeft);
        lines << QStringLiteral("<a href=\"case:%1\">%2</a>&nbsp;&nbsp;%3&nbsp;&nbsp;%4 %5&nbsp;&nbsp;%6")
                     .arg(QString::number(view.deadline.caseId), view.caseNumber.toHtmlEscaped(),
                          view.subjectName.toHtmlEscaped(), CaseTypes::deadlineName(view.deadline.kind).toHtmlEscaped(),
                          view.deadline.due.toString(Qt::ISODate), left.toHtmlEscaped());
    }
    m_deadlinesLabel->setText(lines.isEmpty()
                                  ? tr("No case deadline is overdue or due within three working days.").toHtmlEscaped()
                                  : lines.join(QStringLiteral("<br>")));
}
