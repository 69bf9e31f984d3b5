#include "RuleProfile.h"

#include <QJsonArray>
#include <array>

namespace {
const char* const kTierKeys[] = {"minor", "general", "serious"};
const char* const kDeadlineKeys[]
    = {"notice_statement", "objection_mark", "objection_decide", "repair_accept", "repair_decide"};

QJsonValue rangeJson(const std::optional<MonthRange>& range)
{
    if (!range)
        return QJsonValue::Null;
    return QJsonArray{range->min, range->max};
}

Result<std::optional<MonthRange>> rangeFrom(const QJsonValue& value, const QString& key)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<MonthRange>();
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return Error::invalid(RuleProfiles::tr("publication_months.%1 must be [min, max] or null.").arg(key));
    return std::optional<MonthRange>(MonthRange{pair.at(0).toInt(), pair.at(1).toInt()});
}

// The five deadlines in the order of kDeadlineKeys, for a const or a mutable profile.
template <typename Profile> auto* deadlineAt(Profile& profile, int index)
{
    const std::array all{&profile.noticeStatement, &profile.objectionMark, &profile.objectionDecide,
                         &profile.repairAccept, &profile.repairDecide};
    return all[size_t(index)];
}

QStringList settingIds()
{
    QStringList ids;
    for (const char* key : kTierKeys)
        ids << QStringLiteral("publication_months.") + QLatin1String(key);
    for (const char* key : kDeadlineKeys)
        ids << QStringLiteral("deadlines.") + QLatin1String(key);
    ids << QStringLiteral("repair_conditions") << QStringLiteral("repeat_repair_limit");
    return ids;
}
} // namespace

std::optional<MonthRange> RuleProfile::publication(PublicationTier tier) const
{
    switch (tier) {
    case PublicationTier::Minor:
        return minor;
    case PublicationTier::General:
        return general;
    case PublicationTier::Serious:
        return serious;
    }
    return std::nullopt;
}

QJsonObject RuleProfile::toJson() const
{
    QJsonObject deadlines;
    for (int i = 0; i < 5; ++i) {
        const Deadline& deadline = *deadlineAt(*this, i);
        deadlines.insert(QLatin1String(kDeadlineKeys[i]),
                         QJsonObject{{QStringLiteral("days"), deadline.days},
                                     {QStringLiteral("kind"), RuleProfiles::dayCountId(deadline.kind)}});
    }
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("basis"), basis},
        {QStringLiteral("effective_from"), effectiveFrom.toString(Qt::ISODate)},
        {QStringLiteral("effective_until"),
         effectiveUntil.isValid() ? QJsonValue(effectiveUntil.toString(Qt::ISODate)) : QJsonValue::Null},
        {QStringLiteral("publication_months"),
         QJsonObject{{QStringLiteral("minor"), rangeJson(minor)},
                     {QStringLiteral("general"), rangeJson(general)},
                     {QStringLiteral("serious"), rangeJson(serious)}}},
        {QStringLiteral("repair_conditions"), repairConditions},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("repeat_repair_limit"),
         QJsonObject{{QStringLiteral("enabled"), repeatLimit.enabled},
                     {QStringLiteral("min_gap_months"), repeatLimit.minGapMonths},
                     {QStringLiteral("max_count"), repeatLimit.maxCount},
                     {QStringLiteral("window_years"), repeatLimit.windowYears}}},
        {QStringLiteral("unconfirmed"), QJsonArray::fromStringList(unconfirmed)},
    };
}

Result<RuleProfile> RuleProfile::fromJson(const QJsonObject& object)
{
    RuleProfile profile;
    profile.name = object.value(QStringLiteral("name")).toString();
    profile.basis = object.value(QStringLiteral("basis")).toString();
    profile.effectiveFrom = QDate::fromString(object.value(QStringLiteral("effective_from")).toString(), Qt::ISODate);
    profile.effectiveUntil = QDate::fromString(object.value(QStringLiteral("effective_until")).toString(), Qt::ISODate);
    const QJsonObject months = object.value(QStringLiteral("publication_months")).toObject();
    std::optional<MonthRange>* tiers[] = {&profile.minor, &profile.general, &profile.serious};
    for (int i = 0; i < 3; ++i) {
        auto range = rangeFrom(months.value(QLatin1String(kTierKeys[i])), QLatin1String(kTierKeys[i]));
        if (!range)
            return range.error();
        *tiers[i] = *range;
    }
    profile.repairConditions = object.value(QStringLiteral("repair_conditions")).toString();
    const QJsonObject deadlines = object.value(QStringLiteral("deadlines")).toObject();
    for (int i = 0; i < 5; ++i) {
        const QJsonObject deadline = deadlines.value(QLatin1String(kDeadlineKeys[i])).toObject();
        const auto kind = RuleProfiles::parseDayCount(deadline.value(QStringLiteral("kind")).toString());
        if (!deadline.value(QStringLiteral("days")).isDouble() || !kind)
            return Error::invalid(RuleProfiles::tr("deadlines.%1 needs days and a kind (working or calendar).")
                                      .arg(QLatin1String(kDeadlineKeys[i])));
        *deadlineAt(profile, i) = {deadline.value(QStringLiteral("days")).toInt(), *kind};
    }
    const QJsonObject limit = object.value(QStringLiteral("repeat_repair_limit")).toObject();
    profile.repeatLimit.enabled = limit.value(QStringLiteral("enabled")).toBool(false);
    profile.repeatLimit.minGapMonths = limit.value(QStringLiteral("min_gap_months")).toInt(12);
    profile.repeatLimit.maxCount = limit.value(QStringLiteral("max_count")).toInt(2);
    profile.repeatLimit.windowYears = limit.value(QStringLiteral("window_years")).toInt(5);
    for (const auto& id : object.value(QStringLiteral("unconfirmed")).toArray())
        profile.unconfirmed << id.toString();
    if (auto valid = RuleProfiles::validate(profile); !valid)
        return valid.error();
    return profile;
}

