#include "Accounts.h"

#include "AuditLog.h"
#include "Clock.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "SecurityPolicy.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace {
const QString kUserColumns = QStringLiteral(
    "u.id, u.login, u.name, u.department_id, d.name, u.active, u.password_hash, u.failed_attempts, u.locked_until, "
    "u.last_sign_in_at, u.version FROM users u JOIN departments d ON d.id = u.department_id");

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    auto time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString rolesText(const QSet<Role>& roles)
{
    QStringList ids;
    for (Role role : Roles::all()) {
        if (roles.contains(role))
            ids << Roles::id(role);
    }
    return ids.join(u',');
}

Status audit(Database& db, const Actor& actor, const QString& event, const QString& object, bool success,
             const QString& detail = {})
{
    return AuditLog::append(db, actor, event, QStringLiteral("user"), object, success, detail);
}
} // namespace

QString Accounts::normalizeLogin(const QString& login)
{
    return login.trimmed().toLower();
}

Status Accounts::validateLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(normalizeLogin(login)).hasMatch())
        return Error::invalid(tr("The user name \"%1\" is not valid: use 2 to 32 Latin letters, digits, dots, dashes "
                                 "or underscores, starting with a letter or digit.")
                                  .arg(login));
    return {};
}

Actor Accounts::actorFor(const User& user)
{
    Actor actor;
    actor.userId = user.id;
    actor.login = user.login;
    actor.name = user.name;
    actor.departmentId = user.departmentId;
    actor.department = user.departmentName;
    actor.roles = user.roles;
    return actor;
}

Result<qint64> Accounts::userCount()
{
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<QList<Department>> Accounts::departments()
{
    auto rows = m_db.exec(QStringLiteral("SELECT id, code, name, is_credit_office, active FROM departments ORDER BY "
                                         "is_credit_office DESC, code"));
    if (!rows)
        return rows.error();
    QList<Department> list;
    while (rows->next())
        list << Department{rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
                           rows->value(3).toInt() != 0, rows->value(4).toInt() != 0};
    return list;
}

Result<Department> Accounts::findDepartment(const QString& nameOrCode)
{
    auto all = departments();
    if (!all)
        return all.error();
    const QString wanted = nameOrCode.trimmed();
    for (const auto& department : std::as_const(*all)) {
        if (department.name == wanted || department.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return department;
    }
    return Error::notFound(tr("There is no department \"%1\".").arg(wanted));
}

Result<Department> Accounts::addDepartment(const Actor& actor, const QString& code, const QString& name,
                                           bool creditOffice)
{
    if (auto allowed = Permissions::require(actor, Permission::ManageDepartments); !allowed)
        return allowed.error();
    const QString cleanCode = code.trimmed().toUpper();
    const QString cleanName = name.trimmed();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9_-]{1,16}$"));
    if (!codePattern.match(cleanCode).hasMatch())
        return Error::invalid(tr("The department code \"%1\" is not valid: use 1 to 16 Latin letters, digits, dashes "
                                 "or underscores.")
                                  .arg(code));
    if (cleanName.isEmpty() || cleanName.size() > 100)
        return Error::invalid(tr("The department name must have 1 to 100 characters."));
    if (auto existing = findDepartment(cleanCode))
        return Error::conflict(tr("The department code %1 is taken already (%2).").arg(cleanCode, existing->name));
    if (auto existing = findDepartment(cleanName))
        return Error::conflict(tr("A department named %1 exists already (code %2).").arg(cleanName, existing->code));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO departments (code, name, is_credit_office) VALUES (?, ?, ?) "
                                             "RETURNING id"),
                              {cleanCode, cleanName, creditOffice ? 1 : 0});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("department.created"), QStringLiteral("department"),
                                        cleanCode, true, cleanName);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Department{id, cleanCode, cleanName, creditOffice, true};
}

