#pragma once

#include "storage/DatabaseUrl.h"

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

    // Backups of the local SQLite database (see DatabaseBackup): where, how many, and when.
    // Default: "backups" in the folder of the database in use (`url`); empty url: the default database.
    static QString backupFolder(const DatabaseUrl& url);
    static void setBackupFolder(const QString& folder);
    static int backupsKept(); // default 10
    static void setBackupsKept(int count);
    static bool backupAtSignOut(); // default on
    static void setBackupAtSignOut(bool on);
    static bool backupDaily(); // default on: after sign-in, when the newest backup is a day old
    static void setBackupDaily(bool on);
};
