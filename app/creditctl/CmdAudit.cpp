#include "Cli.h"
#include "Options.h"
#include "security/AuditLog.h"
#include "stats/Counts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
int verify(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl audit verify"));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto result = AuditLog::verify(**db);
    if (!result)
        return cli.fail(result.error());
    if (cli.json) {
        cli.printJson(QJsonObject{
            {QStringLiteral("intact"), result->intact},
            {QStringLiteral("rows_checked"), result->rowsChecked},
            {QStringLiteral("first_bad_id"), result->intact ? QJsonValue() : QJsonValue(result->firstBadSeq)},
            {QStringLiteral("problem"), result->problem}});
    } else if (result->intact) {
        cli.print(Cli::tr("Audit trail intact: %1 rows verified.").arg(result->rowsChecked));
    } else {
        cli.print(Cli::tr("Audit trail broken at row %1: %2").arg(result->firstBadSeq).arg(result->problem));
    }
    return result->intact ? ExitOk : ExitRejected;
}

int list(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {QStringLiteral("limit"), QStringLiteral("filter")}, {})
        || !options.positional().isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl audit list [--limit N] [--filter TEXT]"));
    bool ok = true;
    const int limit = options.isSet(QStringLiteral("limit")) ? options.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 1 || limit > 100000)
        return cli.fail(Error::invalid(Cli::tr("--limit must be a number from 1 to 100000.")));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto rows = AuditLog::recent(**db, limit, options.value(QStringLiteral("filter")));
    if (!rows)
        return cli.fail(rows.error());
    QJsonArray list;
    for (const auto& row : std::as_const(*rows)) {
        if (cli.json) {
            list.append(QJsonObject{{QStringLiteral("id"), row.seq},
                                    {QStringLiteral("at"), row.at},
                                    {QStringLiteral("user"), row.entry.userLogin},
                                    {QStringLiteral("department"), row.entry.department},
                                    {QStringLiteral("event"), row.entry.event},
                                    {QStringLiteral("object_type"), row.entry.objectType},
                                    {QStringLiteral("object_id"), row.entry.objectId},
                                    {QStringLiteral("success"), row.entry.success},
                                    {QStringLiteral("detail"), row.entry.detail}});
        } else {
            cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5:%6\t%7\t%8")
                          .arg(row.seq)
                          .arg(row.at, row.entry.userLogin, row.entry.event, row.entry.objectType, row.entry.objectId,
                               row.entry.success ? QStringLiteral("ok") : QStringLiteral("FAILED"), row.entry.detail));
        }
    }
    if (cli.json)
        cli.printJson(list);
    return ExitOk;
}

int stats(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl stats"));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto counts = Counts::all(**db);
    if (!counts)
        return cli.fail(counts.error());
    QJsonObject object;
    for (const auto& [key, count] : std::as_const(*counts)) {
        object.insert(key, count);
        if (!cli.json)
            cli.print(QStringLiteral("%1\t%2").arg(key).arg(count));
    }
    if (cli.json)
        cli.printJson(object);
    return ExitOk;
}
} // namespace

QList<Command> auditCommands()
{
    return {
        {QStringLiteral("audit verify"), Cli::tr("audit verify                walk the audit hash chain"), verify},
        {QStringLiteral("audit list"), Cli::tr("audit list [--limit N] [--filter TEXT]   newest audit rows"), list},
    };
}

QList<Command> statsCommands()
{
    return {{QStringLiteral("stats"), Cli::tr("stats                       counts of what the database holds"), stats}};
}
