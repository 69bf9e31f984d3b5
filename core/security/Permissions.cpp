#include "Permissions.h"

#include <QHash>

namespace {
// Which role may do what. Separation of the three administrators (三员分立): the system administrator
// runs accounts and system data, the security administrator the security policy and locked accounts,
// the audit administrator reads the audit trail; none of them handles cases.
const QHash<Permission, QSet<Role>>& table()
{
    static const QHash<Permission, QSet<Role>> rows = {
        {Permission::ManageUsers, {Role::SystemAdmin}},
        {Permission::ManageDepartments, {Role::SystemAdmin}},
        {Permission::EditCalendar, {Role::SystemAdmin}},
        {Permission::EditSettings, {Role::SystemAdmin}},
        {Permission::BackUpDatabase, {Role::SystemAdmin}},
        {Permission::EditSecurityPolicy, {Role::SecurityAdmin}},
        {Permission::UnlockAccounts, {Role::SecurityAdmin}},
        {Permission::ResetPasswords, {Role::SecurityAdmin}},
        {Permission::ViewAudit, {Role::AuditAdmin}},
        {Permission::ViewRegistry, {Role::Officer, Role::Reviewer, Role::Approver}},
        {Permission::EditRegistry, {Role::Officer, Role::Approver}},
        {Permission::ImportRecords, {Role::Officer, Role::Approver}},
        {Permission::ExportRegistry, {Role::Officer, Role::Reviewer, Role::Approver}},
        {Permission::MergeSubjects, {Role::Approver}},
        {Permission::ViewCases, {Role::Officer, Role::Reviewer, Role::Approver}},
        {Permission::HandleCases, {Role::Officer}},
        {Permission::ReviewCases, {Role::Reviewer}},
        {Permission::ApproveCases, {Role::Approver}},
    };
    return rows;
}
} // namespace

bool Permissions::allowed(const QSet<Role>& roles, Permission permission)
{
    return roles.intersects(table().value(permission));
}

bool Permissions::allowed(const Actor& actor, Permission permission)
{
    // creditctl on the database host acts as the machine's operator: whoever can open the file or
    // log into the server could change the data anyway. Its actions are audited under its own name.
    if (!actor.isUser())
        return true;
    return allowed(actor.roles, permission);
}

Status Permissions::require(const Actor& actor, Permission permission)
{
    if (allowed(actor, permission))
        return {};
    return Error::denied(tr("You may not %1. Ask an administrator for the right role.").arg(describe(permission)));
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return tr("manage user accounts");
    case Permission::ManageDepartments:
        return tr("manage departments");
    case Permission::EditCalendar:
        return tr("edit the working-day calendar");
    case Permission::EditSettings:
        return tr("change system settings");
    case Permission::BackUpDatabase:
        return tr("back up and restore the database");
    case Permission::EditSecurityPolicy:
        return tr("change the security policy");
    case Permission::UnlockAccounts:
        return tr("unlock accounts");
    case Permission::ResetPasswords:
        return tr("reset passwords");
    case Permission::ViewAudit:
        return tr("read the audit trail");
    case Permission::ViewRegistry:
        return tr("read the credit registry");
    case Permission::EditRegistry:
        return tr("register subjects and credit records");
    case Permission::ImportRecords:
        return tr("import department files");
    case Permission::ExportRegistry:
        return tr("export subjects and records");
    case Permission::MergeSubjects:
        return tr("merge subjects");
    case Permission::ViewCases:
        return tr("read cases");
    case Permission::HandleCases:
        return tr("handle cases as an officer");
    case Permission::ReviewCases:
        return tr("review cases");
    case Permission::ApproveCases:
        return tr("approve cases");
    }
    return {};
}
