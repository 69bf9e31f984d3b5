#pragma once

#include "RecordFilter.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class Database;
struct Actor;

// Saves lists of the registry to CSV (UTF-8 with a byte-order mark, so Excel opens it as Chinese) or
// XLSX, chosen by the file's extension. Certificate numbers are masked; a cell that a spreadsheet would
// read as a formula (= + - @, a tab or CR first) gets a leading apostrophe. The file is written
// beside its name and renamed into place, so a failed export leaves no half file.
class RegistryExport
{
    Q_DECLARE_TR_FUNCTIONS(RegistryExport)

public:
    // The cell as it is written: neutralised when a spreadsheet would run it.
    static QString neutralise(const QString& cell);

    // Returns the number of rows written. `progress(rows)` may return false to cancel (nothing is kept).
    static Result<qint64> records(Database& db, const Actor& actor, const RecordFilter& filter, const QString& path,
                                  const std::function<bool(qint64)>& progress = {});
    static Result<qint64> subjects(Database& db, const Actor& actor, const QString& nameOrCode, const QString& path,
                                   const std::function<bool(qint64)>& progress = {});

    // Writes a table to CSV or XLSX by extension (the import report uses it too).
    class TableWriter;
    static Result<std::unique_ptr<TableWriter>> open(const QString& path, const QStringList& headers);
};

class RegistryExport::TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual Status row(const QStringList& cells) = 0;
    // Moves the finished file into place.
    virtual Status finish() = 0;
};
