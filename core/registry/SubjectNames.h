#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Names of subjects as departments type them: GB 18030 text of any plane, with the middle dot of
// minority and foreign names written in half a dozen look-alikes.
class SubjectNames
{
    Q_DECLARE_TR_FUNCTIONS(SubjectNames)

public:
    static constexpr int kMaxLength = 200; // code points; the registry holds names of 50 and more

    // Trims blanks (U+3000 included), drops zero-width characters, folds runs of blanks to one space
    // and writes every look-alike of the separator (• ・ ‧ ⋅ ∙ ･ ．between letters) as U+00B7.
    static QString normalize(const QString& name);
    // Empty when the normalised name can be stored, otherwise why not.
    static QString problem(const QString& normalized);
    // The key the filter box compares: normalised, full-width ASCII folded, lower case, no blanks.
    static QString searchKey(const QString& text);
    // The distinct pairs of neighbouring characters (code points) of a search key: what the name index
    // stores for each subject and what a filter looks up. A key of one character has none.
    static QStringList grams(const QString& key);
    // A LIKE pattern (with ESCAPE '\\') matching any text that contains `key`.
    static QString containsPattern(const QString& key);
    // Levenshtein distance over code points, giving up (returning limit + 1) beyond `limit`.
    static int distance(const QString& a, const QString& b, int limit);
    // Whether two names are close enough to ask the officer if they are one subject.
    static bool similar(const QString& a, const QString& b);
};
