#include "ListingModule.h"

// The listing case type as a table a reader can check against the procedure it encodes; the guards and
// effects it names are short functions in ListingHooks.cpp.
using namespace Qt::StringLiterals;

// The tables name only the fields a row needs (C++20 designated initializers); GCC before 13 warns about
// every field left to its default, which is the point of writing them that way.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {
const Role Officer = Role::Officer;
const Role Reviewer = Role::Reviewer;
const Role Approver = Role::Approver;
const DocumentKind Notice = DocumentKind::Notice;
const DocumentKind Decision = DocumentKind::Decision;
const DocumentKind RepairNotice = DocumentKind::RepairNotice;
const DocumentKind Removal = DocumentKind::Removal;
} // namespace

// 严重失信主体名单认定 (国办发〔2020〕49号): draft, review, approval with prior notice, the party's period to
// state its case or object, the decision served together with the credit-repair notice (两书同达), the
// listing period and removal. A rejected objection returns the case to `notified`, so the decision still
// waits for the end of the statement period.
CaseType ListingModule::table()
{
    const DeadlineRule statement{.kind = QStringLiteral("statement"),
                                 .name = QT_TRANSLATE_NOOP("CaseTypes", "period to state one's case or object"),
                                 .source = ListingModule::kStatementSource,
                                 .partysPeriod = true};
    const DeadlineRule objection{.kind = QStringLiteral("objection_decision"),
                                 .name = QT_TRANSLATE_NOOP("CaseTypes", "objection verification"),
                                 .source = ListingModule::kObjectionSource};
    const DeadlineRule period{.kind = QStringLiteral("listing_period"),
                              .name = QT_TRANSLATE_NOOP("CaseTypes", "listing period"),
                              .source = ListingModule::kPeriodSource,
                              .counting = DeadlineCounting::Months,
                              .anchor = DeadlineAnchor::DecisionDate};
    const QString s = QStringLiteral("statement");
    const QString o = QStringLiteral("objection_decision");
    const QString p = QStringLiteral("listing_period");
    // What the steps ask of the officer (StepInput): a reason or reply in writing, a removal ground.
    const auto note = [](const char* label, const char* hint) {
        return StepInput{StepInput::kNote, StepInput::Kind::Text, label, hint, /*required=*/true, {}};
    };
    const StepInput returnReason = note(QT_TRANSLATE_NOOP("CaseTypes", "Reason for returning"),
                                        QT_TRANSLATE_NOOP("CaseTypes", "What the officer must correct or add."));
    const StepInput objectionText
        = note(QT_TRANSLATE_NOOP("CaseTypes", "The party's objection"),
               QT_TRANSLATE_NOOP("CaseTypes", "What the party says and the evidence it gives, as received."));
    const StepInput objectionReply
        = note(QT_TRANSLATE_NOOP("CaseTypes", "Result of the verification"),
               QT_TRANSLATE_NOOP("CaseTypes", "What was verified, with whom, and why the objection stands or fails."));
    const StepInput removalReasons = note(QT_TRANSLATE_NOOP("CaseTypes", "Reasons"),
                                          QT_TRANSLATE_NOOP("CaseTypes", "The facts that meet the removal ground."));
    const StepInput dropReasons = note(QT_TRANSLATE_NOOP("CaseTypes", "Reasons"),
                                       QT_TRANSLATE_NOOP("CaseTypes", "Why the subject is not listed."));
    // ListingDocuments::removalGrounds() in this order.
    const StepInput ground{
        QStringLiteral("ground"),
        StepInput::Kind::Choice,
        QT_TRANSLATE_NOOP("CaseTypes", "Ground"),
        nullptr,
        /*required=*/true,
        {{QStringLiteral("period_end"), QT_TRANSLATE_NOOP("CaseTypes", "The listing period has ended")},
         {QStringLiteral("early"), QT_TRANSLATE_NOOP("CaseTypes", "Early removal under the list's rule")},
         {QStringLiteral("revocation"), QT_TRANSLATE_NOOP("CaseTypes", "The decision is revoked")}}};
    CaseType type;
    type.id = QStringLiteral("listing");
    type.name = QT_TRANSLATE_NOOP("CaseTypes", "Serious-dishonesty listing");
    type.numberPrefix = QStringLiteral("LD");
    type.initialState = QStringLiteral("draft");
    type.states = {
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("CaseTypes", "Draft"), "拟认定", false},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("CaseTypes", "In review"), "审核中", false},
        {QStringLiteral("notified"), QT_TRANSLATE_NOOP("CaseTypes", "Notified"), "已告知", false},
        {QStringLiteral("objection"), QT_TRANSLATE_NOOP("CaseTypes", "Objection being verified"), "异议核实中", false},
        {QStringLiteral("decided"), QT_TRANSLATE_NOOP("CaseTypes", "Decided"), "已决定", false},
        {QStringLiteral("listed"), QT_TRANSLATE_NOOP("CaseTypes", "Listed"), "已列入", false},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("CaseTypes", "Removed"), "已移出", true},
        {QStringLiteral("dropped"), QT_TRANSLATE_NOOP("CaseTypes", "Not listed"), "不予列入", true},
    };
    // One transition a row; unnamed fields keep their defaults (no guard, note, deadline, document, effect).
    // clang-format off
    type.transitions = {
        {.id = u"submit"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Submit for review"),
         .from = {u"draft"_s}, .to = u"review"_s, .roles = {Officer}, .guards = {u"draft_valid"_s}},
        {.id = u"pass_review"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Pass the review"),
         .from = {u"review"_s}, .to = u"review"_s, .roles = {Reviewer}, .guards = {u"draft_valid"_s}},
        {.id = u"return"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Return to the officer"),
         .from = {u"review"_s}, .to = u"draft"_s, .roles = {Reviewer}, .inputs = {returnReason}},
        {.id = u"approve_notice"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Approve and issue the prior notice"),
         .from = {u"review"_s}, .to = u"notified"_s, .roles = {Approver},
         .guards = {u"reviewed"_s, u"draft_valid"_s, u"not_minor"_s, u"lenient_decided"_s}, .starts = statement,
         .documents = {Notice}, .effects = {u"record_lenient_decision"_s}},
        {.id = u"object"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Record the party's objection"),
         .from = {u"notified"_s}, .to = u"objection"_s, .roles = {Officer}, .guards = {u"statement_running"_s},
         .inputs = {objectionText}, .starts = objection},
        {.id = u"objection_upheld_drop"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Objection upheld: do not list"),
         .from = {u"objection"_s}, .to = u"dropped"_s, .roles = {Approver}, .inputs = {objectionReply}, .meets = {o},
         .closes = {s}},
        {.id = u"objection_upheld_revise"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Objection upheld: revise the draft"),
         .from = {u"objection"_s}, .to = u"draft"_s, .roles = {Approver}, .inputs = {objectionReply}, .meets = {o},
         .closes = {s}},
        {.id = u"objection_rejected"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Objection rejected: continue"),
         .from = {u"objection"_s}, .to = u"notified"_s, .roles = {Approver}, .inputs = {objectionReply},
         .meets = {o}},
        {.id = u"decide"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Decide and serve the decision"),
         .from = {u"notified"_s}, .to = u"decided"_s, .roles = {Approver},
         .guards = {u"statement_ended"_s, u"draft_valid"_s, u"not_minor"_s}, .meets = {s},
         .documents = {Decision, RepairNotice}, .effects = {u"set_decision_date"_s}},
        {.id = u"list"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Put on the list"),
         .from = {u"decided"_s}, .to = u"listed"_s, .roles = {Officer, Approver}, .guards = {u"not_minor"_s},
         .starts = period, .effects = {u"open_listing"_s}},
        {.id = u"remove"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Remove from the list"),
         .from = {u"listed"_s}, .to = u"removed"_s, .roles = {Approver}, .guards = {u"removal_ground"_s},
         .inputs = {ground, removalReasons}, .closes = {p}, .documents = {Removal}, .effects = {u"close_listing"_s}},
        {.id = u"drop"_s, .name = QT_TRANSLATE_NOOP("CaseTypes", "Do not list"),
         .from = {u"draft"_s, u"review"_s}, .to = u"dropped"_s, .roles = {Approver}, .inputs = {dropReasons}},
    };
    // clang-format on
    return type;
}
