#include "NamePlan.h"

#include "SubjectNames.h"
#include "storage/Database.h"

Result<NamePlan> NamePlan::of(Database& db, const QString& key)
{
    NamePlan plan;
    const QStringList grams = SubjectNames::grams(key);
    if (grams.isEmpty()) {
        plan.reach = key.isEmpty() ? Reach::Unplanned : Reach::Broad;
        return plan;
    }
    qint64 fewest = kNarrowLimit + 1;
    for (const auto& gram : grams) {
        auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM subject_name_grams WHERE gram = ? "
                                              "LIMIT ?) sample"),
                               {gram, kNarrowLimit + 1});
        if (!count)
            return count.error();
        if (count->toLongLong() < fewest) {
            fewest = count->toLongLong();
            plan.gram = gram;
        }
    }
    plan.reach = fewest <= kNarrowLimit ? Reach::Narrow : Reach::Broad;
    return plan;
}
