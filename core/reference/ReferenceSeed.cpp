#include "ReferenceSeed.h"

#include "CatalogStore.h"
#include "LegalBasisStore.h"
#include "ListDomainStore.h"
#include "MeasureStore.h"
#include "rules/RuleProfileStore.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace {
const Actor& setupActor()
{
    static const Actor actor = Actor::system(QStringLiteral("system:setup"));
    return actor;
}

QDate dateOf(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const auto& entry : value.toArray())
        list << entry.toString();
    return list;
}

// Everything a shipped file refers to by key, resolved to row ids as the rows go in.
class SeedRun
{
public:
    explicit SeedRun(Database& db)
        : m_db(db)
    { }

    Status classes(const QString& listKind, const QJsonArray& rows);
    Status bases(const QJsonArray& rows);
    Status recordKinds(const QJsonArray& rows);
    Status domains(const QJsonArray& rows);
    Status catalog(const QJsonArray& rows, QDate from);
    Status measures(const QJsonArray& rows, QDate from);
    Status profiles(const QJsonArray& rows);
    int count() const { return m_count; }

private:
    Result<QList<qint64>> basisIds(const QJsonValue& codes, const QString& citedBy);
    Error wrap(const Error& error, const QString& row) const
    {
        return Error::invalid(
            ReferenceSeed::tr("The shipped reference data is wrong at %1: %2").arg(row, error.message), error.detail);
    }

    Database& m_db;
    QHash<QString, qint64> m_bases;
    int m_count = 0;
};

Result<QList<qint64>> SeedRun::basisIds(const QJsonValue& codes, const QString& citedBy)
{
    QList<qint64> ids;
    for (const auto& code : strings(codes)) {
        if (!m_bases.contains(code))
            return wrap(Error::invalid(ReferenceSeed::tr("unknown basis %1").arg(code)), citedBy);
        ids << m_bases.value(code);
    }
    return ids;
}

Status SeedRun::classes(const QString& listKind, const QJsonArray& rows)
{
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO reference_classes (list_kind, class_no, name) VALUES (?, "
                           "?, ?)"),
            {listKind, row.value(QStringLiteral("class_no")).toInt(), row.value(QStringLiteral("name")).toString()});
        if (!inserted)
            return inserted.error();
        ++m_count;
    }
    return {};
}

Status SeedRun::bases(const QJsonArray& rows)
{
    LegalBasisStore store(m_db);
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        LegalBasis basis;
        basis.code = row.value(QStringLiteral("code")).toString();
        basis.title = row.value(QStringLiteral("title")).toString();
        basis.docNumber = row.value(QStringLiteral("doc_number")).toString();
        basis.articles = row.value(QStringLiteral("articles")).toString();
        const auto level = BasisLevels::parse(row.value(QStringLiteral("level")).toString());
        if (!level)
            return wrap(Error::invalid(ReferenceSeed::tr("unknown level")), basis.code);
        basis.level = *level;
        basis.issuer = row.value(QStringLiteral("issuer")).toString();
        basis.inForceFrom = dateOf(row.value(QStringLiteral("in_force_from")));
        basis.inForceUntil = dateOf(row.value(QStringLiteral("in_force_until")));
        basis.note = row.value(QStringLiteral("note")).toString();
        auto added = store.add(setupActor(), basis);
        if (!added)
            return wrap(added.error(), basis.code);
        m_bases.insert(basis.code, added->id);
        ++m_count;
    }
    return {};
}

Status SeedRun::recordKinds(const QJsonArray& rows)
{
    MeasureStore store(m_db);
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        const RecordKind kind{row.value(QStringLiteral("code")).toString(),
                              row.value(QStringLiteral("name")).toString()};
        if (auto added = store.addRecordKind(setupActor(), kind); !added)
            return wrap(added.error(), kind.code);
        ++m_count;
    }
    return {};
}

