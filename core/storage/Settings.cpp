#include "Settings.h"

#include "Database.h"

Result<QString> Settings::value(Database& db, const QString& key, const QString& fallback)
{
    auto found = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!found)
        return found.error();
    return found->isValid() ? found->toString() : fallback;
}

Result<int> Settings::intValue(Database& db, const QString& key, int fallback)
{
    auto text = value(db, key);
    if (!text)
        return text.error();
    bool ok = false;
    const int number = text->toInt(&ok);
    return ok ? number : fallback;
}

Status Settings::setValue(Database& db, const QString& key, const QString& value)
{
    auto saved = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                        "SET value = excluded.value, version = settings.version + 1"),
                         {key, value});
    return saved ? Status() : Status(saved.error());
}
