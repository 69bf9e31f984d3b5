#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>
#include <memory>

class Database;

// A statement prepared once and run many times in a hot loop (imports, the benchmark's build). On
// SQLite it talks to the library directly: Qt's positional binding turns every parameter into a
// placeholder name and a hash lookup, which was a fifth of the cost of an import. On PostgreSQL it is
// a plain prepared QSqlQuery. Parameters follow Database::exec: a null QString binds as ''.
class BulkStatement
{
    Q_DECLARE_TR_FUNCTIONS(BulkStatement)

public:
    static Result<std::unique_ptr<BulkStatement>> prepare(Database& db, const QString& sql);
    virtual ~BulkStatement() = default;

    // Runs the statement to its end; the rows it returns (RETURNING, SELECT), each as its columns.
    virtual Result<QList<QVariantList>> run(const QVariantList& values) = 0;
    // Rows inserted, updated or deleted by the last run().
    virtual qint64 rowsAffected() const = 0;
};