Status SeedRun::domains(const QJsonArray& rows)
{
    ListDomainStore store(m_db);
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        ListDomain domain;
        domain.code = row.value(QStringLiteral("code")).toString();
        domain.name = row.value(QStringLiteral("name")).toString();
        domain.decidingAuthority = row.value(QStringLiteral("deciding_authority")).toString();
        domain.conductCategory = row.value(QStringLiteral("conduct_category")).toInt();
        domain.listingPeriodMonths = row.value(QStringLiteral("listing_period_months")).toInt();
        domain.earlyRemovalRule = row.value(QStringLiteral("early_removal_rule")).toString();
        domain.statementWorkdays = row.value(QStringLiteral("statement_workdays")).toInt();
        domain.objectionDecisionWorkdays = row.value(QStringLiteral("objection_decision_workdays")).toInt();
        domain.scope = Scope::National;
        domain.status = DomainStatus::InForce;
        domain.effectiveFrom = dateOf(row.value(QStringLiteral("effective_from")));
        domain.unconfirmed = strings(row.value(QStringLiteral("unconfirmed")));
        auto ids = basisIds(row.value(QStringLiteral("bases")), domain.code);
        if (!ids)
            return ids.error();
        domain.basisIds = *ids;
        if (auto added = store.add(setupActor(), domain); !added)
            return wrap(added.error(), domain.code);
        ++m_count;
    }
    return {};
}

Status SeedRun::catalog(const QJsonArray& rows, QDate from)
{
    CatalogStore store(m_db);
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        CatalogItem item;
        item.itemKey = row.value(QStringLiteral("key")).toString();
        item.classNo = row.value(QStringLiteral("class_no")).toInt();
        item.name = row.value(QStringLiteral("name")).toString();
        item.conduct = row.value(QStringLiteral("conduct")).toString();
        item.subjectKinds = strings(row.value(QStringLiteral("subject_kinds")));
        const auto disclosure = ReferenceTerms::parseDisclosure(row.value(QStringLiteral("disclosure")).toString());
        if (!disclosure)
            return wrap(Error::invalid(ReferenceSeed::tr("unknown disclosure")), item.itemKey);
        item.disclosure = *disclosure;
        item.sharingScope = row.value(QStringLiteral("sharing_scope")).toString();
        item.sourceDepartment = row.value(QStringLiteral("source_department")).toString();
        item.channel = row.value(QStringLiteral("channel")).toString();
        item.updateFrequency = row.value(QStringLiteral("update_frequency")).toString();
        item.disclosurePeriod = row.value(QStringLiteral("disclosure_period")).toString();
        item.scope = Scope::National;
        item.effectiveFrom = from;
        auto ids = basisIds(row.value(QStringLiteral("bases")), item.itemKey);
        if (!ids)
            return ids.error();
        item.basisIds = *ids;
        if (auto added = store.add(setupActor(), item); !added)
            return wrap(added.error(), item.itemKey);
        ++m_count;
    }
    return {};
}

Status SeedRun::measures(const QJsonArray& rows, QDate from)
{
    MeasureStore store(m_db);
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        Measure measure;
        measure.measureKey = row.value(QStringLiteral("key")).toString();
        measure.classNo = row.value(QStringLiteral("class_no")).toInt();
        measure.name = row.value(QStringLiteral("name")).toString();
        measure.content = row.value(QStringLiteral("content")).toString();
        measure.implementingDepartment = row.value(QStringLiteral("implementing_department")).toString();
        measure.subjectKinds = strings(row.value(QStringLiteral("subject_kinds")));
        measure.scope = Scope::National;
        measure.effectiveFrom = from;
        measure.followsListDomains = strings(row.value(QStringLiteral("list_domains")));
        measure.followsRecordKinds = strings(row.value(QStringLiteral("record_kinds")));
        auto ids = basisIds(row.value(QStringLiteral("bases")), measure.measureKey);
        if (!ids)
            return ids.error();
        measure.basisIds = *ids;
        if (auto added = store.add(setupActor(), measure); !added)
            return wrap(added.error(), measure.measureKey);
        ++m_count;
    }
    return {};
}

Status SeedRun::profiles(const QJsonArray& rows)
{
    RuleProfileStore store(m_db);
    for (const auto& value : rows) {
        auto profile = RuleProfile::fromJson(value.toObject());
        if (!profile)
            return wrap(profile.error(), value.toObject().value(QStringLiteral("name")).toString());
        if (auto added = store.add(setupActor(), *profile); !added)
            return wrap(added.error(), profile->name);
        ++m_count;
    }
    return {};
}

