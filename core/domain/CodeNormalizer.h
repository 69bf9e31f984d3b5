#pragma once

#include <QString>
#include <QStringView>

// How a typed identity code (统一社会信用代码, 公民身份号码) is cleaned up before it is checked, and
// how its characters and its Excel damage are named back to the officer.

// Trims surrounding blanks (ASCII whitespace, U+00A0, U+3000 and the other Unicode spaces, and the
// zero-width characters that copy-and-paste from web pages and Word brings along), folds full-width
// ASCII (U+FF01–U+FF5E, what a Chinese input method types) to ASCII and upper-cases ASCII letters.
// Inner blanks stay: they make the code invalid, and the check says where they are.
QString normalizeCode(QStringView input);

// A character as a reason shows it: 'A' when it can be seen, "U+3000 (a space)" or
// "U+200B (invisible)" when it cannot.
QString describeCodeCharacter(char32_t c);

// Excel showed a long number in scientific notation (1.10105E+17): the digits are gone for good.
bool looksLikeScientificNotation(QStringView normalized);

// Excel keeps 15 significant digits, so an 18-digit code stored as a number ends in zeros. Only
// the tail is looked at; the caller decides whether the check character really failed.
bool hasExcelZeroedTail(QStringView normalized);

// The run of zeros a code ends with ("0000" for 110105194912310000), to show the officer.
QStringView trailingZeros(QStringView normalized);
