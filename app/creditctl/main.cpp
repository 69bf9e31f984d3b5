// creditctl: the headless face of CreditDesk. Every command calls the same core operations as the GUI.

#include "Cli.h"
#include "I18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {
QList<Command> allCommands()
{
    QList<Command> commands;
    for (const auto& group : {initCommands(), validateCommands(), calendarCommands(), userCommands(),
                              departmentCommands(), auditCommands(), statsCommands(), referenceCommands(),
                              registryCommands(), benchCommands(), caseCommands(), docCommands(), backupCommands()})
        commands += group;
    return commands;
}

QString usageText(const QList<Command>& commands)
{
    QString text = Cli::tr("Usage: creditctl [--db URL] [--json] [--user LOGIN] COMMAND [ARGS]\n\n"
                           "  --db URL       sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: %1)\n"
                           "  --json         machine-readable output on stdout\n"
                           "  --user LOGIN   act for this officer (password on standard input), with the same "
                           "roles, checks and audit as in the window\n\nCommands:\n")
                       .arg(DatabaseUrl::defaultSqlite().toString());
    for (const auto& command : commands)
        text += QStringLiteral("  ") + command.synopsis + u'\n';
    text += Cli::tr("\nExit codes: 0 success, 1 rejected input or failed check, 2 usage error, 3 storage or "
                    "environment error.");
    return text;
}

// Commands that lay out official documents need fonts, and Qt's font database needs a GUI
// application; on a server without a display it runs on the offscreen platform.
bool needsFonts(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "bench" || word == "doc" || word == "--demo") // init --demo issues the demo cases' documents
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    I18n::install(app);

    Cli cli;
    cli.dbUrl = qEnvironmentVariable("CREDITDESK_DB", DatabaseUrl::defaultSqlite().toString());
    cli.dbGiven = qEnvironmentVariableIsSet("CREDITDESK_DB");
    const QList<Command> commands = allCommands();
    QStringList words = app.arguments().mid(1);
    while (!words.isEmpty() && words.first().startsWith(QLatin1String("--"))) {
        const QString option = words.takeFirst();
        if (option == QLatin1String("--json")) {
            cli.json = true;
        } else if (option == QLatin1String("--db")) {
            if (words.isEmpty())
                return cli.usage(Cli::tr("--db needs a URL: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME"));
            cli.dbUrl = words.takeFirst();
            cli.dbGiven = true;
        } else if (option.startsWith(QLatin1String("--db="))) {
            cli.dbUrl = option.mid(5);
            cli.dbGiven = true;
        } else if (option == QLatin1String("--user")) {
            if (words.isEmpty())
                return cli.usage(Cli::tr("--user needs the login of the officer to act for."));
            cli.userLogin = words.takeFirst();
        } else if (option.startsWith(QLatin1String("--user="))) {
            cli.userLogin = option.mid(7);
        } else if (option == QLatin1String("--help")) {
            cli.print(usageText(commands));
            return ExitOk;
        } else if (option == QLatin1String("--version")) {
            cli.print(QStringLiteral("creditctl " CREDITDESK_VERSION));
            return ExitOk;
        } else {
            return cli.usage(Cli::tr("Unknown option %1.\n\n%2").arg(option, usageText(commands)));
        }
    }
    if (words.isEmpty())
        return cli.usage(usageText(commands));

    // Commands are one or two words ("stats", "audit verify"); the longest match wins.
    for (int length : {2, 1}) {
        if (words.size() < length)
            continue;
        const QString name = words.mid(0, length).join(u' ');
        for (const auto& command : commands) {
            if (command.name == name) {
                cli.args = words.mid(length);
                // --json is also accepted after the command words.
                cli.json = cli.args.removeAll(QStringLiteral("--json")) > 0 || cli.json;
                return command.run(cli);
            }
        }
    }
    return cli.usage(Cli::tr("Unknown command \"%1\".\n\n%2").arg(words.join(u' '), usageText(commands)));
}
