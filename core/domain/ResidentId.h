#pragma once

#include "Clock.h"
#include "CodeCheck.h"

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QStringView>

// 公民身份号码, the citizen identity number (GB 11643-1999): area (6 digits) + birth date (8 digits,
// YYYYMMDD) + sequence (3 digits, odd for men) + check character (a digit or X).
class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)

public:
    // Normalises the input (see normalizeCode, so a lower-case x becomes X) and reports the first
    // problem found, in this order: empty, Excel notation, length, characters by position, birth
    // date, check character. A birth date may be `today` but not later, and not before 1900.
    static CodeCheck check(QStringView input, QDate today = Clock::currentDate());
    static bool isValid(QStringView input, QDate today = Clock::currentDate()) { return check(input, today).valid; }

    // The check character for the first 17 digits, or QChar() when there are not 17 digits.
    static QChar checkCharacter(QStringView first17);

    // Read from a normalised number. birthDate is invalid when positions 7–14 are not a real date;
    // isMale reads the parity of the sequence (position 17).
    static QDate birthDate(QStringView normalized);
    static bool isMale(QStringView normalized);
};
