#pragma once

#include "LegalBasis.h"
#include "ReferenceTerms.h"
#include "Result.h"

#include <QCoreApplication>

// What the guard protects: putting a serious-dishonesty list domain or a punishment measure in force.
enum class GuardSubject
{
    ListDomain,
    Measure
};

// 依法依规 (国办发〔2020〕49号, docs/regulations.md §1 and §5): a list domain or measure takes effect only on a
// basis at an allowed level that is in force on the day it takes effect.
//   national: law, administrative regulation, Party Central / State Council policy document; for a
//             national list domain also a departmental rule (49号 lets national lists rest on them);
//   local:    a local regulation (地方性法规) must be among the bases;
//   never:    a normative document alone; a basis that is repealed or not yet in force counts for nothing.
// The stores call check() in every operation that puts something in force, so the GUI, creditctl and
// imports all pass through it.
class BasisGuard
{
    Q_DECLARE_TR_FUNCTIONS(BasisGuard)

public:
    static bool levelAllowed(GuardSubject subject, Scope scope, BasisLevel level);
    // Invalid with a message naming the broken rule and the basis concerned, or ok.
    static Status check(GuardSubject subject, Scope scope, QDate effective, const QList<LegalBasis>& bases);
};
