#include "CaseEngine.h"

#include "CaseDeadlines.h"
#include "CaseModule.h"
#include "CaseStore.h"
#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "documents/DocumentStore.h"
#include "rules/RuleProfileStore.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {
// The permission behind each role a case table names (one permission check, in Permissions).
Permission permissionOf(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return Permission::ReviewCases;
    case Role::Approver:
        return Permission::ApproveCases;
    default:
        return Permission::HandleCases;
    }
}
} // namespace

Status CaseEngine::checkRole(const Actor& actor, const Transition& transition)
{
    for (const Role role : transition.roles) {
        if (Permissions::allowed(actor, permissionOf(role)))
            return {};
    }
    return Error::denied(tr("Only a user with the role %1 may %2.")
                             .arg(Roles::displayNames(transition.roles).join(tr(" or ")),
                                  CaseTypes::transitionName(transition).toLower()));
}

Result<CaseEngine::Prepared> CaseEngine::prepare(const Case& current, const QString& transitionId)
{
    Prepared prepared;
    const CaseModule* module = CaseModules::find(current.type);
    prepared.type = module ? &module->type : nullptr;
    prepared.hooks = module ? &module->hooks : nullptr;
    if (!prepared.type || !prepared.hooks)
        return Error::invalid(tr("This version of CreditDesk does not know cases of the type %1.").arg(current.type));
    prepared.transition = prepared.type->transition(transitionId);
    if (!prepared.transition)
        return Error::invalid(tr("A case of this type has no action %1.").arg(transitionId));
    return prepared;
}

Status CaseEngine::checkPrepared(TransitionContext& context, const Prepared& prepared)
{
    const Transition& transition = *prepared.transition;
    if (auto allowed = checkRole(context.actor, transition); !allowed)
        return allowed;
    if (!transition.from.contains(context.current.state))
        return Error::invalid(tr("The case %1 is %2: \"%3\" is not possible in that state.")
                                  .arg(context.current.number,
                                       CaseTypes::stateName(*prepared.type, context.current.state),
                                       CaseTypes::transitionName(transition)));
    if (auto fits = CaseTypes::checkInput(transition, context.input); !fits)
        return fits;
    for (const auto& guardId : transition.guards) {
        const auto guard = prepared.hooks->guards.constFind(guardId);
        if (guard == prepared.hooks->guards.constEnd())
            return Error::invalid(tr("The case type names an unknown guard %1.").arg(guardId));
        if (auto passed = guard.value()(context); !passed) {
            Error refused = passed.error(); // named, so a script or a log says which rule stopped the step
            if (refused.detail.isEmpty())
                refused.detail = QStringLiteral("guard %1").arg(guardId);
            return refused;
        }
    }
    return {};
}

Status CaseEngine::check(const Actor& actor, const Case& current, const QString& transitionId,
                         const TransitionInput& input)
{
    auto prepared = prepare(current, transitionId);
    if (!prepared)
        return prepared.error();
    Case copy = current;
    TransitionContext context{m_db, actor, *prepared->type, *prepared->transition, copy, input, Clock::currentDate()};
    return checkPrepared(context, *prepared);
}

QList<const Transition*> CaseEngine::available(const Actor& actor, const Case& current)
{
    QList<const Transition*> list;
    const CaseType* type = CaseTypes::find(current.type);
    if (!type)
        return list;
    for (const Transition* transition : type->transitionsFrom(current.state)) {
        if (checkRole(actor, *transition))
            list << transition;
    }
    return list;
}

Result<Case> CaseEngine::fire(const Actor& actor, qint64 caseId, int expectedVersion, const QString& transitionId,
                              const TransitionInput& input)
{
    return run(actor, caseId, expectedVersion, transitionId, input, true, nullptr);
}

Result<QList<DocumentContent>> CaseEngine::preview(const Actor& actor, qint64 caseId, int expectedVersion,
                                                   const QString& transitionId, const TransitionInput& input)
{
    QList<DocumentContent> drafted;
    if (auto ran = run(actor, caseId, expectedVersion, transitionId, input, false, &drafted); !ran)
        return ran.error();
    return drafted;
}

Result<Case> CaseEngine::run(const Actor& actor, qint64 caseId, int expectedVersion, const QString& transitionId,
                             const TransitionInput& input, bool keep, QList<DocumentContent>* drafted)
{
    CaseStore store(m_db);
    auto current = store.find(caseId);
    if (!current)
        return current.error();
    auto prepared = prepare(*current, transitionId);
    if (!prepared)
        return prepared.error();
    const QString conflict = tr("Someone else changed the case %1 while you were working on it (it is now %2). "
                                "Reload the case and try again.");
    if (current->version != expectedVersion)
        return Error::conflict(conflict.arg(current->number, CaseTypes::stateName(*prepared->type, current->state)));
    TransitionContext context{m_db,     actor, *prepared->type,     *prepared->transition,
                              *current, input, Clock::currentDate()};
    if (auto allowed = checkPrepared(context, *prepared); !allowed)
        return allowed.error();
    // A preview reads which documents the step added; a real step has no need to.
    DocumentStore documents(m_db);
    qsizetype issuedBefore = 0;
    if (drafted) {
        auto before = documents.ofCase(caseId);
        if (!before)
            return before.error();
        issuedBefore = before->size();
    }
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    if (auto applied = apply(context, *prepared, expectedVersion); !applied) {
        if (applied.error().kind != Error::Kind::Conflict)
            return applied.error();
        auto now = store.find(caseId);
        return Error::conflict(
            conflict.arg(current->number, now ? CaseTypes::stateName(*prepared->type, now->state) : QString()));
    }
    if (drafted) {
        auto after = documents.ofCase(caseId);
        if (!after)
            return after.error();
        for (qsizetype i = issuedBefore; i < after->size(); ++i) {
            auto content = documents.content(after->at(i).id);
            if (!content)
                return content.error();
            // A draft must not pass for an issued document: no number, no code, no QR code.
            content->number.clear();
            content->verificationCode.clear();
            content->qrPayload.clear();
            *drafted << *content;
        }
    }
    if (!keep)
        return *current; // the transaction rolls back as it goes out of scope
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return store.find(caseId);
}

