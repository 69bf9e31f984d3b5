#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }

    void migratesFreshDatabase()
    {
        FRESH_DATABASE(db);
        QCOMPARE(db->schemaVersion(), Database::shippedSchemaVersion());
        QVERIFY(Database::shippedSchemaVersion() >= 1);
        for (const char* table : {"departments", "users", "user_roles", "settings", "calendar_years", "calendar_days",
                                  "audit_log", "audit_head"})
            QVERIFY2(db->tableExists(QString::fromLatin1(table)), table);
        auto applied = db->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(applied);
        QCOMPARE(applied->toInt(), Migrator::shipped().size());
    }

    void reopeningAppliesNothingTwice()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString url = TestSupport::freshDatabaseUrl(engine);
        QVERIFY2(!url.isEmpty(), qPrintable(TestSupport::failureReason()));
        for (int i = 0; i < 2; ++i) {
            auto db = Database::open(*DatabaseUrl::parse(url));
            QVERIFY2(db, qPrintable(db.error().fullText()));
            QCOMPARE((*db)->schemaVersion(), Database::shippedSchemaVersion());
            auto rows = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
            QCOMPARE(rows->toInt(), Migrator::shipped().size());
        }
    }

    void refusesNewerSchema()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString url = TestSupport::freshDatabaseUrl(engine);
        QVERIFY2(!url.isEmpty(), qPrintable(TestSupport::failureReason()));
        {
            auto db = Database::open(*DatabaseUrl::parse(url));
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, "
                                               "'future', 'x')")));
        }
        auto again = Database::open(*DatabaseUrl::parse(url));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Environment);
        QVERIFY2(again.error().message.contains(QLatin1String("999")), qPrintable(again.error().message));
    }

    void failedMigrationLeavesDatabaseAsItWas()
    {
        FRESH_DATABASE(db);
        const int before = db->schemaVersion();
        QList<Migration> migrations = Migrator::shipped();
        migrations.append({before + 1, QStringLiteral("good"), QStringLiteral("CREATE TABLE extra_one (id INTEGER);")});
        migrations.append(
            {before + 2, QStringLiteral("bad"),
             QStringLiteral("CREATE TABLE extra_two (id INTEGER);\nINSERT INTO no_such_table VALUES (1);")});
        auto migrated = Migrator(*db, migrations).migrate();
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().message.contains(QString::number(before + 2)), qPrintable(migrated.error().message));
        QCOMPARE(db->schemaVersion(), before);
        QVERIFY(!db->tableExists(QStringLiteral("extra_one")));
        QVERIFY(!db->tableExists(QStringLiteral("extra_two")));
        // And the same steps without the broken one go through.
        migrations.removeLast();
        QVERIFY(Migrator(*db, migrations).migrate());
        QCOMPARE(db->schemaVersion(), before + 1);
        QVERIFY(db->tableExists(QStringLiteral("extra_one")));
    }

    void transactionsRollBackAsAWhole()
    {
        FRESH_DATABASE(db);
        auto count = [&] {
            return db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'test.%'"))->toInt();
        };
        {
            Transaction outer(*db);
            QVERIFY(outer.ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.a', '1')")));
            {
                Transaction inner(*db);
                QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.b', '1')")));
                // abandoned: no commit
            }
            QVERIFY(!outer.commit());
        }
        QCOMPARE(count(), 0);
        {
            Transaction outer(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.a', '1')")));
            Transaction inner(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.b', '1')")));
            QVERIFY(inner.commit());
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 2);
        // A failing statement is reported as an error value, and a duplicate key as a conflict.
        auto duplicate = db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.a', '2')"));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, Error::Kind::Conflict);
    }

    void nullStringsAreStoredAsEmptyText()
    {
        FRESH_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                         {QStringLiteral("test.empty"), QString()}));
        auto value = db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'test.empty'"));
        QVERIFY(value && !value->isNull());
        QCOMPARE(value->toString(), QString());
    }

    void sqliteIsConfiguredForSafety()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            return; // the pragmas are SQLite's own
        FRESH_DATABASE(db);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        QVERIFY(db->scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 1000);
    }

    void secondExclusiveOpenIsRefusedWithAMessage()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            return; // a server handles many officers itself
        const QString url = TestSupport::freshDatabaseUrl(engine);
        Database::Options exclusive;
        exclusive.exclusive = true;
        auto first = Database::open(*DatabaseUrl::parse(url), exclusive);
        QVERIFY2(first, qPrintable(first.error().fullText()));
        auto second = Database::open(*DatabaseUrl::parse(url), exclusive);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(QLatin1String("already open")), qPrintable(second.error().message));
        first->reset();
        auto third = Database::open(*DatabaseUrl::parse(url), exclusive);
        QVERIFY2(third, qPrintable(third.error().fullText()));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("sqlite") << "sqlite:/tmp/x.db" << true << "sqlite:/tmp/x.db";
        QTest::newRow("sqlite triple slash") << "sqlite:///tmp/x.db" << true << "sqlite:/tmp/x.db";
        QTest::newRow("sqlite no path") << "sqlite:" << false << "";
        QTest::newRow("pg") << "postgresql://officer@db.local:5433/credit" << true
                            << "postgresql://officer@db.local:5433/credit";
        QTest::newRow("pg default port") << "postgresql://officer@db.local/credit" << true
                                         << "postgresql://officer@db.local:5432/credit";
        QTest::newRow("pg no db") << "postgresql://officer@db.local:5432/" << false << "";
        QTest::newRow("pg no host") << "postgresql:///credit" << false << "";
        QTest::newRow("mysql") << "mysql://x@y/z" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void urls()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        auto url = DatabaseUrl::parse(text);
        QCOMPARE(url.ok(), valid);
        if (valid)
            QCOMPARE(url->toString(), normalized);
        else
            QVERIFY(!url.error().message.isEmpty());
    }

    void splitsStatementsPerEngine()
    {
        const QString sql
            = QStringLiteral("CREATE TABLE a (id @ID@, b @BLOB@, t TEXT DEFAULT 'x;y');\n"
                             "-- a comment; with a semicolon\n"
                             "-- @sqlite\n"
                             "CREATE TRIGGER tr BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\nEND;\n"
                             "-- @end\n"
                             "-- @postgresql\n"
                             "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                             "  RAISE EXCEPTION 'no';\nEND;\n$$;\n"
                             "CREATE TRIGGER tr BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
                             "-- @end\n"
                             "INSERT INTO a (t) VALUES ('--not a comment');");
        const QStringList lite = Migrator::statements(sql, true);
        QCOMPARE(lite.size(), 3);
        QVERIFY(lite.at(0).contains(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")));
        QVERIFY(lite.at(0).contains(QLatin1String("'x;y'")));
        QVERIFY(lite.at(1).endsWith(QLatin1String("END")));
        QVERIFY(lite.at(2).contains(QLatin1String("'--not a comment'")));
        const QStringList pg = Migrator::statements(sql, false);
        QCOMPARE(pg.size(), 4);
        QVERIFY(pg.at(0).contains(QLatin1String("BYTEA")));
        QVERIFY(pg.at(1).endsWith(QLatin1String("$$")));
        QVERIFY(pg.at(2).startsWith(QLatin1String("CREATE TRIGGER")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