Result<User> Accounts::loadUser(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" WHERE ") + where, params);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error::notFound(tr("There is no such user."));
    User user;
    user.id = rows->value(0).toLongLong();
    user.login = rows->value(1).toString();
    user.name = rows->value(2).toString();
    user.departmentId = rows->value(3).toLongLong();
    user.departmentName = rows->value(4).toString();
    user.active = rows->value(5).toInt() != 0;
    user.hasPassword = !rows->value(6).toString().isEmpty();
    user.failedAttempts = rows->value(7).toInt();
    user.lockedUntil = fromIsoUtc(rows->value(8));
    user.lastSignIn = fromIsoUtc(rows->value(9));
    user.version = rows->value(10).toInt();
    rows->finish();
    auto roles = m_db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {user.id});
    if (!roles)
        return roles.error();
    while (roles->next()) {
        if (auto role = Roles::parse(roles->value(0).toString()))
            user.roles.insert(*role);
    }
    return user;
}

Result<User> Accounts::findUser(const QString& login)
{
    auto user = loadUser(QStringLiteral("u.login = ?"), {normalizeLogin(login)});
    if (!user && user.error().kind == Error::Kind::NotFound)
        return Error::notFound(tr("There is no user \"%1\".").arg(login.trimmed()));
    return user;
}

Result<QList<User>> Accounts::users()
{
    auto logins = m_db.exec(QStringLiteral("SELECT login FROM users ORDER BY login"));
    if (!logins)
        return logins.error();
    QStringList names;
    while (logins->next())
        names << logins->value(0).toString();
    logins->finish();
    QList<User> list;
    for (const auto& login : std::as_const(names)) {
        auto user = findUser(login);
        if (!user)
            return user.error();
        list << *user;
    }
    return list;
}

Result<User> Accounts::addUser(const Actor& actor, const NewUser& input)
{
    if (auto allowed = Permissions::require(actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    const QString login = normalizeLogin(input.login);
    if (auto valid = validateLogin(login); !valid)
        return valid.error();
    const QString name = input.name.trimmed();
    if (name.isEmpty() || name.size() > 50)
        return Error::invalid(tr("The full name must have 1 to 50 characters."));
    if (auto combination = Roles::checkCombination(input.roles); !combination)
        return combination.error();
    auto department = findDepartment(input.department);
    if (!department)
        return department.error();
    if (findUser(login).ok())
        return Error::conflict(tr("The user name \"%1\" is taken already.").arg(login));
    QString hash;
    if (!input.password.isEmpty()) {
        auto policy = SecurityPolicy::load(m_db);
        if (!policy)
            return policy.error();
        if (auto strong = policy->checkPassword(input.password, login); !strong)
            return strong.error();
        hash = PasswordHasher::hash(input.password);
        if (hash.isEmpty())
            return Error::environment(tr("The password could not be hashed (libsodium failed)."));
    }
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO users (login, name, department_id, password_hash, "
                                             "password_changed_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                              {login, name, department->id, hash,
                               hash.isEmpty() ? QVariant() : QVariant(isoUtc(Clock::currentDateTimeUtc()))});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    for (Role role : input.roles) {
        if (auto added
            = m_db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"), {id, Roles::id(role)});
            !added)
            return added.error();
    }
    if (auto audited
        = audit(m_db, actor, QStringLiteral("user.created"), login, true,
                QStringLiteral("name=%1 department=%2 roles=%3").arg(name, department->code, rolesText(input.roles)));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return findUser(login);
}

Status Accounts::requireOtherSystemAdmin(qint64 userId)
{
    auto others = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id "
                                             "WHERE r.role = 'sysadmin' AND u.active = 1 AND u.id <> ?"),
                              {userId});
    if (!others)
        return others.error();
    if (others->toLongLong() == 0)
        return Error::invalid(tr("This is the last active system administrator: create another one first."));
    return {};
}

