#include "Cli.h"
#include "Clock.h"
#include "Options.h"
#include "domain/CodeNormalizer.h"
#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/RecordImporter.h"
#include "registry/RecordStore.h"
#include "registry/RecordTerms.h"
#include "registry/RegistryExport.h"
#include "registry/SubjectIdentity.h"
#include "registry/SubjectStore.h"
#include "security/Accounts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
// The id of a department given by code or name, 0 when none was given.
Result<qint64> departmentId(Database& db, const QString& codeOrName)
{
    if (codeOrName.isEmpty())
        return qint64(0);
    auto department = Accounts(db).findDepartment(codeOrName);
    if (!department)
        return department.error();
    return department->id;
}

int importRecords(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {QStringLiteral("department")}, {QStringLiteral("dry-run")})
        || options.positional().size() != 1)
        return cli.usage(options.error().isEmpty()
                             ? Cli::tr("Usage: creditctl import records FILE [--dry-run] [--department CODE]")
                             : options.error());
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto actor = cli.actingActor(**db);
    if (!actor)
        return cli.fail(actor.error());
    auto department = departmentId(**db, options.value(QStringLiteral("department")));
    if (!department)
        return cli.fail(department.error());
    ImportOptions importOptions;
    importOptions.departmentId = *department;
    importOptions.dryRun = options.isSet(QStringLiteral("dry-run"));
    // Progress on stderr lets a script (and the kill test) see the import running.
    importOptions.progress = [&cli](int done, int total) {
        if (done % 5000 != 0 && done != total)
            return true;
        if (!cli.json)
            cli.warn(Cli::tr("%1 of %2").arg(done).arg(total));
        else
            cli.warn(QStringLiteral("progress %1/%2").arg(done).arg(total));
        return true;
    };
    auto report = RecordImporter(**db).importFile(*actor, options.positional().first(), importOptions);
    if (!report)
        return cli.fail(report.error());
    if (cli.json) {
        cli.printJson(report->toJson());
    } else {
        for (const auto& problem : report->rejected)
            cli.print(Cli::tr("line %1, %2: %3").arg(problem.line).arg(problem.column, problem.reason));
        for (const auto& warning : report->warnings)
            cli.print(Cli::tr("warning: %1").arg(warning));
        if (!report->rejected.isEmpty())
            cli.print(Cli::tr("%1: %n problem(s); nothing was imported.", nullptr, int(report->rejected.size()))
                          .arg(report->fileName));
        else if (report->dryRun)
            cli.print(Cli::tr("%1: dry run, %2 records would be added, %3 are already present; nothing was written.")
                          .arg(report->fileName)
                          .arg(report->accepted)
                          .arg(report->duplicates));
        else
            cli.print(Cli::tr("%1: %2 records added, %3 already present, %4 new subjects.")
                          .arg(report->fileName)
                          .arg(report->accepted)
                          .arg(report->duplicates)
                          .arg(report->newSubjects));
    }
    return report->rejected.isEmpty() ? ExitOk : ExitRejected;
}

QJsonObject subjectJson(const Subject& subject)
{
    return {{QStringLiteral("id"), subject.id},
            {QStringLiteral("name"), subject.name},
            {QStringLiteral("kind"), subject.kind},
            {QStringLiteral("id_type"), subject.idType},
            {QStringLiteral("code"), Masking::code(subject.idType, subject.code)},
            {QStringLiteral("status"), subject.status}};
}

int subjectsFind(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {QStringLiteral("limit")}, {}) || options.positional().size() != 1)
        return cli.usage(options.error().isEmpty() ? Cli::tr("Usage: creditctl subjects find TEXT [--limit N] [--json]")
                                                   : options.error());
    const int limit = options.isSet(QStringLiteral("limit")) ? options.value(QStringLiteral("limit")).toInt() : 50;
    if (limit < 1)
        return cli.usage(Cli::tr("--limit must be a positive number."));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto found = SubjectStore(**db).search(options.positional().first(), limit);
    if (!found)
        return cli.fail(found.error());
    QJsonArray rows;
    for (const auto& subject : std::as_const(*found)) {
        if (cli.json)
            rows.append(subjectJson(subject));
        else
            cli.print(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(Masking::code(subject.idType, subject.code), subject.name,
                               ReferenceTerms::subjectKindName(subject.kind))
                          .arg(subject.status == QLatin1String("merged")
                                   ? Cli::tr("merged into #%1").arg(subject.mergedInto)
                                   : QString()));
    }
    if (cli.json)
        cli.printJson(rows);
    else if (found->isEmpty())
        cli.print(Cli::tr("No subject matches."));
    return ExitOk;
}

// The filter options shared by records list and export records.
Result<RecordFilter> recordFilter(Database& db, const Options& options)
{
    RecordFilter filter;
    filter.codePrefix = normalizeCode(options.value(QStringLiteral("subject")));
    filter.nameContains = options.value(QStringLiteral("name"));
    auto department = departmentId(db, options.value(QStringLiteral("department")));
    if (!department)
        return department.error();
    filter.departmentId = *department;
    filter.tier = options.value(QStringLiteral("tier"));
    if (!filter.tier.isEmpty() && !RecordTerms::tiers().contains(filter.tier))
        return Error::invalid(Cli::tr("--tier is one of %1.").arg(RecordTerms::tiers().join(QStringLiteral(", "))));
    filter.status = options.value(QStringLiteral("status"));
    if (!filter.status.isEmpty() && !RecordTerms::statuses().contains(filter.status))
        return Error::invalid(
            Cli::tr("--status is one of %1.").arg(RecordTerms::statuses().join(QStringLiteral(", "))));
    for (const auto& [name, date] :
         {std::pair{QStringLiteral("from"), &filter.decidedFrom}, std::pair{QStringLiteral("to"), &filter.decidedTo}}) {
        if (!options.isSet(name))
            continue;
        *date = QDate::fromString(options.value(name), Qt::ISODate);
        if (!date->isValid())
            return Error::invalid(Cli::tr("--%1 needs a date as YYYY-MM-DD.").arg(name));
    }
    if (auto planned = RecordList::planName(db, filter); !planned)
        return planned.error();
    return filter;
}

