#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

// The six roles of docs/regulations.md §10. The three administrators (system, security, audit) are kept
// apart: no account holds two of them, nor one of them together with a business role.
enum class Role
{
    Officer,
    Reviewer,
    Approver,
    SystemAdmin,
    SecurityAdmin,
    AuditAdmin
};

inline size_t qHash(Role role, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(role), seed);
}

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QList<Role> all();
    static QString id(Role role); // stable text stored in the database: "officer", "sysadmin", ...
    static QString displayName(Role role); // translated
    static bool isAdministrator(Role role);
    // Accepts the id, the English or the Chinese name.
    static std::optional<Role> parse(const QString& text);
    static QStringList displayNames(const QSet<Role>& roles);
    // Refuses an empty set and any set that breaks the separation of the three administrators.
    static Status checkCombination(const QSet<Role>& roles);
};
