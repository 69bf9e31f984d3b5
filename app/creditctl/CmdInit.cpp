#include "Cli.h"
#include "Options.h"
#include "setup/Setup.h"

#include <QJsonObject>

namespace {
int init(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {}, {QStringLiteral("demo"), QStringLiteral("demo-password-stdin")})
        || !options.positional().isEmpty())
        return cli.usage(options.error().isEmpty() ? Cli::tr("Usage: creditctl init [--demo [--demo-password-stdin]]")
                                                   : options.error());
    auto db = cli.database(Cli::Access::Create);
    if (!db)
        return cli.fail(db.error());
    const bool demo = options.isSet(QStringLiteral("demo"));
    QString demoPassword;
    if (demo) {
        if (options.isSet(QStringLiteral("demo-password-stdin")))
            demoPassword = cli.readPassword(Cli::tr("Password for the demo accounts: "));
        if (auto installed = Setup::installDemo(**db, demoPassword); !installed)
            return cli.fail(installed.error());
        if (auto registry = Setup::installDemoRegistry(**db); !registry)
            return cli.fail(registry.error());
        if (auto cases = Setup::installDemoCases(**db); !cases)
            return cli.fail(cases.error());
    }
    auto needsAdmin = Setup::needsFirstAdministrator(**db);
    if (!needsAdmin)
        return cli.fail(needsAdmin.error());
    const int version = (*db)->schemaVersion();
    if (cli.json) {
        cli.printJson(QJsonObject{{QStringLiteral("database"), (*db)->url().toString()},
                                  {QStringLiteral("schema_version"), version},
                                  {QStringLiteral("demo"), demo},
                                  {QStringLiteral("first_administrator_needed"), *needsAdmin}});
        return ExitOk;
    }
    cli.print(Cli::tr("Database ready: %1 (schema version %2).").arg((*db)->url().toString()).arg(version));
    if (demo && demoPassword.isEmpty())
        cli.print(Cli::tr("Demo data added. The demo accounts have no password yet: set one with "
                          "creditctl user passwd officer1 (and reviewer1, approver1, secadmin, auditor, scjg1)."));
    else if (demo)
        cli.print(Cli::tr("Demo data added; the demo accounts use the password you gave."));
    if (*needsAdmin)
        cli.print(Cli::tr("No account exists yet: start creditdesk to create the system administrator, or run "
                          "creditctl user add --role sysadmin ..."));
    return ExitOk;
}
} // namespace

QList<Command> initCommands()
{
    return {{QStringLiteral("init"),
             Cli::tr("init [--demo [--demo-password-stdin]]   create or update the database; add demo data"), init}};
}
