#pragma once

#include "cases/CaseModule.h"

// The serious-dishonesty listing (严重失信主体名单认定) as a case type: its table (ListingTable.cpp), its
// guards, effects and deadline lengths (ListingHooks.cpp), its documents (ListingDocuments.cpp).
namespace ListingModule {
const CaseModule& module();
CaseType table();
CaseTypeHooks hooks();

// Where the listing's deadlines take their lengths: columns of the case's list domain.
inline const QString kStatementSource = QStringLiteral("domain.statement_workdays");
inline const QString kObjectionSource = QStringLiteral("domain.objection_decision_workdays");
inline const QString kPeriodSource = QStringLiteral("domain.listing_period_months");
} // namespace ListingModule
