#include "SecurityPolicy.h"

#include "Actor.h"
#include "AuditLog.h"
#include "Permissions.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

namespace {
const QString kMinLength = QStringLiteral("security.password_min_length");
const QString kMinClasses = QStringLiteral("security.password_min_classes");
const QString kAttempts = QStringLiteral("security.lockout_attempts");
const QString kLockMinutes = QStringLiteral("security.lockout_minutes");
const QString kIdleMinutes = QStringLiteral("security.idle_lock_minutes");
} // namespace

Result<SecurityPolicy> SecurityPolicy::load(Database& db)
{
    SecurityPolicy policy;
    const std::pair<const QString*, int*> fields[] = {
        {&kMinLength, &policy.passwordMinLength}, {&kMinClasses, &policy.passwordMinClasses},
        {&kAttempts, &policy.lockoutAttempts},    {&kLockMinutes, &policy.lockoutMinutes},
        {&kIdleMinutes, &policy.idleLockMinutes},
    };
    for (const auto& [key, field] : fields) {
        auto number = Settings::intValue(db, *key, *field);
        if (!number)
            return number.error();
        *field = *number;
    }
    return policy;
}

Status SecurityPolicy::validate() const
{
    if (passwordMinLength < 8 || passwordMinLength > 64)
        return Error::invalid(tr("Minimum password length must be between 8 and 64 characters."));
    if (passwordMinClasses < 3 || passwordMinClasses > 4)
        return Error::invalid(tr("Passwords must mix 3 or 4 kinds of characters."));
    if (lockoutAttempts < 3 || lockoutAttempts > 10)
        return Error::invalid(tr("The account must lock after 3 to 10 failed attempts."));
    if (lockoutMinutes < 10 || lockoutMinutes > 1440)
        return Error::invalid(tr("The lock-out must last between 10 minutes and 24 hours."));
    if (idleLockMinutes < 1 || idleLockMinutes > 15)
        return Error::invalid(tr("The window must lock after 1 to 15 idle minutes."));
    return {};
}

Status SecurityPolicy::save(Database& db, const Actor& actor, const SecurityPolicy& policy)
{
    if (auto allowed = Permissions::require(actor, Permission::EditSecurityPolicy); !allowed)
        return allowed;
    if (auto valid = policy.validate(); !valid)
        return valid;
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.status();
    const std::pair<const QString*, int> fields[] = {
        {&kMinLength, policy.passwordMinLength}, {&kMinClasses, policy.passwordMinClasses},
        {&kAttempts, policy.lockoutAttempts},    {&kLockMinutes, policy.lockoutMinutes},
        {&kIdleMinutes, policy.idleLockMinutes},
    };
    QStringList detail;
    for (const auto& [key, value] : fields) {
        if (auto saved = Settings::setValue(db, *key, QString::number(value)); !saved)
            return saved;
        detail << QStringLiteral("%1=%2").arg(*key).arg(value);
    }
    if (auto audited
        = AuditLog::append(db, actor, QStringLiteral("security.policy_changed"), QStringLiteral("settings"),
                           QStringLiteral("security"), true, detail.join(u' '));
        !audited)
        return audited;
    return transaction.commit();
}

Status SecurityPolicy::checkPassword(const QString& password, const QString& login) const
{
    if (password.size() < passwordMinLength)
        return Error::invalid(tr("The password must have at least %1 characters; it has %2.")
                                  .arg(passwordMinLength)
                                  .arg(password.size()));
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (c >= u'a' && c <= u'z')
            lower = true;
        else if (c >= u'A' && c <= u'Z')
            upper = true;
        else if (c >= u'0' && c <= u'9')
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    if (classes < passwordMinClasses)
        return Error::invalid(
            tr("The password must mix at least %1 of: lower-case letters, upper-case letters, digits, "
               "other characters; it has %2.")
                .arg(passwordMinClasses)
                .arg(classes));
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return Error::invalid(tr("The password must not contain the user name."));
    return {};
}
