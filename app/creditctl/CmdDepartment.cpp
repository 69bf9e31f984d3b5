#include "Cli.h"
#include "Options.h"
#include "security/Accounts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
int list(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl department list"));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto departments = Accounts(**db).departments();
    if (!departments)
        return cli.fail(departments.error());
    QJsonArray rows;
    for (const auto& department : std::as_const(*departments)) {
        if (cli.json)
            rows.append(QJsonObject{{QStringLiteral("code"), department.code},
                                    {QStringLiteral("name"), department.name},
                                    {QStringLiteral("credit_office"), department.isCreditOffice}});
        else
            cli.print(QStringLiteral("%1\t%2%3")
                          .arg(department.code, department.name,
                               department.isCreditOffice ? Cli::tr("\t(credit office)") : QString()));
    }
    if (cli.json)
        cli.printJson(rows);
    return ExitOk;
}

int add(Cli& cli)
{
    Options options;
    const QString usage = Cli::tr("Usage: creditctl department add --code CODE --name NAME [--credit-office]");
    if (!options.parse(cli.args, {QStringLiteral("code"), QStringLiteral("name")}, {QStringLiteral("credit-office")})
        || !options.positional().isEmpty() || !options.isSet(QStringLiteral("code"))
        || !options.isSet(QStringLiteral("name")))
        return cli.usage(options.error().isEmpty() ? usage : options.error() + u'\n' + usage);
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto actor = cli.actingActor(**db);
    if (!actor)
        return cli.fail(actor.error());
    auto added = Accounts(**db).addDepartment(*actor, options.value(QStringLiteral("code")),
                                              options.value(QStringLiteral("name")),
                                              options.isSet(QStringLiteral("credit-office")));
    if (!added)
        return cli.fail(added.error());
    cli.print(Cli::tr("Department %1 (%2) added.").arg(added->code, added->name));
    return ExitOk;
}
} // namespace

QList<Command> departmentCommands()
{
    return {
        {QStringLiteral("department list"), Cli::tr("department list             departments and their codes"), list},
        {QStringLiteral("department add"), Cli::tr("department add --code CODE --name NAME [--credit-office]"), add},
    };
}
