#include "ReferenceListTab.h"

#include "ReferenceTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

ReferenceListTab::ReferenceListTab(const QString& name, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
    , m_model(new ReferenceTableModel(headers, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_detailView(new QTextBrowser(this))
    , m_filterTimer(new QTimer(this))
    , m_controls(new QHBoxLayout)
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("referenceTab_") + name);
    m_table->setObjectName(QStringLiteral("table_") + name);
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit_") + name);
    m_detailView->setObjectName(QStringLiteral("detailView_") + name);
    m_filterLineEdit->setPlaceholderText(tr("Filter: any column…"));
    m_filterLineEdit->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the stores' order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMaximumSectionSize(360);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_detailView->setOpenLinks(false);

    // Typing is debounced: the filter runs once the officer pauses, not on every key.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_proxy->setFilterFixedString(m_filterLineEdit->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        emit selectionChanged();
    });
    // A reload keeps the selected row (found again by its first column), or selects the first one.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = selectedRow();
        m_keyBeforeReset = row >= 0 ? m_model->index(row, 0).data().toString() : QString();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        if (!m_table->selectionModel()->hasSelection() && !selectKey(m_keyBeforeReset) && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        updateDetail();
        emit selectionChanged();
    });

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLineEdit, 1);
    filterRow->addLayout(m_controls);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_table);
    topLayout->addLayout(m_buttons);
    m_buttons->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_detailView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

int ReferenceListTab::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ReferenceListTab::selectRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid())
        m_table->selectRow(index.row());
}

bool ReferenceListTab::selectKey(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid() && index.data().toString() == key) {
            m_table->selectRow(index.row());
            return true;
        }
    }
    return false;
}

QPushButton* ReferenceListTab::addButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void ReferenceListTab::addControl(QWidget* widget)
{
    m_controls->addWidget(widget);
}

void ReferenceListTab::updateDetail()
{
    const int row = selectedRow();
    m_detailView->setHtml(row >= 0 && m_detail ? m_detail(row) : QString());
}

namespace ReferenceHtml {
QString unconfirmedMark()
{
    return QStringLiteral(" <b style=\"color:#b35c00\">[%1]</b>")
        .arg(ReferenceListTab::tr("UNCONFIRMED — shipped default, check and correct").toHtmlEscaped());
}

QString row(const QString& label, const QString& value, bool unconfirmed)
{
    QString text = value.toHtmlEscaped();
    text.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<tr><td valign=\"top\" style=\"padding-right:12px\"><b>%1</b></td><td>%2%3</td></tr>")
        .arg(label.toHtmlEscaped(), text, unconfirmed ? unconfirmedMark() : QString());
}

QString table(const QString& title, const QStringList& rows)
{
    return QStringLiteral("<h3>%1</h3><table cellspacing=\"2\">%2</table>")
        .arg(title.toHtmlEscaped(), rows.join(QString()));
}
} // namespace ReferenceHtml
