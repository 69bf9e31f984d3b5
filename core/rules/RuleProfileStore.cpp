#include "RuleProfileStore.h"

#include "Clock.h"
#include "reference/ReferenceAccess.h"
#include "reference/ReferenceTerms.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace {
const QString kColumns = QStringLiteral(
    "id, name, basis, effective_from, effective_until, minor_min_months, minor_max_months, general_min_months, "
    "general_max_months, serious_min_months, serious_max_months, repair_conditions, notice_statement_days, "
    "notice_statement_kind, objection_mark_days, objection_mark_kind, objection_decide_days, objection_decide_kind, "
    "repair_accept_days, repair_accept_kind, repair_decide_days, repair_decide_kind, repeat_limit_enabled, "
    "repeat_min_gap_months, repeat_max_count, repeat_window_years, unconfirmed, version FROM rule_profiles");

// The columns every write sets, in this order (dates apart).
const QString kSettings = QStringLiteral(
    "name = ?, basis = ?, minor_min_months = ?, minor_max_months = ?, general_min_months = ?, general_max_months = ?, "
    "serious_min_months = ?, serious_max_months = ?, repair_conditions = ?, notice_statement_days = ?, "
    "notice_statement_kind = ?, objection_mark_days = ?, objection_mark_kind = ?, objection_decide_days = ?, "
    "objection_decide_kind = ?, repair_accept_days = ?, repair_accept_kind = ?, repair_decide_days = ?, "
    "repair_decide_kind = ?, repeat_limit_enabled = ?, repeat_min_gap_months = ?, repeat_max_count = ?, "
    "repeat_window_years = ?, unconfirmed = ?");

std::optional<MonthRange> rangeFrom(const QVariant& min, const QVariant& max)
{
    if (min.isNull() || max.isNull())
        return std::nullopt;
    return MonthRange{min.toInt(), max.toInt()};
}

void appendRange(QVariantList& params, const std::optional<MonthRange>& range)
{
    params << (range ? QVariant(range->min) : QVariant()) << (range ? QVariant(range->max) : QVariant());
}

void appendDeadline(QVariantList& params, const Deadline& deadline)
{
    params << deadline.days << RuleProfiles::dayCountId(deadline.kind);
}

QVariantList settingValues(const RuleProfile& profile)
{
    QVariantList params{profile.name.trimmed(), profile.basis.trimmed()};
    appendRange(params, profile.minor);
    appendRange(params, profile.general);
    appendRange(params, profile.serious);
    params << profile.repairConditions.trimmed();
    for (const Deadline* deadline : {&profile.noticeStatement, &profile.objectionMark, &profile.objectionDecide,
                                     &profile.repairAccept, &profile.repairDecide})
        appendDeadline(params, *deadline);
    params << (profile.repeatLimit.enabled ? 1 : 0) << profile.repeatLimit.minGapMonths << profile.repeatLimit.maxCount
           << profile.repeatLimit.windowYears << ReferenceTerms::csv(profile.unconfirmed);
    return params;
}

Deadline deadlineFrom(const QVariant& days, const QVariant& kind)
{
    return {days.toInt(), RuleProfiles::parseDayCount(kind.toString()).value_or(DayCount::Working)};
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString summary(const RuleProfile& profile)
{
    return QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QList<RuleProfile>> RuleProfileStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<RuleProfile> list;
    while (rows->next()) {
        const auto v = [&rows](int column) {
            return rows->value(column);
        };
        RuleProfile profile;
        profile.id = v(0).toLongLong();
        profile.name = v(1).toString();
        profile.basis = v(2).toString();
        profile.effectiveFrom = ReferenceTerms::dateFrom(v(3));
        profile.effectiveUntil = ReferenceTerms::dateFrom(v(4));
        profile.minor = rangeFrom(v(5), v(6));
        profile.general = rangeFrom(v(7), v(8));
        profile.serious = rangeFrom(v(9), v(10));
        profile.repairConditions = v(11).toString();
        profile.noticeStatement = deadlineFrom(v(12), v(13));
        profile.objectionMark = deadlineFrom(v(14), v(15));
        profile.objectionDecide = deadlineFrom(v(16), v(17));
        profile.repairAccept = deadlineFrom(v(18), v(19));
        profile.repairDecide = deadlineFrom(v(20), v(21));
        profile.repeatLimit = {v(22).toInt() != 0, v(23).toInt(), v(24).toInt(), v(25).toInt()};
        profile.unconfirmed = ReferenceTerms::fromCsv(v(26).toString());
        profile.version = v(27).toInt();
        list << profile;
    }
    return list;
}

Result<QList<RuleProfile>> RuleProfileStore::list()
{
    return select(QStringLiteral(" ORDER BY effective_from"), {});
}

Result<RuleProfile> RuleProfileStore::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no rule profile with the number %1.").arg(id));
    return found->first();
}

