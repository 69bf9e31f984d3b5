#include "Cli.h"
#include "Clock.h"
#include "Options.h"
#include "calendar/CalendarStore.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseEngine.h"
#include "cases/CaseModule.h"
#include "cases/CaseStore.h"

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
            {QStringLiteral("topic"), summary.topic},
            {QStringLiteral("assignee"), summary.assignee},
            {QStringLiteral("due"), dateJson(summary.due)}};
}

int caseList(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {QStringLiteral("type"), QStringLiteral("state"), QStringLiteral("assignee")}, {})
        || !options.positional().isEmpty())
        return cli.usage(options.error().isEmpty()
                             ? Cli::tr("Usage: creditctl case list [--type TYPE] [--state ID] [--assignee LOGIN] "
                                       "[--json]")
                             : options.error());
    const QString type = options.value(QStringLiteral("type"));
    if (!type.isEmpty() && !CaseTypes::find(type)) {
        QStringList known;
        for (const CaseModule* module : CaseModules::all())
            known << module->type.id;
        return cli.usage(Cli::tr("Unknown case type %1; known: %2.").arg(type, known.join(QStringLiteral(", "))));
    }
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
                         summary.subjectName, summary.topic,
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
    QJsonArray parts;
    for (const auto& part : file.details.parts)
        parts.append(QJsonObject{{QStringLiteral("kind"), part.kind},
                                 {QStringLiteral("key"), part.key},
                                 {QStringLiteral("description"), part.description}});
    const Case& c = file.header;
    QJsonObject object{{QStringLiteral("number"), c.number},
                       {QStringLiteral("type"), c.type},
                       {QStringLiteral("state"), c.state},
                       {QStringLiteral("state_name"), stateName(c.type, c.state)},
                       {QStringLiteral("subject"), file.subjectName},
                       {QStringLiteral("subject_code"), file.subjectCode},
                       {QStringLiteral("topic"), file.topic},
                       {QStringLiteral("assignee"), c.assignee},
                       {QStringLiteral("decided_on"), dateJson(c.decidedOn)},
                       {QStringLiteral("version"), c.version},
                       {QStringLiteral("parts"), parts},
                       {QStringLiteral("timeline"), timeline},
                       {QStringLiteral("deadlines"), deadlines},
                       {QStringLiteral("documents"), documents},
                       {QStringLiteral("attachments"), attachments}};
    // The type's own lines (a listing's "domain", "facts"...), under their keys.
    for (const auto& detail : file.details.header)
        object.insert(detail.key, detail.value);
    return object;
}

