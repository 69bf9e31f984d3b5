#include "Cli.h"
#include "DisplayTime.h"
#include "Options.h"
#include "backup/DatabaseBackup.h"
#include "security/AuditLog.h"

#include <QJsonObject>

namespace {
QJsonObject toJson(const BackupInfo& info)
{
    return QJsonObject{{QStringLiteral("file"), info.path},
                       {QStringLiteral("bytes"), info.bytes},
                       {QStringLiteral("sha256"), info.sha256},
                       {QStringLiteral("schema_version"), info.schemaVersion},
                       {QStringLiteral("audit_rows"), info.auditRows},
                       {QStringLiteral("last_audit_at"), info.lastAuditAt}};
}

void printInfo(Cli& cli, const BackupInfo& info)
{
    cli.print(Cli::tr("%1: %2 bytes, SHA-256 %3, schema %4, audit trail intact (%5 rows, newest %6).")
                  .arg(info.path)
                  .arg(info.bytes)
                  .arg(info.sha256)
                  .arg(info.schemaVersion)
                  .arg(info.auditRows)
                  .arg(displayTime(info.lastAuditAt)));
}

Result<DatabaseUrl> sqliteUrl(Cli& cli)
{
    auto url = DatabaseUrl::parse(cli.dbUrl);
    if (!url)
        return url.error();
    return *url;
}

int backup(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {QStringLiteral("out")}, {}) || !options.positional().isEmpty()
        || options.value(QStringLiteral("out")).isEmpty())
        return cli.usage(options.error().isEmpty() ? Cli::tr("Usage: creditctl backup --out FILE") : options.error());
    auto url = sqliteUrl(cli);
    if (!url)
        return cli.fail(url.error());
    if (!cli.databaseExists())
        return cli.fail(Error::environment(Cli::tr("There is no database at %1.").arg(url->path)));
    auto made = DatabaseBackup::copy(*url, options.value(QStringLiteral("out")));
    if (!made)
        return cli.fail(made.error());
    auto db = cli.database(Cli::Access::ReadAndAudit);
    if (!db)
        return cli.fail(db.error());
    if (auto recorded = DatabaseBackup::record(**db, *made, cli.actor()); !recorded)
        return cli.fail(recorded.error());
    if (cli.json)
        cli.printJson(toJson(*made));
    else
        printInfo(cli, *made);
    return ExitOk;
}

int restore(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {}, {}) || options.positional().size() != 1)
        return cli.usage(Cli::tr("Usage: creditctl restore FILE"));
    auto url = sqliteUrl(cli);
    if (!url)
        return cli.fail(url.error());
    auto restored = DatabaseBackup::restore(options.positional().first(), *url, cli.actor());
    if (!restored)
        return cli.fail(restored.error());
    if (cli.json) {
        QJsonObject object = toJson(restored->restored);
        object.insert(QStringLiteral("kept_aside"), restored->keptAside);
        cli.printJson(object);
    } else {
        cli.print(Cli::tr("Restored %1 from %2.").arg(url->path, restored->restored.path));
        if (!restored->keptAside.isEmpty())
            cli.print(Cli::tr("The database it replaced is kept as %1.").arg(restored->keptAside));
    }
    return ExitOk;
}

// What an officer runs after a crash, a restore or a pg_restore: the file's pages, then the audit chain.
int check(Cli& cli)
{
    Options options;
    if (!options.parse(cli.args, {}, {}) || !options.positional().isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl check"));
    auto db = cli.database(Cli::Access::Inspect);
    if (!db) {
        // A file too damaged to open fails the check; it is not a missing server or a wrong path.
        const QString detail = db.error().detail;
        if (detail.contains(QLatin1String("malformed")) || detail.contains(QLatin1String("not a database"))) {
            cli.print(Cli::tr("Storage: damaged: %1").arg(db.error().fullText()));
            return ExitRejected;
        }
        return cli.fail(db.error());
    }
    auto problems = (*db)->quickCheck();
    if (!problems)
        return cli.fail(problems.error());
    auto audit = AuditLog::verify(**db);
    if (!audit)
        return cli.fail(audit.error());
    const bool sound = problems->isEmpty() && audit->intact;
    if (cli.json) {
        cli.printJson(QJsonObject{
            {QStringLiteral("sound"), sound},
            {QStringLiteral("storage_problems"), QJsonValue::fromVariant(*problems)},
            {QStringLiteral("audit_intact"), audit->intact},
            {QStringLiteral("audit_rows"), audit->rowsChecked},
            {QStringLiteral("audit_first_bad_row"), audit->intact ? QJsonValue() : QJsonValue(audit->firstBadSeq)}});
    } else {
        if (problems->isEmpty())
            cli.print(Cli::tr("Storage: sound."));
        else
            cli.print(Cli::tr("Storage: damaged: %1").arg(problems->mid(0, 5).join(QStringLiteral("; "))));
        if (audit->intact)
            cli.print(Cli::tr("Audit trail intact: %1 rows verified.").arg(audit->rowsChecked));
        else
            cli.print(Cli::tr("Audit trail broken at row %1: %2").arg(audit->firstBadSeq).arg(audit->problem));
    }
    return sound ? ExitOk : ExitRejected;
}
} // namespace

QList<Command> backupCommands()
{
    return {
        {QStringLiteral("backup"),
         Cli::tr("backup --out FILE           a verified copy of the SQLite database, also while CreditDesk runs"),
         backup},
        {QStringLiteral("restore"),
         Cli::tr("restore FILE                replace the SQLite database with a checked backup (the old one kept)"),
         restore},
        {QStringLiteral("check"), Cli::tr("check                       the database's pages and its audit chain"),
         check},
    };
}
