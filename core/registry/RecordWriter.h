#pragma once

#include "RecordRules.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <map>
#include <memory>

class BulkStatement;
class Database;
struct Actor;

// Writes checked records in batches, inside the caller's transaction: finds or registers each
// subject (a code seen before in the same import is not looked up again) and inserts each record
// unless the same fact (authority, decision number, subject) is already there. A batch is a handful
// of multi-row statements instead of three statements per row, which is what lets an import of
// 100,000 rows finish in seconds on SQLite and PostgreSQL alike.
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    static constexpr int kBatchRows = 100;

    RecordWriter(Database& db, const Actor& actor, qint64 departmentId, qint64 importId);
    ~RecordWriter();

    // Writes the rows (at most kBatchRows; `lines` are where they start in the file, for warnings) and
    // returns how many were added; the others were already present.
    Result<int> write(const QList<const RecordInput*>& rows, const QList<int>& lines, QStringList& warnings);
    int newSubjects() const { return m_newSubjects; }

private:
    Status resolveSubjects(const QList<const RecordInput*>& rows, const QList<int>& lines, QStringList& warnings);
    Result<BulkStatement*> statement(std::map<int, std::unique_ptr<BulkStatement>>& cache, int rows,
                                     const QString& head, int columns, const QString& tail);

    Database& m_db;
    const Actor& m_actor;
    qint64 m_departmentId;
    qint64 m_importId;
    QHash<QString, qint64> m_subjects; // "id_type:code" → id
    std::map<int, std::unique_ptr<BulkStatement>> m_findStatements;
    std::map<int, std::unique_ptr<BulkStatement>> m_subjectStatements;
    std::map<int, std::unique_ptr<BulkStatement>> m_recordStatements;
    int m_newSubjects = 0;
};
