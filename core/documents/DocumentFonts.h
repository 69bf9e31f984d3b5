#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
struct Actor;

// The font family of each role in an official document (GB/T 9704-2012: title 小标宋, body 仿宋,
// first-level headings 黑体, second-level headings 楷体). The proprietary faces are used where they are
// installed; otherwise the free Debian faces stand in. Noto CJK and Source Han are refused: Qt's PDF
// output maps 用 日 行 月 of those fonts to Kangxi radicals (⽤ ⽇ ⾏ ⽉) in the extracted text, so a
// search or a copy of the issued document would not find the words that are printed.
struct DocumentFonts
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFonts)

public:
    QString body;
    QString title; // also the red issuing-authority header
    QString heading1;
    QString heading2;

    // The first installed face of each role's candidates (needs a QGuiApplication).
    static DocumentFonts defaults();
    // Settings documents.font.body / .title / .heading1 / .heading2 over the defaults; a configured face
    // that is not installed or is refused falls back to the default of its role.
    static Result<DocumentFonts> load(Database& db);
    // System administrators only; audited.
    static Status save(Database& db, const Actor& actor, const DocumentFonts& fonts);

    // Invalid with a message naming the face when it cannot be used for documents.
    static Status check(const QString& family);
    static bool isRefused(const QString& family);
    // The family followed by the free faces, so a character missing from the family is taken from a face
    // that extracts right, never from Qt's system fallback (which may be Noto CJK).
    static QStringList withFallbacks(const QString& family);
};
