#include "ReferenceTerms.h"

#include <QSet>

QString ReferenceTerms::scopeId(Scope scope)
{
    return scope == Scope::Local ? QStringLiteral("local") : QStringLiteral("national");
}

std::optional<Scope> ReferenceTerms::parseScope(const QString& id)
{
    if (id == QLatin1String("national"))
        return Scope::National;
    if (id == QLatin1String("local"))
        return Scope::Local;
    return std::nullopt;
}

QString ReferenceTerms::scopeName(Scope scope)
{
    return scope == Scope::Local ? tr("local supplement") : tr("national base");
}

QString ReferenceTerms::disclosureId(Disclosure disclosure)
{
    switch (disclosure) {
    case Disclosure::Public:
        return QStringLiteral("public");
    case Disclosure::Shared:
        return QStringLiteral("shared");
    case Disclosure::AuthorisedQuery:
        return QStringLiteral("authorised_query");
    }
    return {};
}

std::optional<Disclosure> ReferenceTerms::parseDisclosure(const QString& id)
{
    for (Disclosure disclosure : {Disclosure::Public, Disclosure::Shared, Disclosure::AuthorisedQuery}) {
        if (disclosureId(disclosure) == id)
            return disclosure;
    }
    return std::nullopt;
}

QString ReferenceTerms::disclosureName(Disclosure disclosure)
{
    switch (disclosure) {
    case Disclosure::Public:
        return tr("public");
    case Disclosure::Shared:
        return tr("shared between departments");
    case Disclosure::AuthorisedQuery:
        return tr("queried by authorisation");
    }
    return {};
}

QString ReferenceTerms::statusId(ItemStatus status)
{
    return status == ItemStatus::Abolished ? QStringLiteral("abolished") : QStringLiteral("in_force");
}

std::optional<ItemStatus> ReferenceTerms::parseStatus(const QString& id)
{
    if (id == QLatin1String("in_force"))
        return ItemStatus::InForce;
    if (id == QLatin1String("abolished"))
        return ItemStatus::Abolished;
    return std::nullopt;
}

QStringList ReferenceTerms::subjectKinds()
{
    return {QStringLiteral("legal_person"), QStringLiteral("unincorporated"), QStringLiteral("individual_business"),
            QStringLiteral("natural_person")};
}

QString ReferenceTerms::subjectKindName(const QString& id)
{
    if (id == QLatin1String("legal_person"))
        return tr("legal person");
    if (id == QLatin1String("unincorporated"))
        return tr("unincorporated organisation");
    if (id == QLatin1String("individual_business"))
        return tr("individual business");
    if (id == QLatin1String("natural_person"))
        return tr("natural person");
    return id;
}

Status ReferenceTerms::checkSubjectKinds(const QStringList& kinds)
{
    if (kinds.isEmpty())
        return Error::invalid(tr("Name at least one kind of subject it concerns."));
    QSet<QString> seen;
    for (const auto& kind : kinds) {
        if (!subjectKinds().contains(kind))
            return Error::invalid(tr("\"%1\" is not a kind of subject (use %2).").arg(kind, subjectKinds().join(u',')));
        if (seen.contains(kind))
            return Error::invalid(tr("The subject kind %1 is named twice.").arg(kind));
        seen.insert(kind);
    }
    return {};
}

QVariant ReferenceTerms::dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate ReferenceTerms::dateFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QStringList ReferenceTerms::fromCsv(const QString& text)
{
    QStringList values;
    for (const auto& part : text.split(u',', Qt::SkipEmptyParts))
        values << part.trimmed();
    return values;
}
