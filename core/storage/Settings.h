#pragma once

#include "Result.h"

#include <QString>

class Database;

// The settings table: policy values kept with the data, so every officer's program applies the same ones.
class Settings
{
public:
    static Result<QString> value(Database& db, const QString& key, const QString& fallback = {});
    static Result<int> intValue(Database& db, const QString& key, int fallback);
    // Inserts or replaces; the caller holds the transaction and writes the audit row.
    static Status setValue(Database& db, const QString& key, const QString& value);
};
