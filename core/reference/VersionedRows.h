#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// The table layout shared by catalog items and measures: one row per version, a stable key across
// versions, version_no counting up, [effective_from, effective_until] per row, a class_no of the
// national list (rows are listed by class, then key), and a bases table.
struct VersionedTable
{
    QString table; // "catalog_items"
    QString keyColumn; // "item_key"
    QString basesTable; // "catalog_item_bases"
    QString basesOwner; // "item_id"
    QString listKind; // reference_classes.list_kind: "catalog"
};

// Version bookkeeping for CatalogStore and MeasureStore. Runs inside the caller's Transaction.
class VersionedRows
{
    Q_DECLARE_TR_FUNCTIONS(VersionedRows)

public:
    explicit VersionedRows(Database& db, VersionedTable table)
        : m_db(db)
        , m_t(std::move(table))
    { }

    // SQL condition (on alias "t") that keeps only the newest version of each key.
    QString latestCondition() const;
    // SQL condition (on alias "t") for "in force on the date bound at this place" (two ? parameters).
    static QString inForceCondition()
    {
        return QStringLiteral("t.effective_from <= ? AND (t.effective_until IS NULL OR t.effective_until >= ?)");
    }

    Result<bool> keyExists(const QString& key);
    // A free key "<prefix>NN" with the lowest free NN.
    Result<QString> freeKey(const QString& prefix);
    Result<qint64> latestId(const QString& key);
    // Ends the row with the given id (version-checked) on `until`; `abolish` also marks it abolished.
    // Conflict when someone changed the row since it was read, or when it is no longer the open row.
    Status close(qint64 id, int expectedVersion, QDate until, bool abolish, const QString& label);
    Status writeBases(qint64 ownerId, const QList<qint64>& basisIds);
    Result<QList<qint64>> bases(qint64 ownerId);

private:
    Database& m_db;
    VersionedTable m_t;
};
