#include "CaseType.h"

#include "Case.h"
#include "CaseModule.h"

#include <algorithm>

const CaseState* CaseType::state(const QString& stateId) const
{
    for (const auto& candidate : states) {
        if (candidate.id == stateId)
            return &candidate;
    }
    return nullptr;
}

const Transition* CaseType::transition(const QString& transitionId) const
{
    for (const auto& candidate : transitions) {
        if (candidate.id == transitionId)
            return &candidate;
    }
    return nullptr;
}

QList<const Transition*> CaseType::transitionsFrom(const QString& stateId) const
{
    QList<const Transition*> list;
    for (const auto& candidate : transitions) {
        if (candidate.from.contains(stateId))
            list << &candidate;
    }
    return list;
}

const StepInput* Transition::input(const QString& inputName) const
{
    for (const auto& candidate : inputs) {
        if (candidate.name == inputName)
            return &candidate;
    }
    return nullptr;
}

bool Transition::noteRequired() const
{
    const StepInput* note = input(StepInput::kNote);
    return note && note->required;
}

const QList<CaseType>& CaseTypes::all()
{
    static const QList<CaseType> types = [] {
        QList<CaseType> list;
        for (const CaseModule* module : CaseModules::all())
            list << module->type;
        return list;
    }();
    return types;
}

const CaseType* CaseTypes::find(const QString& typeId)
{
    const CaseModule* module = CaseModules::find(typeId);
    return module ? &module->type : nullptr;
}

QString CaseTypes::displayName(const CaseType& type)
{
    return tr(type.name);
}

QString CaseTypes::stateName(const CaseType& type, const QString& stateId)
{
    const CaseState* found = type.state(stateId);
    return found ? tr(found->name) : stateId;
}

QString CaseTypes::transitionName(const Transition& transition)
{
    return tr(transition.name);
}

QString CaseTypes::inputLabel(const StepInput& input)
{
    return input.label ? tr(input.label) : input.name;
}

QString CaseTypes::inputHint(const StepInput& input)
{
    return input.hint ? tr(input.hint) : QString();
}

QString CaseTypes::choiceLabel(const StepChoice& choice)
{
    return choice.label ? tr(choice.label) : choice.id;
}

QString CaseTypes::choiceLabel(const QString& typeId, const QString& inputName, const QString& value)
{
    if (const CaseType* type = find(typeId)) {
        for (const auto& transition : type->transitions) {
            if (const StepInput* input = transition.input(inputName)) {
                for (const auto& choice : input->choices) {
                    if (choice.id == value)
                        return choiceLabel(choice);
                }
            }
        }
    }
    return value;
}

Status CaseTypes::checkInput(const Transition& transition, const TransitionInput& given)
{
    const QString step = transitionName(transition);
    for (auto it = given.fields.cbegin(); it != given.fields.cend(); ++it) {
        if (it.key() == StepInput::kNote || !transition.input(it.key())) {
            QStringList known;
            for (const auto& input : transition.inputs)
                known << input.name;
            if (!known.contains(StepInput::kNote))
                known << StepInput::kNote;
            return Error::invalid(
                tr("\"%1\" takes no input %2; it takes: %3.").arg(step, it.key(), known.join(QStringLiteral(", "))));
        }
    }
    for (const auto& input : transition.inputs) {
        const QString value = (input.name == StepInput::kNote ? given.note : given.fields.value(input.name)).trimmed();
        if (value.isEmpty()) {
            if (input.required)
                return Error::invalid(tr("\"%1\" needs %2.").arg(step, inputLabel(input)));
            continue;
        }
        switch (input.kind) {
        case StepInput::Kind::Text:
            break;
        case StepInput::Kind::Choice: {
            const bool known = std::any_of(input.choices.cbegin(), input.choices.cend(),
                                           [&value](const StepChoice& choice) { return choice.id == value; });
            if (known)
                break;
            QStringList allowed;
            for (const auto& choice : input.choices)
                allowed << QStringLiteral("%1 (%2)").arg(choice.id, choiceLabel(choice));
            return Error::invalid(tr("%1 of \"%2\" cannot be %3; choose one of: %4.")
                                      .arg(inputLabel(input), step, value, allowed.join(QStringLiteral("; "))));
        }
        case StepInput::Kind::Date:
            if (!QDate::fromString(value, Qt::ISODate).isValid())
                return Error::invalid(
                    tr("%1 of \"%2\" must be a date such as 2026-03-05, not %3.").arg(inputLabel(input), step, value));
            break;
        }
    }
    return {};
}

TransitionInput CaseTypes::sampleInput(const Transition& transition, QDate today)
{
    TransitionInput sample;
    sample.note = QStringLiteral("-");
    for (const auto& input : transition.inputs) {
        if (input.name == StepInput::kNote)
            continue;
        switch (input.kind) {
        case StepInput::Kind::Text:
            sample.fields.insert(input.name, QStringLiteral("-"));
            break;
        case StepInput::Kind::Choice:
            // The last choice: for a removal ground, the one no date limits (a revocation).
            if (!input.choices.isEmpty())
                sample.fields.insert(input.name, input.choices.last().id);
            break;
        case StepInput::Kind::Date:
            sample.fields.insert(input.name, today.toString(Qt::ISODate));
            break;
        }
    }
    return sample;
}

QString CaseTypes::countingId(DeadlineCounting counting)
{
    switch (counting) {
    case DeadlineCounting::WorkingDays:
        return QStringLiteral("working");
    case DeadlineCounting::CalendarDays:
        return QStringLiteral("calendar");
    case DeadlineCounting::Months:
        return QStringLiteral("months");
    }
    return {};
}

std::optional<DeadlineCounting> CaseTypes::parseCounting(const QString& id)
{
    for (auto counting : {DeadlineCounting::WorkingDays, DeadlineCounting::CalendarDays, DeadlineCounting::Months}) {
        if (countingId(counting) == id)
            return counting;
    }
    return std::nullopt;
}

QString CaseTypes::stateName(const QString& typeId, const QString& stateId)
{
    const CaseType* type = find(typeId);
    return type && !stateId.isEmpty() ? stateName(*type, stateId) : stateId;
}

bool CaseTypes::isPartysPeriod(const QString& kind)
{
    for (const CaseType& type : all()) {
        for (const Transition& transition : type.transitions) {
            if (transition.starts && transition.starts->kind == kind)
                return transition.starts->partysPeriod;
        }
    }
    return false;
}

QString CaseTypes::deadlineName(const QString& kind)
{
    for (const CaseType& type : all()) {
        for (const Transition& transition : type.transitions) {
            if (transition.starts && transition.starts->kind == kind && transition.starts->name)
                return QCoreApplication::translate("CaseTypes", transition.starts->name);
        }
    }
    return kind;
}
