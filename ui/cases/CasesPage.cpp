#include "CasesPage.h"

#include "CaseDetailDialog.h"
#include "CaseScreens.h"
#include "CaseTerms.h"
#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseStore.h"
#include "cases/CaseType.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Long subject and list names would push the due date out of sight: their columns are capped and
// elided, the full text in the tooltip.
void fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount(); ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), 240));
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (auto* item = table->item(row, column))
                item->setToolTip(item->text());
        }
    }
}
} // namespace

CasesPage::CasesPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_viewCombo(new QComboBox(this))
    , m_stateCombo(new QComboBox(this))
    , m_filterEdit(new QLineEdit(this))
    , m_mineCheck(new QCheckBox(tr("Only cases in my charge"), this))
    , m_table(new QTableWidget(this))
    , m_countLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("New case…"), this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("CasesPage"));
    m_viewCombo->setObjectName(QStringLiteral("viewCombo"));
    m_stateCombo->setObjectName(QStringLiteral("stateCombo"));
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_mineCheck->setObjectName(QStringLiteral("mineCheck"));
    m_table->setObjectName(QStringLiteral("casesTable"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_newButton->setObjectName(QStringLiteral("newButton"));

    m_viewCombo->addItem(tr("All cases"), AllCases);
    m_viewCombo->addItem(tr("Deadlines due within three working days"), DueSoon);
    m_viewCombo->addItem(tr("Overdue deadlines"), Overdue);
    m_stateCombo->addItem(tr("Every state"), QString());
    for (const CaseType& type : CaseTypes::all()) {
        for (const CaseState& state : type.states)
            m_stateCombo->addItem(CaseTypes::stateName(type, state.id), state.id);
    }
    m_filterEdit->setPlaceholderText(tr("Case number, subject name or code"));
    m_filterEdit->setClearButtonEnabled(true);
    // Officers start with their own cases; reviewers and approvers work on the whole office's.
    m_mineCheck->setChecked(m_session.actor.has(Role::Officer));
    m_mineCheck->setVisible(m_session.actor.has(Role::Officer));
    // One button per office: the type's own words when one type is drafted here, a menu of types when more.
    const auto& drafted = CaseScreenModules::all();
    m_newButton->setVisible(Permissions::allowed(m_session.actor, Permission::HandleCases) && !drafted.isEmpty());
    if (drafted.size() == 1) {
        m_newButton->setText(CaseScreenModules::newCaseLabel(*drafted.first()));
        connect(m_newButton, &QPushButton::clicked, this, [this, screens = drafted.first()] { newCase(*screens); });
    } else {
        auto* menu = new QMenu(m_newButton);
        for (const CaseScreens* screens : drafted)
            connect(menu->addAction(CaseScreenModules::newCaseLabel(*screens)), &QAction::triggered, this,
                    [this, screens] { newCase(*screens); });
        m_newButton->setMenu(menu);
    }

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto* openButton = new QPushButton(tr("Open…"), this);
    openButton->setObjectName(QStringLiteral("openButton"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_viewCombo);
    filters->addWidget(m_stateCombo);
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_mineCheck);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel);
    buttons->addStretch();
    buttons->addWidget(m_newButton);
    buttons->addWidget(openButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &CasesPage::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, &CasesPage::refresh);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &CasesPage::refresh);
    connect(m_mineCheck, &QCheckBox::toggled, this, &CasesPage::refresh);
    connect(openButton, &QPushButton::clicked, this, [this] { openCase(caseIdAt(m_table->currentRow())); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openCase(caseIdAt(row)); });
}

void CasesPage::refresh()
{
    const auto view = View(m_viewCombo->currentData().toInt());
    m_stateCombo->setEnabled(view == AllCases);
    m_filterEdit->setEnabled(view == AllCases);
    if (view == AllCases)
        showCases();
    else
        showDeadlines();
}

