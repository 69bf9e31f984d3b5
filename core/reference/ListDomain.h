#pragma once

#include "ReferenceTerms.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class DomainStatus
{
    Draft,
    InForce,
    Repealed
};

// A field in which a serious-dishonesty list (严重失信主体名单) exists: who decides, which of the four
// kinds of serious conduct of 国办发〔2020〕49号 it serves, its bases, periods and deadlines.
struct ListDomain
{
    qint64 id = 0;
    QString code; // stable key, e.g. "court_defaulters"
    QString name;
    QString decidingAuthority;
    int conductCategory = 1; // 1-4, ListDomains::conductCategoryName()
    int listingPeriodMonths = 36;
    QString earlyRemovalRule;
    int statementWorkdays = 5; // the party's period to state its case after the prior notice
    int objectionDecisionWorkdays = 5;
    Scope scope = Scope::National;
    DomainStatus status = DomainStatus::Draft;
    QDate effectiveFrom; // set when put in force
    QDate effectiveUntil; // set when repealed: the last day in force
    QStringList unconfirmed; // settings shipped as defaults for facts not confirmed (docs/regulations.md)
    QList<qint64> basisIds;
    int version = 1;
};

class ListDomains
{
    Q_DECLARE_TR_FUNCTIONS(ListDomains)

public:
    static QString statusId(DomainStatus status);
    static std::optional<DomainStatus> parseStatus(const QString& id);
    static QString statusName(DomainStatus status);
    // The wording of 49号 for the four kinds of serious conduct; official text, so it stays Chinese.
    static QString conductCategoryName(int category);
};
