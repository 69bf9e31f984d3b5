#include "Counts.h"

#include "storage/Database.h"

Result<QList<QPair<QString, qint64>>> Counts::all(Database& db)
{
    static const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("subjects"), QStringLiteral("subjects")},
        {QStringLiteral("records"), QStringLiteral("credit_records")},
        {QStringLiteral("cases"), QStringLiteral("cases")},
        {QStringLiteral("documents"), QStringLiteral("documents")},
        {QStringLiteral("users"), QStringLiteral("users")},
        {QStringLiteral("audit_events"), QStringLiteral("audit_log")},
    };
    QList<QPair<QString, qint64>> counts;
    for (const auto& [key, table] : tables) {
        qint64 count = 0;
        if (db.tableExists(table)) {
            // Table names come from the fixed list above, never from input.
            auto value = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
            if (!value)
                return value.error();
            count = value->toLongLong();
        }
        counts.append({key, count});
    }
    return counts;
}