Status Accounts::setRoles(const Actor& actor, qint64 userId, const QSet<Role>& roles, int expectedVersion)
{
    if (auto allowed = Permissions::require(actor, Permission::ManageUsers); !allowed)
        return allowed;
    if (auto combination = Roles::checkCombination(roles); !combination)
        return combination;
    auto user = loadUser(QStringLiteral("u.id = ?"), {userId});
    if (!user)
        return user.error();
    if (user->roles.contains(Role::SystemAdmin) && !roles.contains(Role::SystemAdmin)) {
        if (auto other = requireOtherSystemAdmin(userId); !other)
            return other;
    }
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    auto bumped = m_db.exec(QStringLiteral("UPDATE users SET version = version + 1 WHERE id = ? AND version = ?"),
                            {userId, expectedVersion});
    if (!bumped)
        return bumped.error();
    if (bumped->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the account %1 meanwhile. Reload it and try again.").arg(user->login));
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId}); !cleared)
        return cleared.error();
    for (Role role : roles) {
        if (auto added = m_db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                                   {userId, Roles::id(role)});
            !added)
            return added.error();
    }
    if (auto audited = audit(m_db, actor, QStringLiteral("user.roles_changed"), user->login, true,
                             QStringLiteral("%1 -> %2").arg(rolesText(user->roles), rolesText(roles)));
        !audited)
        return audited;
    return transaction.commit();
}

