#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The security numbers of docs/regulations.md §10, kept in the settings table so the security
// administrator can tighten them without a new program.
struct SecurityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SecurityPolicy)

public:
    int passwordMinLength = 8;
    int passwordMinClasses = 3; // of: lower-case, upper-case, digits, other characters
    int lockoutAttempts = 5;
    int lockoutMinutes = 10;
    int idleLockMinutes = 15;

    static Result<SecurityPolicy> load(Database& db);
    // Refuses values outside what 等保 level 3 practice allows; audited.
    static Status save(Database& db, const Actor& actor, const SecurityPolicy& policy);
    Status validate() const;

    // Says what is missing, or nothing when the password meets the policy.
    Status checkPassword(const QString& password, const QString& login = {}) const;
};
