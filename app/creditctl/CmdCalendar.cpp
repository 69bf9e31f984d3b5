#include "Cli.h"
#include "calendar/CalendarStore.h"
#include "setup/Setup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {
Result<QDate> parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return Error::invalid(Cli::tr("\"%1\" is not a date: write YYYY-MM-DD, e.g. 2026-03-05.").arg(text));
    return date;
}

// The stored calendar; without a database yet, the arrangements shipped with the program.
Result<WorkCalendar> calendar(Cli& cli)
{
    if (!cli.databaseExists()) {
        cli.warn(Cli::tr("No database yet: using the calendar shipped with CreditDesk."));
        return WorkCalendar::shipped();
    }
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return db.error();
    return CalendarStore(**db).load();
}

void warnProvisional(Cli& cli, bool provisional)
{
    if (provisional)
        cli.warn(Cli::tr("Provisional: the span reaches a year whose holiday arrangement is not loaded; only weekends "
                         "were taken as days off."));
}

int addWorkdays(Cli& cli)
{
    if (cli.args.size() != 2)
        return cli.usage(Cli::tr("Usage: creditctl calendar add-workdays YYYY-MM-DD N"));
    auto from = parseDate(cli.args.at(0));
    if (!from)
        return cli.fail(from.error());
    bool ok = false;
    const int n = cli.args.at(1).toInt(&ok);
    if (!ok || n < -100000 || n > 100000)
        return cli.fail(Error::invalid(
            Cli::tr("\"%1\" is not a number of working days between -100000 and 100000.").arg(cli.args.at(1))));
    auto cal = calendar(cli);
    if (!cal)
        return cli.fail(cal.error());
    const WorkdayAnswer answer = cal->addWorkdays(*from, n);
    if (cli.json) {
        cli.printJson(QJsonObject{{QStringLiteral("date"), answer.date.toString(Qt::ISODate)},
                                  {QStringLiteral("provisional"), answer.provisional}});
    } else {
        cli.print(answer.date.toString(Qt::ISODate));
        warnProvisional(cli, answer.provisional);
    }
    return ExitOk;
}

int workdays(Cli& cli)
{
    if (cli.args.size() != 2)
        return cli.usage(Cli::tr("Usage: creditctl calendar workdays FROM TO   (dates as YYYY-MM-DD)"));
    auto from = parseDate(cli.args.at(0));
    if (!from)
        return cli.fail(from.error());
    auto to = parseDate(cli.args.at(1));
    if (!to)
        return cli.fail(to.error());
    auto cal = calendar(cli);
    if (!cal)
        return cli.fail(cal.error());
    const WorkdayCount count = cal->workdaysBetween(*from, *to);
    if (cli.json) {
        cli.printJson(QJsonObject{{QStringLiteral("workdays"), count.workdays},
                                  {QStringLiteral("provisional"), count.provisional}});
    } else {
        cli.print(QString::number(count.workdays));
        warnProvisional(cli, count.provisional);
    }
    return ExitOk;
}

int show(Cli& cli)
{
    if (cli.args.size() != 1)
        return cli.usage(Cli::tr("Usage: creditctl calendar show YEAR"));
    bool ok = false;
    const int year = cli.args.at(0).toInt(&ok);
    if (!ok || year < 1900 || year > 2200)
        return cli.fail(Error::invalid(Cli::tr("\"%1\" is not a year.").arg(cli.args.at(0))));
    auto cal = calendar(cli);
    if (!cal)
        return cli.fail(cal.error());
    QJsonArray days;
    for (const auto& day : cal->exceptions(year)) {
        const QString kind = day.kind == DayKind::Work ? QStringLiteral("work") : QStringLiteral("off");
        days.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("name"), day.name}});
        if (!cli.json)
            cli.print(
                QStringLiteral("%1  %2  %3").arg(day.date.toString(Qt::ISODate), kind.leftJustified(4), day.name));
    }
    if (cli.json) {
        cli.printJson(QJsonObject{{QStringLiteral("year"), year},
                                  {QStringLiteral("loaded"), cal->isYearLoaded(year)},
                                  {QStringLiteral("working_days"), cal->workingDaysInYear(year)},
                                  {QStringLiteral("days"), days}});
    } else {
        cli.print(Cli::tr("%1: %2 working days%3")
                      .arg(year)
                      .arg(cal->workingDaysInYear(year))
                      .arg(cal->isYearLoaded(year) ? QString() : Cli::tr(" (not loaded: weekends only, provisional)")));
    }
    return ExitOk;
}
int setDay(Cli& cli)
{
    if (cli.args.size() < 2 || cli.args.size() > 3)
        return cli.usage(Cli::tr("Usage: creditctl calendar set YYYY-MM-DD off|work [NAME]"));
    auto date = parseDate(cli.args.at(0));
    if (!date)
        return cli.fail(date.error());
    const QString kind = cli.args.at(1).toLower();
    if (kind != QLatin1String("off") && kind != QLatin1String("work"))
        return cli.fail(Error::invalid(Cli::tr("\"%1\" is neither off nor work.").arg(cli.args.at(1))));
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto actor = cli.actingActor(**db);
    if (!actor)
        return cli.fail(actor.error());
    const CalendarDay day{*date, kind == QLatin1String("work") ? DayKind::Work : DayKind::Off, cli.args.value(2)};
    if (auto saved = Setup::calendarStore(**db).setDay(*actor, day); !saved)
        return cli.fail(saved.error());
    cli.print(
        Cli::tr("%1 is now a %2.")
            .arg(date->toString(Qt::ISODate), day.kind == DayKind::Work ? Cli::tr("working day") : Cli::tr("day off")));
    return ExitOk;
}

