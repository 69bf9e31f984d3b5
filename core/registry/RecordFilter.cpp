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
    // Subjects are reached three ways. A narrow name is looked up in the name index (NamePlan); a
    // broad one, or one character, is checked on each record as the list is walked in its order, so the
    // first page fills at once; an unplanned one scans the names and fetches their subjects' records.
    const QString name = SubjectNames::searchKey(nameContains);
    if (!name.isEmpty()) {
        const QString pattern = SubjectNames::containsPattern(name);
        switch (namePlan.reach) {
        case NamePlan::Reach::Narrow:
            clauses << QStringLiteral(
                "r.subject_id IN (SELECT g.subject_id FROM subject_name_grams g JOIN subjects x ON "
                "x.id = g.subject_id WHERE g.gram = ? AND x.name_search LIKE ? ESCAPE '\\')");
            params << namePlan.gram << pattern;
            break;
        case NamePlan::Reach::Broad:
            clauses << QStringLiteral("(SELECT x.name_search FROM subjects x WHERE x.id = r.subject_id) LIKE ? ESCAPE "
                                      "'\\'");
            params << pattern;
            break;
        case NamePlan::Reach::Unplanned:
            clauses << QStringLiteral("r.subject_id IN (SELECT id FROM subjects WHERE name_search LIKE ? ESCAPE '\\')");
            params << pattern;
            break;
        }
    }
    // Most of a code is narrow: its subjects first. The county's prefix, which every company shares, is
    // broad: checked on each record in list order.
    const QString code = codePrefix.trimmed().toUpper();
    if (code.size() > kBroadCodePrefix) {
        clauses << QStringLiteral("r.subject_id IN (SELECT id FROM subjects WHERE code >= ? AND code < ?)");
        params << code << code + QChar(0xFFFF);
    } else if (!code.isEmpty()) {
        clauses << QStringLiteral("substr((SELECT x.code FROM subjects x WHERE x.id = r.subject_id), 1, ?) = ?");
        params << int(code.size()) << code;
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
    // Filters reach subjects through subqueries, so the count needs no join.
    return QStringLiteral("SELECT COUNT(*) FROM credit_records r") + where;
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

Status RecordList::planName(Database& db, RecordFilter& filter)
{
    auto plan = NamePlan::of(db, SubjectNames::searchKey(filter.nameContains));
    if (!plan)
        return plan.error();
    filter.namePlan = *plan;
    return {};
}

PagedQuery RecordList::query(const RecordFilter& filter, const QString& orderBy)
{
    PagedQuery query;
    query.selectSql = selectSql(filter, orderBy, query.params);
    QVariantList countParams;
    query.countSql = countSql(filter, countParams);
    return query;
}
