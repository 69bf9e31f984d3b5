#include "Setup.h"

#include "Database.h"
#include "Transaction.h"
#include "calendar/CalendarStore.h"
#include "documents/DocumentTemplateStore.h"
#include "reference/ReferenceSeed.h"
#include "security/Accounts.h"
#include "security/SecurityPolicy.h"

namespace {
const Actor& setupActor()
{
    static const Actor actor = Actor::system(QStringLiteral("system:setup"));
    return actor;
}

struct DemoDepartment
{
    const char* code;
    const char* name;
};

struct DemoAccount
{
    const char* login;
    const char* name;
    const char* department;
    Role role;
};

constexpr DemoDepartment kDemoDepartments[] = {
    {"SCJG", "庐山市市场监督管理局"}, {"SWJ", "国家税务总局庐山市税务局"},
    {"YJGL", "庐山市应急管理局"},     {"RSJ", "庐山市人力资源和社会保障局"},
    {"FY", "庐山市人民法院"},
};

constexpr DemoAccount kDemoAccounts[] = {
    {"officer1", "王晓明", nullptr, Role::Officer},   {"reviewer1", "李秀英", nullptr, Role::Reviewer},
    {"approver1", "陈建国", nullptr, Role::Approver}, {"secadmin", "赵安", nullptr, Role::SecurityAdmin},
    {"auditor", "孙审", nullptr, Role::AuditAdmin},   {"scjg1", "刘市监", "SCJG", Role::Officer},
};
} // namespace

QString Setup::defaultOfficeName()
{
    return QStringLiteral("庐山市社会信用体系建设领导小组办公室");
}

Status Setup::seedReferenceData(Database& db)
{
    if (auto reference = ReferenceSeed::loadShipped(db); !reference)
        return reference;
    if (auto templates = DocumentTemplateStore(db).seedShipped(); !templates)
        return templates;
    auto shipped = WorkCalendar::shipped();
    if (!shipped)
        return shipped.error();
    CalendarStore store(db);
    auto stored = store.load();
    if (!stored)
        return stored.error();
    // Only a database that never had a calendar gets the shipped one: a year an administrator removed
    // on purpose stays removed.
    if (!stored->loadedYears().isEmpty())
        return {};
    return store.importMissingYears(setupActor(), *shipped);
}

Result<bool> Setup::needsFirstAdministrator(Database& db)
{
    auto count = Accounts(db).userCount();
    if (!count)
        return count.error();
    return *count == 0;
}

Status Setup::createFirstAdministrator(Database& db, const FirstAdministrator& admin)
{
    Accounts accounts(db);
    if (auto valid = Accounts::validateLogin(admin.login); !valid)
        return valid;
    auto policy = SecurityPolicy::load(db);
    if (!policy)
        return policy.error();
    if (auto strong = policy->checkPassword(admin.password, Accounts::normalizeLogin(admin.login)); !strong)
        return strong;
    const QString officeName = admin.officeName.trimmed().isEmpty() ? defaultOfficeName() : admin.officeName.trimmed();
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.status();
    auto needed = needsFirstAdministrator(db);
    if (!needed)
        return needed.error();
    if (!*needed)
        return Error::conflict(tr("This database has accounts already; sign in instead."));
    auto office = accounts.findDepartment(admin.officeCode);
    if (!office) {
        office = accounts.addDepartment(setupActor(), admin.officeCode, officeName, true);
        if (!office)
            return office.error();
    }
    auto user
        = accounts.addUser(setupActor(), {admin.login, admin.name, office->code, {Role::SystemAdmin}, admin.password});
    if (!user)
        return user.error();
    return transaction.commit();
}

Status Setup::installDemo(Database& db, const QString& demoPassword)
{
    Accounts accounts(db);
    auto departments = accounts.departments();
    if (!departments)
        return departments.error();
    QString officeCode;
    for (const auto& department : std::as_const(*departments)) {
        if (department.isCreditOffice)
            officeCode = department.code;
    }
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.status();
    if (officeCode.isEmpty()) {
        auto office = accounts.addDepartment(setupActor(), QStringLiteral("XYB"), defaultOfficeName(), true);
        if (!office)
            return office.error();
        officeCode = office->code;
    }
    for (const auto& department : kDemoDepartments) {
        const QString code = QString::fromLatin1(department.code);
        if (accounts.findDepartment(code))
            continue;
        if (auto added = accounts.addDepartment(setupActor(), code, QString::fromUtf8(department.name), false); !added)
            return added.error();
    }
    for (const auto& account : kDemoAccounts) {
        const QString login = QString::fromLatin1(account.login);
        if (accounts.findUser(login))
            continue;
        const QString department = account.department ? QString::fromLatin1(account.department) : officeCode;
        auto added = accounts.addUser(
            setupActor(), {login, QString::fromUtf8(account.name), department, {account.role}, demoPassword});
        if (!added)
            return added.error();
    }
    return transaction.commit();
}