Status CaseEngine::apply(TransitionContext& context, const Prepared& prepared, int expectedVersion)
{
    const QString from = context.current.state;
    if (auto moved = moveCase(context, expectedVersion); !moved)
        return moved;
    for (const auto& effectId : context.transition.effects) {
        const auto effect = prepared.hooks->effects.constFind(effectId);
        if (effect == prepared.hooks->effects.constEnd())
            return Error::invalid(tr("The case type names an unknown effect %1.").arg(effectId));
        if (auto done = effect.value()(context); !done)
            return done;
    }
    if (auto deadlines = updateDeadlines(context); !deadlines)
        return deadlines;
    auto numbers = issueDocuments(context, prepared);
    if (!numbers)
        return numbers.error();
    const QString detail = numbers->join(QStringLiteral(", "));
    const Transition& transition = context.transition;
    if (auto event
        = CaseStore(m_db).appendEvent(context.current.id, context.actor,
                                      {0, {}, {}, {}, transition.id, from, transition.to, context.input.note, detail});
        !event)
        return event;
    QString audit = QStringLiteral("%1 -> %2").arg(from, transition.to);
    if (!detail.isEmpty())
        audit += QStringLiteral(" documents=") + detail;
    if (!context.input.note.trimmed().isEmpty())
        audit += QStringLiteral(" note=") + context.input.note.trimmed();
    return AuditLog::append(m_db, context.actor, QStringLiteral("case.") + transition.id, QStringLiteral("case"),
                            context.current.number, true, audit);
}

// The conditional update that makes two officers' simultaneous actions end with one winner: the second
// finds the version moved (PostgreSQL re-reads the row after the first commits; SQLite's writer lock
// serialises them) and updates nothing.
Status CaseEngine::moveCase(TransitionContext& context, int expectedVersion)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE cases SET state = ?, updated_at = ?, version = version + 1 WHERE "
                                            "id = ? AND version = ? AND state = ?"),
                             {context.transition.to, Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                              context.current.id, expectedVersion, context.current.state});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(tr("The case changed in the meantime."));
    context.current.state = context.transition.to;
    context.current.version = expectedVersion + 1;
    return {};
}

Status CaseEngine::updateDeadlines(TransitionContext& context)
{
    CaseDeadlines deadlines(m_db);
    const Transition& transition = context.transition;
    if (auto met = deadlines.end(context.current.id, transition.meets, QStringLiteral("met"), context.today); !met)
        return met;
    if (auto closed = deadlines.end(context.current.id, transition.closes, QStringLiteral("closed"), context.today);
        !closed)
        return closed;
    // A case that reaches a final state leaves nothing running behind it.
    if (context.type.state(transition.to) && context.type.state(transition.to)->final) {
        auto all = deadlines.ofCase(context.current.id);
        if (!all)
            return all.error();
        QStringList kinds;
        for (const auto& deadline : std::as_const(*all))
            kinds << deadline.kind;
        if (auto closed = deadlines.end(context.current.id, kinds, QStringLiteral("closed"), context.today); !closed)
            return closed;
    }
    if (!transition.starts)
        return {};
    const DeadlineRule& rule = *transition.starts;
    auto amount = deadlineAmount(context, rule);
    if (!amount)
        return amount.error();
    auto calendar = CalendarStore(m_db).load();
    if (!calendar)
        return calendar.error();
    const QDate start = rule.anchor == DeadlineAnchor::DecisionDate && context.current.decidedOn.isValid()
        ? context.current.decidedOn
        : context.today;
    return deadlines.start(context.current.id, rule.kind, *amount, rule.counting, start, *calendar);
}

Result<int> CaseEngine::deadlineAmount(TransitionContext& context, const DeadlineRule& rule)
{
    // The rule profile's deadlines are the same for every case type; any other source is the type's own.
    if (rule.source == QLatin1String("profile.notice_statement")
        || rule.source == QLatin1String("profile.objection_decide")) {
        auto profile = RuleProfileStore(m_db).profileOn(context.today);
        if (!profile)
            return profile.error();
        return rule.source == QLatin1String("profile.notice_statement") ? profile->noticeStatement.days
                                                                        : profile->objectionDecide.days;
    }
    const CaseModule* module = CaseModules::find(context.type.id);
    if (!module || !module->hooks.deadlineLength)
        return Error::invalid(
            tr("The case type %1 does not say how long the deadline %2 is.").arg(context.type.id, rule.kind),
            rule.source);
    return module->hooks.deadlineLength(context, rule);
}

Result<QStringList> CaseEngine::issueDocuments(TransitionContext& context, const Prepared& prepared)
{
    QStringList numbers;
    DocumentStore documents(m_db);
    for (const DocumentKind kind : context.transition.documents) {
        auto values = prepared.hooks->documentValues(context, kind);
        if (!values)
            return values.error();
        int templateVersion = 0;
        auto content = documents.draft(kind, *values, &templateVersion);
        if (!content)
            return content.error();
        content->date = context.today;
        const QString subject = prepared.hooks->documentSubject ? prepared.hooks->documentSubject(context) : QString();
        auto issued = documents.issue(context.actor, *content, {context.current.id, subject, templateVersion});
        if (!issued)
            return issued.error();
        numbers << issued->number;
    }
    return numbers;
}
