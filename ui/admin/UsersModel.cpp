#include "UsersModel.h"

#include "Clock.h"

#include <QColor>

UsersModel::UsersModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void UsersModel::setUsers(const QList<User>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UsersModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::statusText(const User& user, const QDateTime& nowUtc)
{
    if (!user.active)
        return tr("disabled");
    if (user.isLocked(nowUtc))
        return tr("locked until %1").arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
    if (!user.hasPassword)
        return tr("no password");
    return tr("active");
}

QString UsersModel::text(const User& user, int column) const
{
    switch (column) {
    case LoginColumn:
        return user.login;
    case NameColumn:
        return user.name;
    case DepartmentColumn:
        return user.departmentName;
    case RolesColumn:
        return Roles::displayNames(user.roles).join(QStringLiteral("、"));
    case StatusColumn:
        return statusText(user, Clock::currentDateTimeUtc());
    case LastSignInColumn:
        return user.lastSignIn.isValid() ? user.lastSignIn.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : tr("never");
    }
    return {};
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& row = m_users.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(row, index.column());
    if (role == Qt::ForegroundRole && !row.active)
        return QColor(Qt::darkGray);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("User name");
    case NameColumn:
        return tr("Full name");
    case DepartmentColumn:
        return tr("Department");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    case LastSignInColumn:
        return tr("Last sign-in");
    }
    return {};
}
