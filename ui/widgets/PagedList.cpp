#include "PagedList.h"

#include "WindowedTableModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>

void PagedList::configureTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // Fixed row heights let the view scroll a million rows without measuring them.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicatorShown(true);
}

void PagedList::followCount(WindowedTableModel* model, QLabel* label, std::function<QString(qint64)> countText)
{
    QObject::connect(model, &WindowedTableModel::countKnown, label, [label, countText](qint64 count) {
        label->setStyleSheet({});
        label->setText(countText(count));
    });
    QObject::connect(model, &WindowedTableModel::failed, label, [label](const QString& message) {
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->setText(message);
    });
}

void PagedList::showLoading(QLabel* label)
{
    label->setStyleSheet({});
    label->setText(QCoreApplication::translate("PagedList", "Loading…"));
}

bool PagedList::takeSort(QTableView* table, int column, Qt::SortOrder order, bool sortable, int& sortColumn,
                         Qt::SortOrder& sortOrder)
{
    if (sortable) {
        sortColumn = column;
        sortOrder = order;
        return true;
    }
    QTimer::singleShot(0, table, [table, column = sortColumn, order = sortOrder] {
        const QSignalBlocker blocker(table->horizontalHeader());
        table->horizontalHeader()->setSortIndicator(column, order);
    });
    return false;
}