void printFile(Cli& cli, const CaseFile& file)
{
    const Case& c = file.header;
    cli.print(Cli::tr("%1  %2  %3")
                  .arg(c.number, CaseTypes::displayName(*CaseTypes::find(c.type)), stateName(c.type, c.state)));
    cli.print(Cli::tr("Subject: %1 %2").arg(file.subjectCode, file.subjectName));
    cli.print(Cli::tr("Officer: %1").arg(c.assignee));
    for (const auto& detail : file.details.header)
        cli.print(Cli::tr("%1: %2").arg(detail.label, detail.value));
    for (const auto& part : file.details.parts)
        cli.print(QStringLiteral("  %1  %2  %3").arg(part.kind, part.key, part.description));
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
QString kindId(StepInput::Kind kind)
{
    switch (kind) {
    case StepInput::Kind::Choice:
        return QStringLiteral("choice");
    case StepInput::Kind::Date:
        return QStringLiteral("date");
    case StepInput::Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

QJsonArray inputsJson(const Transition& transition)
{
    QJsonArray inputs;
    bool hasNote = false;
    for (const StepInput& input : transition.inputs) {
        hasNote = hasNote || input.name == StepInput::kNote;
        QJsonArray choices;
        for (const StepChoice& choice : input.choices)
            choices.append(QJsonObject{{QStringLiteral("id"), choice.id},
                                       {QStringLiteral("label"), CaseTypes::choiceLabel(choice)}});
        QJsonObject object{{QStringLiteral("name"), input.name},
                           {QStringLiteral("kind"), kindId(input.kind)},
                           {QStringLiteral("label"), CaseTypes::inputLabel(input)},
                           {QStringLiteral("required"), input.required}};
        if (!choices.isEmpty())
            object.insert(QStringLiteral("choices"), choices);
        inputs.append(object);
    }
    if (!hasNote)
        inputs.append(QJsonObject{{QStringLiteral("name"), StepInput::kNote},
                                  {QStringLiteral("kind"), QStringLiteral("text")},
                                  {QStringLiteral("label"), Cli::tr("Note")},
                                  {QStringLiteral("required"), false}});
    return inputs;
}

// The case named by the first positional argument and the officer named by --user, signed in.
struct StepContext
{
    Database* db = nullptr;
    Actor actor;
    CaseFile file;
};

Result<StepContext> openForSteps(Cli& cli, const QString& number)
{
    auto db = cli.database(Cli::Access::Write); // signing in is audited
    if (!db)
        return db.error();
    auto actor = cli.signedInUser(**db);
    if (!actor)
        return actor.error();
    CaseStore store(**db);
    auto found = store.findByNumber(number);
    if (!found)
        return found.error();
    auto file = store.load(*actor, found->id);
    if (!file)
        return file.error();
    return StepContext{*db, *actor, *file};
}

int caseSteps(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {}, {}) || options.positional().size() != 1)
        return cli.usage(Cli::tr("Usage: creditctl --user LOGIN case steps NUMBER [--json]"));
    auto context = openForSteps(cli, options.positional().first());
    if (!context)
        return cli.fail(context.error());
    CaseEngine engine(*context->db);
    const Case& current = context->file.header;
    QJsonArray steps;
    for (const Transition* transition : engine.available(context->actor, current)) {
        const Status allowed = engine.check(context->actor, current, transition->id,
                                            CaseTypes::sampleInput(*transition, Clock::currentDate()));
        if (cli.json) {
            steps.append(
                QJsonObject{{QStringLiteral("id"), transition->id},
                            {QStringLiteral("name"), CaseTypes::transitionName(*transition)},
                            {QStringLiteral("to"), transition->to},
                            {QStringLiteral("possible_now"), allowed.ok()},
                            {QStringLiteral("why_not"), allowed ? QJsonValue() : QJsonValue(allowed.error().message)},
                            {QStringLiteral("inputs"), inputsJson(*transition)}});
            continue;
        }
        cli.print(QStringLiteral("%1\t%2%3")
                      .arg(transition->id, CaseTypes::transitionName(*transition),
                           allowed ? QString() : Cli::tr("  (not now: %1)").arg(allowed.error().message)));
        for (const auto& input : inputsJson(*transition)) {
            const QJsonObject object = input.toObject();
            QStringList choices;
            for (const auto& choice : object.value(QStringLiteral("choices")).toArray())
                choices << choice.toObject().value(QStringLiteral("id")).toString();
            cli.print(QStringLiteral("    --input %1=%2\t%3%4")
                          .arg(object.value(QStringLiteral("name")).toString(),
                               choices.isEmpty() ? object.value(QStringLiteral("kind")).toString().toUpper()
                                                 : choices.join(u'|'),
                               object.value(QStringLiteral("label")).toString(),
                               object.value(QStringLiteral("required")).toBool() ? Cli::tr(" (required)") : QString()));
        }
    }
    if (cli.json)
        cli.printJson(QJsonObject{{QStringLiteral("number"), current.number},
                                  {QStringLiteral("state"), current.state},
                                  {QStringLiteral("version"), current.version},
                                  {QStringLiteral("steps"), steps}});
    else if (engine.available(context->actor, current).isEmpty())
        cli.print(Cli::tr("%1 is %2: no step of %3 may be taken now.")
                      .arg(current.number, stateName(current.type, current.state), context->actor.login));
    return ExitOk;
}

int caseStep(Cli& cli)
{
    Options options;
    const QString usage = Cli::tr("Usage: creditctl --user LOGIN case step NUMBER TRANSITION [--input NAME=VALUE]... "
                                  "[--version N] [--json]");
    if (!options.parse(cli.args, {QStringLiteral("input"), QStringLiteral("version")}, {})
        || options.positional().size() != 2)
        return cli.usage(options.error().isEmpty() ? usage : options.error());
    TransitionInput input;
    for (const QString& pair : options.values(QStringLiteral("input"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return cli.usage(Cli::tr("--input takes NAME=VALUE, not \"%1\".").arg(pair));
        const QString name = pair.left(eq).trimmed();
        if (name == StepInput::kNote)
            input.note = pair.mid(eq + 1);
        else
            input.fields.insert(name, pair.mid(eq + 1));
    }
    auto context = openForSteps(cli, options.positional().first());
    if (!context)
        return cli.fail(context.error());
    const Case& before = context->file.header;
    int version = before.version;
    if (options.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = options.value(QStringLiteral("version")).toInt(&ok);
        if (!ok)
            return cli.usage(usage);
    }
    QSet<qint64> documentsBefore, deadlinesBefore;
    for (const auto& document : context->file.documents)
        documentsBefore.insert(document.id);
    for (const auto& deadline : context->file.deadlines)
        deadlinesBefore.insert(deadline.id);
    auto fired = CaseEngine(*context->db).fire(context->actor, before.id, version, options.positional().at(1), input);
    if (!fired) {
        Error refused = fired.error();
        return cli.fail(refused);
    }
    auto after = CaseStore(*context->db).load(context->actor, before.id);
    if (!after)
        return cli.fail(after.error());
    QJsonArray documents, deadlines;
    QStringList issued;
    for (const auto& document : after->documents) {
        if (documentsBefore.contains(document.id))
            continue;
        issued << document.number;
        documents.append(QJsonObject{{QStringLiteral("number"), document.number},
                                     {QStringLiteral("kind"), DocumentKinds::id(document.kind)},
                                     {QStringLiteral("title"), document.title},
                                     {QStringLiteral("sha256"), document.sha256}});
    }
    QStringList started;
    for (const auto& deadline : after->deadlines) {
        if (deadlinesBefore.contains(deadline.id))
            continue;
        started
            << Cli::tr("%1 until %2").arg(CaseTypes::deadlineName(deadline.kind), deadline.due.toString(Qt::ISODate));
        deadlines.append(QJsonObject{{QStringLiteral("kind"), deadline.kind},
                                     {QStringLiteral("due"), dateJson(deadline.due)},
                                     {QStringLiteral("provisional"), deadline.provisional}});
    }
    const Case& now = after->header;
    if (cli.json) {
        cli.printJson(QJsonObject{{QStringLiteral("number"), now.number},
                                  {QStringLiteral("state"), now.state},
                                  {QStringLiteral("state_name"), stateName(now.type, now.state)},
                                  {QStringLiteral("version"), now.version},
                                  {QStringLiteral("documents"), documents},
                                  {QStringLiteral("deadlines_started"), deadlines}});
    } else {
        cli.print(Cli::tr("%1 is now %2.").arg(now.number, stateName(now.type, now.state)));
        if (!issued.isEmpty())
            cli.print(Cli::tr("Issued: %1").arg(issued.join(QStringLiteral(", "))));
        if (!started.isEmpty())
            cli.print(Cli::tr("Deadline started: %1").arg(started.join(QStringLiteral("; "))));
    }
    return ExitOk;
}
} // namespace

QList<Command> caseCommands()
{
    return {{QStringLiteral("case list"),
             Cli::tr("case list [--type listing] [--state ID] [--assignee LOGIN]   cases, newest first"), caseList},
            {QStringLiteral("case show"),
             Cli::tr("case show NUMBER   a case with its timeline, deadlines and documents"), caseShow},
            {QStringLiteral("case steps"),
             Cli::tr("case steps NUMBER   the steps --user may take now, with the inputs each declares"), caseSteps},
            {QStringLiteral("case step"),
             Cli::tr("case step NUMBER TRANSITION [--input NAME=VALUE]...   take a step as --user (same checks "
                     "and audit as the window)"),
             caseStep}};
}
