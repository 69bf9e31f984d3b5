#pragma once

#include "ListingCase.h"
#include "Result.h"
#include "reference/ListDomain.h"
#include "reference/Measure.h"
#include "registry/Subject.h"

#include <QCoreApplication>

class Database;
struct Actor;

// What an officer writes in a listing draft: whom, on which list, on what facts and records, with which
// measures, and whether lenient handling is asked for.
struct ListingDraft
{
    qint64 subjectId = 0;
    qint64 listDomainId = 0;
    QString facts;
    QList<qint64> recordIds; // credit_records of the subject the listing rests on
    QStringList measureKeys; // measures the domain allows for the subject's kind, e.g. "NM07"
    LenientFlags lenient;
    QString lenientReason;
    QString assignee; // login; empty: the officer who creates it
};

// The draft checked against the reference data of a day: the domain, subject and measures it resolves to.
struct CheckedDraft
{
    ListDomain domain;
    Subject subject;
    QList<Measure> measures; // the versions in force, in the order proposed
};

// Opening and editing listing drafts (cases of type "listing" in state draft), and the check that the
// engine's draft_valid guard repeats before the notice and the decision.
class ListingDrafts
{
    Q_DECLARE_TR_FUNCTIONS(ListingDrafts)

public:
    explicit ListingDrafts(Database& db)
        : m_db(db)
    { }

    // Refuses a domain not in force on `day`, a record of another subject, a measure the domain does not
    // allow for the subject's kind, a lenient-handling flag without a written reason, missing facts,
    // records or measures. The message names the problem for the officer.
    Result<CheckedDraft> check(const ListingDraft& draft, QDate day);
    Result<Case> create(const Actor& actor, const ListingDraft& draft);
    // Only in state draft; expectedVersion is the version read (a stale save is a conflict).
    Result<Case> save(const Actor& actor, qint64 caseId, int expectedVersion, const ListingDraft& draft);
    // The draft as stored, measures as their keys.
    Result<ListingDraft> read(const Actor& reader, qint64 caseId);

    static bool domainInForce(const ListDomain& domain, QDate day);
    // What the draft form offers: the list domains in force on `day`, and the measures a listing in the
    // domain may propose for the subject (its kind, a cited basis), in the measures list's order.
    Result<QList<ListDomain>> domainsInForce(QDate day);
    Result<QList<Measure>> proposableMeasures(const ListDomain& domain, const Subject& subject, QDate day);

private:
    Status checkRecords(const ListingDraft& draft);
    Result<QList<Measure>> checkMeasures(const ListingDraft& draft, const ListDomain& domain, const Subject& subject,
                                         QDate day);
    Status writeParts(qint64 caseId, const ListingDraft& draft, const CheckedDraft& checked);
    Database& m_db;
};
