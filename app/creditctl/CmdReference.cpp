#include "Cli.h"
#include "Options.h"
#include "reference/CatalogStore.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "reference/MeasureStore.h"
#include "rules/RuleProfileStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue::Null;
}

QString period(QDate from, QDate until)
{
    return QStringLiteral("%1 → %2").arg(from.toString(Qt::ISODate),
                                         until.isValid() ? until.toString(Qt::ISODate) : QStringLiteral("…"));
}

// The citations of the given basis ids, looked up once per command.
class Citations
{
public:
    Status load(Database& db)
    {
        auto bases = LegalBasisStore(db).list();
        if (!bases)
            return bases.error();
        for (const auto& basis : std::as_const(*bases))
            m_byId.insert(basis.id, basis);
        return {};
    }
    QJsonArray json(const QList<qint64>& ids) const
    {
        QJsonArray list;
        for (qint64 id : ids) {
            const LegalBasis basis = m_byId.value(id);
            list.append(QJsonObject{{QStringLiteral("code"), basis.code},
                                    {QStringLiteral("citation"), basis.citation()},
                                    {QStringLiteral("level"), BasisLevels::id(basis.level)}});
        }
        return list;
    }
    QString text(const QList<qint64>& ids) const
    {
        QStringList list;
        for (qint64 id : ids)
            list << m_byId.value(id).citation();
        return list.join(QStringLiteral("；"));
    }

private:
    QHash<qint64, LegalBasis> m_byId;
};

// Opens the database and loads the citations, or prints why not.
Result<Database*> open(Cli& cli, Citations& citations)
{
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return db.error();
    if (auto loaded = citations.load(**db); !loaded)
        return loaded.error();
    return *db;
}

int catalogList(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl catalog list [--json]"));
    Citations citations;
    auto db = open(cli, citations);
    if (!db)
        return cli.fail(db.error());
    CatalogStore store(**db);
    auto items = store.list();
    if (!items)
        return cli.fail(items.error());
    QJsonArray rows;
    for (const auto& item : std::as_const(*items)) {
        if (!cli.json) {
            cli.print(QStringLiteral("%1\tv%2\t%3\t%4\t%5\t%6%7")
                          .arg(item.itemKey)
                          .arg(item.versionNo)
                          .arg(item.classNo)
                          .arg(item.name, ReferenceTerms::disclosureName(item.disclosure),
                               period(item.effectiveFrom, item.effectiveUntil),
                               item.status == ItemStatus::Abolished ? Cli::tr("\t(abolished)") : QString()));
            continue;
        }
        rows.append(QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("key"), item.itemKey},
            {QStringLiteral("version_no"), item.versionNo},
            {QStringLiteral("class_no"), item.classNo},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("conduct"), item.conduct},
            {QStringLiteral("subject_kinds"), QJsonArray::fromStringList(item.subjectKinds)},
            {QStringLiteral("disclosure"), ReferenceTerms::disclosureId(item.disclosure)},
            {QStringLiteral("sharing_scope"), item.sharingScope},
            {QStringLiteral("source_department"), item.sourceDepartment},
            {QStringLiteral("channel"), item.channel},
            {QStringLiteral("update_frequency"), item.updateFrequency},
            {QStringLiteral("disclosure_period"), item.disclosurePeriod},
            {QStringLiteral("scope"), ReferenceTerms::scopeId(item.scope)},
            {QStringLiteral("effective_from"), dateJson(item.effectiveFrom)},
            {QStringLiteral("effective_until"), dateJson(item.effectiveUntil)},
            {QStringLiteral("status"), ReferenceTerms::statusId(item.status)},
            {QStringLiteral("bases"), citations.json(item.basisIds)},
        });
    }
    if (cli.json)
        cli.printJson(rows);
    return ExitOk;
}

