#pragma once

#include "Result.h"
#include "calendar/CalendarStore.h"

#include <QCoreApplication>

class Database;

struct FirstAdministrator
{
    QString login;
    QString name;
    QString password;
    QString officeCode = QStringLiteral("XYB");
    QString officeName; // the credit office, the first department
};

// What a new database needs before anyone can sign in: the shipped reference data, then the first
// system administrator (there is no default account and no default password), and on request demo data.
class Setup
{
    Q_DECLARE_TR_FUNCTIONS(Setup)

public:
    // Loads shipped reference data the database does not have yet: legal bases, catalog, measures, list
    // domains, rule profiles and the 2025-2026 calendar.
    // Safe to run at every start.
    static Status seedReferenceData(Database& db);
    // The calendar store every edit of the calendar goes through: with the parts that count working
    // days (case deadlines) following each edit in its transaction.
    static CalendarStore calendarStore(Database& db);
    static Result<bool> needsFirstAdministrator(Database& db);
    static Status createFirstAdministrator(Database& db, const FirstAdministrator& admin);
    // Departments and one account per role. The accounts get demoPassword, or none when it is empty
    // (they then cannot sign in until a password is set). Running it twice adds nothing.
    static Status installDemo(Database& db, const QString& demoPassword);
    // Demo subjects and credit records, imported through the real importer from files of the demo
    // departments (needs installDemo first). Running it twice adds nothing.
    static Status installDemoRegistry(Database& db);
    // Listing cases in every state, with issued notices and decisions (needs installDemo with a password or
    // not, and installDemoRegistry first). Running it twice adds nothing.
    static Status installDemoCases(Database& db);
    static QString defaultOfficeName();
};
