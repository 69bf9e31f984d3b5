#pragma once

#include "Actor.h"
#include "Result.h"
#include "Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

struct Department
{
    qint64 id = 0;
    QString code;
    QString name;
    bool isCreditOffice = false;
    bool active = true;
};

struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    qint64 departmentId = 0;
    QString departmentName;
    QSet<Role> roles;
    bool active = true;
    bool hasPassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime lastSignIn;
    int version = 1;

    bool isLocked(const QDateTime& nowUtc) const { return lockedUntil.isValid() && lockedUntil > nowUtc; }
};

struct NewUser
{
    QString login;
    QString name;
    QString department; // name or code of an existing department
    QSet<Role> roles;
    QString password; // empty: the account cannot sign in until a password is set
};

// Departments, user accounts and sign-in. Every change is checked against Permissions, validated
// before anything is written, and committed together with its audit row.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    explicit Accounts(Database& db)
        : m_db(db)
    { }

    Result<qint64> userCount();
    Result<QList<Department>> departments();
    Result<Department> findDepartment(const QString& nameOrCode);
    Result<Department> addDepartment(const Actor& actor, const QString& code, const QString& name, bool creditOffice);

    Result<QList<User>> users();
    Result<User> findUser(const QString& login);
    Result<User> addUser(const Actor& actor, const NewUser& user);
    // Optimistic: expectedVersion must be the version the caller read, else a conflict is returned.
    Status setRoles(const Actor& actor, qint64 userId, const QSet<Role>& roles, int expectedVersion);
    Status setActive(const Actor& actor, qint64 userId, bool active, int expectedVersion);
    Status setPassword(const Actor& actor, const QString& login, const QString& newPassword);
    Status changeOwnPassword(const Actor& actor, const QString& oldPassword, const QString& newPassword);
    Status unlock(const Actor& actor, const QString& login);

    // Checks the password, counts failures and locks the account after the policy's number of them.
    // Every attempt, good or bad, leaves an audit row.
    Result<Actor> signIn(const QString& login, const QString& password);
    // For the idle lock: the signed-in user proves it is still them.
    Status confirmPassword(const Actor& actor, const QString& password);

    static QString normalizeLogin(const QString& login);
    static Status validateLogin(const QString& login);
    static Actor actorFor(const User& user);

private:
    Result<User> loadUser(const QString& where, const QVariantList& params);
    Status requireOtherSystemAdmin(qint64 userId);

    Database& m_db;
};