Status RuleProfiles::validate(const RuleProfile& profile)
{
    if (profile.name.trimmed().isEmpty() || profile.name.size() > 100)
        return Error::invalid(tr("The name of a rule profile must have 1 to 100 characters."));
    if (!profile.effectiveFrom.isValid())
        return Error::invalid(tr("The rule profile %1 needs the date from which it is in force.").arg(profile.name));
    if (profile.effectiveUntil.isValid() && profile.effectiveUntil < profile.effectiveFrom)
        return Error::invalid(tr("The rule profile %1 ends before it starts.").arg(profile.name));
    if (!profile.minor && !profile.general && !profile.serious)
        return Error::invalid(tr("The rule profile %1 publishes no tier at all.").arg(profile.name));
    for (auto tier : {PublicationTier::Minor, PublicationTier::General, PublicationTier::Serious}) {
        const auto range = profile.publication(tier);
        if (range && (range->min < 0 || range->max < range->min || range->max > 120))
            return Error::invalid(tr("The publication period for %1 conduct must run from 0 to 120 months, the "
                                     "minimum not above the maximum.")
                                      .arg(tierName(tier)));
    }
    for (int i = 0; i < 5; ++i) {
        const int days = deadlineAt(profile, i)->days;
        if (days < 0 || days > 365)
            return Error::invalid(tr("The deadline %1 must be 0 to 365 days.").arg(QLatin1String(kDeadlineKeys[i])));
    }
    const auto& limit = profile.repeatLimit;
    if (limit.minGapMonths < 0 || limit.maxCount < 1 || limit.windowYears < 1)
        return Error::invalid(tr("The repeat-repair limits need a gap of 0 or more months, a count and a window of at "
                                 "least 1."));
    const QStringList known = settingIds();
    for (const auto& id : profile.unconfirmed) {
        if (!known.contains(id))
            return Error::invalid(tr("\"%1\" is not a setting of a rule profile.").arg(id));
    }
    return {};
}

QStringList RuleProfiles::changedSettings(const RuleProfile& before, const RuleProfile& after)
{
    const QJsonObject a = before.toJson();
    const QJsonObject b = after.toJson();
    QStringList changed;
    for (const auto& id : settingIds()) {
        const QStringList path = id.split(u'.');
        QJsonValue x = a.value(path.first());
        QJsonValue y = b.value(path.first());
        if (path.size() == 2) {
            x = x.toObject().value(path.last());
            y = y.toObject().value(path.last());
        }
        if (x != y)
            changed << id;
    }
    return changed;
}

QString RuleProfiles::tierName(PublicationTier tier)
{
    switch (tier) {
    case PublicationTier::Minor:
        return tr("minor");
    case PublicationTier::General:
        return tr("general");
    case PublicationTier::Serious:
        return tr("serious");
    }
    return {};
}

QString RuleProfiles::dayCountId(DayCount kind)
{
    return kind == DayCount::Calendar ? QStringLiteral("calendar") : QStringLiteral("working");
}

std::optional<DayCount> RuleProfiles::parseDayCount(const QString& id)
{
    if (id == QLatin1String("working"))
        return DayCount::Working;
    if (id == QLatin1String("calendar"))
        return DayCount::Calendar;
    return std::nullopt;
}

QString RuleProfiles::describe(const Deadline& deadline)
{
    return deadline.kind == DayCount::Working ? tr("%n working day(s)", "", deadline.days)
                                              : tr("%n calendar day(s)", "", deadline.days);
}

QString RuleProfiles::describe(const std::optional<MonthRange>& range)
{
    if (!range)
        return tr("not published");
    return tr("%1–%2 months").arg(range->min).arg(range->max);
}

QString RuleProfiles::deadlineName(const QString& id)
{
    if (id == QLatin1String("notice_statement"))
        return tr("party's statement after prior notice");
    if (id == QLatin1String("objection_mark"))
        return tr("marking an objection");
    if (id == QLatin1String("objection_decide"))
        return tr("deciding an objection");
    if (id == QLatin1String("repair_accept"))
        return tr("answer to a repair application (信用中国)");
    if (id == QLatin1String("repair_decide"))
        return tr("department's repair decision");
    return id;
}
