#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// Listing cases in every state for the demo database, walked through the real engine by the demo
// accounts officer1, reviewer1 and approver1 (Setup::installDemo) on subjects and records of
// Setup::installDemoRegistry.
class DemoCases
{
    Q_DECLARE_TR_FUNCTIONS(DemoCases)

public:
    // Running it twice adds nothing. The notices of the cases that are decided later are issued three weeks
    // in the past, so their statement period is over: Clock is moved back around those steps and restored
    // after (set-up runs before anyone works in the database).
    static Status install(Database& db);
};
