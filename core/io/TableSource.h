#pragma once

#include "Result.h"

#include <QList>
#include <QString>

// One cell of a department file, as the file holds it: no trimming, no interpretation.
struct SourceCell
{
    QString text;
    bool numeric = false; // an Excel number: text is the stored value, never reformatted
    bool date = false; // an Excel cell styled as a date: text is the serial (1900 system)
};

// A row of a department file and where it starts: the line of a CSV file, the row number of a sheet.
struct SourceRow
{
    int line = 0;
    QList<SourceCell> cells;
};

// True when no cell holds anything but white space: such rows are skipped by every reader, since
// spreadsheets export formatted but empty rows as ",,,," or as <row> elements without values.
bool isBlankRow(const QList<SourceCell>& cells);

// Reads every non-blank row of a department file, choosing the reader by the extension:
// .csv and .txt are decoded text (see TextDecoding and CsvReader), .xlsx the first worksheet.
Result<QList<SourceRow>> readTable(const QString& path);