Result<RuleProfile> RuleProfileStore::profileOn(QDate date)
{
    if (!date.isValid())
        return Error::invalid(tr("The date is not valid."));
    auto found = select(QStringLiteral(" WHERE effective_from <= ? AND (effective_until IS NULL OR effective_until "
                                       ">= ?) ORDER BY effective_from DESC"),
                        {day(date), day(date)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("No rule profile is in force on %1.").arg(day(date)));
    return found->first();
}

Result<RuleProfile> RuleProfileStore::add(const Actor& actor, const RuleProfile& profile)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    if (auto valid = RuleProfiles::validate(profile); !valid)
        return valid.error();
    // Decisions already taken stay under the rules they were taken under: officers add future profiles.
    if (actor.isUser() && profile.effectiveFrom <= Clock::currentDate())
        return Error::invalid(
            tr("A new rule profile must start in the future, after %1.").arg(day(Clock::currentDate())));
    auto existing = list();
    if (!existing)
        return existing.error();
    const RuleProfile* last = existing->isEmpty() ? nullptr : &existing->last();
    if (last && profile.effectiveFrom <= last->effectiveFrom)
        return Error::invalid(tr("%1 would overlap %2, in force from %3: a new profile starts after the last one.")
                                  .arg(profile.name, last->name, day(last->effectiveFrom)));
    if (last && last->effectiveUntil.isValid() && profile.effectiveFrom <= last->effectiveUntil)
        return Error::invalid(
            tr("%1 would overlap %2, in force until %3.").arg(profile.name, last->name, day(last->effectiveUntil)));
    if (last && last->effectiveUntil.isValid() && profile.effectiveFrom > last->effectiveUntil.addDays(1))
        return Error::invalid(
            tr("%1 would leave the days from %2 to %3 without rules; start it on %2.")
                .arg(profile.name, day(last->effectiveUntil.addDays(1)), day(profile.effectiveFrom.addDays(-1))));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    if (last && !last->effectiveUntil.isValid()) {
        auto closed = m_db.exec(QStringLiteral("UPDATE rule_profiles SET effective_until = ?, version = version + 1 "
                                               "WHERE id = ? AND effective_until IS NULL"),
                                {day(profile.effectiveFrom.addDays(-1)), last->id});
        if (!closed)
            return closed.error();
        if (closed->numRowsAffected() != 1)
            return Error::conflict(tr("Someone else changed the rule profiles meanwhile. Reload and try again."));
    }
    QVariantList params = settingValues(profile);
    params << day(profile.effectiveFrom) << ReferenceTerms::dateValue(profile.effectiveUntil);
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO rule_profiles (name, basis, minor_min_months, "
                                             "minor_max_months, general_min_months, general_max_months, "
                                             "serious_min_months, serious_max_months, repair_conditions, "
                                             "notice_statement_days, notice_statement_kind, objection_mark_days, "
                                             "objection_mark_kind, objection_decide_days, objection_decide_kind, "
                                             "repair_accept_days, repair_accept_kind, repair_decide_days, "
                                             "repair_decide_kind, repeat_limit_enabled, repeat_min_gap_months, "
                                             "repeat_max_count, repeat_window_years, unconfirmed, effective_from, "
                                             "effective_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              params);
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.rule_profile_added"),
                                        QStringLiteral("rule_profile"), profile.name.trimmed(), true, summary(profile));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}

Result<RuleProfile> RuleProfileStore::update(const Actor& actor, const RuleProfile& profile)
{
    if (auto allowed = requireReferenceEditor(m_db, actor); !allowed)
        return allowed.error();
    auto current = find(profile.id);
    if (!current)
        return current.error();
    if (auto editable = checkEditable(actor, *current); !editable)
        return editable.error();
    RuleProfile changed = profile;
    changed.effectiveFrom = current->effectiveFrom;
    changed.effectiveUntil = current->effectiveUntil;
    // In force, only the settings still marked unconfirmed may be corrected (records keep the dates
    // they were given, so a correction applies to decisions from now on); the rest is the law as
    // applied and stays.
    if (actor.isUser() && current->effectiveFrom <= Clock::currentDate()) {
        for (const auto& id : RuleProfiles::changedSettings(*current, changed)) {
            if (!current->unconfirmed.contains(id))
                return Error::invalid(tr("%1 is in force and its setting %2 is confirmed, so it no longer changes. "
                                         "Add a profile that starts on a future date instead.")
                                          .arg(current->name, id));
        }
        for (const auto& id : changed.unconfirmed) {
            if (!current->unconfirmed.contains(id))
                return Error::invalid(
                    tr("A confirmed setting of a profile in force cannot be marked unconfirmed again."));
        }
        changed.name = current->name;
        changed.basis = current->basis;
    }
    if (auto valid = RuleProfiles::validate(changed); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    QVariantList params = settingValues(changed);
    params << changed.id << changed.version;
    auto updated = m_db.exec(QStringLiteral("UPDATE rule_profiles SET ") + kSettings
                                 + QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"),
                             params);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(
            tr("Someone else changed the rule profile %1 meanwhile. Reload it and try again.").arg(current->name));
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("reference.rule_profile_changed"),
                                        QStringLiteral("rule_profile"), changed.name.trimmed(), true, summary(changed));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(changed.id);
}

Status RuleProfileStore::checkEditable(const Actor& actor, const RuleProfile& profile)
{
    if (actor.isUser() && profile.effectiveFrom <= Clock::currentDate() && profile.unconfirmed.isEmpty())
        return Error::invalid(tr("%1 is in force from %2 and decisions may have been taken under it, so its rules "
                                 "no longer change. Add a profile that starts on a future date instead.")
                                  .arg(profile.name, day(profile.effectiveFrom)));
    return {};
}