Result<QJsonObject> parse(const QHash<QString, QByteArray>& files, const QString& name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(files.value(name), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::environment(ReferenceSeed::tr("The built-in reference data %1 is damaged.").arg(name),
                                  error.errorString());
    return doc.object();
}
Result<bool> hasReferenceData(Database& db)
{
    auto rows = db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM reference_classes) + (SELECT COUNT(*) FROM "
                                         "legal_bases) + (SELECT COUNT(*) FROM rule_profiles)"));
    if (!rows)
        return rows.error();
    return rows->toLongLong() > 0;
}
} // namespace

QStringList ReferenceSeed::fileNames()
{
    return {QStringLiteral("reference_bases.json"), QStringLiteral("reference_catalog.json"),
            QStringLiteral("reference_list_domains.json"), QStringLiteral("reference_measures.json"),
            QStringLiteral("reference_rule_profiles.json")};
}

Status ReferenceSeed::loadShipped(Database& db)
{
    QHash<QString, QByteArray> files;
    for (const auto& name : fileNames()) {
        QFile file(QStringLiteral(":/seed/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error::environment(tr("The built-in reference data %1 is missing from this build.").arg(name),
                                      file.errorString());
        files.insert(name, file.readAll());
    }
    return load(db, files);
}

Status ReferenceSeed::load(Database& db, const QHash<QString, QByteArray>& files)
{
    QHash<QString, QJsonObject> docs;
    for (const auto& name : fileNames()) {
        auto doc = parse(files, name);
        if (!doc)
            return doc.error();
        docs.insert(name, *doc);
    }
    // Only a database that never had reference data gets the shipped rows: what the office changed stays.
    // Asked first without a transaction, so an ordinary start takes no write lock.
    auto present = hasReferenceData(db);
    if (!present)
        return present.error();
    if (*present)
        return {};
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.status();
    // Two programs starting on a new PostgreSQL database at once: the second waits, then finds the data.
    if (auto locked = db.lockTable(QStringLiteral("reference_classes")); !locked)
        return locked;
    present = hasReferenceData(db);
    if (!present)
        return present.error();
    if (*present)
        return transaction.commit();

    const QJsonObject catalog = docs.value(QStringLiteral("reference_catalog.json"));
    const QJsonObject measures = docs.value(QStringLiteral("reference_measures.json"));
    SeedRun run(db);
    const QList<std::function<Status()>> steps = {
        [&] {
            return run.bases(
                docs.value(QStringLiteral("reference_bases.json")).value(QStringLiteral("bases")).toArray());
        },
        [&] { return run.classes(QStringLiteral("catalog"), catalog.value(QStringLiteral("classes")).toArray()); },
        [&] { return run.classes(QStringLiteral("measures"), measures.value(QStringLiteral("classes")).toArray()); },
        [&] { return run.recordKinds(measures.value(QStringLiteral("record_kinds")).toArray()); },
        [&] {
            return run.domains(
                docs.value(QStringLiteral("reference_list_domains.json")).value(QStringLiteral("domains")).toArray());
        },
        [&] {
            return run.catalog(catalog.value(QStringLiteral("items")).toArray(),
                               dateOf(catalog.value(QStringLiteral("effective_from"))));
        },
        [&] {
            return run.measures(measures.value(QStringLiteral("measures")).toArray(),
                                dateOf(measures.value(QStringLiteral("effective_from"))));
        },
        [&] {
            return run.profiles(
                docs.value(QStringLiteral("reference_rule_profiles.json")).value(QStringLiteral("profiles")).toArray());
        },
    };
    for (const auto& step : steps) {
        if (auto done = step(); !done)
            return done;
    }
    if (auto audited = AuditLog::append(db, setupActor(), QStringLiteral("reference.seeded"),
                                        QStringLiteral("reference"), QStringLiteral("shipped"), true,
                                        QStringLiteral("%1 rows from %2").arg(run.count()).arg(fileNames().join(u',')));
        !audited)
        return audited;
    return transaction.commit();
}
