#include "CodeNormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
bool isZeroWidth(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool isBlank(char32_t c)
{
    return QChar::isSpace(c) || isZeroWidth(c);
}

// Full-width forms U+FF01–U+FF5E mirror ASCII U+0021–U+007E at a fixed distance.
QChar foldFullWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

QChar upperAscii(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return QChar(char16_t(u - u'a' + u'A'));
    return c;
}
} // namespace

QString normalizeCode(QStringView input)
{
    // All blanks we trim are in the BMP, so code units are enough here.
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && isBlank(input[begin].unicode()))
        ++begin;
    while (end > begin && isBlank(input[end - 1].unicode()))
        --end;

    QString result;
    result.reserve(end - begin);
    for (const QChar c : input.sliced(begin, end - begin))
        result.append(upperAscii(foldFullWidth(c)));
    return result;
}

QString describeCodeCharacter(char32_t c)
{
    const auto code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (QChar::isSpace(c))
        return QCoreApplication::translate("CodeNormalizer", "%1 (a space)").arg(code);
    if (isZeroWidth(c) || !QChar::isPrint(c))
        return QCoreApplication::translate("CodeNormalizer", "%1 (invisible)").arg(code);
    return QStringLiteral("'%1'").arg(QString::fromUcs4(&c, 1));
}

bool looksLikeScientificNotation(QStringView normalized)
{
    // Excel writes "1.10105E+17"; a comma decimal separator comes from some locales' Excel. A real
    // code never holds '.', ',' or '+', which keeps codes like "12345678901234E123" out of this.
    static const QRegularExpression notation(QStringLiteral("^[0-9]+([.,][0-9]*)?E[+]?[0-9]+$"));
    const bool hasMark = normalized.contains(u'.') || normalized.contains(u',') || normalized.contains(u'+');
    return hasMark && notation.match(normalized).hasMatch();
}

bool hasExcelZeroedTail(QStringView normalized)
{
    if (normalized.size() != 18)
        return false;
    for (const QChar c : normalized) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return trailingZeros(normalized).size() >= 3;
}

QStringView trailingZeros(QStringView normalized)
{
    qsizetype start = normalized.size();
    while (start > 0 && normalized[start - 1] == u'0')
        --start;
    return normalized.sliced(start);
}
