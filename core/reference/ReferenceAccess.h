#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;
struct Actor;

// Reference data (bases, catalog, measures, list domains, rule profiles, clean-up register) is
// maintained by the credit office and read by everyone else.
class ReferenceAccess
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceAccess)

public:
    // Allowed: a system actor (creditctl, set-up), or an approver whose department is the credit office.
    static Status requireEditor(Database& db, const Actor& actor);
};

// The free-function spelling the stores use.
inline Status requireReferenceEditor(Database& db, const Actor& actor)
{
    return ReferenceAccess::requireEditor(db, actor);
}