int measuresList(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl measures list [--json]"));
    Citations citations;
    auto db = open(cli, citations);
    if (!db)
        return cli.fail(db.error());
    auto measures = MeasureStore(**db).list();
    if (!measures)
        return cli.fail(measures.error());
    QJsonArray rows;
    for (const auto& measure : std::as_const(*measures)) {
        if (!cli.json) {
            cli.print(QStringLiteral("%1\tv%2\t%3\t%4\t%5\t%6")
                          .arg(measure.measureKey)
                          .arg(measure.versionNo)
                          .arg(measure.classNo)
                          .arg(measure.name, citations.text(measure.basisIds),
                               period(measure.effectiveFrom, measure.effectiveUntil)));
            continue;
        }
        rows.append(QJsonObject{
            {QStringLiteral("id"), measure.id},
            {QStringLiteral("key"), measure.measureKey},
            {QStringLiteral("version_no"), measure.versionNo},
            {QStringLiteral("class_no"), measure.classNo},
            {QStringLiteral("name"), measure.name},
            {QStringLiteral("content"), measure.content},
            {QStringLiteral("implementing_department"), measure.implementingDepartment},
            {QStringLiteral("subject_kinds"), QJsonArray::fromStringList(measure.subjectKinds)},
            {QStringLiteral("follows_list_domains"), QJsonArray::fromStringList(measure.followsListDomains)},
            {QStringLiteral("follows_record_kinds"), QJsonArray::fromStringList(measure.followsRecordKinds)},
            {QStringLiteral("scope"), ReferenceTerms::scopeId(measure.scope)},
            {QStringLiteral("effective_from"), dateJson(measure.effectiveFrom)},
            {QStringLiteral("effective_until"), dateJson(measure.effectiveUntil)},
            {QStringLiteral("status"), ReferenceTerms::statusId(measure.status)},
            {QStringLiteral("bases"), citations.json(measure.basisIds)},
        });
    }
    if (cli.json)
        cli.printJson(rows);
    return ExitOk;
}

int domainsList(Cli& cli)
{
    if (!cli.args.isEmpty())
        return cli.usage(Cli::tr("Usage: creditctl domains list [--json]"));
    Citations citations;
    auto db = open(cli, citations);
    if (!db)
        return cli.fail(db.error());
    auto domains = ListDomainStore(**db).list();
    if (!domains)
        return cli.fail(domains.error());
    QJsonArray rows;
    for (const auto& domain : std::as_const(*domains)) {
        if (!cli.json) {
            cli.print(
                Cli::tr("%1\t%2\t%3\t%n month(s)\t%4", "", domain.listingPeriodMonths)
                    .arg(domain.code, domain.name, domain.decidingAuthority, ListDomains::statusName(domain.status)));
            continue;
        }
        rows.append(QJsonObject{
            {QStringLiteral("id"), domain.id},
            {QStringLiteral("code"), domain.code},
            {QStringLiteral("name"), domain.name},
            {QStringLiteral("deciding_authority"), domain.decidingAuthority},
            {QStringLiteral("conduct_category"), domain.conductCategory},
            {QStringLiteral("conduct"), ListDomains::conductCategoryName(domain.conductCategory)},
            {QStringLiteral("listing_period_months"), domain.listingPeriodMonths},
            {QStringLiteral("early_removal_rule"), domain.earlyRemovalRule},
            {QStringLiteral("statement_workdays"), domain.statementWorkdays},
            {QStringLiteral("objection_decision_workdays"), domain.objectionDecisionWorkdays},
            {QStringLiteral("scope"), ReferenceTerms::scopeId(domain.scope)},
            {QStringLiteral("status"), ListDomains::statusId(domain.status)},
            {QStringLiteral("effective_from"), dateJson(domain.effectiveFrom)},
            {QStringLiteral("effective_until"), dateJson(domain.effectiveUntil)},
            {QStringLiteral("unconfirmed"), QJsonArray::fromStringList(domain.unconfirmed)},
            {QStringLiteral("bases"), citations.json(domain.basisIds)},
        });
    }
    if (cli.json)
        cli.printJson(rows);
    return ExitOk;
}

