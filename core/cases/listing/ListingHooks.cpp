#include "ListingCase.h"
#include "ListingDocuments.h"
#include "ListingDraft.h"
#include "ListingModule.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseStore.h"
#include "domain/ResidentId.h"
#include "reference/ListDomainStore.h"
#include "registry/Masking.h"
#include "registry/SubjectStore.h"
#include "storage/Database.h"

// The guards, effects and deadline lengths the listing table (ListingTable.cpp) names.
namespace {
class ListingRules
{
    Q_DECLARE_TR_FUNCTIONS(ListingRules)
public:
    static Status draftValid(TransitionContext& c)
    {
        ListingDrafts drafts(c.db);
        auto draft = drafts.read(c.actor, c.current.id);
        if (!draft)
            return draft.error();
        auto checked = drafts.check(*draft, c.today);
        return checked ? Status() : Status(checked.error());
    }

    // A reviewer passed the case since it was last submitted.
    static Status reviewed(TransitionContext& c)
    {
        auto events = CaseStore(c.db).timeline(c.current.id);
        if (!events)
            return events.error();
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            if (it->event == QLatin1String("pass_review"))
                return {};
            if (it->event == QLatin1String("submit"))
                break;
        }
        return Error::invalid(tr("A reviewer has not passed the case %1 yet.").arg(c.current.number));
    }

    // 49号 asks for lenient, careful handling of minors; the office does not list them at all.
    static Status notMinor(TransitionContext& c)
    {
        const QString rule = tr("A minor cannot be put on a serious-dishonesty list (lenient and careful handling of "
                                "minors, 国办发〔2020〕49号). Drop the case instead.");
        auto listing = ListingCases(c.db).find(c.current.id);
        if (!listing)
            return listing.error();
        if (listing->lenient.minor)
            return Error::invalid(tr("The case is marked as concerning a minor.") + u' ' + rule);
        auto subject = SubjectStore(c.db).find(c.current.subjectId);
        if (!subject)
            return subject.error();
        if (!subject->isNaturalPerson() || subject->idType != QLatin1String("resident_id"))
            return {};
        const QDate born = ResidentId::birthDate(subject->code);
        if (born.isValid() && born.addYears(18) > c.today)
            return Error::invalid(
                tr("%1 is under 18 on %2 by the identity number.").arg(subject->name, c.today.toString(Qt::ISODate))
                + u' ' + rule);
        return {};
    }

    static Status lenientDecided(TransitionContext& c)
    {
        auto listing = ListingCases(c.db).find(c.current.id);
        if (!listing)
            return listing.error();
        if (listing->lenient.any() && c.input.note.trimmed().isEmpty())
            return Error::invalid(tr("The draft asks for lenient handling: write your decision on it in the note "
                                     "(reason given: %1).")
                                      .arg(listing->lenientReason));
        return {};
    }

    static Result<CaseDeadline> statementDeadline(TransitionContext& c)
    {
        auto deadlines = CaseDeadlines(c.db).ofCase(c.current.id);
        if (!deadlines)
            return deadlines.error();
        for (auto it = deadlines->crbegin(); it != deadlines->crend(); ++it) {
            if (it->kind == QLatin1String("statement") && it->running())
                return *it;
        }
        return Error::invalid(tr("No prior notice is running for the case %1.").arg(c.current.number));
    }

    static Status statementRunning(TransitionContext& c)
    {
        auto deadline = statementDeadline(c);
        if (!deadline)
            return deadline.error();
        if (c.today > deadline->due)
            return Error::invalid(tr("The period to state one's case or object ended on %1. An objection received in "
                                     "time but recorded late needs the deadline extended first.")
                                      .arg(deadline->due.toString(Qt::ISODate)));
        return {};
    }

    static Status statementEnded(TransitionContext& c)
    {
        auto deadline = statementDeadline(c);
        if (!deadline)
            return deadline.error();
        if (c.today <= deadline->due)
            return Error::invalid(
                tr("The party may still state its case or object until %1: the decision can be "
                   "taken from %2 on.")
                    .arg(deadline->due.toString(Qt::ISODate), deadline->due.addDays(1).toString(Qt::ISODate)));
        return {};
    }

    static Status removalGround(TransitionContext& c)
    {
        const QString ground = c.input.fields.value(QStringLiteral("ground"));
        if (!ListingDocuments::removalGrounds().contains(ground))
            return Error::invalid(tr("Say why the subject is removed: at the end of the period (period_end), early "
                                     "under the list's rule (early) or because the decision is revoked "
                                     "(revocation)."));
        if (ground != QLatin1String("period_end"))
            return {};
        auto listing = ListingCases(c.db).listingOfCase(c.current.id);
        if (!listing)
            return listing.error();
        if (*listing && c.today <= (*listing)->listedUntil)
            return Error::invalid(tr("The listing period runs until %1; before that, removal is early or a revocation.")
                                      .arg((*listing)->listedUntil.toString(Qt::ISODate)));
        return {};
    }

