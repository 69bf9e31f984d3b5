#include "CasesPage.h"

#include "CaseDetailDialog.h"
#include "CaseScreens.h"
#include "CaseTerms.h"
#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseStore.h"
#include "cases/CaseType.h"
#include "registry/Masking.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PagedList.h"
#include "widgets/TableHelpers.h"
#include "widgets/WindowedTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
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
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_model(new WindowedTableModel(*session.db, kCaseShownColumns, {}, this))
    , m_deadlinesTable(new QTableWidget(this))
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
    m_model->setObjectName(QStringLiteral("casesModel"));
    m_deadlinesTable->setObjectName(QStringLiteral("deadlinesTable"));
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

    // Every case, read a window at a time and sorted in SQL by any column (CaseList).
    m_model->setHeaders(
        {tr("Case"), tr("Subject"), tr("State"), tr("Next due"), tr("Matter"), tr("Code"), tr("Officer")});
    m_model->setDisplayHook([](const QVariantList& row, int column, int role) { return display(row, column, role); });
    PagedList::followCount(m_model, m_countLabel, [](qint64 count) { return tr("%Ln case(s)", "", int(count)); });
    m_table->setModel(m_model);
    PagedList::configureTable(m_table);
    m_table->setColumnWidth(CaseNumberColumn, 130);
    m_table->setColumnWidth(CaseSubjectColumn, 240);
    m_table->setColumnWidth(CaseStateColumn, 130);
    m_table->setColumnWidth(CaseDueColumn, 250);
    m_table->setColumnWidth(CaseTopicColumn, 200);
    m_table->setColumnWidth(CaseCodeColumn, 170);
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    m_table->setSortingEnabled(true);
    // Set after sorting is enabled, which sorts at once: the page lists nothing until it is refreshed.
    m_model->setSortFactory([this](int column, Qt::SortOrder order) {
        PagedList::takeSort(m_table, column, order, CaseList::sortable(column), m_sortColumn, m_sortOrder);
        PagedList::showLoading(m_countLabel);
        return CaseList::query(filter(), CaseList::orderBy(m_sortColumn, m_sortOrder == Qt::AscendingOrder));
    });
    // The deadline views are short by nature (what is due in three working days, what is overdue).
    m_deadlinesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlinesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlinesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deadlinesTable->verticalHeader()->hide();
    m_deadlinesTable->horizontalHeader()->setStretchLastSection(true);
    m_deadlinesTable->setAlternatingRowColors(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_deadlinesTable);

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
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &CasesPage::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, &CasesPage::refresh);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &CasesPage::refresh);
    connect(m_mineCheck, &QCheckBox::toggled, this, &CasesPage::refresh);
    connect(openButton, &QPushButton::clicked, this, [this] {
        const bool cases = m_stack->currentWidget() == m_table;
        openCase(caseIdAt(cases ? m_table->currentIndex().row() : m_deadlinesTable->currentRow()));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCase(caseIdAt(index.row())); });
    connect(m_deadlinesTable, &QTableWidget::cellActivated, this, [this](int row, int) { openCase(caseIdAt(row)); });
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
    if (row < 0)
        return 0;
    if (m_stack->currentWidget() == m_table) {
        const auto values = m_model->rowValues(row);
        return values ? values->value(CaseIdColumn).toLongLong() : 0;
    }
    const auto* item = m_deadlinesTable->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

CaseFilter CasesPage::filter() const
{
    CaseFilter filter;
    filter.state = m_stateCombo->currentData().toString();
    filter.assignee = assigneeFilter();
    filter.text = m_filterEdit->text();
    return filter;
}

QVariant CasesPage::display(const QVariantList& row, int column, int role)
{
    if (role == Qt::ForegroundRole && column == CaseDueColumn) {
        const QDate due = QDate::fromString(row.value(CaseDueColumn).toString(), Qt::ISODate);
        if (due.isValid() && due < Clock::currentDate()
            && !CaseTypes::isPartysPeriod(row.value(CaseDueKindColumn).toString()))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }
    if (role == Qt::ToolTipRole && (column == CaseSubjectColumn || column == CaseTopicColumn))
        return row.value(column);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case CaseStateColumn:
        return CaseTypes::stateName(row.value(CaseTypeColumn).toString(), row.value(CaseStateColumn).toString());
    case CaseDueColumn: {
        const QString due = row.value(CaseDueColumn).toString();
        return due.isEmpty() ? QString()
                             : tr("%1 (%2)").arg(due, CaseTypes::deadlineName(row.value(CaseDueKindColumn).toString()));
    }
    case CaseCodeColumn:
        // The full certificate number of a person never reaches the screen.
        return Masking::code(row.value(CaseIdTypeColumn).toString(), row.value(CaseCodeColumn).toString());
    case CaseOfficerColumn: {
        const QString name = row.value(CaseOfficerColumn).toString();
        return name.isEmpty() ? row.value(CaseAssigneeColumn) : name;
    }
    default:
        return row.value(column);
    }
}

QString CasesPage::assigneeFilter() const
{
    return m_mineCheck->isChecked() ? m_session.actor.login : QString();
}

void CasesPage::showCases()
{
    m_stack->setCurrentWidget(m_table);
    if (auto allowed = Permissions::require(m_session.actor, Permission::ViewCases); !allowed) {
        m_countLabel->setText(allowed.error().message);
        return;
    }
    PagedList::showLoading(m_countLabel);
    m_model->setQuery(CaseList::query(filter(), CaseList::orderBy(m_sortColumn, m_sortOrder == Qt::AscendingOrder)));
}

void CasesPage::showDeadlines()
{
    m_stack->setCurrentWidget(m_deadlinesTable);
    CaseDeadlines deadlines(*m_session.db);
    const bool overdue = View(m_viewCombo->currentData().toInt()) == Overdue;
    auto views = overdue ? deadlines.overdue(assigneeFilter()) : deadlines.dueSoon(assigneeFilter());
    const QStringList headers
        = {tr("Case"), tr("Subject"), tr("Deadline"), tr("Due"), tr("Days left"), tr("State"), tr("Officer")};
    setTableHeaders(m_deadlinesTable, headers);
    if (!views) {
        m_deadlinesTable->setRowCount(0);
        m_countLabel->setText(views.error().message);
        return;
    }
    m_deadlinesTable->setRowCount(int(views->size()));
    for (int row = 0; row < views->size(); ++row) {
        const DeadlineView& view = views->at(row);
        const QStringList cells = {view.caseNumber,
                                   view.subjectName,
                                   CaseTypes::deadlineName(view.deadline.kind),
                                   view.deadline.due.toString(Qt::ISODate),
                                   CaseTerms::daysLeftText(view.deadline, view.daysLeft),
                                   CaseTypes::stateName(view.caseType, view.caseState),
                                   view.assignee};
        setTableRow(m_deadlinesTable, row, cells, view.deadline.caseId);
    }
    fitColumns(m_deadlinesTable);
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
