#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Text of a file and the encoding it was read in.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
    bool byteOrderMark = false; // the file started with a BOM, which is not part of text
};

// Department files come from Excel ("CSV UTF-8" with a BOM, plain "CSV" in the ANSI code page, which is
// GBK on a Chinese Windows), from WPS, and from systems that write UTF-8 or UTF-16. Files do not say
// which, so the bytes decide: a BOM first, then strict UTF-8, then GB18030 (a superset of GBK).
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    static Result<DecodedText> decode(const QByteArray& bytes);

    // The offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no
    // surrogates, nothing above U+10FFFF), or -1 when all of them do.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    // The offset of the first byte that does not start a well-formed GB18030 sequence, or -1.
    static qsizetype firstInvalidGb18030(QByteArrayView bytes);
};
