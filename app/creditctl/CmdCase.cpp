#include "Cli.h"
#include "Clock.h"
#include "Options.h"
#include "calendar/CalendarStore.h"
#include "workflow/CaseDeadlines.h"
#include "workflow/CaseStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString stateName(const QString& typeId, const QString& state)
{
    const CaseType* type = CaseTypes::find(typeId);
    return type ? CaseTypes::stateName(*type, state) : state;
}

QJsonObject summaryJson(const CaseSummary& summary)
{
    return {{QStringLiteral("number"), summary.number},
            {QStringLiteral("type"), summary.type},
            {QStringLiteral("state"), summary.state},
            {QStringLiteral("state_name"), stateName(summary.type, summary.state)},
            {QStringLiteral("subject"), summary.subjectName},
            {QStringLiteral("subject_code"), summary.subjectCode},
            {QStringLiteral("domain"), summary.domainName},
            {QStringLiteral("assignee"), summary.assignee},
            {QStringLiteral("due"), dateJson(summary.due)}};
}

int caseList(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {QStringLiteral("type"), QStringLiteral("state"), QStringLiteral("assignee")}, {})
        || !options.positional().isEmpty())
        return cli.usage(options.error().isEmpty()
                             ? Cli::tr("Usage: creditctl case list [--type listing] [--state ID] [--assignee LOGIN] "
                                       "[--json]")
                             : options.error());
    const QString type = options.value(QStringLiteral("type"));
    if (!type.isEmpty() && !CaseTypes::find(type))
        return cli.usage(Cli::tr("Unknown case type %1; known: listing.").arg(type));
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    CaseFilter filter;
    filter.type = type;
    filter.state = options.value(QStringLiteral("state"));
    filter.assignee = options.value(QStringLiteral("assignee"));
    filter.limit = 100000;
    auto cases = CaseStore(**db).list(cli.actor(), filter);
    if (!cases)
        return cli.fail(cases.error());
    QJsonArray rows;
    for (const auto& summary : std::as_const(*cases)) {
        if (cli.json)
            rows.append(summaryJson(summary));
        else
            cli.print(
                QStringLiteral("%1\t%2\t%3 %4\t%5\t%6")
                    .arg(summary.number, stateName(summary.type, summary.state), summary.subjectCode,
                         summary.subjectName, summary.domainName,
                         summary.due.isValid() ? Cli::tr("due %1").arg(summary.due.toString(Qt::ISODate)) : QString()));
    }
    if (cli.json)
        cli.printJson(rows);
    else if (cases->isEmpty())
        cli.print(Cli::tr("No cases."));
    return ExitOk;
}

QJsonObject deadlineJson(const CaseDeadline& deadline, const WorkCalendar& calendar)
{
    static const QStringList statuses = {QStringLiteral("running"), QStringLiteral("extended"),
                                         QStringLiteral("overdue"), QStringLiteral("met"), QStringLiteral("closed")};
    const QDate today = Clock::currentDate();
    QJsonObject object{{QStringLiteral("kind"), deadline.kind},
                       {QStringLiteral("name"), CaseTypes::deadlineName(deadline.kind)},
                       {QStringLiteral("start"), dateJson(deadline.start)},
                       {QStringLiteral("amount"), deadline.amount},
                       {QStringLiteral("counting"), CaseTypes::countingId(deadline.counting)},
                       {QStringLiteral("due"), dateJson(deadline.due)},
                       {QStringLiteral("status"), statuses.at(int(deadline.status(today)))},
                       {QStringLiteral("provisional"), deadline.provisional}};
    if (deadline.running())
        object.insert(QStringLiteral("days_left"), CaseDeadlines::daysLeft(calendar, deadline, today));
    if (!deadline.extensionReason.isEmpty())
        object.insert(QStringLiteral("extension_reason"), deadline.extensionReason);
    return object;
}