int unsetDay(Cli& cli)
{
    if (cli.args.size() != 1)
        return cli.usage(Cli::tr("Usage: creditctl calendar unset YYYY-MM-DD"));
    auto date = parseDate(cli.args.at(0));
    if (!date)
        return cli.fail(date.error());
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto actor = cli.actingActor(**db);
    if (!actor)
        return cli.fail(actor.error());
    if (auto removed = Setup::calendarStore(**db).removeDay(*actor, *date); !removed)
        return cli.fail(removed.error());
    cli.print(Cli::tr("%1 follows the weekday rule again.").arg(date->toString(Qt::ISODate)));
    return ExitOk;
}

// Loads the years of a calendar.json file (the format shipped in resources/seed) that the database
// does not have yet, e.g. next year's arrangement once the State Council publishes it.
int importYears(Cli& cli)
{
    if (cli.args.size() != 1)
        return cli.usage(Cli::tr("Usage: creditctl calendar import FILE.json"));
    QFile file(cli.args.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(Error::invalid(Cli::tr("Cannot read %1: %2").arg(cli.args.at(0), file.errorString())));
    auto parsed = WorkCalendar::fromJson(file.readAll());
    if (!parsed)
        return cli.fail(Error::invalid(cli.args.at(0) + QStringLiteral(": ") + parsed.error().message));
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto actor = cli.actingActor(**db);
    if (!actor)
        return cli.fail(actor.error());
    CalendarStore store = Setup::calendarStore(**db);
    auto before = store.load();
    if (!before)
        return cli.fail(before.error());
    QStringList added;
    for (int year : parsed->loadedYears()) {
        if (before->isYearLoaded(year)) {
            cli.warn(Cli::tr("%1 is in the calendar already; edit its days with calendar set/unset.").arg(year));
            continue;
        }
        if (auto saved = store.addYear(*actor, year, parsed->yearSource(year), parsed->exceptions(year)); !saved)
            return cli.fail(saved.error());
        added << QString::number(year);
    }
    cli.print(added.isEmpty() ? Cli::tr("No year added.")
                              : Cli::tr("Added: %1.").arg(added.join(QStringLiteral(", "))));
    return ExitOk;
}
} // namespace

QList<Command> calendarCommands()
{
    return {
        {QStringLiteral("calendar add-workdays"),
         Cli::tr("calendar add-workdays YYYY-MM-DD N   the date N working days after a date"), addWorkdays},
        {QStringLiteral("calendar workdays"), Cli::tr("calendar workdays FROM TO   working days in (FROM, TO]"),
         workdays},
        {QStringLiteral("calendar show"), Cli::tr("calendar show YEAR          holidays and make-up days of a year"),
         show},
        {QStringLiteral("calendar set"),
         Cli::tr("calendar set YYYY-MM-DD off|work [NAME]   mark a holiday or make-up day"), setDay},
        {QStringLiteral("calendar unset"), Cli::tr("calendar unset YYYY-MM-DD   back to the weekday rule"), unsetDay},
        {QStringLiteral("calendar import"), Cli::tr("calendar import FILE.json   load years from a calendar file"),
         importYears},
    };
}
