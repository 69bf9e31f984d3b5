#pragma once

#include "documents/DocumentKind.h"
#include "security/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// How a deadline is counted: working days of the WorkCalendar (the first day not counted), calendar
// days, or calendar months.
enum class DeadlineCounting
{
    WorkingDays,
    CalendarDays,
    Months
};

// Where the length of a deadline comes from, so no period is a literal in the engine.
enum class DeadlineSource
{
    DomainStatementWorkdays, // list_domains.statement_workdays
    DomainObjectionDecisionWorkdays, // list_domains.objection_decision_workdays
    DomainListingPeriodMonths, // list_domains.listing_period_months
    ProfileNoticeStatement, // the rule profile in force: notice_statement
    ProfileObjectionDecide, // the rule profile in force: objection_decide
};

// The day a deadline starts from.
enum class DeadlineAnchor
{
    Today, // the day the transition fires
    DecisionDate, // the case's decision date (a listing period)
};

struct DeadlineRule
{
    QString kind; // stable id: "statement", "objection_decision", "listing_period"
    DeadlineSource source = DeadlineSource::DomainStatementWorkdays;
    DeadlineCounting counting = DeadlineCounting::WorkingDays;
    DeadlineAnchor anchor = DeadlineAnchor::Today;
    // The party's own period (to state its case or object), not a duty of the office: once over it is not
    // overdue, it only lets the case go on.
    bool partysPeriod = false;
};

struct CaseState
{
    QString id; // stable, used by creditctl: "draft", "review", ...
    const char* name = nullptr; // English source of the translated name (CaseTypes context)
    const char* officialName = nullptr; // the Chinese term officers use, e.g. 拟认定
    bool final = false;
};

// One row of a case type's table: who may move a case from where to where, on what conditions, and
// what happens on the way (deadlines met and started, documents issued, effects on other tables).
struct Transition
{
    QString id; // stable, used by creditctl and the audit trail: "submit", "approve_notice", ...
    const char* name = nullptr; // English source of the translated button text (CaseTypes context)
    QStringList from;
    QString to;
    QSet<Role> roles; // any of them may fire it
    QStringList guards; // ids of the case type's guards, checked in order
    bool noteRequired = false; // a reason, a reply or the party's objection in writing
    QStringList meets; // kinds of running deadlines this transition ends as met
    QStringList closes; // kinds of running deadlines that end without being met
    std::optional<DeadlineRule> starts;
    QList<DocumentKind> documents; // issued in this order, inside the transition's transaction
    QStringList effects; // ids of the case type's effects, run inside the transaction
};

// A case type as data: the engine has no branch on a type or a state.
struct CaseType
{
    QString id; // "listing"
    const char* name = nullptr; // English source of the translated name
    QString numberPrefix; // LD-2026-0012
    QString initialState;
    QList<CaseState> states;
    QList<Transition> transitions;

    const CaseState* state(const QString& stateId) const;
    const Transition* transition(const QString& transitionId) const;
    // The transitions that leave the state, in table order.
    QList<const Transition*> transitionsFrom(const QString& stateId) const;
};

class CaseTypes
{
    Q_DECLARE_TR_FUNCTIONS(CaseTypes)

public:
    static const QList<CaseType>& all();
    static const CaseType* find(const QString& typeId);
    static QString displayName(const CaseType& type);
    static QString stateName(const CaseType& type, const QString& stateId);
    // The same for a type named by its id; the id itself when the type or state is unknown or empty.
    static QString stateName(const QString& typeId, const QString& stateId);
    // Whether a deadline kind is a party's period (DeadlineRule::partysPeriod) in the tables.
    static bool isPartysPeriod(const QString& kind);
    static QString transitionName(const Transition& transition);
    static QString countingId(DeadlineCounting counting); // working, calendar, months
    static std::optional<DeadlineCounting> parseCounting(const QString& id);
    static QString deadlineName(const QString& kind); // translated
};
