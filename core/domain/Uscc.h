#pragma once

#include "CodeCheck.h"

#include <QChar>
#include <QCoreApplication>
#include <QStringView>

// 统一社会信用代码, the unified social credit code of a company or organisation (GB 32100-2015):
// registration authority (1) + entity type (1) + administrative division (6 digits) +
// organisation code (9) + check character (1), over an alphabet without I, O, S, V and Z.
class Uscc
{
    Q_DECLARE_TR_FUNCTIONS(Uscc)

public:
    // Normalises the input (see normalizeCode) and reports the first problem found, in this order:
    // empty, Excel notation, length, characters by position, division code, check character.
    static CodeCheck check(QStringView input);
    static bool isValid(QStringView input) { return check(input).valid; }

    // The check character for the first 17 characters of a normalised code, or QChar() when there
    // are not 17 of them or one is outside the alphabet.
    static QChar checkCharacter(QStringView first17);
};
