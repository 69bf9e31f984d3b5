#include "RegistryRecordsTab.h"

#include "Clock.h"
#include "RecordDetailDialog.h"
#include "reference/CatalogStore.h"
#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/RecordTerms.h"
#include "registry/SubjectIdentity.h"
#include "security/Accounts.h"
#include "widgets/PagedList.h"
#include "widgets/WindowedTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Columns RecordList::orderBy sorts by an index; the others would sort the whole table on each click.
bool sortable(int column)
{
    switch (column) {
    case RecordId:
    case RecordSubjectName:
    case RecordSubjectCode:
    case RecordDecisionNumber:
    case RecordTier:
    case RecordDecisionDate:
    case RecordPublishUntil:
    case RecordStatus:
        return true;
    default:
        return false;
    }
}

// Columns read for the detail and the masking, not shown.
constexpr int kHiddenColumns[] = {RecordId, RecordSubjectIdType, RecordSubjectKind, RecordAmountFen, RecordSubjectId};
} // namespace

RegistryRecordsTab::RegistryRecordsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new WindowedTableModel(*session.db, RecordColumnCount, {}, this))
    , m_table(new QTableView(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_codeLineEdit(new QLineEdit(this))
    , m_departmentComboBox(new QComboBox(this))
    , m_itemComboBox(new QComboBox(this))
    , m_tierComboBox(new QComboBox(this))
    , m_statusComboBox(new QComboBox(this))
    , m_fromCheckBox(new QCheckBox(tr("Decided from"), this))
    , m_fromDateEdit(new QDateEdit(this))
    , m_toCheckBox(new QCheckBox(tr("to"), this))
    , m_toDateEdit(new QDateEdit(this))
    , m_countLabel(new QLabel(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("RegistryRecordsTab"));
    m_model->setObjectName(QStringLiteral("recordsModel"));
    m_table->setObjectName(QStringLiteral("recordsTable"));
    m_countLabel->setObjectName(QStringLiteral("recordsCountLabel"));
    m_model->setHeaders({tr("No."), tr("Subject"), tr("Certificate type"), tr("Code"), tr("Kind of subject"),
                         tr("Decision number"), tr("Deciding authority"), tr("Tier"), tr("Decision date"),
                         tr("Repair possible from"), tr("Publication ends"), tr("Status"), tr("Source department"),
                         tr("Catalog item"), tr("Fine (10,000 yuan)"), tr("Subject no.")});
    m_model->setDisplayHook(
        [this](const QVariantList& row, int column, int role) { return display(row, column, role); });
    PagedList::followCount(m_model, m_countLabel, [](qint64 count) { return tr("%Ln record(s)", "", int(count)); });

    m_table->setModel(m_model);
    PagedList::configureTable(m_table);
    for (const int column : kHiddenColumns)
        m_table->setColumnHidden(column, true);
    m_table->setColumnWidth(RecordSubjectName, 240);
    m_table->setColumnWidth(RecordSubjectCode, 170);
    m_table->setColumnWidth(RecordDecisionNumber, 180);
    m_table->setColumnWidth(RecordAuthority, 180);
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    m_table->setSortingEnabled(true);
    // Set after sorting is enabled, which sorts at once: the page lists nothing until it is shown.
    m_model->setSortFactory([this](int column, Qt::SortOrder order) { return sortedQuery(column, order); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRecord(index.row()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildFilterBar());
    layout->addWidget(m_table, 1);
}

QLayout* RegistryRecordsTab::buildFilterBar()
{
    m_nameLineEdit->setObjectName(QStringLiteral("recordNameLineEdit"));
    m_codeLineEdit->setObjectName(QStringLiteral("recordCodeLineEdit"));
    m_departmentComboBox->setObjectName(QStringLiteral("departmentComboBox"));
    m_itemComboBox->setObjectName(QStringLiteral("itemComboBox"));
    m_tierComboBox->setObjectName(QStringLiteral("tierComboBox"));
    m_statusComboBox->setObjectName(QStringLiteral("recordStatusComboBox"));
    m_fromCheckBox->setObjectName(QStringLiteral("fromCheckBox"));
    m_fromDateEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toCheckBox->setObjectName(QStringLiteral("toCheckBox"));
    m_toDateEdit->setObjectName(QStringLiteral("toDateEdit"));

    m_nameLineEdit->setPlaceholderText(tr("Subject name contains…"));
    m_codeLineEdit->setPlaceholderText(tr("Code starts with…"));
    for (auto* edit : {m_nameLineEdit, m_codeLineEdit})
        edit->setClearButtonEnabled(true);
    m_tierComboBox->addItem(tr("All tiers"), QString());
    for (const auto& tier : RecordTerms::tiers())
        m_tierComboBox->addItem(RecordTerms::tierName(tier), tier);
    m_statusComboBox->addItem(tr("All statuses"), QString());
    for (const auto& status : RecordTerms::statuses())
        m_statusComboBox->addItem(RecordTerms::statusName(status), status);
    const QDate today = Clock::currentDate();
    for (auto* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_fromDateEdit->setDate(today.addYears(-1));
    m_toDateEdit->setDate(today);
    m_itemComboBox->setMinimumContentsLength(16);
    m_itemComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_departmentComboBox->setMinimumContentsLength(12);
    m_departmentComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    refreshChoices();

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    // Typing asks the list again once the officer pauses, not on every key.
    connect(m_nameLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_codeLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &RegistryRecordsTab::reload);
    for (auto* combo : {m_departmentComboBox, m_itemComboBox, m_tierComboBox, m_statusComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegistryRecordsTab::reload);
    connect(m_fromCheckBox, &QCheckBox::toggled, m_fromDateEdit, &QWidget::setEnabled);
    connect(m_toCheckBox, &QCheckBox::toggled, m_toDateEdit, &QWidget::setEnabled);
    for (auto* check : {m_fromCheckBox, m_toCheckBox})
        connect(check, &QCheckBox::toggled, this, &RegistryRecordsTab::reload);
    for (auto* edit : {m_fromDateEdit, m_toDateEdit})
        connect(edit, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));

    auto* bar = new QGridLayout;
    bar->addWidget(m_nameLineEdit, 0, 0, 1, 2);
    bar->addWidget(m_codeLineEdit, 0, 2);
    bar->addWidget(m_departmentComboBox, 0, 3);
    bar->addWidget(m_itemComboBox, 0, 4, 1, 2);
    bar->addWidget(m_tierComboBox, 1, 0);
    bar->addWidget(m_statusComboBox, 1, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromCheckBox);
    dates->addWidget(m_fromDateEdit);
    dates->addWidget(m_toCheckBox);
    dates->addWidget(m_toDateEdit);
    dates->addStretch(1);
    bar->addLayout(dates, 1, 2, 1, 3);
    bar->addWidget(m_countLabel, 1, 5, Qt::AlignRight);
    bar->setColumnStretch(0, 2);
    bar->setColumnStretch(2, 2);
    bar->setColumnStretch(4, 2);
    return bar;
}

void RegistryRecordsTab::refreshChoices()
{
    const QVariant department = m_departmentComboBox->currentData();
    const QVariant item = m_itemComboBox->currentData();
    const QSignalBlocker blockDepartments(m_departmentComboBox);
    const QSignalBlocker blockItems(m_itemComboBox);
    m_departmentComboBox->clear();
    m_departmentComboBox->addItem(tr("All departments"), qint64(0));
    if (auto departments = Accounts(*m_session.db).departments()) {
        for (const auto& d : std::as_const(*departments))
            m_departmentComboBox->addItem(d.name, d.id);
    }
    m_itemComboBox->clear();
    m_itemComboBox->addItem(tr("All catalog items"), QString());
    if (auto items = CatalogStore(*m_session.db).list()) {
        // One entry per item key, named as its latest version; the filter matches every version.
        QMap<QString, CatalogItem> latest;
        for (const auto& version : std::as_const(*items)) {
            if (!latest.contains(version.itemKey) || latest[version.itemKey].versionNo < version.versionNo)
                latest.insert(version.itemKey, version);
        }
        for (const auto& version : std::as_const(latest))
            m_itemComboBox->addItem(version.itemKey + u' ' + version.name, version.itemKey);
    }
    m_departmentComboBox->setCurrentIndex(std::max(0, m_departmentComboBox->findData(department)));
    m_itemComboBox->setCurrentIndex(std::max(0, m_itemComboBox->findData(item)));
}

RecordFilter RegistryRecordsTab::filter() const
{
    RecordFilter filter;
    filter.nameContains = m_nameLineEdit->text();
    filter.codePrefix = m_codeLineEdit->text();
    filter.departmentId = m_departmentComboBox->currentData().toLongLong();
    filter.itemKey = m_itemComboBox->currentData().toString();
    filter.tier = m_tierComboBox->currentData().toString();
    filter.status = m_statusComboBox->currentData().toString();
    if (m_fromCheckBox->isChecked())
        filter.decidedFrom = m_fromDateEdit->date();
    if (m_toCheckBox->isChecked())
        filter.decidedTo = m_toDateEdit->date();
    // A few bounded index lookups on this thread decide how the name is searched; if they fail the
    // name is simply scanned.
    if (auto planned = RecordList::planName(*m_session.db, filter); !planned)
        qWarning("%s", qPrintable(planned.error().fullText()));
    return filter;
}

void RegistryRecordsTab::reload()
{
    m_filterTimer->stop();
    PagedList::showLoading(m_countLabel);
    m_model->setQuery(
        RecordList::query(filter(), RecordList::orderBy(m_sortColumn, m_sortOrder == Qt::AscendingOrder)));
}

PagedQuery RegistryRecordsTab::sortedQuery(int column, Qt::SortOrder order)
{
    PagedList::takeSort(m_table, column, order, sortable(column), m_sortColumn, m_sortOrder);
    PagedList::showLoading(m_countLabel);
    return RecordList::query(filter(), RecordList::orderBy(m_sortColumn, m_sortOrder == Qt::AscendingOrder));
}

QVariant RegistryRecordsTab::display(const QVariantList& row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == RecordSubjectName)
        return row.value(RecordSubjectName);
    if (role != Qt::DisplayRole)
        return {};
    const QString text = row.value(column).toString();
    switch (column) {
    case RecordSubjectCode:
        // The full certificate number of a person never reaches the screen.
        return Masking::code(row.value(RecordSubjectIdType).toString(), text);
    case RecordSubjectIdType:
        return SubjectIdentity::idTypeName(text);
    case RecordSubjectKind:
        return ReferenceTerms::subjectKindName(text);
    case RecordTier:
        return RecordTerms::tierName(text);
    case RecordStatus:
        return RecordTerms::statusName(text);
    case RecordAmountFen:
        return row.value(column).isNull() ? QString() : RecordTerms::formatWan(row.value(column).toLongLong());
    default:
        return text;
    }
}

void RegistryRecordsTab::openRecord(int row)
{
    const auto values = m_model->rowValues(row);
    if (!values)
        return;
    RecordDetailDialog dialog(m_session, values->value(RecordId).toLongLong(), this);
    dialog.exec();
}
