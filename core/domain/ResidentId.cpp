#include "ResidentId.h"

#include "CodeNormalizer.h"

#include <array>
#include <string_view>

namespace {
// GB 11643-1999 §8.2: weights of positions 1–17, and the check character for Σ mod 11.
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::u16string_view kCheckCharacters = u"10X98765432";
constexpr qsizetype kLength = 18;
constexpr qsizetype kOldLength = 15; // GB 11643-1989, before the century and check were added
constexpr qsizetype kBirthStart = 6; // positions 7–14, zero-based
constexpr qsizetype kBirthLength = 8;
constexpr int kEarliestBirthYear = 1900; // an earlier birth date is taken as a typing error

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c.unicode()))
            return false;
    }
    return true;
}

QString emptyProblem(QStringView code, QDate)
{
    return code.isEmpty() ? ResidentId::tr("is empty") : QString();
}

QString notationProblem(QStringView code, QDate)
{
    if (!looksLikeScientificNotation(code))
        return {};
    return ResidentId::tr("looks like a number Excel turned into scientific notation; re-enter it as text");
}

QString lengthProblem(QStringView code, QDate)
{
    const qsizetype length = code.toUcs4().size();
    if (length == kLength)
        return {};
    if (length == kOldLength && allDigits(code))
        return ResidentId::tr("old 15-digit numbers are not accepted; use the 18-digit number");
    // A number stored as a number loses its final X; 17 digits whose check would be X are named so.
    if (length == kLength - 1 && ResidentId::checkCharacter(code) == u'X')
        return ResidentId::tr("must have %1 characters, has %2; a final X looks lost; re-enter it as text")
            .arg(kLength)
            .arg(length);
    return ResidentId::tr("must have %1 characters, has %2").arg(kLength).arg(length);
}

// Code points, not UTF-16 units, so a character outside the BMP counts as one position.
QString characterProblem(QStringView code, QDate)
{
    const QList<uint> characters = code.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const char32_t c = characters[i];
        const bool last = i == kLength - 1;
        if (isAsciiDigit(c) || (last && c == U'X'))
            continue;
        const QString shown = describeCodeCharacter(c);
        if (last)
            return ResidentId::tr("character %1 at position %2 is not allowed (the last one is a digit or X)")
                .arg(shown)
                .arg(i + 1);
        if (c == U'X')
            return ResidentId::tr("character %1 at position %2 is not allowed (only the last one may be X)")
                .arg(shown)
                .arg(i + 1);
        return ResidentId::tr("character %1 at position %2 is not allowed").arg(shown).arg(i + 1);
    }
    return {};
}

// From here on the number is 17 digits and a digit or X.
QString birthDateProblem(QStringView code, QDate today)
{
    const QStringView digits = code.sliced(kBirthStart, kBirthLength);
    const QDate birth = ResidentId::birthDate(code);
    if (!birth.isValid())
        return ResidentId::tr("birth date %1 does not exist").arg(digits);
    if (birth.year() < kEarliestBirthYear)
        return ResidentId::tr("birth date %1 is before 1900").arg(digits);
    if (today.isValid() && birth > today)
        return ResidentId::tr("birth date %1 is in the future").arg(digits);
    return {};
}

QString checkProblem(QStringView code, QDate)
{
    const QChar expected = ResidentId::checkCharacter(code.first(kLength - 1));
    const QChar actual = code[kLength - 1];
    if (actual == expected)
        return {};
    // Excel keeps 15 significant digits: the sequence's last digit and the check become zeros.
    if (hasExcelZeroedTail(code))
        return ResidentId::tr("digits after the 15th look lost to Excel (…%1); re-enter it as text")
            .arg(trailingZeros(code));
    return ResidentId::tr("check character should be %1, is %2").arg(expected).arg(actual);
}

// The order in which problems are looked for: the officer hears about the first one only.
using Step = QString (*)(QStringView, QDate);
constexpr std::array<Step, 6> kSteps
    = {emptyProblem, notationProblem, lengthProblem, characterProblem, birthDateProblem, checkProblem};
} // namespace

CodeCheck ResidentId::check(QStringView input, QDate today)
{
    CodeCheck result;
    result.input = input.toString();
    result.normalized = normalizeCode(input);
    for (const Step step : kSteps) {
        result.reason = step(result.normalized, today);
        if (!result.reason.isEmpty())
            return result;
    }
    result.valid = true;
    return result;
}

QChar ResidentId::checkCharacter(QStringView first17)
{
    if (first17.size() != qsizetype(kWeights.size()) || !allDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[size_t(i)];
    return QChar(kCheckCharacters[size_t(sum % 11)]);
}

QDate ResidentId::birthDate(QStringView normalized)
{
    if (normalized.size() < kBirthStart + kBirthLength)
        return {};
    const QStringView digits = normalized.sliced(kBirthStart, kBirthLength);
    if (!allDigits(digits))
        return {};
    return QDate(digits.first(4).toInt(), digits.sliced(4, 2).toInt(), digits.sliced(6, 2).toInt());
}

bool ResidentId::isMale(QStringView normalized)
{
    if (normalized.size() < 17 || !isAsciiDigit(normalized[16].unicode()))
        return false;
    return (normalized[16].unicode() - u'0') % 2 == 1;
}
