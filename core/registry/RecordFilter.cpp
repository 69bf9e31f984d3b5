#include "RecordFilter.h"

#include "SubjectNames.h"

#include <QStringList>

namespace {
// Registration authority, type and the six-digit division: what every company of a county shares.
constexpr int kBroadCodePrefix = 8;

const QString kFrom = QStringLiteral(" FROM credit_records r JOIN subjects s ON s.id = r.subject_id");
} // namespace

bool RecordFilter::isEmpty() const
{
    return nameContains.trimmed().isEmpty() && codePrefix.trimmed().isEmpty() && subjectId == 0 && departmentId == 0
        && itemKey.isEmpty() && tier.isEmpty() && status.isEmpty() && !decidedFrom.isValid() && !decidedTo.isValid();
}

QString RecordFilter::whereSql(QVariantList& params) const
{
    QStringList clauses;
    // Two ways to a subject's records. A narrow filter (a name of two characters or more, most of a
    // code) finds its subjects first, scanning the small name or code index, and fetches their
    // records by subject: quick whether it matches ten subjects or ten thousand. A broad one (one
    // character, the county's code prefix that every company shares) walks the records in list order
    // and keeps those whose subject matches: the first page fills at once, where collecting the
    // records of half the registry to sort them would not.
    const QString name = SubjectNames::searchKey(nameContains);
    if (name.size() >= 2) {
        clauses << QStringLiteral("r.subject_id IN (SELECT id FROM subjects WHERE name_search LIKE ? ESCAPE '\\')");
        params << SubjectNames::containsPattern(name);
    } else if (!name.isEmpty()) {
        clauses << QStringLiteral("s.name_search LIKE ? ESCAPE '\\'");
        params << SubjectNames::containsPattern(name);
    }
    const QString code = codePrefix.trimmed().toUpper();
    if (code.size() > kBroadCodePrefix) {
        clauses << QStringLiteral("r.subject_id IN (SELECT id FROM subjects WHERE code >= ? AND code < ?)");
        params << code << code + QChar(0xFFFF);
    } else if (!code.isEmpty()) {
        clauses << QStringLiteral("s.code >= ? AND s.code < ?");
        params << code << code + QChar(0xFFFF);
    }
    if (subjectId > 0) {
        clauses << QStringLiteral("r.subject_id = ?");
        params << subjectId;
    }
    if (departmentId > 0) {
        clauses << QStringLiteral("r.source_department_id = ?");
        params << departmentId;
    }
    if (!itemKey.isEmpty()) {
        clauses << QStringLiteral("r.catalog_item_id IN (SELECT id FROM catalog_items WHERE item_key = ?)");
        params << itemKey;
    }
    if (!tier.isEmpty()) {
        clauses << QStringLiteral("r.tier = ?");
        params << tier;
    }
    if (!status.isEmpty()) {
        clauses << QStringLiteral("r.status = ?");
        params << status;
    }
    if (decidedFrom.isValid()) {
        clauses << QStringLiteral("r.decision_date >= ?");
        params << decidedFrom.toString(Qt::ISODate);
    }
    if (decidedTo.isValid()) {
        clauses << QStringLiteral("r.decision_date <= ?");
        params << decidedTo.toString(Qt::ISODate);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString RecordList::selectSql(const RecordFilter& filter, const QString& orderBy, QVariantList& params)
{
    // Department and catalog item names are looked up per row of the page, not joined into the scan.
    return QStringLiteral("SELECT r.id, s.name, s.id_type, s.code, s.kind, r.decision_number, r.authority, r.tier, "
                          "r.decision_date, r.repairable_from, r.publish_until, r.status, (SELECT d.name FROM "
                          "departments d WHERE d.id = r.source_department_id), (SELECT c.name FROM catalog_items c "
                          "WHERE c.id = r.catalog_item_id), r.amount_fen, r.subject_id")
        + kFrom + filter.whereSql(params) + QStringLiteral(" ORDER BY ") + orderBy;
}

QString RecordList::countSql(const RecordFilter& filter, QVariantList& params)
{
    const QString where = filter.whereSql(params);
    // A narrow filter names subjects through subqueries, so the count needs the join only for a broad one.
    if (!where.contains(QLatin1String("s.")))
        return QStringLiteral("SELECT COUNT(*) FROM credit_records r") + where;
    return QStringLiteral("SELECT COUNT(*)") + kFrom + where;
}

QString RecordList::orderBy(int column, bool ascending)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (column) {
    case RecordSubjectName:
        return QStringLiteral("s.name_search") + direction + QStringLiteral(", r.id") + direction;
    case RecordSubjectCode:
        return QStringLiteral("s.code") + direction + QStringLiteral(", r.id") + direction;
    case RecordDecisionNumber:
        return QStringLiteral("r.decision_number") + direction + QStringLiteral(", r.id") + direction;
    case RecordTier:
        return QStringLiteral("r.tier") + direction + QStringLiteral(", r.id") + direction;
    case RecordPublishUntil:
        return QStringLiteral("r.publish_until") + direction + QStringLiteral(", r.id") + direction;
    case RecordStatus:
        return QStringLiteral("r.status") + direction + QStringLiteral(", r.id") + direction;
    case RecordId:
        return QStringLiteral("r.id") + direction;
    default:
        return QStringLiteral("r.decision_date") + direction + QStringLiteral(", r.id") + direction;
    }
}

PagedQuery RecordList::query(const RecordFilter& filter, const QString& orderBy)
{
    PagedQuery query;
    query.selectSql = selectSql(filter, orderBy, query.params);
    QVariantList countParams;
    query.countSql = countSql(filter, countParams);
    return query;
}
