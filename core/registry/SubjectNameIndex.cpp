#include "SubjectNameIndex.h"

#include "SubjectNames.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"

#include <QStringList>
#include <map>
#include <memory>

namespace {
constexpr int kRowsPerStatement = 400;

QString insertSql(int rows)
{
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?)");
    return QStringLiteral("INSERT INTO subject_name_grams (gram, subject_id) VALUES ") + values.join(u',')
        + QStringLiteral(" ON CONFLICT DO NOTHING");
}
} // namespace

Status SubjectNameIndex::add(Database& db, const QList<QPair<qint64, QString>>& subjects)
{
    QVariantList values;
    for (const auto& [id, key] : subjects) {
        for (const auto& gram : SubjectNames::grams(key))
            values << gram << id;
    }
    std::map<int, std::unique_ptr<BulkStatement>> statements;
    for (qsizetype start = 0; start < values.size(); start += 2 * kRowsPerStatement) {
        const int rows = int(std::min<qsizetype>(kRowsPerStatement, (values.size() - start) / 2));
        auto& statement = statements[rows];
        if (!statement) {
            auto prepared = BulkStatement::prepare(db, insertSql(rows));
            if (!prepared)
                return prepared.error();
            statement = std::move(*prepared);
        }
        if (auto ran = statement->run(values.mid(start, 2 * rows)); !ran)
            return ran.error();
    }
    return {};
}
