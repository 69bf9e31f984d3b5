#pragma once

#include "Case.h"
#include "CaseList.h"
#include "Result.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The cases as stored: reading one case, a whole case file and lists; the
// numbering and the timeline rows that CaseEngine and each type's drafts write inside their transactions.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    explicit CaseStore(Database& db)
        : m_db(db)
    { }

    Result<Case> find(qint64 id);
    Result<Case> findByNumber(const QString& number);
    // The case with its subject, timeline, deadlines, evidence list and documents: what the detail view
    // opens (and what `creditctl bench` times for a case with 200 events).
    // The reads an officer makes (lists, the detail view) ask for ViewCases, as every
    // face of CreditDesk does; the engine's own reads inside a transition use find() and timeline().
    Result<CaseFile> load(const Actor& reader, qint64 id);
    Result<QList<CaseSummary>> list(const Actor& reader, const CaseFilter& filter);
    Result<QList<TimelineEvent>> timeline(qint64 caseId);

    // An approver hands an open case to another active officer, with a reason; on the timeline and audited.
    // expectedVersion is the version read (someone else's change in between is a conflict).
    Result<Case> reassign(const Actor& actor, qint64 caseId, int expectedVersion, const QString& assignee,
                          const QString& reason);

    // Inside the caller's transaction: the next number of (year, type), without gaps.
    Result<int> allocateSequence(const CaseType& type, int year);
    static QString formatNumber(const CaseType& type, int year, int sequence);
    // Inside the caller's transaction: one timeline row, stamped with Clock's time.
    Status appendEvent(qint64 caseId, const Actor& actor, const TimelineEvent& event);

private:
    Result<QList<Case>> select(const QString& where, const QVariantList& params);
    Status loadParts(CaseFile& file);
    Database& m_db;
};
