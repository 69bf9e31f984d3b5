#include "SubjectList.h"

#include "SubjectNames.h"

#include <QStringList>

namespace {
QString whereSql(const SubjectFilter& filter, QVariantList& params)
{
    QStringList clauses;
    const QString name = SubjectNames::searchKey(filter.nameContains);
    if (filter.namePlan.reach == NamePlan::Reach::Narrow && !name.isEmpty()) {
        clauses << QStringLiteral("s.id IN (SELECT subject_id FROM subject_name_grams WHERE gram = ?)");
        params << filter.namePlan.gram;
    }
    if (!name.isEmpty()) {
        clauses << QStringLiteral("s.name_search LIKE ? ESCAPE '\\'");
        params << SubjectNames::containsPattern(name);
    }
    const QString code = filter.codePrefix.trimmed().toUpper();
    if (!code.isEmpty()) {
        // A range, so the index on subjects.code (in code-point order) answers it.
        clauses << QStringLiteral("s.code >= ? AND s.code < ?");
        params << code << code + QChar(0xFFFF);
    }
    if (!filter.kind.isEmpty()) {
        clauses << QStringLiteral("s.kind = ?");
        params << filter.kind;
    }
    if (!filter.status.isEmpty()) {
        clauses << QStringLiteral("s.status = ?");
        params << filter.status;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}
} // namespace

bool SubjectList::sortable(int column)
{
    return column == SubjectId || column == SubjectName || column == SubjectCode;
}

QString SubjectList::orderBy(int column, bool ascending)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (column) {
    case SubjectName:
        return QStringLiteral("s.name_search") + direction + QStringLiteral(", s.id") + direction;
    case SubjectCode:
        return QStringLiteral("s.code") + direction + QStringLiteral(", s.id") + direction;
    case SubjectId:
        return QStringLiteral("s.id") + direction;
    default:
        return QStringLiteral("s.id DESC");
    }
}

PagedQuery SubjectList::query(const SubjectFilter& filter, const QString& orderBy)
{
    PagedQuery query;
    const QString where = whereSql(filter, query.params);
    // The department name is looked up per row of the window, not joined into the scan.
    query.selectSql = QStringLiteral("SELECT s.id, s.name, s.kind, s.id_type, s.code, s.legal_representative, (SELECT "
                                     "d.name FROM departments d WHERE d.id = s.department_id), s.status, "
                                     "s.created_at, s.version FROM subjects s")
        + where + QStringLiteral(" ORDER BY ") + orderBy;
    query.countSql = QStringLiteral("SELECT COUNT(*) FROM subjects s") + where;
    return query;
}
