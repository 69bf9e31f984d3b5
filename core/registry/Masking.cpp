#include "Masking.h"

#include <QList>

namespace {
// Keeps `head` and `tail` characters (whole code points) and stars everything between.
QString keepEnds(const QString& text, int head, int tail)
{
    const QList<uint> points = text.toUcs4();
    const int n = int(points.size());
    if (n <= head + tail)
        return QString(n, u'*');
    QString masked;
    for (int i = 0; i < n; ++i) {
        if (i < head || i >= n - tail) {
            const char32_t c = points.at(i);
            masked += QString::fromUcs4(&c, 1);
        } else
            masked += u'*';
    }
    return masked;
}
} // namespace

QString Masking::code(const QString& idType, const QString& code)
{
    if (idType == QLatin1String("uscc"))
        return code;
    if (idType == QLatin1String("resident_id") && code.size() == 18)
        return keepEnds(code, 6, 4);
    // Other certificates are shorter: keep a little less so the number cannot be read back.
    return keepEnds(code, 2, 2);
}

QString Masking::phone(const QString& phone)
{
    return phone.size() == 11 ? keepEnds(phone, 3, 4) : keepEnds(phone, 2, 2);
}

QString Masking::personName(const QString& name)
{
    const int n = int(name.toUcs4().size());
    if (n <= 1)
        return name;
    if (n == 2)
        return keepEnds(name, 1, 0);
    return keepEnds(name, 1, 1);
}
