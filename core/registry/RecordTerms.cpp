#include "RecordTerms.h"

#include <QRegularExpression>

QStringList RecordTerms::tiers()
{
    return {QStringLiteral("minor"), QStringLiteral("general"), QStringLiteral("serious")};
}

QString RecordTerms::tierId(PublicationTier tier)
{
    switch (tier) {
    case PublicationTier::Minor:
        return QStringLiteral("minor");
    case PublicationTier::General:
        return QStringLiteral("general");
    case PublicationTier::Serious:
        return QStringLiteral("serious");
    }
    return {};
}

std::optional<PublicationTier> RecordTerms::parseTier(const QString& id)
{
    if (id == QLatin1String("minor"))
        return PublicationTier::Minor;
    if (id == QLatin1String("general"))
        return PublicationTier::General;
    if (id == QLatin1String("serious"))
        return PublicationTier::Serious;
    return std::nullopt;
}

std::optional<PublicationTier> RecordTerms::tierFromLabel(const QString& label)
{
    const QString text = label.trimmed();
    if (text == QStringLiteral("轻微") || text == QStringLiteral("轻微失信"))
        return PublicationTier::Minor;
    if (text == QStringLiteral("一般") || text == QStringLiteral("一般失信"))
        return PublicationTier::General;
    if (text == QStringLiteral("严重") || text == QStringLiteral("严重失信"))
        return PublicationTier::Serious;
    return parseTier(text);
}

QString RecordTerms::tierName(const QString& id)
{
    if (auto tier = parseTier(id))
        return RuleProfiles::tierName(*tier);
    return id;
}

QStringList RecordTerms::statuses()
{
    return {QStringLiteral("publishing"), QStringLiteral("objection"), QStringLiteral("repaired"),
            QStringLiteral("expired"), QStringLiteral("revoked")};
}

QString RecordTerms::statusName(const QString& id)
{
    if (id == QLatin1String("publishing"))
        return tr("published");
    if (id == QLatin1String("objection"))
        return tr("objection under review");
    if (id == QLatin1String("repaired"))
        return tr("repaired");
    if (id == QLatin1String("expired"))
        return tr("publication ended");
    if (id == QLatin1String("revoked"))
        return tr("revoked");
    return id;
}

std::optional<qint64> RecordTerms::parseWan(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{0,6}))?$"));
    QString plain = text.trimmed();
    // "0.5万元" and "0.5万" say the unit the column already has.
    if (plain.endsWith(QStringLiteral("万元")))
        plain.chop(2);
    else if (plain.endsWith(QStringLiteral("万")))
        plain.chop(1);
    const auto match = pattern.match(plain.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(6, u'0');
    return whole * 1000000 + fraction.toLongLong();
}

QString RecordTerms::formatWan(qint64 fen)
{
    QString fraction = QString::number(fen % 1000000).rightJustified(6, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    const QString whole = QString::number(fen / 1000000);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}
