#pragma once

#include "CatalogItem.h"
#include "Result.h"
#include "VersionedQueries.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The public credit information catalog (目录制), versioned: items are revised into new versions and
// abolished, never deleted.
class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)

public:
    explicit CatalogStore(Database& db)
        : m_db(db)
    { }

    Result<QList<ReferenceClass>> classes();
    // The newest version of every item (abolished ones included unless asked otherwise), by key.
    Result<QList<CatalogItem>> list(bool includeAbolished = true);
    // The versions in force on a date, by key.
    Result<QList<CatalogItem>> inForceOn(QDate date);
    // Every version of one item, oldest first.
    Result<QList<CatalogItem>> history(const QString& itemKey);
    Result<CatalogItem> find(qint64 id);
    Result<CatalogItem> versionOn(const QString& itemKey, QDate date);

    // Version 1, in force from item.effectiveFrom. An empty key is chosen from the scope and class.
    Result<CatalogItem> add(const Actor& actor, const CatalogItem& item);
    // A new version with the content of `changes`, in force from `from`; the version `id` (which must be
    // the newest, read at expectedVersion) then ends the day before.
    Result<CatalogItem> revise(const Actor& actor, qint64 id, int expectedVersion, const CatalogItem& changes,
                               QDate from);
    // No longer in force from `from`: the newest version ends the day before and is marked abolished.
    Result<CatalogItem> abolish(const Actor& actor, qint64 id, int expectedVersion, QDate from);

private:
    VersionedQueries<CatalogItem> queries();
    Result<QList<CatalogItem>> select(const QString& where, const QVariantList& params);
    Status validate(const CatalogItem& item);
    Result<qint64> insertVersion(const CatalogItem& item);
    Database& m_db;
};
