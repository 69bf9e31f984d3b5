#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// Loads the reference data shipped in resources/seed (reference_*.json): legal bases, the 13 classes of
// the national catalog and its items, the national measures, the five national list domains and the
// rule profiles. Everything goes through the stores, so the guards check the shipped rows too; it all
// commits in one transaction, audited as system:setup, and only into a database that has none yet.
class ReferenceSeed
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceSeed)

public:
    // Safe to run at every start: a database that has reference data is left alone.
    static Status loadShipped(Database& db);
    // The same from given file contents, keyed by file name ("reference_bases.json", ...).
    static Status load(Database& db, const QHash<QString, QByteArray>& files);
    static QStringList fileNames();
};
