#pragma once

#include "Result.h"
#include "documents/DocumentKind.h"
#include "security/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// How a deadline is counted: working days of the WorkCalendar (the first day not counted), calendar
// days, or calendar months.
struct TransitionInput;

enum class DeadlineCounting
{
    WorkingDays,
    CalendarDays,
    Months
};

// Where the length of a deadline comes from, so no period is a literal in the engine: an id the case
// type's hooks resolve (CaseTypeHooks::deadlineLength), e.g. a column of the type's own reference data. The
// engine itself knows the rule profile's deadlines: "profile.notice_statement", "profile.objection_decide".
using DeadlineSource = QString;

// The day a deadline starts from.
enum class DeadlineAnchor
{
    Today, // the day the transition fires
    DecisionDate, // the case's decision date (Case::decidedOn): a period the decision sets
};

struct DeadlineRule
{
    QString kind; // stable id: "statement", "objection_decision"
    const char* name = nullptr; // English source of the translated name (context CaseTypes)
    DeadlineSource source;
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

// One value a choice input allows, with its label.
struct StepChoice
{
    QString id; // stable, what is stored and what creditctl takes: "period_end"
    const char* label = nullptr; // English source of the translated label (CaseTypes context)
};

// What a step asks of the officer, declared in the case type's table. The step dialog and
// `creditctl case step --input NAME=VALUE` are built from these declarations alone, and the engine
// checks every input against them before any guard runs.
struct StepInput
{
    enum class Kind
    {
        Text, // several lines of writing: a reason, a reply, what the party says
        Choice, // one of `choices`
        Date, // a calendar day, YYYY-MM-DD
    };
    // "note" is the step's note on the case's timeline (TransitionInput::note); every other name is a
    // field (TransitionInput::fields).
    QString name;
    Kind kind = Kind::Text;
    const char* label = nullptr; // English source of the translated label (CaseTypes context)
    const char* hint = nullptr; // what to write, shown as a placeholder
    bool required = false;
    QList<StepChoice> choices;

    static inline const QLatin1String kNote{"note"};
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
    // What the officer gives (StepInput). A step that declares no "note" still takes an optional one.
    QList<StepInput> inputs;
    QStringList meets; // kinds of running deadlines this transition ends as met
    QStringList closes; // kinds of running deadlines that end without being met
    std::optional<DeadlineRule> starts;
    QList<DocumentKind> documents; // issued in this order, inside the transition's transaction
    QStringList effects; // ids of the case type's effects, run inside the transaction

    const StepInput* input(const QString& inputName) const;
    bool noteRequired() const;
};

// A case type as data: the engine has no branch on a type or a state.
struct CaseType
{
    QString id; // a stable id, stored in cases.case_type
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
    static QString inputLabel(const StepInput& input);
    static QString inputHint(const StepInput& input); // empty when the table gives none
    static QString choiceLabel(const StepChoice& choice);
    // The label of a value of a declared choice (a removal ground, say); the value itself when unknown.
    static QString choiceLabel(const QString& typeId, const QString& inputName, const QString& value);
    // The first reason `input` does not fit the step's declarations (a required input missing, a value
    // that is not one of the choices, a date that is not a date, a field the step does not take), or success.
    static Status checkInput(const Transition& transition, const TransitionInput& input);
    // An input every declaration accepts (the first choice, today, a dash): what the detail view uses to ask
    // the guards whether the case itself lets the step happen, before the officer has written anything.
    static TransitionInput sampleInput(const Transition& transition, QDate today);
    static QString countingId(DeadlineCounting counting); // working, calendar, months
    static std::optional<DeadlineCounting> parseCounting(const QString& id);
    static QString deadlineName(const QString& kind); // translated
};
