#include "SubjectNames.h"

#include <QList>
#include <algorithm>

namespace {
bool isZeroWidth(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool isBlank(char32_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F;
}

// Middle-dot look-alikes: bullet, katakana middle dot (full and half width), hyphenation point, dot
// operator, bullet operator. The full stop U+FF0E only when it sits between two non-ASCII letters.
bool isSeparatorLookAlike(char32_t c)
{
    return c == 0x2022 || c == 0x30FB || c == 0xFF65 || c == 0x2027 || c == 0x22C5 || c == 0x2219 || c == 0x00B7;
}

QList<char32_t> codePoints(const QString& text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        points << c;
    return points;
}
} // namespace

QString SubjectNames::normalize(const QString& name)
{
    const QList<char32_t> points = codePoints(name);
    QString out;
    out.reserve(name.size());
    bool pendingBlank = false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        char32_t c = points.at(i);
        if (isZeroWidth(c) || c == u'\r' || c == u'\n')
            continue;
        if (isBlank(c)) {
            pendingBlank = !out.isEmpty();
            continue;
        }
        if (isSeparatorLookAlike(c))
            c = 0x00B7;
        else if (c == 0xFF0E && i > 0 && i + 1 < points.size() && points.at(i - 1) > 0x7F && points.at(i + 1) > 0x7F)
            c = 0x00B7;
        if (pendingBlank)
            out += u' ';
        pendingBlank = false;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString SubjectNames::problem(const QString& normalized)
{
    if (normalized.isEmpty())
        return tr("the name is empty");
    const QList<char32_t> points = codePoints(normalized);
    if (points.size() > kMaxLength)
        return tr("the name has %1 characters, at most %2 are kept").arg(points.size()).arg(kMaxLength);
    for (const char32_t c : points) {
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFD)
            return tr("the name contains the unreadable character U+%1; check the file's encoding")
                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
    }
    return {};
}

QString SubjectNames::searchKey(const QString& text)
{
    const QString normalized = normalize(text);
    QString key;
    key.reserve(normalized.size());
    for (const QChar c : normalized) {
        const char16_t u = c.unicode();
        if (u == u' ')
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E)
            key += QChar(char16_t(u - 0xFEE0)).toLower();
        else
            key += c.toLower();
    }
    return key;
}

QStringList SubjectNames::grams(const QString& key)
{
    const QList<char32_t> points = codePoints(key);
    QStringList grams;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QString gram = QString::fromUcs4(points.constData() + i, 2);
        if (!grams.contains(gram))
            grams << gram;
    }
    return grams;
}

QString SubjectNames::containsPattern(const QString& key)
{
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

int SubjectNames::distance(const QString& a, const QString& b, int limit)
{
    const QList<char32_t> s = codePoints(a);
    const QList<char32_t> t = codePoints(b);
    if (std::abs(int(s.size() - t.size())) > limit)
        return limit + 1;
    QList<int> previous(t.size() + 1);
    QList<int> current(t.size() + 1);
    for (int j = 0; j <= t.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= s.size(); ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= t.size(); ++j) {
            const int cost = s.at(i - 1) == t.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[t.size()], limit + 1);
}

bool SubjectNames::similar(const QString& a, const QString& b)
{
    const QString x = searchKey(a);
    const QString y = searchKey(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    const qsizetype shorter = std::min(x.size(), y.size());
    // "某某科技有限公司" and "某某科技有限公司庐山分公司" are not the same subject, but the officer should
    // look: a long common start or one name inside the other is worth a question.
    if (shorter >= 4 && (x.contains(y) || y.contains(x)))
        return true;
    const int limit = shorter >= 10 ? 2 : 1;
    return distance(x, y, limit) <= limit;
}
