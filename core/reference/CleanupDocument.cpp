#include "CleanupDocument.h"

QStringList CleanupDocuments::provisionKinds()
{
    return {QStringLiteral("catalog_items"), QStringLiteral("lists"), QStringLiteral("measures"),
            QStringLiteral("repair_rules")};
}

QString CleanupDocuments::provisionName(const QString& id)
{
    if (id == QLatin1String("catalog_items"))
        return tr("catalog items");
    if (id == QLatin1String("lists"))
        return tr("serious-dishonesty lists");
    if (id == QLatin1String("measures"))
        return tr("punishment measures");
    if (id == QLatin1String("repair_rules"))
        return tr("credit repair rules");
    return id;
}

QString CleanupDocuments::decisionId(CleanupDecision decision)
{
    switch (decision) {
    case CleanupDecision::Pending:
        return QStringLiteral("pending");
    case CleanupDecision::Keep:
        return QStringLiteral("keep");
    case CleanupDecision::Revise:
        return QStringLiteral("revise");
    case CleanupDecision::Abolish:
        return QStringLiteral("abolish");
    case CleanupDecision::Legislate:
        return QStringLiteral("legislate");
    }
    return {};
}

std::optional<CleanupDecision> CleanupDocuments::parseDecision(const QString& id)
{
    for (auto decision : {CleanupDecision::Pending, CleanupDecision::Keep, CleanupDecision::Revise,
                          CleanupDecision::Abolish, CleanupDecision::Legislate}) {
        if (decisionId(decision) == id)
            return decision;
    }
    return std::nullopt;
}

QString CleanupDocuments::decisionName(CleanupDecision decision)
{
    switch (decision) {
    case CleanupDecision::Pending:
        return tr("under review");
    case CleanupDecision::Keep:
        return tr("keep");
    case CleanupDecision::Revise:
        return tr("revise");
    case CleanupDecision::Abolish:
        return tr("abolish");
    case CleanupDecision::Legislate:
        return tr("raise to a local regulation");
    }
    return {};
}
