#pragma once

#include "CreditRecord.h"
#include "RecordFilter.h"
#include "RecordRules.h"
#include "Result.h"
#include "Subject.h"
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;
struct Actor;

// A record with what the screens show beside it: its subject, department, catalog item and profile.
struct RecordView
{
    CreditRecord record;
    Subject subject;
    QString department;
    QString itemKey;
    QString itemName;
    int itemVersion = 0;
    QString profileName;

    // The shape of `creditctl records list --json`, code masked.
    QJsonObject toJson() const;
};

// Credit records: entered one by one through the record form, read by filter, ended by the
// publication rules. Imports go through RecordImporter, which shares the rules.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    explicit RecordStore(Database& db)
        : m_db(db)
    { }

    Result<RecordView> find(qint64 id);
    // Rows of the records list (RecordList::selectSql), at most `limit`.
    Result<QList<RecordView>> list(const RecordFilter& filter, int limit, const QString& orderBy = {});
    // The record's audit rows, oldest first.
    Result<QList<AuditRow>> history(qint64 id);

    // Enters one record typed by an officer; the subject must be registered already. Problems of the
    // form come back as an Invalid error naming the field.
    Result<RecordView> enter(const Actor& actor, RecordInput input);

    // Records whose publication end has come stop being published (公示期满), each audited. Returns how
    // many. Run on start and by `creditctl maintenance`.
    Result<int> endExpiredPublication(const Actor& actor, QDate today);

private:
    Database& m_db;
};
