#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// The three tiers of publication (轻微 / 一般 / 严重) of docs/regulations.md §2.
enum class PublicationTier
{
    Minor,
    General,
    Serious
};

enum class DayCount
{
    Working,
    Calendar
};

struct Deadline
{
    int days = 0;
    DayCount kind = DayCount::Working;
    friend bool operator==(const Deadline&, const Deadline&) = default;
};

// Months from the decision: after min the party may apply for repair; at max publication stops.
struct MonthRange
{
    int min = 0;
    int max = 0;
    friend bool operator==(const MonthRange&, const MonthRange&) = default;
};

// Repeat-repair limits some local rules add (not national): off unless an administrator enables them.
struct RepeatRepairLimit
{
    bool enabled = false;
    int minGapMonths = 12; // no repair within this many months of the last one
    int maxCount = 2; // at most this many repairs ...
    int windowYears = 5; // ... within this many years
    friend bool operator==(const RepeatRepairLimit&, const RepeatRepairLimit&) = default;
};

// Publication periods, repair conditions and deadlines in force over [effectiveFrom, effectiveUntil].
// The profile in force on the date of a penalty or listing decision governs the record.
struct RuleProfile
{
    qint64 id = 0;
    QString name;
    QString basis; // the order or document the numbers come from
    QDate effectiveFrom;
    QDate effectiveUntil; // invalid: open-ended
    std::optional<MonthRange> minor; // nullopt: the rule set publishes no such tier
    std::optional<MonthRange> general;
    std::optional<MonthRange> serious;
    QString repairConditions;
    Deadline noticeStatement; // the party's period to state its case after the prior notice
    Deadline objectionMark; // mark the record "异议处理中"
    Deadline objectionDecide;
    Deadline repairAccept;
    Deadline repairDecide;
    RepeatRepairLimit repeatLimit;
    // Settings shipped as sensible defaults for facts docs/regulations.md marks UNCONFIRMED (ids as in toJson()).
    QStringList unconfirmed;
    int version = 1;

    bool covers(QDate date) const
    {
        return effectiveFrom.isValid() && effectiveFrom <= date
            && (!effectiveUntil.isValid() || date <= effectiveUntil);
    }
    std::optional<MonthRange> publication(PublicationTier tier) const;

    // The shape of resources/seed/reference_rule_profiles.json and of `creditctl rules show --json`.
    QJsonObject toJson() const;
    static Result<RuleProfile> fromJson(const QJsonObject& object);
};

class RuleProfiles
{
    Q_DECLARE_TR_FUNCTIONS(RuleProfiles)

public:
    static Status validate(const RuleProfile& profile);
    // The setting ids (as in RuleProfile::unconfirmed) whose values differ between two profiles.
    static QStringList changedSettings(const RuleProfile& before, const RuleProfile& after);
    static QString tierName(PublicationTier tier);
    // What a deadline id ("notice_statement", "objection_mark", ...) means, translated.
    static QString deadlineName(const QString& id);
    static QString dayCountId(DayCount kind);
    static std::optional<DayCount> parseDayCount(const QString& id);
    // "5 working days", "10 calendar days"
    static QString describe(const Deadline& deadline);
    // "3–12 months" or "not published"
    static QString describe(const std::optional<MonthRange>& range);
};
