#include "Cli.h"
#include "Clock.h"
#include "Options.h"
#include "security/Accounts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
int add(Cli& cli)
{
    Options options;
    const QString usage = Cli::tr("Usage: creditctl user add --login L --name N --department D --role R [--role R2] "
                                  "(password on stdin)");
    if (!options.parse(
            cli.args,
            {QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("department"), QStringLiteral("role")}, {})
        || !options.positional().isEmpty())
        return cli.usage(options.error().isEmpty() ? usage : options.error() + u'\n' + usage);
    for (const char* required : {"login", "name", "department", "role"}) {
        if (!options.isSet(QString::fromLatin1(required)))
            return cli.usage(Cli::tr("The option --%1 is missing.").arg(QString::fromLatin1(required)) + u'\n' + usage);
    }
    NewUser user;
    user.login = options.value(QStringLiteral("login"));
    user.name = options.value(QStringLiteral("name"));
    user.department = options.value(QStringLiteral("department"));
    for (const auto& value : options.values(QStringLiteral("role"))) {
        for (const auto& text : value.split(u',', Qt::SkipEmptyParts)) {
            auto role = Roles::parse(text);
            if (!role)
                return cli.fail(
                    Error::invalid(Cli::tr("Unknown role \"%1\": use officer, reviewer, approver, sysadmin, "
                                           "secadmin or auditadmin.")
                                       .arg(text)));
            user.roles.insert(*role);
        }
    }
    // Check everything that needs no password first, so a typo is reported before the prompt.
    if (auto valid = Accounts::validateLogin(user.login); !valid)
        return cli.fail(valid.error());
    if (auto combination = Roles::checkCombination(user.roles); !combination)
        return cli.fail(combination.error());
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    user.password = cli.readPassword(Cli::tr("Password for %1: ").arg(user.login));
    if (user.password.isEmpty())
        return cli.fail(Error::invalid(Cli::tr("No password was given on standard input.")));
    auto added = Accounts(**db).addUser(cli.actor(), user);
    if (!added)
        return cli.fail(added.error());
    if (cli.json)
        cli.printJson(QJsonObject{{QStringLiteral("login"), added->login}, {QStringLiteral("id"), added->id}});
    else
        cli.print(Cli::tr("User %1 added.").arg(added->login));
    return ExitOk;
}

QString status(const User& user)
{
    if (!user.active)
        return QStringLiteral("disabled");
    if (user.isLocked(Clock::currentDateTimeUtc()))
        return QStringLiteral("locked");
    if (!user.hasPassword)
        return QStringLiteral("no-password");
    return QStringLiteral("active");
}

int list(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl user list"));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto users = Accounts(**db).users();
    if (!users)
        return cli.fail(users.error());
    QJsonArray rows;
    for (const auto& user : std::as_const(*users)) {
        QStringList roleIds;
        for (Role role : Roles::all()) {
            if (user.roles.contains(role))
                roleIds << Roles::id(role);
        }
        if (cli.json) {
            rows.append(QJsonObject{{QStringLiteral("login"), user.login},
                                    {QStringLiteral("name"), user.name},
                                    {QStringLiteral("department"), user.departmentName},
                                    {QStringLiteral("roles"), QJsonArray::fromStringList(roleIds)},
                                    {QStringLiteral("status"), status(user)}});
        } else {
            cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(user.login, user.name, user.departmentName, roleIds.join(u','), status(user)));
        }
    }
    if (cli.json)
        cli.printJson(rows);
    return ExitOk;
}

int passwd(Cli& cli)
{
    if (cli.args.size() != 1)
        return cli.usage(Cli::tr("Usage: creditctl user passwd LOGIN   (new password on stdin)"));
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    Accounts accounts(**db);
    auto user = accounts.findUser(cli.args.at(0));
    if (!user)
        return cli.fail(user.error());
    const QString password = cli.readPassword(Cli::tr("New password for %1: ").arg(user->login));
    if (password.isEmpty())
        return cli.fail(Error::invalid(Cli::tr("No password was given on standard input.")));
    if (auto set = accounts.setPassword(cli.actor(), user->login, password); !set)
        return cli.fail(set.error());
    cli.print(Cli::tr("Password of %1 changed.").arg(user->login));
    return ExitOk;
}

int unlock(Cli& cli)
{
    if (cli.args.size() != 1)
        return cli.usage(Cli::tr("Usage: creditctl user unlock LOGIN"));
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    if (auto done = Accounts(**db).unlock(cli.actor(), cli.args.at(0)); !done)
        return cli.fail(done.error());
    cli.print(Cli::tr("Account %1 unlocked.").arg(Accounts::normalizeLogin(cli.args.at(0))));
    return ExitOk;
}
} // namespace

QList<Command> userCommands()
{
    return {
        {QStringLiteral("user add"),
         Cli::tr("user add --login L --name N --department D --role R   (password on stdin)"), add},
        {QStringLiteral("user list"), Cli::tr("user list                   accounts, roles and status"), list},
        {QStringLiteral("user passwd"), Cli::tr("user passwd LOGIN           set a password (read from stdin)"),
         passwd},
        {QStringLiteral("user unlock"), Cli::tr("user unlock LOGIN           lift a lock-out"), unlock},
    };
}
