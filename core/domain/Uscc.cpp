#include "Uscc.h"

#include "CodeNormalizer.h"

#include <array>
#include <string_view>

namespace {
// GB 32100-2015 §4 and Annex A: the 31 characters and their values 0–30, and the weights of
// positions 1–17.
constexpr std::u16string_view kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::u16string_view kNeverUsed = u"IOSVZ";
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr qsizetype kLength = 18;
constexpr qsizetype kDivisionStart = 2; // positions 3–8, zero-based
constexpr qsizetype kDivisionLength = 6;

bool inAlphabet(char32_t c)
{
    return c < 0x10000 && kAlphabet.find(char16_t(c)) != std::u16string_view::npos;
}

QString emptyProblem(QStringView code)
{
    return code.isEmpty() ? Uscc::tr("is empty") : QString();
}

QString notationProblem(QStringView code)
{
    if (!looksLikeScientificNotation(code))
        return {};
    return Uscc::tr("looks like a number Excel turned into scientific notation; re-enter it as text");
}

QString lengthProblem(QStringView code)
{
    const qsizetype length = code.toUcs4().size();
    if (length == kLength)
        return {};
    return Uscc::tr("must have %1 characters, has %2").arg(kLength).arg(length);
}

// Code points, not UTF-16 units, so a character outside the BMP counts as one position.
QString characterProblem(QStringView code)
{
    const QList<uint> characters = code.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const char32_t c = characters[i];
        if (inAlphabet(c))
            continue;
        const QString shown = describeCodeCharacter(c);
        if (c < 0x10000 && kNeverUsed.find(char16_t(c)) != std::u16string_view::npos)
            return Uscc::tr("character %1 at position %2 is not allowed (I, O, S, V and Z are never used)")
                .arg(shown)
                .arg(i + 1);
        return Uscc::tr("character %1 at position %2 is not allowed").arg(shown).arg(i + 1);
    }
    return {};
}

// From here on the code is 18 characters of the alphabet, all ASCII.
QString divisionProblem(QStringView code)
{
    for (qsizetype i = kDivisionStart; i < kDivisionStart + kDivisionLength; ++i) {
        if (!code[i].isDigit())
            return Uscc::tr("positions 3–8 (administrative division) must be digits; position %1 is '%2'")
                .arg(i + 1)
                .arg(code[i]);
    }
    return {};
}

QString checkProblem(QStringView code)
{
    const QChar expected = Uscc::checkCharacter(code.first(kLength - 1));
    const QChar actual = code[kLength - 1];
    if (actual == expected)
        return {};
    if (hasExcelZeroedTail(code))
        return Uscc::tr("digits after the 15th look lost to Excel (…%1); re-enter it as text").arg(trailingZeros(code));
    return Uscc::tr("check character should be %1, is %2").arg(expected).arg(actual);
}

// The order in which problems are looked for: the officer hears about the first one only.
using Step = QString (*)(QStringView);
constexpr std::array<Step, 6> kSteps
    = {emptyProblem, notationProblem, lengthProblem, characterProblem, divisionProblem, checkProblem};
} // namespace

CodeCheck Uscc::check(QStringView input)
{
    CodeCheck result;
    result.input = input.toString();
    result.normalized = normalizeCode(input);
    for (const Step step : kSteps) {
        result.reason = step(result.normalized);
        if (!result.reason.isEmpty())
            return result;
    }
    result.valid = true;
    return result;
}

QChar Uscc::checkCharacter(QStringView first17)
{
    if (first17.size() != qsizetype(kWeights.size()))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const auto value = kAlphabet.find(first17[i].unicode());
        if (value == std::u16string_view::npos)
            return {};
        sum += int(value) * kWeights[size_t(i)];
    }
    const int check = (31 - sum % 31) % 31; // 31 is written as 0
    return QChar(kAlphabet[size_t(check)]);
}
