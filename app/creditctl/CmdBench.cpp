#include "Cli.h"
#include "Options.h"
#include "cases/CaseStore.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentTemplateStore.h"
#include "query/PagedReader.h"
#include "registry/RecordFilter.h"
#include "registry/RecordImporter.h"
#include "registry/SampleData.h"
#include "registry/SubjectStore.h"
#include "setup/Setup.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <sys/resource.h>

namespace {
constexpr int kRepeats = 7;

struct Measure
{
    QString id;
    QString what;
    double value = 0;
    QString unit;
    double goal = 0;
    bool higherIsBetter = false;

    bool met() const { return higherIsBetter ? value >= goal : value <= goal; }
};

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// The median of kRepeats runs of `step`, in milliseconds; the first (cold) run is reported apart.
template <typename Step> Result<QPair<double, double>> timed(Step step)
{
    QList<double> runs;
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (auto ran = step(); !ran)
            return ran.error();
        runs << timer.nsecsElapsed() / 1e6;
    }
    const double cold = runs.first();
    std::sort(runs.begin(), runs.end());
    return qMakePair(cold, runs.at(runs.size() / 2));
}

// Reads the first page of a records list the way the screen does: the name planned on the main
// connection, then one window of 50 rows on the lazy model's own reading connection.
Result<QPair<double, double>> firstPage(Database& db, QSqlDatabase& reader, const RecordFilter& filter)
{
    return timed([&]() -> Status {
        RecordFilter planned = filter;
        if (auto plan = RecordList::planName(db, planned); !plan)
            return plan;
        const PagedQuery query = RecordList::query(planned, RecordList::orderBy(-1, false));
        auto rows = PagedReader::fetchWindow(reader, query, 0, 50);
        if (!rows)
            return rows.error();
        return {};
    });
}

// Opens a demo listing case grown to 200 timeline events the way the case screen does (the case,
// subject, records, measures, timeline, deadlines, attachments, documents); the median in ms.
Result<double> openCase(Database& db, const Actor& actor)
{
    if (auto registry = Setup::installDemoRegistry(db); !registry)
        return registry.error();
    if (auto cases = Setup::installDemoCases(db); !cases)
        return cases.error();
    CaseStore store(db);
    auto first = db.scalar(QStringLiteral("SELECT MIN(id) FROM cases"));
    if (!first)
        return first.error();
    const qint64 caseId = first->toLongLong();
    auto file = store.load(actor, caseId);
    if (!file)
        return file.error();
    for (qsizetype i = file->timeline.size(); i < 200; ++i) {
        TimelineEvent event;
        event.event = QStringLiteral("note");
        event.note = QStringLiteral("第%1条办理记录").arg(i + 1);
        if (auto added = store.appendEvent(caseId, actor, event); !added)
            return added.error();
    }
    auto runs = timed([&]() -> Status {
        auto loaded = store.load(actor, caseId);
        if (!loaded)
            return loaded.error();
        if (loaded->timeline.size() < 200)
            return Error::invalid(QStringLiteral("the case has %1 events").arg(loaded->timeline.size()));
        return {};
    });
    if (!runs)
        return runs.error();
    return runs->second;
}

