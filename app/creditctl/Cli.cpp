#include "Cli.h"

#include "security/Accounts.h"
#include "setup/Setup.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}
} // namespace

bool Cli::databaseExists()
{
    auto url = DatabaseUrl::parse(dbUrl);
    return !url || !url->isSqlite() || QFileInfo::exists(url->path);
}

Result<Database*> Cli::database(Access access)
{
    if (m_db)
        return m_db.get();
    auto url = DatabaseUrl::parse(dbUrl);
    if (!url)
        return url.error();
    if (access != Access::Create && url->isSqlite() && !QFileInfo::exists(url->path))
        return Error::environment(
            tr("There is no database at %1. Create it with: creditctl --db %2 init").arg(url->path, url->toString()));
    Database::Options options;
    if (access == Access::Inspect) {
        options.readOnly = true;
        options.migrate = false;
    } else if (url->isSqlite()) {
        if (access == Access::Read) {
            // Beside a window that holds the file, read what it has committed and leave its WAL alone.
            auto holder = Database::claimHolder(url->path);
            options.readOnly = holder.has_value();
        } else if (access != Access::ReadAndAudit) {
            // A command that changes data takes the claim like the window; it waits for another command
            // to finish, and is refused at once while a window holds the file.
            options.exclusive = true;
            options.claimWaitMs = 60 * 1000;
        }
    }
    auto db = Database::open(*url, options);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    if (!options.readOnly && access != Access::ReadAndAudit) {
        if (auto seeded = Setup::seedReferenceData(*m_db); !seeded)
            return seeded.error();
    }
    return m_db.get();
}

Result<Actor> Cli::signedInUser(Database& db)
{
    if (m_user)
        return *m_user;
    if (userLogin.isEmpty())
        return Error::denied(tr("This command acts for an officer: give --user LOGIN before the command, and the "
                                "password on standard input."));
    const QString password = readPassword(tr("Password of %1: ").arg(userLogin));
    auto actor = Accounts(db).signIn(userLogin, password);
    if (!actor)
        return actor.error();
    m_user = *actor;
    return *actor;
}

Result<Actor> Cli::actingActor(Database& db)
{
    if (userLogin.isEmpty())
        return actor();
    return signedInUser(db);
}

Actor Cli::actor() const
{
    QString osUser = qEnvironmentVariable("USER");
    if (osUser.isEmpty())
        osUser = qEnvironmentVariable("LOGNAME", QStringLiteral("unknown"));
    return Actor::system(QStringLiteral("creditctl:") + osUser);
}

int Cli::exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Storage:
    case Error::Kind::Environment:
        return ExitStorage;
    default:
        return ExitRejected;
    }
}

int Cli::fail(const Error& error)
{
    err() << error.message;
    if (!error.detail.isEmpty())
        err() << "\n  (" << error.detail << ')';
    err() << Qt::endl;
    return exitCodeFor(error);
}

int Cli::usage(const QString& message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

void Cli::print(const QString& line)
{
    out() << line << Qt::endl;
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

void Cli::warn(const QString& line)
{
    err() << line << Qt::endl;
}

QString Cli::readPassword(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << prompt;
        err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
}
