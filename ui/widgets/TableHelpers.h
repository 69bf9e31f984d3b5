#pragma once

#include <QHeaderView>
#include <QStringList>
#include <QTableWidget>

// The small read-only tables of the detail views and lists: whole rows selected, no editing, the last
// column stretched. Each cell carries the row's id, so a click anywhere in the row finds what it shows.
inline void setTableHeaders(QTableWidget* table, const QStringList& headers)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
}

inline QTableWidget* makeReadOnlyTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    setTableHeaders(table, headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

inline void setTableRow(QTableWidget* table, int row, const QStringList& cells, qint64 id = 0)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

// The id of the row a table's current cell is in, 0 when there is none.
inline qint64 currentRowId(const QTableWidget* table)
{
    const auto* item = table->currentRow() >= 0 ? table->item(table->currentRow(), 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}
