#pragma once

#include "Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

// Exit codes of creditctl, as the README promises them.
enum ExitCode
{
    ExitOk = 0,
    ExitRejected = 1,
    ExitUsage = 2,
    ExitStorage = 3
};

// What every command gets: its arguments, the global options and the way to the database.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QStringList args; // after the command word(s)
    QString dbUrl;
    bool dbGiven = false; // --db or CREDITDESK_DB named a database
    bool json = false;
    QString userLogin; // --user: the officer creditctl speaks for

    // What a command does with the database, which decides how it may open a SQLite file that a
    // CreditDesk window holds (see Database::Options).
    enum class Access
    {
        Read, // reads only: beside a running window it reads through the WAL, never writing or checkpointing
        Write, // changes data: takes the claim on the file, so it is refused while a window holds it
        Create, // like Write, and may create the database
        // Reads, then appends to the audit trail (a backup's record) without taking the claim: SQLite's
        // locks order its one short write with the window's, and it never checkpoints while one runs.
        ReadAndAudit,
        // Reads the file as it is, whatever its schema, never writing (check): nothing is migrated or seeded.
        Inspect,
    };
    // Opens (and migrates) the database. Unless creating, a missing SQLite file is an error that points
    // to `creditctl init` instead of silently making a new empty database.
    Result<Database*> database(Access access = Access::Write);
    bool databaseExists();
    Actor actor() const; // who creditctl acts as in the audit trail
    // The officer named by --user, signed in with the password on standard input exactly as in the
    // window (failures counted, lock-out, audited). Commands that act for an officer call this.
    Result<Actor> signedInUser(Database& db);
    // Who a command that changes data acts as: the officer named by --user (signed in), or without
    // --user the host's operator (actor()), as for the commands that set a database up.
    Result<Actor> actingActor(Database& db);

    int fail(const Error& error); // prints the message to stderr, returns the exit code for its kind
    int usage(const QString& message); // prints to stderr, returns ExitUsage
    void print(const QString& line); // stdout
    void printJson(const QJsonValue& value);
    void warn(const QString& line); // stderr
    // A password from the terminal without echo, or the first line of stdin when it is not a terminal.
    QString readPassword(const QString& prompt);

    static int exitCodeFor(const Error& error);

private:
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_user;
};

struct Command
{
    QString name; // "validate", "calendar", ...
    QString synopsis;
    std::function<int(Cli&)> run;
};

QList<Command> initCommands();
QList<Command> validateCommands();
QList<Command> calendarCommands();
QList<Command> userCommands();
QList<Command> departmentCommands();
QList<Command> auditCommands();
QList<Command> statsCommands();
QList<Command> referenceCommands();
QList<Command> registryCommands();
QList<Command> benchCommands();
QList<Command> caseCommands();
QList<Command> docCommands();
QList<Command> backupCommands();
