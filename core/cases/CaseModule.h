#pragma once

#include "CaseHooks.h"
#include "CaseType.h"

#include <QList>

// Everything one case type brings to the engine: its table (states, transitions with the inputs they
// declare, deadlines, documents) and the code behind the ids the table names. The engine, the stores and
// the generic screens know case types only through these modules; the types CreditDesk runs are listed in
// CaseModules.cpp, one line each.
struct CaseModule
{
    CaseType type;
    CaseTypeHooks hooks;
};

namespace CaseModules {
const QList<const CaseModule*>& all();
// The module of a type, or nullptr for a type this version does not know.
const CaseModule* find(const QString& typeId);
} // namespace CaseModules
