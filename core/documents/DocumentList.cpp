#include "DocumentList.h"

#include <QStringList>

QString DocumentList::whereSql(const QString& text, std::optional<DocumentKind> kind, QVariantList& params)
{
    QStringList where;
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = QStringLiteral("%") + escaped + u'%';
        where << QStringLiteral("(number LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE "
                                "'\\')");
        params << pattern << pattern << pattern;
    }
    if (kind) {
        where << QStringLiteral("kind = ?");
        params << DocumentKinds::id(*kind);
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

bool DocumentList::sortable(int column)
{
    return column >= 0 && column < kDocumentShownColumns;
}

QString DocumentList::orderBy(int column, bool ascending)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    static const QStringList keys
        = {QStringLiteral("year%1, seq"), QStringLiteral("kind"),      QStringLiteral("subject"),
           QStringLiteral("case_id"),     QStringLiteral("issued_by"), QStringLiteral("issued_at"),
           QStringLiteral("status")};
    if (!sortable(column))
        return QStringLiteral("issued_at DESC, id DESC");
    return keys.at(column).arg(direction) + direction + QStringLiteral(", id") + direction;
}

PagedQuery DocumentList::query(const QString& text, std::optional<DocumentKind> kind, const QString& orderBy)
{
    PagedQuery query;
    const QString where = whereSql(text, kind, query.params);
    query.selectSql = QStringLiteral("SELECT number, kind, subject, (SELECT c.number FROM cases c WHERE c.id = "
                                     "documents.case_id), issued_by, issued_at, status, id, void_reason, voided_by, "
                                     "voided_at FROM documents")
        + where + QStringLiteral(" ORDER BY ") + orderBy;
    query.countSql = QStringLiteral("SELECT COUNT(*) FROM documents") + where;
    return query;
}
