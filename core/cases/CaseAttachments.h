#pragma once

#include "Case.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class Database;
struct Actor;

// Evidence files of a case (table case_attachments): stored whole with their SHA-256, never changed or
// deleted after upload (the database refuses it), each upload audited and on the case's timeline.
class CaseAttachments
{
    Q_DECLARE_TR_FUNCTIONS(CaseAttachments)

public:
    explicit CaseAttachments(Database& db)
        : m_db(db)
    { }

    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    Result<QList<Attachment>> ofCase(qint64 caseId);
    Result<Attachment> find(qint64 id);
    Result<QByteArray> content(qint64 id);
    // Officers add evidence while the case is open (not removed or dropped).
    Result<Attachment> attach(const Actor& actor, qint64 caseId, const QString& name, const QByteArray& content);

private:
    Result<QList<Attachment>> select(const QString& where, const QVariantList& params);
    Database& m_db;
};
