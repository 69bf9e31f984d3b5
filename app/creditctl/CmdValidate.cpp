#include "Cli.h"
#include "domain/ResidentId.h"
#include "domain/Uscc.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
int validate(Cli& cli, const std::function<CodeCheck(const QString&)>& check)
{
    if (cli.args.isEmpty())
        return cli.usage(Cli::tr("Give at least one code to check."));
    QJsonArray results;
    bool allValid = true;
    for (const auto& input : std::as_const(cli.args)) {
        const CodeCheck result = check(input);
        allValid = allValid && result.valid;
        if (cli.json) {
            results.append(QJsonObject{{QStringLiteral("input"), input},
                                       {QStringLiteral("normalized"), result.normalized},
                                       {QStringLiteral("valid"), result.valid},
                                       {QStringLiteral("reason"), result.reason}});
        } else if (result.valid) {
            cli.print(result.normalized + QStringLiteral(" ok"));
        } else {
            cli.print(input + QStringLiteral(" invalid: ") + result.reason);
        }
    }
    if (cli.json)
        cli.printJson(results);
    return allValid ? ExitOk : ExitRejected;
}
} // namespace

QList<Command> validateCommands()
{
    return {
        {QStringLiteral("validate uscc"), Cli::tr("validate uscc CODE...       check unified social credit codes"),
         [](Cli& cli) {
             return validate(cli, [](const QString& code) { return Uscc::check(code); });
         }},
        {QStringLiteral("validate id"), Cli::tr("validate id NUMBER...       check resident identity numbers"),
         [](Cli& cli) {
             return validate(cli, [](const QString& number) { return ResidentId::check(number); });
         }},
    };
}
