#include "AuditModel.h"

#include "security/AuditEvents.h"

#include <QColor>
#include <QDateTime>

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditModel::setRows(const QList<AuditRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::localTime(const QString& utcIso)
{
    QDateTime time = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!time.isValid())
        return utcIso;
    // Both engines write a trailing Z; should one ever not, the text is still UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditModel::text(const AuditRow& row, int column) const
{
    const AuditEntry& entry = row.entry;
    switch (column) {
    case SeqColumn:
        return QString::number(row.seq);
    case TimeColumn:
        return localTime(row.at);
    case UserColumn:
        return entry.userLogin;
    case DepartmentColumn:
        return entry.department;
    case EventColumn:
        return AuditEvents::displayName(entry.event);
    case ObjectColumn:
        return entry.objectId.isEmpty() ? entry.objectType : entry.objectType + u':' + entry.objectId;
    case ResultColumn:
        return entry.success ? tr("success") : tr("FAILED");
    case DetailColumn:
        return entry.detail;
    }
    return {};
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? QVariant(row.entry.detail) : QVariant();
    case Qt::ForegroundRole:
        return row.entry.success ? QVariant() : QVariant(QColor(Qt::darkRed));
    case Qt::TextAlignmentRole:
        return index.column() == SeqColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case DepartmentColumn:
        return tr("Department");
    case EventColumn:
        return tr("Event");
    case ObjectColumn:
        return tr("Object");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}
