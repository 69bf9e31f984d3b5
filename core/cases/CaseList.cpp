#include "CaseList.h"

#include "CaseModule.h"
#include "registry/SubjectNames.h"

#include <QStringList>

namespace {
QString whereSql(const CaseFilter& filter, QVariantList& params)
{
    QStringList where;
    const QList<QPair<QString, QString>> equal = {{QStringLiteral("c.case_type"), filter.type},
                                                  {QStringLiteral("c.state"), filter.state},
                                                  {QStringLiteral("c.assignee"), filter.assignee}};
    for (const auto& [column, value] : equal) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            params << value;
        }
    }
    if (filter.subjectId > 0) {
        where << QStringLiteral("c.subject_id = ?");
        params << filter.subjectId;
    }
    if (filter.recordId > 0) {
        where << QStringLiteral("c.id IN (SELECT case_id FROM case_records WHERE record_id = ?)");
        params << filter.recordId;
    }
    if (const QString key = SubjectNames::searchKey(filter.text); !key.isEmpty()) {
        // Cases are few beside subjects: the filter runs over the cases joined, no name index needed.
        const QString code = filter.text.trimmed().toUpper();
        where << QStringLiteral("(s.name_search LIKE ? ESCAPE '\\' OR UPPER(c.number) LIKE ? ESCAPE '\\' OR "
                                "(s.code >= ? AND s.code < ?))");
        params << SubjectNames::containsPattern(key) << SubjectNames::containsPattern(code) << code
               << code + QChar(0xFFFF);
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

const QString kDue
    = QStringLiteral("(SELECT MIN(due_date) FROM case_deadlines x WHERE x.case_id = c.id AND x.status = 'running')");
} // namespace

// What each case type says a case is about (CaseTypeHooks::topicSql), as one SQL expression over `c`.
QString CaseList::topicSql()
{
    QString cases;
    for (const CaseModule* module : CaseModules::all()) {
        if (!module->hooks.topicSql.isEmpty())
            cases += QStringLiteral(" WHEN '%1' THEN %2").arg(module->type.id, module->hooks.topicSql);
    }
    return cases.isEmpty() ? QStringLiteral("''")
                           : QStringLiteral("(CASE c.case_type") + cases + QStringLiteral(" END)");
}

bool CaseList::sortable(int column)
{
    return column >= 0 && column < kCaseShownColumns;
}

QString CaseList::defaultOrder()
{
    return QStringLiteral("c.year DESC, c.seq DESC, c.id DESC");
}

QString CaseList::orderBy(int column, bool ascending)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (column) {
    case CaseNumberColumn:
        return QStringLiteral("c.year") + direction + QStringLiteral(", c.seq") + direction + QStringLiteral(", c.id")
            + direction;
    case CaseSubjectColumn:
        key = QStringLiteral("s.name_search");
        break;
    case CaseStateColumn:
        key = QStringLiteral("c.state");
        break;
    case CaseDueColumn:
        // Cases without a running deadline last either way, as a reader expects of "next due".
        return QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1").arg(kDue) + direction
            + QStringLiteral(", c.id") + direction;
    case CaseTopicColumn:
        key = topicSql();
        break;
    case CaseCodeColumn:
        key = QStringLiteral("s.code");
        break;
    case CaseOfficerColumn:
        key = QStringLiteral("c.assignee");
        break;
    default:
        return defaultOrder();
    }
    return key + direction + QStringLiteral(", c.id") + direction;
}

PagedQuery CaseList::query(const CaseFilter& filter, const QString& orderBy)
{
    PagedQuery query;
    const QString where = whereSql(filter, query.params);
    const QString from = QStringLiteral(" FROM cases c JOIN subjects s ON s.id = c.subject_id");
    query.selectSql
        = QStringLiteral("SELECT c.number, s.name, c.state, %1, %2, s.code, (SELECT u.name FROM users u WHERE u.login "
                         "= c.assignee), c.id, c.case_type, s.id_type, (SELECT kind FROM case_deadlines x WHERE "
                         "x.case_id = c.id AND x.status = 'running' ORDER BY due_date LIMIT 1), c.version, c.assignee")
              .arg(kDue, CaseList::topicSql())
        + from + where + QStringLiteral(" ORDER BY ") + (orderBy.isEmpty() ? defaultOrder() : orderBy);
    query.countSql = QStringLiteral("SELECT COUNT(*)") + from + where;
    return query;
}
