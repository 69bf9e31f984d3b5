#pragma once

#include "Case.h"
#include "CaseHooks.h"
#include "Result.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The one engine that runs every case type's table. fire() checks the role, the state, the note and the
// guards, then in ONE transaction moves the case by a conditional update on its version (a concurrent or
// stale change is a conflict the officer sees), runs the effects, ends and starts deadlines, issues the
// documents, writes the timeline event and the audit row.
class CaseEngine
{
    Q_DECLARE_TR_FUNCTIONS(CaseEngine)

public:
    explicit CaseEngine(Database& db)
        : m_db(db)
    { }

    // expectedVersion is the case version the officer saw.
    Result<Case> fire(const Actor& actor, qint64 caseId, int expectedVersion, const QString& transitionId,
                      const TransitionInput& input = {});
    // What the transition would issue, without issuing it: the step runs in a transaction that is rolled
    // back, so nothing is stored, no number is used and no audit row is written. The drafts carry no
    // number, verification code or QR code (only the issue gives them).
    Result<QList<DocumentContent>> preview(const Actor& actor, qint64 caseId, int expectedVersion,
                                           const QString& transitionId, const TransitionInput& input = {});
    // The first reason the actor may not fire the transition now, or success: for the buttons' tooltips.
    Status check(const Actor& actor, const Case& current, const QString& transitionId,
                 const TransitionInput& input = {});
    // The transitions that leave the case's state and that one of the actor's roles may fire (guards not
    // evaluated): the buttons a detail view shows.
    QList<const Transition*> available(const Actor& actor, const Case& current);

    static Status checkRole(const Actor& actor, const Transition& transition);

private:
    struct Prepared
    {
        const CaseType* type = nullptr;
        const Transition* transition = nullptr;
        const CaseTypeHooks* hooks = nullptr;
    };
    Result<Prepared> prepare(const Case& current, const QString& transitionId);
    // fire() and preview(): checks and applies the step in one transaction, committed when keep is true;
    // drafted, when given, receives the contents of the documents the step issued.
    Result<Case> run(const Actor& actor, qint64 caseId, int expectedVersion, const QString& transitionId,
                     const TransitionInput& input, bool keep, QList<DocumentContent>* drafted);
    Status checkPrepared(TransitionContext& context, const Prepared& prepared);
    Status apply(TransitionContext& context, const Prepared& prepared, int expectedVersion);
    Status moveCase(TransitionContext& context, int expectedVersion);
    Status updateDeadlines(TransitionContext& context);
    Result<int> deadlineAmount(TransitionContext& context, const DeadlineRule& rule);
    Result<QStringList> issueDocuments(TransitionContext& context, const Prepared& prepared);
    Database& m_db;
};
