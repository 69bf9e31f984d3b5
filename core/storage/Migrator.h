#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

struct Migration
{
    int version = 0;
    QString name;
    QString sql; // both dialects, see Migrator::statements()
};

// Brings a database to the schema this program knows, all pending steps in one transaction: either
// every step is applied and recorded in schema_version, or the database stays exactly as it was.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(Database& db, QList<Migration> migrations = shipped());

    Status migrate();

    // The migrations compiled into the program from resources/migrations/NNNN_name.sql.
    static QList<Migration> shipped();

    // The statements of a migration for one engine. Files are written once for both engines:
    // lines between "-- @sqlite" / "-- @postgresql" and "-- @end" are kept only for that engine,
    // and the tokens @ID@ (auto-numbered primary key), @BLOB@ and @NOW@ are spelled per engine.
    static QStringList statements(const QString& sql, bool sqlite);

private:
    Status migrateInTransaction();
    Database& m_db;
    QList<Migration> m_migrations;
};