Status Accounts::setActive(const Actor& actor, qint64 userId, bool active, int expectedVersion)
{
    if (auto allowed = Permissions::require(actor, Permission::ManageUsers); !allowed)
        return allowed;
    auto user = loadUser(QStringLiteral("u.id = ?"), {userId});
    if (!user)
        return user.error();
    if (!active && user->roles.contains(Role::SystemAdmin)) {
        if (auto other = requireOtherSystemAdmin(userId); !other)
            return other;
    }
    if (!active && user->id == actor.userId)
        return Error::invalid(tr("You cannot disable your own account."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    auto updated
        = m_db.exec(QStringLiteral("UPDATE users SET active = ?, version = version + 1 WHERE id = ? AND version = ?"),
                    {active ? 1 : 0, userId, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the account %1 meanwhile. Reload it and try again.").arg(user->login));
    if (auto audited = audit(m_db, actor, active ? QStringLiteral("user.enabled") : QStringLiteral("user.disabled"),
                             user->login, true);
        !audited)
        return audited;
    return transaction.commit();
}

Status Accounts::setPassword(const Actor& actor, const QString& login, const QString& newPassword)
{
    if (auto allowed = Permissions::require(actor, Permission::ResetPasswords); !allowed)
        return allowed;
    auto user = findUser(login);
    if (!user)
        return user.error();
    auto policy = SecurityPolicy::load(m_db);
    if (!policy)
        return policy.error();
    if (auto strong = policy->checkPassword(newPassword, user->login); !strong)
        return strong;
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Error::environment(tr("The password could not be hashed (libsodium failed)."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                                            "failed_attempts = 0, locked_until = NULL, version = version + 1 "
                                            "WHERE id = ?"),
                             {hash, isoUtc(Clock::currentDateTimeUtc()), user->id});
    if (!updated)
        return updated.error();
    if (auto audited = audit(m_db, actor, QStringLiteral("user.password_set"), user->login, true); !audited)
        return audited;
    return transaction.commit();
}

Status Accounts::changeOwnPassword(const Actor& actor, const QString& oldPassword, const QString& newPassword)
{
    if (auto confirmed = confirmPassword(actor, oldPassword); !confirmed)
        return Error::invalid(tr("The current password is wrong."));
    Actor self = actor;
    // Changing one's own password needs no administrator; the row says who did it.
    self.roles.insert(Role::SecurityAdmin);
    return setPassword(self, actor.login, newPassword);
}

Status Accounts::unlock(const Actor& actor, const QString& login)
{
    if (auto allowed = Permissions::require(actor, Permission::UnlockAccounts); !allowed)
        return allowed;
    auto user = findUser(login);
    if (!user)
        return user.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, version = "
                                            "version + 1 WHERE id = ?"),
                             {user->id});
    if (!updated)
        return updated.error();
    if (auto audited = audit(m_db, actor, QStringLiteral("user.unlocked"), user->login, true); !audited)
        return audited;
    return transaction.commit();
}

Result<Actor> Accounts::signIn(const QString& loginInput, const QString& password)
{
    const QString login = normalizeLogin(loginInput);
    const Error wrong = Error::denied(tr("Wrong user name or password."));
    auto policy = SecurityPolicy::load(m_db);
    if (!policy)
        return policy.error();
    auto hashRow = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {login});
    if (!hashRow)
        return hashRow.error();
    // Hash outside the transaction: Argon2 takes a moment and must not hold the write lock.
    // An unknown name costs the same hashing time as a known one, so timing does not tell which exist.
    static const QString dummy = PasswordHasher::hash(QStringLiteral("not-an-account-Zq9!"));
    const bool known = hashRow->isValid() && !hashRow->toString().isEmpty();
    const bool passwordOk = PasswordHasher::verify(known ? hashRow->toString() : dummy, password) && known;

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto user = findUser(login);
    const Actor anonymous = Actor::system(login.isEmpty() ? QStringLiteral("?") : login);
    if (!user) {
        if (user.error().kind != Error::Kind::NotFound)
            return user.error();
        if (auto audited
            = audit(m_db, anonymous, QStringLiteral("user.sign_in"), login, false, QStringLiteral("unknown account"));
            !audited)
            return audited.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return wrong;
    }
    const Actor actor = actorFor(*user);
    const QDateTime now = Clock::currentDateTimeUtc();
    Error refusal;
    QString reason;
    if (!user->active) {
        refusal = Error::denied(tr("The account %1 is disabled.").arg(login));
        reason = QStringLiteral("disabled");
    } else if (user->isLocked(now)) {
        refusal = Error::denied(tr("The account %1 is locked after too many failed attempts until %2.")
                                    .arg(login, user->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
        reason = QStringLiteral("locked");
    } else if (!passwordOk) {
        const int failures = user->failedAttempts + 1;
        QString lockedUntil;
        int stored = failures;
        if (failures >= policy->lockoutAttempts) {
            lockedUntil = isoUtc(now.addSecs(60LL * policy->lockoutMinutes));
            stored = 0;
            refusal = Error::denied(tr("Wrong password for the %1th time: the account is locked for %2 minutes.")
                                        .arg(failures)
                                        .arg(policy->lockoutMinutes));
        } else {
            refusal = Error::denied(tr("Wrong user name or password. %n attempt(s) left before the account locks.", "",
                                       policy->lockoutAttempts - failures));
        }
        reason = QStringLiteral("wrong password (%1)").arg(failures);
        auto counted = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                                 {stored, lockedUntil.isEmpty() ? QVariant() : QVariant(lockedUntil), user->id});
        if (!counted)
            return counted.error();
        if (!lockedUntil.isEmpty()) {
            if (auto audited = audit(m_db, actor, QStringLiteral("user.locked"), login, true,
                                     QStringLiteral("until %1 after %2 failures").arg(lockedUntil).arg(failures));
                !audited)
                return audited.error();
        }
    }
    if (!reason.isEmpty()) {
        if (auto audited = audit(m_db, actor, QStringLiteral("user.sign_in"), login, false, reason); !audited)
            return audited.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return refusal;
    }
    auto updated = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, "
                                            "last_sign_in_at = ? WHERE id = ?"),
                             {isoUtc(now), user->id});
    if (!updated)
        return updated.error();
    if (auto audited = audit(m_db, actor, QStringLiteral("user.sign_in"), login, true); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return actor;
}

Status Accounts::confirmPassword(const Actor& actor, const QString& password)
{
    // The same counting and lock-out as at sign-in: the lock screen is no way round them.
    auto again = signIn(actor.login, password);
    return again ? Status() : Status(again.error());
}
