#include "io/DateParser.h"

#include <QRegularExpression>
#include <cmath>

namespace {
constexpr double lastSerial = 2958465; // 9999-12-31
constexpr int fakeLeapDay = 60; // 1900-02-29, kept by Excel for Lotus 1-2-3 compatibility

// Reads a run of ASCII digits (at most maxDigits, at least one) and advances i past it, or returns -1.
int readNumber(QStringView text, qsizetype& i, int maxDigits)
{
    int value = 0;
    const qsizetype start = i;
    while (i < text.size() && i - start < maxDigits && text[i] >= u'0' && text[i] <= u'9')
        value = value * 10 + (text[i++].unicode() - u'0');
    return i == start ? -1 : value;
}

std::optional<QDate> validDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// yyyyMMdd, which is also how some systems export a date column.
std::optional<QDate> parseCompact(QStringView text)
{
    qsizetype i = 0;
    if (text.size() != 8 || readNumber(text, i, 8) < 0 || i != 8)
        return std::nullopt;
    return validDate(text.first(4).toInt(), text.sliced(4, 2).toInt(), text.sliced(6, 2).toInt());
}

// yyyy-M-d, yyyy/M/d and yyyy.M.d (one separator throughout), and yyyy年M月d日.
std::optional<QDate> parseSeparated(QStringView text)
{
    qsizetype i = 0;
    const int year = readNumber(text, i, 4);
    if (year < 0 || i != 4 || i >= text.size())
        return std::nullopt;
    const QChar first = text[i];
    const bool chinese = first == u'年';
    if (!chinese && first != u'-' && first != u'/' && first != u'.')
        return std::nullopt;
    ++i;
    const int month = readNumber(text, i, 2);
    if (month < 0 || i >= text.size() || text[i] != (chinese ? QChar(u'月') : first))
        return std::nullopt;
    ++i;
    const int day = readNumber(text, i, 2);
    if (day < 0)
        return std::nullopt;
    if (chinese && (i >= text.size() || text[i++] != u'日'))
        return std::nullopt;
    if (i != text.size())
        return std::nullopt;
    return validDate(year, month, day);
}

std::optional<QDate> parseSerial(QStringView text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 1 || value >= lastSerial + 1)
        return std::nullopt;
    const auto serial = qint64(std::floor(value));
    if (serial == fakeLeapDay)
        return std::nullopt;
    // Serials after the fake leap day are one ahead of a plain count from 1899-12-31.
    const QDate epoch = serial < fakeLeapDay ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(serial);
}
} // namespace

std::optional<QDate> parseImportDate(const SourceCell& cell)
{
    QStringView text = QStringView(cell.text).trimmed();
    // A workbook cell of type d holds an ISO 8601 date-time: only the day matters.
    if (cell.date && !cell.numeric && text.size() > 10 && text[10] == u'T')
        text = text.first(10);
    if (text.isEmpty())
        return std::nullopt;
    if (auto date = parseCompact(text))
        return date;
    if (cell.numeric)
        return parseSerial(text);
    if (auto date = parseSeparated(text))
        return date;
    // Exports from databases add a time of day ("2026-03-05 00:00:00", "2026/3/5 0:00", ISO "T"): the
    // day is what counts, but only when what follows really is a time.
    static const QRegularExpression time(QStringLiteral("^(\\S+?)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)$"));
    const auto match = time.match(text);
    if (match.hasMatch())
        return parseSeparated(match.capturedView(1));
    return std::nullopt;
}
