#pragma once

#include "Case.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <functional>

class Database;
struct Actor;

// What a guard, an effect or a document of a transition sees: the case as read before the transition,
// the officer's input and the day it happens. Effects run inside the transition's transaction and may
// update `current` for what follows (the decision date a deadline starts from).
struct TransitionContext
{
    Database& db;
    const Actor& actor;
    const CaseType& type;
    const Transition& transition;
    Case& current;
    const TransitionInput& input;
    QDate today;
};

using CaseGuard = std::function<Status(TransitionContext&)>;
using CaseEffect = std::function<Status(TransitionContext&)>;
using CaseDocumentValues = std::function<Result<QHash<QString, QString>>(TransitionContext&, DocumentKind)>;

// The code behind the ids a case type's table names. A type's table stays data; each id here is one
// short function a reader can find by name.
struct CaseTypeHooks
{
    QHash<QString, CaseGuard> guards;
    QHash<QString, CaseEffect> effects;
    CaseDocumentValues documentValues; // template fields of a document the type issues
    std::function<QString(TransitionContext&)> documentSubject; // whom a document concerns, for lists
    // The length of a deadline whose DeadlineRule::source the engine does not know itself (the rule
    // profile's are); an error names the source when the type does not know it either.
    std::function<Result<int>(TransitionContext&, const DeadlineRule&)> deadlineLength;
    // An SQL expression over the case row `c` (table cases) that says what a case is about in a few words,
    // for lists and the detail's header: a subquery on the type's own table. Empty: nothing to add.
    QString topicSql;
    // The type's own lines of a case's view and rows of its parts table (CaseStore::load reads them).
    std::function<Result<CaseDetails>(Database&, qint64 caseId)> details;
};
