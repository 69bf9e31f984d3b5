#pragma once

#include "Result.h"
#include "io/TableSource.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Rows of CSV text as RFC 4180 writes them, and as Excel and WPS really do: comma separator (or a
// semicolon or tab when the header line has no comma), CRLF, LF or CR line ends, quoted fields with
// "" escapes and separators or line breaks inside. A line break inside a quoted field becomes "\n".
// Each row carries the line of the file where it starts; blank rows are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // A null separator: take it from the first line (see detectSeparator).
    explicit CsvReader(QString text, QChar separator = {});

    QChar separator() const { return m_separator; }

    // The next non-blank row, or nullopt at the end of the text. After an error (a quoted field never
    // closed) there is nothing more to read.
    Result<std::optional<SourceRow>> next();

    static Result<QList<SourceRow>> readAll(const QString& text);

    // A comma when the first line has one, otherwise the more frequent of semicolon and tab, otherwise
    // a comma (a file with one column).
    static QChar detectSeparator(QStringView text);

private:
    Status readRow(SourceRow& row);
    std::optional<QString> readQuotedField();

    QString m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_failed = false;
};
