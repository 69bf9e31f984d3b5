#pragma once

#include "Result.h"
#include "io/TableSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The first worksheet of an Excel workbook (.xlsx, ECMA-376 / ISO 29500), as stored: shared and inline
// strings (rich text runs joined, phonetic guides left out), numbers as their stored text with the numeric
// flag, booleans as TRUE/FALSE, formula results, and cells styled as dates flagged with their serial.
// Cells are placed by their reference, so gaps are empty cells; rows carry the sheet's row number.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<QList<SourceRow>> read(const QString& path);
    static Result<QList<SourceRow>> readBytes(const QByteArray& bytes);

    // Whether a cell with this number format shows a date: the built-in ids (including the East Asian
    // ones a Chinese Excel writes) or a format code with a year, month or day in its first section.
    static bool isDateFormat(int numFmtId, QStringView formatCode);
};
