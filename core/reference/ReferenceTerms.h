#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

// The small vocabularies the reference data is written in: national or local scope, subject kinds,
// 公开属性 and the status of a versioned row. Each has a stable id stored in the database and a
// translated name for the screens.

enum class Scope
{
    National, // the national base catalog / list (全国基础目录、基础清单)
    Local // a local supplementary item (补充目录、补充清单)
};

enum class Disclosure
{
    Public, // 公开
    Shared, // 共享 (between departments)
    AuthorisedQuery // 授权查询
};

enum class ItemStatus
{
    InForce,
    Abolished
};

class ReferenceTerms
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceTerms)

public:
    static QString scopeId(Scope scope);
    static std::optional<Scope> parseScope(const QString& id);
    static QString scopeName(Scope scope);

    static QString disclosureId(Disclosure disclosure);
    static std::optional<Disclosure> parseDisclosure(const QString& id);
    static QString disclosureName(Disclosure disclosure);

    static QString statusId(ItemStatus status);
    static std::optional<ItemStatus> parseStatus(const QString& id);

    // legal_person, unincorporated, individual_business, natural_person (法人、非法人组织、个体工商户、自然人).
    static QStringList subjectKinds();
    static QString subjectKindName(const QString& id);
    // At least one kind, each known, no repeats.
    static Status checkSubjectKinds(const QStringList& kinds);

    // Dates as stored: YYYY-MM-DD text, NULL for "no date".
    static QVariant dateValue(QDate date);
    static QDate dateFrom(const QVariant& value);
    static QString csv(const QStringList& values) { return values.join(u','); }
    static QStringList fromCsv(const QString& text);
};
