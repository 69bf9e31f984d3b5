#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
struct Actor;

struct AuditEntry
{
    QString userLogin;
    QString department;
    QString event; // a stable id such as "user.sign_in", see AuditEvents.h
    QString objectType;
    QString objectId;
    bool success = true;
    QString detail;
};

struct AuditRow
{
    qint64 seq = 0;
    QString at; // UTC, from the database
    AuditEntry entry;
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; // the first row that does not verify
    QString problem;
};

// The one append-only audit table and its hash chain.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Appends inside the caller's open Transaction, so the action and its row commit together.
    static Status append(Database& db, const AuditEntry& entry);
    static Status append(Database& db, const Actor& actor, const QString& event, const QString& objectType,
                         const QString& objectId, bool success, const QString& detail);

    static Result<AuditVerification> verify(Database& db);
    // Newest first; an empty filter matches everything.
    // Every row about one object (a subject, a record, a case), oldest first.
    static Result<QList<AuditRow>> forObject(Database& db, const QString& objectType, const QString& objectId);
    static Result<QList<AuditRow>> recent(Database& db, int limit, const QString& filter = {});

    static QString genesisHash();
    static QString hashOf(const QString& prevHash, qint64 seq, const QString& at, const AuditEntry& entry);
};