void CasesPage::setView(View view)
{
    m_viewCombo->setCurrentIndex(m_viewCombo->findData(view));
}

qint64 CasesPage::caseIdAt(int row) const
{
    const auto* item = row >= 0 ? m_table->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString CasesPage::assigneeFilter() const
{
    return m_mineCheck->isChecked() ? m_session.actor.login : QString();
}

void CasesPage::showCases()
{
    CaseFilter filter;
    filter.state = m_stateCombo->currentData().toString();
    filter.assignee = assigneeFilter();
    filter.text = m_filterEdit->text();
    auto cases = CaseStore(*m_session.db).list(m_session.actor, filter);
    const QStringList headers
        = {tr("Case"), tr("Subject"), tr("State"), tr("Next due"), tr("Matter"), tr("Code"), tr("Officer")};
    setTableHeaders(m_table, headers);
    if (!cases) {
        m_table->setRowCount(0);
        m_countLabel->setText(cases.error().message);
        return;
    }
    m_table->setRowCount(int(cases->size()));
    const QDate today = Clock::currentDate();
    for (int row = 0; row < cases->size(); ++row) {
        const CaseSummary& summary = cases->at(row);
        const QString due = summary.due.isValid()
            ? tr("%1 (%2)").arg(summary.due.toString(Qt::ISODate), CaseTypes::deadlineName(summary.dueKind))
            : QString();
        const QStringList cells = {summary.number,
                                   summary.subjectName,
                                   CaseTypes::stateName(summary.type, summary.state),
                                   due,
                                   summary.topic,
                                   summary.subjectCode,
                                   summary.assigneeName.isEmpty() ? summary.assignee : summary.assigneeName};
        setTableRow(m_table, row, cells, summary.id);
        if (summary.due.isValid() && summary.due < today && !CaseTypes::isPartysPeriod(summary.dueKind))
            m_table->item(row, 3)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    fitColumns(m_table);
    m_countLabel->setText(cases->size() >= filter.limit ? tr("The first %n case(s); narrow the filter to see others.",
                                                             nullptr, int(cases->size()))
                                                        : tr("%n case(s)", nullptr, int(cases->size())));
}

void CasesPage::showDeadlines()
{
    CaseDeadlines deadlines(*m_session.db);
    const bool overdue = View(m_viewCombo->currentData().toInt()) == Overdue;
    auto views = overdue ? deadlines.overdue(assigneeFilter()) : deadlines.dueSoon(assigneeFilter());
    const QStringList headers
        = {tr("Case"), tr("Subject"), tr("Deadline"), tr("Due"), tr("Days left"), tr("State"), tr("Officer")};
    setTableHeaders(m_table, headers);
    if (!views) {
        m_table->setRowCount(0);
        m_countLabel->setText(views.error().message);
        return;
    }
    m_table->setRowCount(int(views->size()));
    for (int row = 0; row < views->size(); ++row) {
        const DeadlineView& view = views->at(row);
        const QStringList cells = {view.caseNumber,
                                   view.subjectName,
                                   CaseTypes::deadlineName(view.deadline.kind),
                                   view.deadline.due.toString(Qt::ISODate),
                                   CaseTerms::daysLeftText(view.deadline, view.daysLeft),
                                   CaseTypes::stateName(view.caseType, view.caseState),
                                   view.assignee};
        setTableRow(m_table, row, cells, view.deadline.caseId);
    }
    fitColumns(m_table);
    m_countLabel->setText(tr("%n deadline(s)", nullptr, int(views->size())));
}

void CasesPage::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return;
    CaseDetailDialog dialog(m_session, caseId, this);
    connect(&dialog, &CaseDetailDialog::caseChanged, this, &Page::dataChanged);
    dialog.exec();
    refresh();
}

void CasesPage::newCase(const CaseScreens& screens)
{
    const qint64 created = screens.draftNew(m_session, this, 0);
    if (created == 0)
        return;
    emit dataChanged();
    refresh();
    openCase(created);
}
