#include "AppSettings.h"

#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
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

QString AppSettings::backupFolder(const DatabaseUrl& url)
{
    const QString database = url.isSqlite() && !url.path.isEmpty() ? url.path : DatabaseUrl::defaultSqlite().path;
    const QString fallback = QFileInfo(database).absoluteDir().filePath(QStringLiteral("backups"));
    const QString stored = QSettings().value(QStringLiteral("backup/folder")).toString();
    return stored.isEmpty() ? fallback : stored;
}

void AppSettings::setBackupFolder(const QString& folder)
{
    QSettings().setValue(QStringLiteral("backup/folder"), folder);
}

int AppSettings::backupsKept()
{
    return qBound(1, QSettings().value(QStringLiteral("backup/keep"), 10).toInt(), 1000);
}

void AppSettings::setBackupsKept(int count)
{
    QSettings().setValue(QStringLiteral("backup/keep"), count);
}

bool AppSettings::backupAtSignOut()
{
    return QSettings().value(QStringLiteral("backup/atSignOut"), true).toBool();
}

void AppSettings::setBackupAtSignOut(bool on)
{
    QSettings().setValue(QStringLiteral("backup/atSignOut"), on);
}

bool AppSettings::backupDaily()
{
    return QSettings().value(QStringLiteral("backup/daily"), true).toBool();
}

void AppSettings::setBackupDaily(bool on)
{
    QSettings().setValue(QStringLiteral("backup/daily"), on);
}
