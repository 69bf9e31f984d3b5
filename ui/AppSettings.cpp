#include "AppSettings.h"

#include <QFontDatabase>
#include <QSettings>

QString AppSettings::databaseUrl()
{
    return QSettings().value(QStringLiteral("database/url")).toString();
}

void AppSettings::setDatabaseUrl(const QString& url)
{
    QSettings().setValue(QStringLiteral("database/url"), url);
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::documentFont()
{
    return QSettings().value(QStringLiteral("documents/bodyFont"), defaultDocumentFont()).toString();
}

void AppSettings::setDocumentFont(const QString& family)
{
    QSettings().setValue(QStringLiteral("documents/bodyFont"), family);
}

QString AppSettings::defaultDocumentFont()
{
    // GB/T 9704 asks for 仿宋; where it is not installed, the free AR PL UMing stands in. Noto CJK is
    // avoided for documents: Qt's PDFs then extract some characters as Kangxi radicals.
    const QStringList families = QFontDatabase::families();
    for (const auto& wanted : {QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("AR PL UMing CN")}) {
        if (families.contains(wanted))
            return wanted;
    }
    return QStringLiteral("AR PL UMing CN");
}
