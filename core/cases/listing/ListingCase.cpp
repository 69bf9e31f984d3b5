#include "ListingCase.h"

#include "reference/MeasureStore.h"
#include "security/Actor.h"
#include "security/Permissions.h"
#include "storage/Database.h"

namespace {
QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

Result<ListingCase> ListingCases::find(qint64 caseId)
{
    auto row = m_db.exec(QStringLiteral("SELECT l.list_domain_id, d.name, l.facts, l.lenient_minor, "
                                        "l.lenient_force_majeure, l.lenient_minor_conduct, l.lenient_reason, "
                                        "l.lenient_decision FROM case_listing l LEFT JOIN list_domains d ON d.id = "
                                        "l.list_domain_id WHERE l.case_id = ?"),
                         {caseId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(tr("The case with the id %1 is not a listing case.").arg(caseId));
    ListingCase listing;
    listing.caseId = caseId;
    listing.listDomainId = row->value(0).toLongLong();
    listing.domainName = row->value(1).toString();
    listing.facts = row->value(2).toString();
    listing.lenient = {row->value(3).toInt() != 0, row->value(4).toInt() != 0, row->value(5).toInt() != 0};
    listing.lenientReason = row->value(6).toString();
    listing.lenientDecision = row->value(7).toString();
    row->finish();
    auto measures = m_db.exec(
        QStringLiteral("SELECT measure_id FROM case_measures WHERE case_id = ? ORDER BY position"), {caseId});
    if (!measures)
        return measures.error();
    while (measures->next())
        listing.measureIds << measures->value(0).toLongLong();
    return listing;
}

Result<ListingCase> ListingCases::load(const Actor& reader, qint64 caseId)
{
    if (auto allowed = Permissions::require(reader, Permission::ViewCases); !allowed)
        return allowed.error();
    return find(caseId);
}

Result<QList<Listing>> ListingCases::selectListings(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT l.case_id, c.number, l.subject_id, l.list_domain_id, d.name, "
                                         "l.listed_from, l.listed_until, l.removed_on, l.removal_ground FROM "
                                         "case_listings l JOIN cases c ON c.id = l.case_id JOIN list_domains d ON d.id "
                                         "= l.list_domain_id")
                              + where,
                          params);
    if (!rows)
        return rows.error();
    QList<Listing> list;
    while (rows->next()) {
        list << Listing{rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toLongLong(),
                        rows->value(3).toLongLong(), rows->value(4).toString(), dateOf(rows->value(5)),
                        dateOf(rows->value(6)),      dateOf(rows->value(7)),    rows->value(8).toString()};
    }
    return list;
}

Result<QList<Listing>> ListingCases::listingsOf(const Actor& reader, qint64 subjectId)
{
    if (auto allowed = Permissions::require(reader, Permission::ViewCases); !allowed)
        return allowed.error();
    return selectListings(QStringLiteral(" WHERE l.subject_id = ? ORDER BY l.listed_from DESC, l.case_id DESC"),
                          {subjectId});
}

Result<std::optional<Listing>> ListingCases::listingOfCase(qint64 caseId)
{
    auto found = selectListings(QStringLiteral(" WHERE l.case_id = ?"), {caseId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Listing>() : std::optional<Listing>(found->first());
}

Result<CaseDetails> ListingCases::details(Database& db, qint64 caseId)
{
    auto listing = ListingCases(db).find(caseId);
    if (!listing)
        return listing.error();
    CaseDetails details;
    details.header << CaseDetail{QStringLiteral("domain"), tr("List"), listing->domainName}
                   << CaseDetail{QStringLiteral("facts"), tr("Facts"), listing->facts};
    if (listing->lenient.any()) {
        QStringList flags;
        if (listing->lenient.minor)
            flags << tr("minor");
        if (listing->lenient.forceMajeure)
            flags << tr("force majeure");
        if (listing->lenient.minorConduct)
            flags << tr("not intentional or minor");
        details.header << CaseDetail{QStringLiteral("lenient"), tr("Lenient handling asked"),
                                     tr("%1 — %2").arg(flags.join(tr(", ")), listing->lenientReason)}
                       << CaseDetail{QStringLiteral("lenient_decision"), tr("Approver's decision"),
                                     listing->lenientDecision.isEmpty() ? tr("not decided yet")
                                                                        : listing->lenientDecision};
    }
    MeasureStore measures(db);
    for (const qint64 id : std::as_const(listing->measureIds)) {
        auto measure = measures.find(id);
        if (!measure)
            return measure.error();
        details.parts << CasePart{tr("Proposed measure"), measure->measureKey,
                                  QStringLiteral("%1 — %2").arg(measure->name, measure->implementingDepartment)};
    }
    return details;
}

QString ListingCases::topicSql()
{
    return QStringLiteral("(SELECT d.name FROM case_listing cl JOIN list_domains d ON d.id = cl.list_domain_id "
                          "WHERE cl.case_id = c.id)");
}
