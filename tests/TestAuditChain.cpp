#include "TestSupport.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "storage/Transaction.h"

#include <QTest>
#include <QThread>
#include <atomic>

class TestAuditChain : public QObject
{
    Q_OBJECT

    static void appendRows(Database& db, int count)
    {
        const Actor actor = Actor::system(QStringLiteral("tester"));
        for (int i = 0; i < count; ++i) {
            Transaction transaction(db);
            QVERIFY(transaction.ok());
            QVERIFY(AuditLog::append(db, actor, QStringLiteral("test.event"), QStringLiteral("thing"),
                                     QString::number(i), i % 3 != 0, QStringLiteral("detail 细节 %1").arg(i)));
            QVERIFY(transaction.commit());
        }
    }

    // Tampering as an intruder with database access would: the append-only triggers go first.
    static void dropGuards(Database& db)
    {
        if (db.isSqlite()) {
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        } else {
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
        }
    }

    static qint64 firstRow(Database& db)
    {
        return db.scalar(QStringLiteral("SELECT MIN(seq) FROM audit_log"))->toLongLong();
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }

    void intactChainVerifies()
    {
        FRESH_DATABASE(db);
        appendRows(*db, 10);
        auto result = AuditLog::verify(*db);
        QVERIFY(result);
        QVERIFY2(result->intact, qPrintable(result->problem));
        QVERIFY(result->rowsChecked >= 10);
        const auto rows = AuditLog::recent(*db, 3);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QVERIFY(rows->at(0).seq > rows->at(1).seq);
        QCOMPARE(rows->at(0).prevHash, rows->at(1).hash);
        QVERIFY(!rows->at(0).at.isEmpty());
    }

    void appendOutsideATransactionIsRefused()
    {
        FRESH_DATABASE(db);
        QVERIFY(!AuditLog::append(*db, Actor::system(QStringLiteral("x")), QStringLiteral("e"), QStringLiteral("o"),
                                  QStringLiteral("1"), true, {}));
    }

    void rowsCannotBeChangedThroughSql()
    {
        FRESH_DATABASE(db);
        appendRows(*db, 2);
        QVERIFY(!db->exec(QStringLiteral("UPDATE audit_log SET detail = 'x'")));
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(AuditLog::verify(*db)->intact);
    }

    void changedRowIsNamed()
    {
        FRESH_DATABASE(db);
        appendRows(*db, 8);
        dropGuards(*db);
        const qint64 target = firstRow(*db) + 4;
        QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET detail = 'harmless' WHERE seq = ?"), {target}));
        auto result = AuditLog::verify(*db);
        QVERIFY(result);
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, target);
    }

    void changedUserOrOutcomeIsNamed()
    {
        FRESH_DATABASE(db);
        appendRows(*db, 6);
        dropGuards(*db);
        const qint64 target = firstRow(*db) + 2;
        QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET success = 1 - success WHERE seq = ?"), {target}));
        auto result = AuditLog::verify(*db);
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, target);
    }

    void deletedRowIsCaught()
    {
        FRESH_DATABASE(db);
        appendRows(*db, 8);
        dropGuards(*db);
        const qint64 target = firstRow(*db) + 3;
        QVERIFY(db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {target}));
        auto result = AuditLog::verify(*db);
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, target + 1);
        QVERIFY(result->problem.contains(QString::number(target)));
    }

    void rehashedRowIsCaughtAtTheNextOne()
    {
        FRESH_DATABASE(db);
        appendRows(*db, 5);
        dropGuards(*db);
        const qint64 target = firstRow(*db) + 1;
        QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = ?"), {QString(64, u'a'), target}));
        auto result = AuditLog::verify(*db);
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, target);
    }

    void removedTailIsCaught()
    {
        FRESH_DATABASE(db);
        appendRows(*db, 5);
        dropGuards(*db);
        const qint64 last = db->scalar(QStringLiteral("SELECT MAX(seq) FROM audit_log"))->toLongLong();
        QVERIFY(db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {last}));
        auto result = AuditLog::verify(*db);
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, last);
    }

    void concurrentWritersKeepOneChain()
    {
        const QString url = TestSupport::freshDatabaseUrl(TestSupport::currentEngine());
        QVERIFY2(!url.isEmpty(), qPrintable(TestSupport::failureReason()));
        {
            QVERIFY(Database::open(*DatabaseUrl::parse(url)));
        } // migrate once, before the race
        std::atomic<int> failures = 0;
        auto writer = [&url, &failures](int id) {
            auto db = Database::open(*DatabaseUrl::parse(url));
            if (!db) {
                ++failures;
                return;
            }
            for (int i = 0; i < 25; ++i) {
                Transaction transaction(**db);
                if (!transaction.ok()
                    || !AuditLog::append(**db, Actor::system(QStringLiteral("writer%1").arg(id)),
                                         QStringLiteral("race"), QStringLiteral("thing"), QString::number(i), true, {})
                    || !transaction.commit())
                    ++failures;
            }
        };
        QScopedPointer<QThread> a(QThread::create(writer, 1));
        QScopedPointer<QThread> b(QThread::create(writer, 2));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QCOMPARE(failures.load(), 0);
        auto db = Database::open(*DatabaseUrl::parse(url));
        QVERIFY(db);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'race'"))->toInt(), 50);
        auto result = AuditLog::verify(**db);
        QVERIFY2(result->intact, qPrintable(result->problem));
    }

    void abandonedActionLeavesNoRow()
    {
        FRESH_DATABASE(db);
        const qint64 before = db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
        {
            Transaction transaction(*db);
            QVERIFY(AuditLog::append(*db, Actor::system(QStringLiteral("x")), QStringLiteral("e"), QStringLiteral("o"),
                                     QStringLiteral("1"), true, {}));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong(), before);
        appendRows(*db, 1);
        QVERIFY(AuditLog::verify(*db)->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
