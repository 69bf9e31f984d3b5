#pragma once

#include <QString>

// Per-machine preferences (QSettings): which database to open, the interface language and the
// document font. Policy values shared by all officers live in the database instead.
class AppSettings
{
public:
    static QString databaseUrl(); // empty: the default SQLite file
    static void setDatabaseUrl(const QString& url);
    static QString language(); // "", "zh_CN" or "en"; empty follows the system
    static void setLanguage(const QString& language);
    static QString documentFont();
    static void setDocumentFont(const QString& family);
    static QString defaultDocumentFont();
};
