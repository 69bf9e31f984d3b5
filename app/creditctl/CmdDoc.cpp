#include "Cli.h"
#include "Options.h"
#include "cases/CaseStore.h"
#include "documents/DocumentStore.h"

#include <QFile>
#include <QJsonObject>

namespace {
int docRender(Cli& cli)
{
    Options options;
    const QString usage = Cli::tr(
        "Usage: creditctl doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf");
    if (!options.parse(cli.args, {QStringLiteral("case"), QStringLiteral("kind"), QStringLiteral("out")}, {})
        || !options.positional().isEmpty() || options.value(QStringLiteral("case")).isEmpty()
        || options.value(QStringLiteral("out")).isEmpty())
        return cli.usage(options.error().isEmpty() ? usage : options.error());
    const auto kind = DocumentKinds::parse(options.value(QStringLiteral("kind")));
    if (!kind)
        return cli.usage(usage);
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto found = CaseStore(**db).findByNumber(options.value(QStringLiteral("case")));
    if (!found)
        return cli.fail(found.error());
    DocumentStore documents(**db);
    auto issued = documents.ofCase(found->id);
    if (!issued)
        return cli.fail(issued.error());
    // The latest document of the kind that is in force: a voided one is never handed out as the case's.
    for (auto it = issued->crbegin(); it != issued->crend(); ++it) {
        if (it->kind != *kind || it->voided)
            continue;
        auto bytes = documents.pdf(it->id);
        if (!bytes)
            return cli.fail(bytes.error());
        QFile file(options.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.flush())
            return cli.fail(Error::environment(Cli::tr("Cannot write %1.").arg(file.fileName()), file.errorString()));
        if (cli.json)
            cli.printJson(QJsonObject{{QStringLiteral("number"), it->number},
                                      {QStringLiteral("file"), file.fileName()},
                                      {QStringLiteral("sha256"), it->sha256}});
        else
            cli.print(Cli::tr("%1 written to %2.").arg(it->number, file.fileName()));
        return ExitOk;
    }
    return cli.fail(Error::invalid(
        Cli::tr("No %1 was issued for the case %2.").arg(DocumentKinds::displayName(*kind), found->number)));
}

int reportVerification(Cli& cli, const DocumentVerification& result)
{
    static const QStringList outcomes
        = {QStringLiteral("genuine"), QStringLiteral("voided"), QStringLiteral("unknown")};
    const QString outcome = outcomes.at(int(result.outcome));
    if (cli.json) {
        QJsonObject object{{QStringLiteral("outcome"), outcome}, {QStringLiteral("genuine"), result.genuine()}};
        if (result.document) {
            object.insert(QStringLiteral("number"), result.document->number);
            object.insert(QStringLiteral("kind"), DocumentKinds::id(result.document->kind));
            object.insert(QStringLiteral("issued_at"), result.document->issuedAt);
        }
        cli.printJson(object);
    } else if (result.outcome == DocumentVerification::Outcome::Genuine) {
        cli.print(Cli::tr("Genuine: %1, %2, issued %3.")
                      .arg(result.document->number, result.document->title, result.document->issuedAt));
    } else if (result.outcome == DocumentVerification::Outcome::Voided) {
        cli.print(Cli::tr("Voided: %1 was issued but voided on %2 (%3).")
                      .arg(result.document->number, result.document->voidedAt, result.document->voidReason));
    } else {
        cli.print(Cli::tr("Not an issued document of this office."));
    }
    return result.genuine() ? ExitOk : ExitRejected;
}

int docVerify(Cli& cli)
{
    Options options;
    const QString usage = Cli::tr("Usage: creditctl doc verify FILE.pdf | doc verify --number N --code C");
    if (!options.parse(cli.args, {QStringLiteral("number"), QStringLiteral("code")}, {}))
        return cli.usage(options.error());
    const bool byCode = options.isSet(QStringLiteral("number")) || options.isSet(QStringLiteral("code"));
    if (byCode ? !options.positional().isEmpty() || options.value(QStringLiteral("number")).isEmpty()
                || options.value(QStringLiteral("code")).isEmpty()
               : options.positional().size() != 1)
        return cli.usage(usage);
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    DocumentStore documents(**db);
    if (byCode) {
        auto result
            = documents.verifyCode(options.value(QStringLiteral("number")), options.value(QStringLiteral("code")));
        return result ? reportVerification(cli, *result) : cli.fail(result.error());
    }
    QFile file(options.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(Error::environment(Cli::tr("Cannot read %1.").arg(file.fileName()), file.errorString()));
    auto result = documents.verifyFile(file.readAll());
    return result ? reportVerification(cli, *result) : cli.fail(result.error());
}
} // namespace

QList<Command> docCommands()
{
    return {{QStringLiteral("doc render"),
             Cli::tr("doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf   the "
                     "issued document of a case"),
             docRender},
            {QStringLiteral("doc verify"),
             Cli::tr("doc verify FILE.pdf | doc verify --number N --code C   is it an issued document? (exit 0 if so)"),
             docVerify}};
}
