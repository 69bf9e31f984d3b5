#pragma once

#include <QString>
#include <Qt>
#include <functional>

class QLabel;
class QTableView;
class WindowedTableModel;

// What the paged lists (registry, cases, documents) share: a read-only row-selecting table, and a label that
// says "Loading…" until the count arrives, then the count, or why the list could not be read.
namespace PagedList {
void configureTable(QTableView* table);
void followCount(WindowedTableModel* model, QLabel* label, std::function<QString(qint64)> countText);
void showLoading(QLabel* label);
// Takes a header click: a column the list can sort by becomes the order; for any other the header goes
// back to showing the order the list really has. Returns whether the order changed.
bool takeSort(QTableView* table, int column, Qt::SortOrder order, bool sortable, int& sortColumn,
              Qt::SortOrder& sortOrder);
} // namespace PagedList
