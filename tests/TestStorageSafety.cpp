// The local SQLite database under the hazards an office PC has: a file dialog that opens and closes
// the database in the window's own process, a second program on the same file, a writer killed while
// backups run, and backups that are not what they claim to be.
#include "TestSupport.h"
#include "backup/DatabaseBackup.h"
#include "io/FileDigest.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqliteLocks.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {
struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ran runProgram(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Ran foreign(const QString& db, const QStringList& args)
{
    return runProgram(QStringLiteral(FOREIGN_SQLITE_PATH), QStringList{db} + args);
}

Ran creditctl(const QString& db, const QStringList& args)
{
    return runProgram(TestSupport::creditctlPath(),
                      QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + db} + args);
}

// What a Qt file dialog does to guess a file's type: open, read the first bytes, close.
void peekAt(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        file.read(64);
}

QStringList integrityProblems(Database& db)
{
    auto query = db.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!query)
        return {query.error().fullText()};
    QStringList problems;
    while (query->next())
        if (query->value(0).toString() != QLatin1String("ok"))
            problems << query->value(0).toString();
    return problems;
}
} // namespace

class TestStorageSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString migratedFile(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        auto db = Database::open(url);
        if (!db)
            return {};
        // An audit trail with a few rows, as every real database has.
        Transaction transaction(**db);
        for (int i = 0; i < 3; ++i)
            if (!AuditLog::append(**db, Actor::system(QStringLiteral("test")), QStringLiteral("test.setup"),
                                  QStringLiteral("test"), QString::number(i), true, QStringLiteral("row %1").arg(i)))
                return {};
        return transaction.commit() ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void locksSurviveAnotherDescriptorBeingClosed()
    {
        QVERIFY2(SqliteLocks::install(), "the OFD locking could not be installed on this system");
        const QString path = migratedFile(QStringLiteral("locks.db"));
        QVERIFY(!path.isEmpty());
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        auto db = Database::open(url, Database::Options{.exclusive = true});
        QVERIFY2(db, qPrintable(db.error().fullText()));
        QVERIFY((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
        QCOMPARE(foreign(path, {QStringLiteral("shared-lock")}).out.trimmed(), QStringLiteral("held"));
        for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            peekAt(path + suffix);
        // With SQLite's own POSIX locks the range is free now; the window's claim must still stand.
        QCOMPARE(foreign(path, {QStringLiteral("shared-lock")}).out.trimmed(), QStringLiteral("held"));
    }

    // The reproduction of the corruption, a hundred rounds: a descriptor opened and closed in the
    // window's process, then a foreign client reads, writes and closes, then the window writes.
    void foreignClientBesideThePeekedDatabaseLosesNothing()
    {
        const QString path = migratedFile(QStringLiteral("peeked.db"));
        QVERIFY(!path.isEmpty());
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        {
            auto db = Database::open(url, Database::Options{.exclusive = true});
            QVERIFY2(db, qPrintable(db.error().fullText()));
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE probe (who TEXT NOT NULL, n INTEGER NOT NULL)")));
            const int rounds = 100;
            for (int round = 0; round < rounds; ++round) {
                for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    peekAt(path + suffix);
                const Ran other = foreign(path,
                                          {QStringLiteral("exec"),
                                           QStringLiteral("SELECT COUNT(*) FROM probe; INSERT INTO probe "
                                                          "VALUES ('foreign', %1);")
                                               .arg(round)});
                QVERIFY2(other.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(other.err)));
                QCOMPARE(other.out.trimmed().toInt(), 2 * round);
                Transaction transaction(**db);
                QVERIFY2(transaction.ok(), qPrintable(transaction.status().error().fullText()));
                auto written = (*db)->exec(QStringLiteral("INSERT INTO probe VALUES ('window', ?)"), {round});
                QVERIFY2(written,
                         qPrintable(QStringLiteral("round %1: %2").arg(round).arg(written.error().fullText())));
                QVERIFY(transaction.commit());
                auto seen = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM probe"));
                QVERIFY2(seen, qPrintable(seen.error().fullText()));
                QCOMPARE(seen->toInt(), 2 * round + 2);
            }
            QVERIFY((*db)->health().ok);
        }
        auto reopened = Database::open(url);
        QVERIFY2(reopened, qPrintable(reopened.error().fullText()));
        QCOMPARE(integrityProblems(**reopened), QStringList());
        for (const char* who : {"window", "foreign"}) {
            auto rows = (*reopened)->scalar(QStringLiteral("SELECT COUNT(DISTINCT n) FROM probe WHERE who = ?"),
                                            {QString::fromLatin1(who)});
            QVERIFY(rows);
            QCOMPARE(rows->toInt(), 100);
        }
    }

    void creditctlHonoursTheWindowsClaim()
    {
        const QString path = migratedFile(QStringLiteral("claimed.db"));
        QVERIFY(!path.isEmpty());
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        auto db = Database::open(url, Database::Options{.exclusive = true});
        QVERIFY2(db, qPrintable(db.error().fullText()));
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE probe (n INTEGER)")));
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO probe VALUES (1)")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

        // A command that changes data is refused, naming the process that holds the file.
        const Ran add = creditctl(path,
                                  {QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("--code"),
                                   QStringLiteral("X1"), QStringLiteral("--name"), QStringLiteral("某局")});
        QCOMPARE(add.exitCode, 3);
        QVERIFY2(add.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(add.err));
        auto departments = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM departments WHERE code = 'X1'"));
        QCOMPARE(departments->toInt(), 0);

        // Reading works meanwhile and leaves the window's WAL where it is.
        const Ran stats = creditctl(path, {QStringLiteral("--json"), QStringLiteral("stats")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO probe VALUES (2)")));
        QVERIFY((*db)->probe());
        const Ran check = creditctl(path, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

        // A backup is taken while the window runs and recorded in its audit trail.
        const QString copy = m_dir.filePath(QStringLiteral("claimed-copy.db"));
        const Ran backup = creditctl(path, {QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(DatabaseBackup::verify(copy));
        auto recorded = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'database.backup'"));
        QCOMPARE(recorded->toInt(), 1);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO probe VALUES (3)")));

        // And a restore is refused while the file is open.
        const Ran restore = creditctl(path, {QStringLiteral("restore"), copy});
        QCOMPARE(restore.exitCode, 3);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        auto probes = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM probe"));
        QCOMPARE(probes->toInt(), 3);
        QCOMPARE(integrityProblems(**db), QStringList());
    }

    void healthTurnsWhenTheFileIsPulledAway()
    {
        const QString path = migratedFile(QStringLiteral("pulled.db"));
        QVERIFY(!path.isEmpty());
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        auto db = Database::open(url, Database::Options{.exclusive = true});
        QVERIFY(db);
        int changes = 0;
        (*db)->setHealthListener([&] { ++changes; });
        QVERIFY((*db)->probe());
        QVERIFY((*db)->health().ok);
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        QVERIFY(!(*db)->probe());
        QVERIFY(!(*db)->health().ok);
        QVERIFY2((*db)->health().message.contains(path), qPrintable((*db)->health().message));
        QCOMPARE(changes, 1);
        QVERIFY(!(*db)->reconnect()); // there is nothing to reconnect to: it says so
        QVERIFY(QFile::rename(path + QStringLiteral(".moved"), path));
        QVERIFY2((*db)->reconnect(), qPrintable((*db)->health().message));
        QVERIFY((*db)->health().ok);
        QCOMPARE(changes, 2);
        QVERIFY((*db)->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    }

    void backupIsConsistentVerifiedAndRestorable()
    {
        const QString path = migratedFile(QStringLiteral("office.db"));
        QVERIFY(!path.isEmpty());
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        const Actor actor = Actor::system(QStringLiteral("test"));
        const QString folder = m_dir.filePath(QStringLiteral("backups"));
        {
            auto db = Database::open(url, Database::Options{.exclusive = true});
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE probe (n INTEGER)")));
            for (int i = 0; i < 4; ++i) {
                QVERIFY((*db)->exec(QStringLiteral("INSERT INTO probe VALUES (?)"), {i}));
                auto made = DatabaseBackup::backupInto(url, folder, 3);
                QVERIFY2(made, qPrintable(made.error().fullText()));
                QVERIFY(DatabaseBackup::record(**db, *made, actor));
                QCOMPARE(made->schemaVersion, Database::shippedSchemaVersion());
                QVERIFY(!QFileInfo::exists(made->path + QStringLiteral("-wal"))); // one self-contained file
            }
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO probe VALUES (99)")));
        }
        const QStringList kept = DatabaseBackup::backupsIn(folder, url);
        QCOMPARE(kept.size(), 3);
        // The newest backup holds four probes; restoring it brings the database back to that state.
        auto restored = DatabaseBackup::restore(kept.first(), url, actor);
        QVERIFY2(restored, qPrintable(restored.error().fullText()));
        QVERIFY(QFileInfo::exists(restored->keptAside));
        auto db = Database::open(url);
        QVERIFY(db);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM probe"))->toInt(), 4);
        auto audit = AuditLog::verify(**db);
        QVERIFY(audit && audit->intact);
        QCOMPARE(
            (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'database.restore'"))->toInt(),
            1);
        // The replaced database is intact where it was kept, with the fifth probe.
        const DatabaseUrl asideUrl = DatabaseUrl::sqliteFile(restored->keptAside);
        auto aside = Database::open(asideUrl);
        QVERIFY2(aside, qPrintable(aside.error().fullText()));
        QCOMPARE((*aside)->scalar(QStringLiteral("SELECT COUNT(*) FROM probe"))->toInt(), 5);
    }

    void restoreRefusesWhatIsNotAGoodBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("text file") << "text"
                                   << "SQLite";
        QTest::newRow("empty file") << "empty"
                                    << "SQLite";
        QTest::newRow("random bytes behind a SQLite header") << "garbage"
                                                             << "";
        QTest::newRow("another program's database") << "foreign"
                                                    << "schema version";
        QTest::newRow("made by a newer CreditDesk") << "newer"
                                                    << "newer";
        QTest::newRow("rewritten audit history") << "tampered"
                                                 << "audit";
        QTest::newRow("damaged pages") << "damaged"
                                       << "";
        QTest::newRow("no such file") << "missing"
                                      << "no file";
    }

    void restoreRefusesWhatIsNotAGoodBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const QString path = migratedFile(QStringLiteral("target-%1.db").arg(kind));
        QVERIFY(!path.isEmpty());
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        const QString bad = m_dir.filePath(QStringLiteral("bad-%1.db").arg(kind));
        if (kind == QLatin1String("text") || kind == QLatin1String("empty") || kind == QLatin1String("garbage")) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                file.write("名称,代码\n某公司,91360000MA35ABCD4X\n");
            if (kind == QLatin1String("garbage")) {
                file.write(QByteArray("SQLite format 3\0", 16));
                QByteArray noise(8192, '\0');
                for (auto& byte : noise)
                    byte = char(QRandomGenerator::global()->bounded(256));
                file.write(noise);
            }
        } else if (kind == QLatin1String("foreign")) {
            const DatabaseUrl other = DatabaseUrl::sqliteFile(bad);
            auto made = Database::open(other, Database::Options{.migrate = false});
            QVERIFY(made);
            QVERIFY((*made)->exec(QStringLiteral("CREATE TABLE accounts (id INTEGER, balance INTEGER)")));
        } else if (kind != QLatin1String("missing")) {
            auto made = DatabaseBackup::copy(url, bad);
            QVERIFY2(made, qPrintable(made.error().fullText()));
            const DatabaseUrl copyUrl = DatabaseUrl::sqliteFile(bad);
            auto db = Database::open(copyUrl, Database::Options{.migrate = false});
            QVERIFY(db);
            if (kind == QLatin1String("newer"))
                QVERIFY((*db)->exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES "
                                                   "(999, 'future', 'x')")));
            if (kind == QLatin1String("tampered")) // whoever holds the file can drop the guard first
                QVERIFY((*db)->exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            if (kind == QLatin1String("tampered"))
                QVERIFY((*db)->exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = "
                                                   "(SELECT MIN(seq) FROM audit_log)")));
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            db->reset();
            if (kind == QLatin1String("damaged")) {
                // Overwrite pages after the first: what a failing disk leaves.
                QFile file(bad);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.size() > 8 * 4096);
                file.seek(4096);
                file.write(QByteArray(int(file.size() / 2), '\x5a'));
            }
        }
        const QString before = fileSha256(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        auto restored = DatabaseBackup::restore(bad, url, Actor::system(QStringLiteral("test")));
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(says, Qt::CaseInsensitive), qPrintable(restored.error().fullText()));
        QVERIFY(!restored.error().message.isEmpty());
        QCOMPARE(fileSha256(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // nothing kept aside, nothing left
        const Ran ctl = creditctl(path, {QStringLiteral("restore"), bad});
        QCOMPARE(ctl.exitCode, 1);
        QCOMPARE(fileSha256(path), before);
        if (kind == QLatin1String("damaged") || kind == QLatin1String("tampered")) {
            const Ran check = creditctl(bad, {QStringLiteral("check")});
            QVERIFY2(check.exitCode == 1, qPrintable(check.out + check.err));
        }
    }

    // A writer killed at random moments while backups are taken beside it: every backup verifies,
    // every one restores to a working database, and every write the writer saw committed is there.
    void killLoopWhileBackingUp()
    {
        const QString path = migratedFile(QStringLiteral("killed.db"));
        QVERIFY(!path.isEmpty());
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
        {
            auto db = Database::open(url);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE kill_probe (n INTEGER PRIMARY KEY)")));
        }
        QSet<qint64> acknowledged;
        QStringList backups;
        auto* random = QRandomGenerator::global();
        const int rounds = 12;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(BUSY_WRITER_PATH), {path});
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(20000), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            for (int i = 0; i < 2; ++i) {
                QTest::qWait(int(random->bounded(30, 150)));
                const QString target = m_dir.filePath(QStringLiteral("kill-%1-%2.db").arg(round).arg(i));
                auto made = DatabaseBackup::copy(url, target);
                QVERIFY2(made, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(made.error().fullText())));
                backups << made->path;
            }
            QTest::qWait(int(random->bounded(0, 80)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const auto& line : lines) {
                bool ok = false;
                const qint64 n = line.trimmed().toLongLong(&ok);
                if (ok)
                    acknowledged.insert(n);
            }
        }
        QVERIFY2(acknowledged.size() > rounds, "the writer committed too little to test anything");
        auto db = Database::open(url);
        QVERIFY2(db, qPrintable(db.error().fullText()));
        QCOMPARE(integrityProblems(**db), QStringList());
        auto audit = AuditLog::verify(**db);
        QVERIFY(audit && audit->intact);
        QSet<qint64> stored;
        auto rows = (*db)->exec(QStringLiteral("SELECT n FROM kill_probe"));
        QVERIFY(rows);
        while (rows->next())
            stored.insert(rows->value(0).toLongLong());
        QVERIFY2((acknowledged - stored).isEmpty(),
                 qPrintable(QStringLiteral("%1 acknowledged writes lost").arg((acknowledged - stored).size())));
        db->reset();

        for (const auto& backup : backups) {
            auto verified = DatabaseBackup::verify(backup);
            QVERIFY2(verified, qPrintable(verified.error().fullText()));
            const DatabaseUrl scratch = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("scratch.db")));
            auto restored = DatabaseBackup::restore(backup, scratch, Actor::system(QStringLiteral("test")));
            QVERIFY2(restored, qPrintable(restored.error().fullText()));
            auto opened = Database::open(scratch);
            QVERIFY2(opened, qPrintable(opened.error().fullText()));
            QVERIFY((*opened)->exec(QStringLiteral("INSERT INTO kill_probe (n) VALUES (-1)")));
            QCOMPARE(integrityProblems(**opened), QStringList());
            opened->reset();
            for (const auto& leftover : QDir(m_dir.path()).entryList({QStringLiteral("scratch.db*")}, QDir::Files))
                QFile::remove(m_dir.filePath(leftover));
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageSafety)
#include "TestStorageSafety.moc"
