#pragma once

#include "RecordFields.h"
#include "Result.h"
#include "io/TableSource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class Database;
struct Actor;

// One thing wrong with a department file: where (the line of the file where the row starts, the
// column as the file names it) and what.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;
};

// How the columns of a file were understood: each header and the field it fills (or none).
struct ImportColumn
{
    int index = 0;
    QString header;
    std::optional<RecordField> field;
};

struct ImportReport
{
    QString fileName;
    QString sha256;
    qint64 departmentId = 0;
    int headerLine = 0;
    QList<ImportColumn> columns;
    int rows = 0; // data rows read
    int accepted = 0; // new records
    int duplicates = 0; // records already present (same authority, decision number and subject)
    int newSubjects = 0;
    QList<ImportProblem> rejected; // non-empty: nothing was imported
    QStringList warnings;
    bool dryRun = false;
    bool cancelled = false;
    qint64 importId = 0; // the record_imports row, 0 for a dry run or a cancelled import

    bool imported() const { return rejected.isEmpty() && !dryRun && !cancelled; }
    // {"accepted": N, "duplicates": N, "rejected": [{"line", "column", "reason"}], "warnings": [...], ...}
    QJsonObject toJson() const;
};

struct ImportOptions
{
    qint64 departmentId = 0; // the department that sent the file; 0: the officer's own
    bool dryRun = false; // check everything, write nothing
    // Called now and then with the rows done out of twice the rows (checking, then writing);
    // returning false cancels the import, which then writes nothing.
    std::function<bool(int done, int total)> progress;
};

// Imports the administrative-penalty files departments send (national data standard layout, CSV or
// XLSX): all or nothing, every problem reported with its line and column, duplicates counted and
// skipped, each import recorded with the file's SHA-256 and audited.
class RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    explicit RecordImporter(Database& db)
        : m_db(db)
    { }

    // An Error only when the file cannot be read at all or the officer may not import; a file with
    // invalid rows is a report with `rejected` filled.
    Result<ImportReport> importFile(const Actor& actor, const QString& path, const ImportOptions& options);

    // The header row among the first rows of a table and the field each column fills.
    static int findHeaderRow(const QList<SourceRow>& rows);
    static QList<ImportColumn> mapColumns(const SourceRow& header);

private:
    Result<qint64> sendingDepartment(const Actor& actor, qint64 requested);
    Status recordRefusal(const Actor& actor, const ImportReport& report);
    Database& m_db;
};
