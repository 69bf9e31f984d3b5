#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>

enum class Permission
{
    ManageUsers, // create accounts, change roles, deactivate
    ManageDepartments,
    EditCalendar,
    EditSettings, // database, documents, agency name
    BackUpDatabase, // copy the whole local database to a file, and restore one (it holds everything unmasked)
    EditSecurityPolicy,
    UnlockAccounts,
    ResetPasswords,
    ViewAudit,
    ViewRegistry, // read subjects, records and reference data
    EditRegistry, // register subjects and enter credit records
    ImportRecords, // import the files departments send
    ExportRegistry, // save lists of subjects and records to files
    MergeSubjects, // merge two registrations of one subject
    ViewCases, // read cases, their timeline, deadlines, evidence and documents
    HandleCases, // open and draft cases, record what the party says, attach evidence (officers)
    ReviewCases, // review a submitted case (reviewers)
    ApproveCases, // approve notices and decisions, extend deadlines (approvers)
};

// The one permission check. Lists, detail views, exports, printing and creditctl all ask here.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allowed(const QSet<Role>& roles, Permission permission);
    static bool allowed(const Actor& actor, Permission permission);
    // Denied with a message that names the missing permission.
    static Status require(const Actor& actor, Permission permission);
    static QString describe(Permission permission);
};
