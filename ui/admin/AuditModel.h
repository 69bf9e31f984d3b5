#pragma once

#include "security/AuditLog.h"

#include <QAbstractTableModel>

// Rows of the audit trail, newest first, as AuditLog::recent returns them. Read-only.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        UserColumn,
        DepartmentColumn,
        EventColumn,
        ObjectColumn,
        ResultColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditModel(QObject* parent = nullptr);

    void setRows(const QList<AuditRow>& rows);
    const AuditRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The stored UTC ISO 8601 text as local "yyyy-MM-dd HH:mm:ss"; unparsable text is shown as stored.
    static QString localTime(const QString& utcIso);

private:
    QString text(const AuditRow& row, int column) const;

    QList<AuditRow> m_rows;
};
