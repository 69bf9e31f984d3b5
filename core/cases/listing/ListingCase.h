#pragma once

#include "Result.h"
#include "cases/Case.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Database;
struct Actor;

// The lenient, careful handling (宽容审慎) the listing measures ask for (docs/regulations.md): each flag
// needs a written reason, and the approver decides on it when approving the prior notice. A minor is never
// listed.
struct LenientFlags
{
    bool minor = false; // 未成年人
    bool forceMajeure = false; // 不可抗力 (natural disaster, epidemic)
    bool minorConduct = false; // 非主观故意或者情节轻微
    bool any() const { return minor || forceMajeure || minorConduct; }
};

// What a listing case holds beyond the generic case (table case_listing, one row per listing case, and
// case_measures): the list, the facts, the measures proposed and the lenient handling.
struct ListingCase
{
    qint64 caseId = 0;
    qint64 listDomainId = 0;
    QString domainName;
    QString facts;
    LenientFlags lenient;
    QString lenientReason;
    QString lenientDecision; // the approver's note on the lenient handling
    QList<qint64> measureIds; // measure versions, in the order proposed
};

// A subject on a list through a listing case (table case_listings).
struct Listing
{
    qint64 caseId = 0;
    QString caseNumber;
    qint64 subjectId = 0;
    qint64 listDomainId = 0;
    QString domainName;
    QDate listedFrom;
    QDate listedUntil;
    QDate removedOn;
    QString removalGround;
    bool inForceOn(QDate date) const
    {
        return listedFrom <= date && date <= listedUntil && (!removedOn.isValid() || date < removedOn);
    }
};

// Reading the listing's own rows: a case's listing part, and the listings a decided case put in force.
class ListingCases
{
    Q_DECLARE_TR_FUNCTIONS(ListingCases)

public:
    explicit ListingCases(Database& db)
        : m_db(db)
    { }

    // The listing part of a case; an error when the case is not a listing case.
    Result<ListingCase> find(qint64 caseId);
    // The same for an officer's view (asks for ViewCases).
    Result<ListingCase> load(const Actor& reader, qint64 caseId);
    // The listings of a subject, newest first: what the subject's records show beside them.
    Result<QList<Listing>> listingsOf(const Actor& reader, qint64 subjectId);
    Result<std::optional<Listing>> listingOfCase(qint64 caseId);

    // The list domain's name: what a listing case is about in the case lists (CaseTypeHooks::topicSql).
    static QString topicSql();
    // The list, facts, lenient handling and proposed measures, for the case's view (CaseTypeHooks::details).
    static Result<CaseDetails> details(Database& db, qint64 caseId);

private:
    Result<QList<Listing>> selectListings(const QString& where, const QVariantList& params);
    Database& m_db;
};
