#pragma once

#include "io/TableSource.h"

#include <QDate>
#include <optional>

// The date in a cell of a department file: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 or 20260305
// as text (a time of day after it is ignored), or, in a numeric or date cell, an Excel serial of the 1900 date system
// (1 is 1900-01-01; 60 is the 1900-02-29 that Excel invents and is rejected; 2958465 is 9999-12-31; a time of day in
// the fraction is ignored). Anything else is nullopt, for the caller to report.
std::optional<QDate> parseImportDate(const SourceCell& cell);