QJsonObject fileJson(const CaseFile& file, const WorkCalendar& calendar)
{
    QJsonArray timeline, deadlines, documents, attachments;
    for (const auto& event : file.timeline)
        timeline.append(QJsonObject{{QStringLiteral("at"), event.at},
                                    {QStringLiteral("user"), event.userLogin},
                                    {QStringLiteral("event"), event.event},
                                    {QStringLiteral("from"), event.fromState},
                                    {QStringLiteral("to"), event.toState},
                                    {QStringLiteral("note"), event.note},
                                    {QStringLiteral("detail"), event.detail}});
    for (const auto& deadline : file.deadlines)
        deadlines.append(deadlineJson(deadline, calendar));
    for (const auto& document : file.documents)
        documents.append(QJsonObject{{QStringLiteral("number"), document.number},
                                     {QStringLiteral("kind"), DocumentKinds::id(document.kind)},
                                     {QStringLiteral("title"), document.title},
                                     {QStringLiteral("issued_at"), document.issuedAt},
                                     {QStringLiteral("sha256"), document.sha256},
                                     {QStringLiteral("voided"), document.voided}});
    for (const auto& attachment : file.attachments)
        attachments.append(QJsonObject{{QStringLiteral("name"), attachment.name},
                                       {QStringLiteral("size"), attachment.size},
                                       {QStringLiteral("sha256"), attachment.sha256},
                                       {QStringLiteral("uploaded_by"), attachment.uploadedBy}});
    const Case& c = file.header;
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("state"), c.state},
            {QStringLiteral("state_name"), stateName(c.type, c.state)},
            {QStringLiteral("subject"), file.subjectName},
            {QStringLiteral("subject_code"), file.subjectCode},
            {QStringLiteral("domain"), file.domainName},
            {QStringLiteral("assignee"), c.assignee},
            {QStringLiteral("facts"), c.facts},
            {QStringLiteral("decided_on"), dateJson(c.decidedOn)},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("timeline"), timeline},
            {QStringLiteral("deadlines"), deadlines},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("attachments"), attachments}};
}

void printFile(Cli& cli, const CaseFile& file)
{
    const Case& c = file.header;
    cli.print(Cli::tr("%1  %2  %3")
                  .arg(c.number, CaseTypes::displayName(*CaseTypes::find(c.type)), stateName(c.type, c.state)));
    cli.print(Cli::tr("Subject: %1 %2").arg(file.subjectCode, file.subjectName));
    cli.print(Cli::tr("List: %1   Officer: %2").arg(file.domainName, c.assignee));
    cli.print(Cli::tr("Timeline:"));
    for (const auto& event : file.timeline)
        cli.print(QStringLiteral("  %1  %2  %3  %4  %5")
                      .arg(event.at, event.userLogin, event.event, event.note, event.detail)
                      .trimmed());
    cli.print(Cli::tr("Deadlines:"));
    for (const auto& deadline : file.deadlines)
        cli.print(QStringLiteral("  %1  %2  %3  %4")
                      .arg(CaseTypes::deadlineName(deadline.kind), deadline.due.toString(Qt::ISODate),
                           CaseDeadlines::describe(deadline.amount, deadline.counting), deadline.stored));
    cli.print(Cli::tr("Documents:"));
    for (const auto& document : file.documents)
        cli.print(
            QStringLiteral("  %1  %2  %3").arg(document.number, DocumentKinds::id(document.kind), document.title));
}

int caseShow(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {}, {}) || options.positional().size() != 1)
        return cli.usage(options.error().isEmpty() ? Cli::tr("Usage: creditctl case show NUMBER [--json]")
                                                   : options.error());
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    CaseStore store(**db);
    auto found = store.findByNumber(options.positional().first());
    if (!found)
        return cli.fail(found.error());
    auto file = store.load(cli.actor(), found->id);
    auto calendar = CalendarStore(**db).load();
    if (!file || !calendar)
        return cli.fail(!file ? file.error() : calendar.error());
    if (cli.json)
        cli.printJson(fileJson(*file, *calendar));
    else
        printFile(cli, *file);
    return ExitOk;
}
} // namespace

QList<Command> caseCommands()
{
    return {{QStringLiteral("case list"),
             Cli::tr("case list [--type listing] [--state ID] [--assignee LOGIN]   cases, newest first"), caseList},
            {QStringLiteral("case show"),
             Cli::tr("case show NUMBER   a case with its timeline, deadlines and documents"), caseShow}};
}
