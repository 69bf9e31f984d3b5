#include "Role.h"

#include <algorithm>
#include <array>

namespace {
struct RoleRow
{
    Role role;
    const char* id;
    const char* english;
    const char* chinese;
    bool administrator;
};

// QT_TRANSLATE_NOOP keeps the English names in the translation file; displayName() translates them.
constexpr std::array<RoleRow, 6> kRoles = {{
    {Role::Officer, "officer", QT_TRANSLATE_NOOP("Roles", "Officer"), "经办人", false},
    {Role::Reviewer, "reviewer", QT_TRANSLATE_NOOP("Roles", "Reviewer"), "审核人", false},
    {Role::Approver, "approver", QT_TRANSLATE_NOOP("Roles", "Approver"), "负责人", false},
    {Role::SystemAdmin, "sysadmin", QT_TRANSLATE_NOOP("Roles", "System administrator"), "系统管理员", true},
    {Role::SecurityAdmin, "secadmin", QT_TRANSLATE_NOOP("Roles", "Security administrator"), "安全管理员", true},
    {Role::AuditAdmin, "auditadmin", QT_TRANSLATE_NOOP("Roles", "Audit administrator"), "审计管理员", true},
}};

const RoleRow& row(Role role)
{
    return *std::find_if(kRoles.begin(), kRoles.end(), [role](const RoleRow& r) { return r.role == role; });
}
} // namespace

QList<Role> Roles::all()
{
    QList<Role> roles;
    for (const auto& r : kRoles)
        roles << r.role;
    return roles;
}

QString Roles::id(Role role)
{
    return QString::fromLatin1(row(role).id);
}

QString Roles::displayName(Role role)
{
    return tr(row(role).english);
}

bool Roles::isAdministrator(Role role)
{
    return row(role).administrator;
}

std::optional<Role> Roles::parse(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const auto& r : kRoles) {
        if (wanted.compare(QLatin1String(r.id), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(r.english), Qt::CaseInsensitive) == 0
            || wanted == QString::fromUtf8(r.chinese) || wanted == tr(r.english))
            return r.role;
    }
    return std::nullopt;
}

QStringList Roles::displayNames(const QSet<Role>& roles)
{
    QStringList names;
    for (const auto& r : kRoles) {
        if (roles.contains(r.role))
            names << tr(r.english);
    }
    return names;
}

Status Roles::checkCombination(const QSet<Role>& roles)
{
    if (roles.isEmpty())
        return Error::invalid(tr("An account needs at least one role."));
    for (Role role : roles) {
        if (isAdministrator(role) && roles.size() > 1)
            return Error::invalid(tr("The %1 role cannot be combined with any other role: the system, security and "
                                     "audit administrators are separate people, and none of them handles cases.")
                                      .arg(displayName(role)));
    }
    return {};
}
