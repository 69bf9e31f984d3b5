#pragma once

#include "CatalogItem.h"
#include "Measure.h"
#include "Result.h"
#include "VersionedQueries.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The punishment measures list (清单制), versioned like the catalog. Every version that is put in force
// passes BasisGuard on the day it takes effect, and follows from at least one list domain or record kind.
class MeasureStore
{
    Q_DECLARE_TR_FUNCTIONS(MeasureStore)

public:
    explicit MeasureStore(Database& db)
        : m_db(db)
    { }

    Result<QList<ReferenceClass>> classes();
    Result<QList<RecordKind>> recordKinds();
    Status addRecordKind(const Actor& actor, const RecordKind& kind);

    // The newest version of every measure, by key.
    Result<QList<Measure>> list(bool includeAbolished = true);
    Result<QList<Measure>> inForceOn(QDate date);
    Result<QList<Measure>> history(const QString& measureKey);
    Result<Measure> find(qint64 id);
    Result<Measure> versionOn(const QString& measureKey, QDate date);
    // The measures in force on a date that a listing in the domain triggers.
    Result<QList<Measure>> forListDomain(const QString& domainCode, QDate date);

    Result<Measure> add(const Actor& actor, const Measure& measure);
    Result<Measure> revise(const Actor& actor, qint64 id, int expectedVersion, const Measure& changes, QDate from);
    Result<Measure> abolish(const Actor& actor, qint64 id, int expectedVersion, QDate from);

private:
    VersionedQueries<Measure> queries();
    Result<QList<Measure>> select(const QString& where, const QVariantList& params);
    Status validate(const Measure& measure);
    Result<qint64> insertVersion(const Measure& measure);
    Database& m_db;
};