    static Status recordLenientDecision(TransitionContext& c)
    {
        auto listing = ListingCases(c.db).find(c.current.id);
        if (!listing)
            return listing.error();
        if (!listing->lenient.any())
            return {};
        auto updated = c.db.exec(QStringLiteral("UPDATE case_listing SET lenient_decision = ? WHERE case_id = ?"),
                                 {c.input.note.trimmed(), c.current.id});
        return updated ? Status() : Status(updated.error());
    }

    static Status setDecisionDate(TransitionContext& c)
    {
        c.current.decidedOn = c.today;
        auto updated = c.db.exec(QStringLiteral("UPDATE cases SET decided_on = ? WHERE id = ?"),
                                 {c.today.toString(Qt::ISODate), c.current.id});
        return updated ? Status() : Status(updated.error());
    }

    // The listing period runs from the decision date, whatever day the subject is put on the list.
    static Status openListing(TransitionContext& c)
    {
        auto listing = ListingCases(c.db).find(c.current.id);
        if (!listing)
            return listing.error();
        auto domain = ListDomainStore(c.db).find(listing->listDomainId);
        if (!domain)
            return domain.error();
        const QDate from = c.current.decidedOn.isValid() ? c.current.decidedOn : c.today;
        const QDate until
            = CaseDeadlines::dueDate({}, from, domain->listingPeriodMonths, DeadlineCounting::Months).date;
        auto inserted = c.db.exec(QStringLiteral("INSERT INTO case_listings (case_id, subject_id, list_domain_id, "
                                                 "listed_from, listed_until) VALUES (?, ?, ?, ?, ?)"),
                                  {c.current.id, c.current.subjectId, listing->listDomainId, from.toString(Qt::ISODate),
                                   until.toString(Qt::ISODate)});
        return inserted ? Status() : Status(inserted.error());
    }

    static Status closeListing(TransitionContext& c)
    {
        auto updated
            = c.db.exec(QStringLiteral("UPDATE case_listings SET removed_on = ?, removal_ground = ? WHERE "
                                       "case_id = ? AND removed_on IS NULL"),
                        {c.today.toString(Qt::ISODate), c.input.fields.value(QStringLiteral("ground")), c.current.id});
        return updated ? Status() : Status(updated.error());
    }

    // The party's period, the objection's verification and the listing period are the list domain's own.
    static Result<int> deadlineLength(TransitionContext& c, const DeadlineRule& rule)
    {
        auto listing = ListingCases(c.db).find(c.current.id);
        if (!listing)
            return listing.error();
        auto domain = ListDomainStore(c.db).find(listing->listDomainId);
        if (!domain)
            return domain.error();
        if (rule.source == ListingModule::kStatementSource)
            return domain->statementWorkdays;
        if (rule.source == ListingModule::kObjectionSource)
            return domain->objectionDecisionWorkdays;
        if (rule.source == ListingModule::kPeriodSource)
            return domain->listingPeriodMonths;
        return Error::invalid(tr("A listing deadline cannot take its length from %1.").arg(rule.source));
    }

    static QString documentSubject(TransitionContext& c)
    {
        auto subject = SubjectStore(c.db).find(c.current.subjectId);
        if (!subject)
            return {};
        return subject->isNaturalPerson() ? Masking::personName(subject->name) : subject->name;
    }
};
} // namespace

CaseTypeHooks ListingModule::hooks()
{
    return CaseTypeHooks{
        {
            {QStringLiteral("draft_valid"), &ListingRules::draftValid},
            {QStringLiteral("reviewed"), &ListingRules::reviewed},
            {QStringLiteral("not_minor"), &ListingRules::notMinor},
            {QStringLiteral("lenient_decided"), &ListingRules::lenientDecided},
            {QStringLiteral("statement_running"), &ListingRules::statementRunning},
            {QStringLiteral("statement_ended"), &ListingRules::statementEnded},
            {QStringLiteral("removal_ground"), &ListingRules::removalGround},
        },
        {
            {QStringLiteral("record_lenient_decision"), &ListingRules::recordLenientDecision},
            {QStringLiteral("set_decision_date"), &ListingRules::setDecisionDate},
            {QStringLiteral("open_listing"), &ListingRules::openListing},
            {QStringLiteral("close_listing"), &ListingRules::closeListing},
        },
        &ListingDocuments::values,
        &ListingRules::documentSubject,
        &ListingRules::deadlineLength,
        ListingCases::topicSql(),
        &ListingCases::details,
    };
}