const QStringList kFilterOptions
    = {QStringLiteral("subject"), QStringLiteral("name"), QStringLiteral("department"), QStringLiteral("tier"),
       QStringLiteral("status"),  QStringLiteral("from"), QStringLiteral("to")};

int recordsList(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, kFilterOptions + QStringList{QStringLiteral("limit")}, {})
        || !options.positional().isEmpty())
        return cli.usage(options.error().isEmpty() ? Cli::tr(
                             "Usage: creditctl records list [--subject CODE] [--name TEXT] [--department CODE] "
                             "[--tier T] [--status S] [--from DATE] [--to DATE] [--limit N] [--json]")
                                                   : options.error());
    const int limit = options.isSet(QStringLiteral("limit")) ? options.value(QStringLiteral("limit")).toInt() : 100;
    if (limit < 1)
        return cli.usage(Cli::tr("--limit must be a positive number."));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto filter = recordFilter(**db, options);
    if (!filter)
        return cli.fail(filter.error());
    auto records = RecordStore(**db).list(*filter, limit);
    if (!records)
        return cli.fail(records.error());
    QJsonArray rows;
    for (const auto& view : std::as_const(*records)) {
        if (cli.json) {
            rows.append(view.toJson());
            continue;
        }
        cli.print(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                .arg(Masking::code(view.subject.idType, view.subject.code), view.subject.name,
                     view.record.decisionNumber, RecordTerms::tierName(view.record.tier),
                     view.record.decisionDate.toString(Qt::ISODate), view.record.repairableFrom.toString(Qt::ISODate),
                     view.record.publishUntil.toString(Qt::ISODate), RecordTerms::statusName(view.record.status)));
    }
    if (cli.json)
        cli.printJson(rows);
    return ExitOk;
}

int exportRegistry(Cli& cli, bool records)
{
    Options options;
    const QStringList valued = records ? kFilterOptions + QStringList{QStringLiteral("out")}
                                       : QStringList{QStringLiteral("out"), QStringLiteral("name")};
    if (!options.parse(cli.args, valued, {}) || !options.positional().isEmpty()
        || !options.isSet(QStringLiteral("out")))
        return cli.usage(options.error().isEmpty()
                             ? (records ? Cli::tr("Usage: creditctl export records --out FILE.csv|FILE.xlsx [filters "
                                                  "as for records list]")
                                        : Cli::tr("Usage: creditctl export subjects --out FILE.csv|FILE.xlsx [--name "
                                                  "TEXT]"))
                             : options.error());
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto actor = cli.actingActor(**db);
    if (!actor)
        return cli.fail(actor.error());
    const QString out = options.value(QStringLiteral("out"));
    Result<qint64> written = qint64(0);
    if (records) {
        auto filter = recordFilter(**db, options);
        if (!filter)
            return cli.fail(filter.error());
        written = RegistryExport::records(**db, *actor, *filter, out);
    } else {
        written = RegistryExport::subjects(**db, *actor, options.value(QStringLiteral("name")), out);
    }
    if (!written)
        return cli.fail(written.error());
    if (cli.json)
        cli.printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("rows"), *written}});
    else
        cli.print(Cli::tr("%1 rows written to %2.").arg(*written).arg(out));
    return ExitOk;
}

int maintenance(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl maintenance [--json]"));
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto actor = cli.actingActor(**db);
    if (!actor)
        return cli.fail(actor.error());
    auto ended = RecordStore(**db).endExpiredPublication(*actor, Clock::currentDate());
    if (!ended)
        return cli.fail(ended.error());
    if (cli.json)
        cli.printJson(QJsonObject{{QStringLiteral("publication_ended"), *ended}});
    else
        cli.print(Cli::tr("Publication ended for %n record(s) whose period is over.", nullptr, *ended));
    return ExitOk;
}
} // namespace

QList<Command> registryCommands()
{
    return {
        {QStringLiteral("import records"),
         Cli::tr("import records FILE [--dry-run] [--department CODE]   import a department's penalty file (CSV/XLSX)"),
         importRecords},
        {QStringLiteral("subjects find"), Cli::tr("subjects find TEXT [--limit N]   subjects by name or code prefix"),
         subjectsFind},
        {QStringLiteral("records list"),
         Cli::tr("records list [--subject CODE] [--name TEXT] [--tier T] [--status S] [--limit N]   credit records"),
         recordsList},
        {QStringLiteral("export records"), Cli::tr("export records --out FILE.csv|FILE.xlsx [filters]   save records"),
         [](Cli& cli) {
             return exportRegistry(cli, true);
         }},
        {QStringLiteral("export subjects"),
         Cli::tr("export subjects --out FILE.csv|FILE.xlsx [--name TEXT]   save subjects"),
         [](Cli& cli) {
             return exportRegistry(cli, false);
         }},
        {QStringLiteral("maintenance"), Cli::tr("maintenance   end publication of records whose period is over"),
         maintenance},
    };
}
