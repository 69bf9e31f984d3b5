#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// One of the small reference tables as the catalog-and-lists area shows it: read-only text cells,
// one row per stored row, in the order the page keeps its data (so a row number finds the record).
class ReferenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReferenceTableModel(const QStringList& headers, QObject* parent = nullptr);

    void setRows(const QList<QStringList>& rows);
    // Rows drawn in grey, e.g. abolished or repealed ones.
    void setInactiveRows(const QList<int>& rows) { m_inactive = rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_inactive;
};
