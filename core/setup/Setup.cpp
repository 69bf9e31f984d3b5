#include "Setup.h"

#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "cases/CaseDeadlines.h"
#include "cases/listing/DemoCases.h"
#include "documents/DocumentSettings.h"
#include "documents/DocumentTemplateStore.h"
#include "reference/ReferenceSeed.h"
#include "registry/RecordImporter.h"
#include "registry/SampleData.h"
#include "security/Accounts.h"
#include "security/SecurityPolicy.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>

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
    return DocumentSettings::defaultOfficeName();
}

CalendarStore Setup::calendarStore(Database& db)
{
    return CalendarStore(db, &CaseDeadlines::followCalendar);
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
    CalendarStore store = calendarStore(db);
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

Status Setup::installDemoRegistry(Database& db)
{
    // Each demo department sends one file of its own penalties (the authority of row n is n % 5).
    const QList<QPair<QString, int>> senders = {{QStringLiteral("SCJG"), 0},
                                                {QStringLiteral("SWJ"), 1},
                                                {QStringLiteral("YJGL"), 2},
                                                {QStringLiteral("RSJ"), 3}};
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error::environment(tr("Cannot make a temporary folder for the demo files."));
    SampleData sample(2026);
    Accounts accounts(db);
    for (const auto& [code, authority] : senders) {
        auto department = accounts.findDepartment(code);
        if (!department)
            return department.error();
        QStringList lines{SampleData::csvHeader().join(u',')};
        for (int i = 0; i < 30; ++i) {
            const qint64 n = authority + 5 * i;
            lines
                << sample.csvRow(sample.subject(n), n, QDate(2023, 6, 1), Clock::currentDate().addDays(-3)).join(u',');
        }
        const QString path = folder.filePath(code + QStringLiteral(".csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8()) < 0)
            return Error::environment(tr("Cannot write the demo file %1.").arg(path));
        file.close();
        ImportOptions options;
        options.departmentId = department->id;
        auto report = RecordImporter(db).importFile(setupActor(), path, options);
        if (!report)
            return report.error();
        if (!report->rejected.isEmpty())
            return Error::invalid(tr("The demo file of %1 was refused: %2").arg(code, report->rejected.first().reason));
    }
    return {};
}

Status Setup::installDemoCases(Database& db)
{
    return DemoCases::install(db);
}