// Renders the decision template, filled with its sample values, `count` times; the median in ms.
Result<double> renderDecisions(Database& db, int count)
{
    DocumentTemplateStore templates(db);
    auto decision = templates.current(DocumentKind::Decision);
    if (!decision)
        return decision.error();
    auto content = templates.preview(*decision);
    if (!content)
        return content.error();
    const DocumentRenderer renderer;
    QList<double> runs;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto pdf = renderer.pdf(*content);
        if (!pdf)
            return pdf.error();
        runs << timer.nsecsElapsed() / 1e6;
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

int bench(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args,
                       {QStringLiteral("subjects"), QStringLiteral("records"), QStringLiteral("import-rows"),
                        QStringLiteral("documents")},
                       {})
        || !options.positional().isEmpty())
        return cli.usage(options.error().isEmpty() ? Cli::tr(
                             "Usage: creditctl [--db URL] bench [--subjects N] [--records N] [--import-rows N] "
                             "[--documents N] [--json]")
                                                   : options.error());
    const auto number = [&](const QString& name, qint64 fallback) {
        return options.isSet(name) ? options.value(name).toLongLong() : fallback;
    };
    const qint64 subjects = number(QStringLiteral("subjects"), 1000000);
    const qint64 records = number(QStringLiteral("records"), 2000000);
    const int importRows = int(number(QStringLiteral("import-rows"), 100000));
    const int documents = int(number(QStringLiteral("documents"), 500));
    if (subjects < 100 || records < 100 || importRows < 100 || documents < 1)
        return cli.usage(Cli::tr("The sizes must be at least 100."));

    // Without --db the benchmark builds its own SQLite file and removes it afterwards; a database named
    // with --db must be empty, so a benchmark never mixes made-up data into real data.
    QTemporaryDir scratch;
    if (!cli.dbGiven)
        cli.dbUrl = QStringLiteral("sqlite:") + scratch.filePath(QStringLiteral("bench.sqlite"));
    auto db = cli.database(Cli::Access::Create);
    if (!db)
        return cli.fail(db.error());
    auto existing = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM subjects"));
    if (!existing)
        return cli.fail(existing.error());
    if (existing->toLongLong() > 0)
        return cli.fail(Error::invalid(
            Cli::tr("The benchmark fills an empty database; %1 already holds subjects.").arg((*db)->url().toString())));
    if (auto demo = Setup::installDemo(**db, QString()); !demo)
        return cli.fail(demo.error());

    QElapsedTimer timer;
    timer.start();
    SampleData sample;
    if (auto filled = sample.fill(
            **db, subjects, records,
            [&cli](qint64 done, qint64 total) { cli.warn(Cli::tr("building: %1 of %2 rows").arg(done).arg(total)); });
        !filled)
        return cli.fail(filled.error());
    const double buildSeconds = timer.elapsed() / 1000.0;

    // The import: a department file of new subjects, through the real importer with every check.
    const QString csv = scratch.filePath(QStringLiteral("import.csv"));
    if (auto written = sample.writeCsv(csv, subjects + 1, importRows, QDate(2026, 4, 1), QDate(2026, 11, 20)); !written)
        return cli.fail(written.error());
    timer.restart();
    auto report = RecordImporter(**db).importFile(cli.actor(), csv, {});
    if (!report)
        return cli.fail(report.error());
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (!report->rejected.isEmpty())
        return cli.fail(Error::invalid(QStringLiteral("The generated file was refused: line %1, %2: %3")
                                           .arg(report->rejected.first().line)
                                           .arg(report->rejected.first().column, report->rejected.first().reason)));

    const QString readerName = QStringLiteral("bench-reader");
    Result<QPair<double, double>> unfiltered = qMakePair(0.0, 0.0), common = unfiltered, rare = unfiltered,
                                  codeLookup = unfiltered;
    const QString prefix = sample.subject(subjects / 2).code.left(12);
    {
        auto reader = (*db)->openReader(readerName);
        if (!reader)
            return cli.fail(reader.error());
        unfiltered = firstPage(**db, *reader, {});
        RecordFilter commonName;
        commonName.nameContains = QStringLiteral("恒信");
        common = firstPage(**db, *reader, commonName);
        RecordFilter rareName;
        rareName.nameContains = QStringLiteral("第3分");
        rare = firstPage(**db, *reader, rareName);
        // Code prefix: the first 12 characters of a registered code, as an officer types them.
        codeLookup = timed([&]() -> Status {
            QSqlQuery query(*reader);
            query.prepare(
                QStringLiteral("SELECT id, name, code FROM subjects WHERE code >= ? AND code < ? ORDER BY code "
                               "LIMIT 50"));
            query.addBindValue(prefix);
            query.addBindValue(prefix + QChar(0xFFFF));
            if (!query.exec() || !query.next())
                return Error::storage(QStringLiteral("code lookup found nothing"), query.lastError().text());
            return {};
        });
    }
    Database::closeReader(readerName);
    for (const auto* result : {&unfiltered, &common, &rare, &codeLookup}) {
        if (!*result)
            return cli.fail(result->error());
    }

    auto rendering = renderDecisions(**db, documents);
    if (!rendering)
        return cli.fail(rendering.error());
    auto opening = openCase(**db, cli.actor());
    if (!opening)
        return cli.fail(opening.error());

    const QList<Measure> measures = {
        {QStringLiteral("import_rows_per_second"), Cli::tr("import of a %1-row CSV, full validation").arg(importRows),
         importRows / importSeconds, QStringLiteral("rows/s"), 50000, true},
        {QStringLiteral("records_first_page_ms"), Cli::tr("first 50 rows of the unfiltered records list"),
         unfiltered->second, QStringLiteral("ms"), 50, false},
        {QStringLiteral("code_prefix_ms"), Cli::tr("code-prefix lookup (%1…)").arg(prefix), codeLookup->second,
         QStringLiteral("ms"), 10, false},
        {QStringLiteral("name_filter_common_ms"), Cli::tr("name-substring filter, first page (\"恒信\", common)"),
         common->second, QStringLiteral("ms"), 200, false},
        {QStringLiteral("name_filter_rare_ms"), Cli::tr("name-substring filter, first page (\"第3分\", rare)"),
         rare->second, QStringLiteral("ms"), 200, false},
        {QStringLiteral("decision_pdf_ms"), Cli::tr("rendering a decision to PDF (median of %1)").arg(documents),
         *rendering, QStringLiteral("ms"), 30, false},
        {QStringLiteral("case_open_ms"), Cli::tr("opening a case with 200 timeline events"), *opening,
         QStringLiteral("ms"), 100, false},
        {QStringLiteral("peak_memory_mib"), Cli::tr("peak memory of the process"), peakMemoryMiB(),
         QStringLiteral("MiB"), 0, false},
    };
    const QString machine = QStringLiteral("%1, %2 cores, %3")
                                .arg(QSysInfo::prettyProductName())
                                .arg(QThread::idealThreadCount())
                                .arg((*db)->isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"));
    if (cli.json) {
        QJsonArray rows;
        for (const auto& m : measures)
            rows.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("what"), m.what},
                                    {QStringLiteral("value"), qRound64(m.value * 100) / 100.0},
                                    {QStringLiteral("unit"), m.unit},
                                    {QStringLiteral("goal"), m.goal > 0 ? QJsonValue(m.goal) : QJsonValue()},
                                    {QStringLiteral("met"), m.goal > 0 ? QJsonValue(m.met()) : QJsonValue()}});
        cli.printJson(QJsonObject{{QStringLiteral("machine"), machine},
                                  {QStringLiteral("subjects"), subjects},
                                  {QStringLiteral("records"), records},
                                  {QStringLiteral("build_seconds"), buildSeconds},
                                  {QStringLiteral("cold_first_page_ms"), unfiltered->first},
                                  {QStringLiteral("measures"), rows}});
        return ExitOk;
    }
    cli.print(Cli::tr("Machine: %1; %2 subjects, %3 records (built in %4 s); median of %5 runs.")
                  .arg(machine)
                  .arg(subjects)
                  .arg(records)
                  .arg(buildSeconds, 0, 'f', 1)
                  .arg(kRepeats));
    for (const auto& m : measures) {
        const QString goal = m.goal > 0 ? QStringLiteral("%1 %2 %3")
                                              .arg(m.higherIsBetter ? QStringLiteral("≥") : QStringLiteral("≤"))
                                              .arg(m.goal)
                                              .arg(m.unit)
                                        : QString();
        cli.print(QStringLiteral("%1\t%2 %3\t%4\t%5")
                      .arg(m.what)
                      .arg(m.value, 0, 'f', m.value < 100 ? 2 : 0)
                      .arg(m.unit, goal, m.goal > 0 ? (m.met() ? Cli::tr("met") : Cli::tr("NOT met")) : QString()));
    }
    return ExitOk;
}
} // namespace

QList<Command> benchCommands()
{
    return {{QStringLiteral("bench"),
             Cli::tr("bench [--subjects N] [--records N] [--import-rows N]   build a large registry and time it"),
             bench}};
}