Result<QDate> parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!pattern.match(text.trimmed()).hasMatch() || !date.isValid())
        return Error::invalid(Cli::tr("\"%1\" is not a date: write YYYY-MM-DD, e.g. 2026-04-01.").arg(text));
    return date;
}

void printProfile(Cli& cli, const RuleProfile& profile)
{
    const auto flag = [&profile](const QString& id) {
        return profile.unconfirmed.contains(id) ? Cli::tr("  [UNCONFIRMED default]") : QString();
    };
    cli.print(QStringLiteral("%1  (%2)").arg(profile.name, period(profile.effectiveFrom, profile.effectiveUntil)));
    cli.print(profile.basis);
    for (auto tier : {PublicationTier::Minor, PublicationTier::General, PublicationTier::Serious}) {
        const QString id = QStringLiteral("publication_months.")
            + QStringList{QStringLiteral("minor"), QStringLiteral("general"), QStringLiteral("serious")}.at(int(tier));
        cli.print(Cli::tr("  publication, %1: %2")
                      .arg(RuleProfiles::tierName(tier), RuleProfiles::describe(profile.publication(tier)))
                  + flag(id));
    }
    const QList<std::pair<QString, const Deadline*>> deadlines = {
        {QStringLiteral("notice_statement"), &profile.noticeStatement},
        {QStringLiteral("objection_mark"), &profile.objectionMark},
        {QStringLiteral("objection_decide"), &profile.objectionDecide},
        {QStringLiteral("repair_accept"), &profile.repairAccept},
        {QStringLiteral("repair_decide"), &profile.repairDecide},
    };
    for (const auto& [id, deadline] : deadlines)
        cli.print(Cli::tr("  deadline %1: %2").arg(RuleProfiles::deadlineName(id), RuleProfiles::describe(*deadline))
                  + flag(QStringLiteral("deadlines.") + id));
    cli.print(profile.repeatLimit.enabled ? Cli::tr("  repeat repair: at most %1 in %2 years, %3 months apart")
                                                .arg(profile.repeatLimit.maxCount)
                                                .arg(profile.repeatLimit.windowYears)
                                                .arg(profile.repeatLimit.minGapMonths)
                                          : Cli::tr("  repeat repair: no limit"));
    cli.print(Cli::tr("  repair conditions: %1").arg(profile.repairConditions)
              + flag(QStringLiteral("repair_conditions")));
}

int rulesShow(Cli& cli)
{
    Options options;
    const QString usage = Cli::tr("Usage: creditctl rules show --date YYYY-MM-DD [--json]");
    if (!options.parse(cli.args, {QStringLiteral("date")}, {}) || !options.positional().isEmpty()
        || !options.isSet(QStringLiteral("date")))
        return cli.usage(options.error().isEmpty() ? usage : options.error() + u'\n' + usage);
    auto date = parseDate(options.value(QStringLiteral("date")));
    if (!date)
        return cli.fail(date.error());
    auto db = cli.database(Cli::Access::Read);
    if (!db)
        return cli.fail(db.error());
    auto profile = RuleProfileStore(**db).profileOn(*date);
    if (!profile)
        return cli.fail(profile.error());
    if (cli.json)
        cli.printJson(profile->toJson());
    else
        printProfile(cli, *profile);
    return ExitOk;
}
} // namespace

QList<Command> referenceCommands()
{
    return {
        {QStringLiteral("catalog list"), Cli::tr("catalog list                public credit information catalog items"),
         catalogList},
        {QStringLiteral("measures list"), Cli::tr("measures list               punishment measures list"),
         measuresList},
        {QStringLiteral("domains list"), Cli::tr("domains list                serious-dishonesty list domains"),
         domainsList},
        {QStringLiteral("rules show"), Cli::tr("rules show --date YYYY-MM-DD   the rule profile in force on a date"),
         rulesShow},
    };
}
