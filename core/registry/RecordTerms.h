#pragma once

#include "rules/RuleProfile.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// The vocabularies of credit records: tiers and statuses, with stable ids stored in the database and
// translated names for the screens. Amounts of money in 万元 as files write them, held as 分.
class RecordTerms
{
    Q_DECLARE_TR_FUNCTIONS(RecordTerms)

public:
    static QStringList tiers(); // minor, general, serious
    static QString tierId(PublicationTier tier);
    static std::optional<PublicationTier> parseTier(const QString& id);
    // 轻微 / 一般 / 严重 as departments write them (also 较轻, 较重 are refused: the order has three).
    static std::optional<PublicationTier> tierFromLabel(const QString& label);
    static QString tierName(const QString& id);

    // publishing 公示中, objection 异议处理中, repaired 已修复, expired 公示期满, revoked 已撤销
    static QStringList statuses();
    static QString statusName(const QString& id);

    // "12.5" (万元) to 125000000 分; nullopt when not a plain non-negative decimal with at most six
    // decimals (a 分 is 0.000001 万元), or beyond a trillion 万元.
    static std::optional<qint64> parseWan(const QString& text);
    // 125000000 分 to "12.5"
    static QString formatWan(qint64 fen);
};
