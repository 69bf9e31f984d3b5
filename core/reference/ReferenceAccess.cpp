#include "ReferenceAccess.h"

#include "security/Actor.h"
#include "storage/Database.h"

Status ReferenceAccess::requireEditor(Database& db, const Actor& actor)
{
    // Like Permissions: creditctl on the database host acts as the machine's operator, audited by name.
    if (!actor.isUser())
        return {};
    const Error denied = Error::denied(
        tr("Only approvers of the credit office may change reference data; everyone else can read it."));
    if (!actor.has(Role::Approver))
        return denied;
    // Asked of the database, not of the actor's cached department name: a department can be re-flagged.
    auto office
        = db.scalar(QStringLiteral("SELECT is_credit_office FROM departments WHERE id = ?"), {actor.departmentId});
    if (!office)
        return office.error();
    if (!office->isValid() || office->toInt() != 1)
        return denied;
    return {};
}
