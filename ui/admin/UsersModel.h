#pragma once

#include "security/Accounts.h"

#include <QAbstractTableModel>

// The accounts as the users page lists them: one row per account, read-only.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        DepartmentColumn,
        RolesColumn,
        StatusColumn,
        LastSignInColumn,
        ColumnCount
    };

    explicit UsersModel(QObject* parent = nullptr);

    void setUsers(const QList<User>& users);
    const User& user(int row) const { return m_users.at(row); }
    // The row of the account with this id, or -1.
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const User& user, const QDateTime& nowUtc);

private:
    QString text(const User& user, int column) const;

    QList<User> m_users;
};
