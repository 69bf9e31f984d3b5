#include "TestSupport.h"
#include "cases/CaseStore.h"
#include "cases/listing/ListingCase.h"
#include "security/Accounts.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QSqlQuery>
#include <QTest>

// A database made by an earlier CreditDesk opens in this one and keeps every row: the schema is built
// with the earlier migrations only, filled with the earlier schema's SQL (the listing's columns still in
// `cases`), and then opened the way the program opens it.
class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

    // The migrations up to and including `version`: the schema an older CreditDesk made.
    static QList<Migration> upTo(int version)
    {
        QList<Migration> list;
        for (const Migration& migration : Migrator::shipped()) {
            if (migration.version <= version)
                list << migration;
        }
        return list;
    }

    static bool run(Database& db, const QString& sql, const QVariantList& params = {})
    {
        auto done = db.exec(sql, params);
        if (!done)
            qWarning("%s: %s", qPrintable(sql), qPrintable(done.error().fullText()));
        return bool(done);
    }

    static QVariant value(Database& db, const QString& sql, const QVariantList& params = {})
    {
        auto found = db.scalar(sql, params);
        return found ? *found : QVariant();
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }

    void listingColumnsMoveToTheirOwnTableKeepingEveryRow()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString url = TestSupport::freshDatabaseUrl(engine);
        QVERIFY2(!url.isEmpty(), qPrintable(TestSupport::failureReason()));
        Database::Options asIs;
        asIs.migrate = false;
        {
            auto opened = Database::open(*DatabaseUrl::parse(url), asIs);
            QVERIFY2(opened, qPrintable(opened.error().fullText()));
            Database& db = **opened;
            QVERIFY(Migrator(db, upTo(6)).migrate());
            QCOMPARE(db.schemaVersion(), 6);
            // Two subjects, a list domain, a measure version, and three listing cases of the old shape: one
            // listed with lenient handling decided, one draft without a domain yet, one removed.
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO list_domains (id, code, name, deciding_authority, "
                                       "conduct_category, listing_period_months, statement_workdays, "
                                       "objection_decision_workdays, scope, status) VALUES (7, 'work_safety', "
                                       "'安全生产领域', '应急管理局', 1, 36, 5, 5, 'national', 'in_force')")));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO subjects (id, kind, id_type, code, name, name_search) VALUES "
                                       "(11, 'legal_person', 'uscc', '91360000MA35TEST01', '某某化工有限公司', "
                                       "'某某化工有限公司'), (12, 'natural_person', 'resident_id', "
                                       "'360402199001011234', '张三', '张三')")));
            const QString insertCase = QStringLiteral(
                "INSERT INTO cases (id, number, case_type, year, seq, subject_id, list_domain_id, assignee, state, "
                "facts, lenient_minor, lenient_force_majeure, lenient_minor_conduct, lenient_reason, "
                "lenient_decision, decided_on, created_by, created_at, updated_at, version) VALUES (?, ?, "
                "'listing', 2026, ?, ?, ?, 'officer1', ?, ?, 0, ?, 0, ?, ?, ?, 'officer1', "
                "'2026-03-01T01:00:00.000Z', '2026-03-20T01:00:00.000Z', ?)");
            QVERIFY(run(db, insertCase,
                        {21, QStringLiteral("LD-2026-0001"), 1, 11, 7, QStringLiteral("listed"),
                         QStringLiteral("重大事故，造成三人死亡"), 1, QStringLiteral("事故系特大暴雨引发"),
                         QStringLiteral("不可抗力不能免除整改义务，不予从宽"), QStringLiteral("2026-03-20"), 9}));
            QVERIFY(run(db, insertCase,
                        {22, QStringLiteral("LD-2026-0002"), 2, 12, QVariant(), QStringLiteral("draft"),
                         QStringLiteral(""), 0, QStringLiteral(""), QStringLiteral(""), QVariant(), 1}));
            QVERIFY(run(db, insertCase,
                        {23, QStringLiteral("LD-2026-0003"), 3, 11, 7, QStringLiteral("removed"),
                         QStringLiteral("拒不整改"), 0, QStringLiteral(""), QStringLiteral(""),
                         QStringLiteral("2026-01-10"), 12}));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO case_sequences (year, case_type, last_no) VALUES (2026, "
                                       "'listing', 3)")));
            for (int i = 0; i < 5; ++i)
                QVERIFY(run(db,
                            QStringLiteral("INSERT INTO case_events (case_id, at, user_login, user_name, event, "
                                           "from_state, to_state, note) VALUES (21, ?, 'officer1', '李明', ?, "
                                           "'a', 'b', ?)"),
                            {QStringLiteral("2026-03-0%1T02:00:00.000Z").arg(i + 1), QStringLiteral("step%1").arg(i),
                             QStringLiteral("第%1步").arg(i + 1)}));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO case_deadlines (case_id, kind, start_date, amount, counting, "
                                       "due_date, status) VALUES (21, 'listing_period', '2026-03-20', 36, "
                                       "'months', '2029-03-19', 'running')")));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO case_attachments (case_id, name, size, sha256, content, "
                                       "uploaded_by, uploaded_at) VALUES (21, '现场照片.jpg', 3, 'abc', ?, "
                                       "'officer1', '2026-03-02T01:00:00.000Z')"),
                        {QByteArray("jpg")}));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO case_listings (case_id, subject_id, list_domain_id, "
                                       "listed_from, listed_until) VALUES (21, 11, 7, '2026-03-20', "
                                       "'2029-03-19'), (23, 11, 7, '2026-01-10', '2029-01-09')")));
            QVERIFY(run(db,
                        QStringLiteral("UPDATE case_listings SET removed_on = '2026-02-01', removal_ground = "
                                       "'revocation' WHERE case_id = 23")));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO documents (number, kind, year, seq, case_id, subject, title, "
                                       "pages, pdf, sha256, verification_code, issued_by, issued_at) VALUES "
                                       "('庐信认〔2026〕1号', 'decision', 2026, 1, 21, '某某化工有限公司', "
                                       "'认定决定书', 2, ?, 'def', 'ABCD-EFGH', 'approver1', "
                                       "'2026-03-20T03:00:00.000Z')"),
                        {QByteArray("%PDF-1.4")}));
            auto measures = db.scalar(QStringLiteral("SELECT MIN(id) FROM measures"));
            if (measures && !measures->isNull())
                QVERIFY(run(db,
                            QStringLiteral("INSERT INTO case_measures (case_id, position, measure_id) VALUES "
                                           "(21, 1, ?)"),
                            {*measures}));
            // PostgreSQL's identity does not follow explicit ids: move it on, as the program's own import does.
            if (db.isPostgres())
                QVERIFY(run(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'), 23)")));
        }

        // Opening it as CreditDesk does migrates it.
        auto opened = Database::open(*DatabaseUrl::parse(url));
        QVERIFY2(opened, qPrintable(opened.error().fullText()));
        Database& db = **opened;
        QCOMPARE(db.schemaVersion(), Database::shippedSchemaVersion());
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), 3);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM case_listing")).toInt(), 3);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = 21")).toInt(), 5);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM case_deadlines WHERE case_id = 21")).toInt(), 1);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM case_attachments WHERE case_id = 21")).toInt(), 1);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM case_listings")).toInt(), 2);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE case_id = 21")).toInt(), 1);
        // The generic case keeps what it had, the decision date included; the listing's columns are gone.
        auto row = db.exec(QStringLiteral("SELECT number, state, decided_on, version, assignee, subject_id FROM cases "
                                          "WHERE id = 21"));
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), QStringLiteral("LD-2026-0001"));
        QCOMPARE(row->value(1).toString(), QStringLiteral("listed"));
        QCOMPARE(row->value(2).toString(), QStringLiteral("2026-03-20"));
        QCOMPARE(row->value(3).toInt(), 9);
        QCOMPARE(row->value(4).toString(), QStringLiteral("officer1"));
        QCOMPARE(row->value(5).toLongLong(), 11);
        row->finish();
        QVERIFY(!db.exec(QStringLiteral("SELECT facts FROM cases")));
        QVERIFY(!db.exec(QStringLiteral("SELECT list_domain_id FROM cases")));

        ListingCases listings(db);
        auto listed = listings.find(21);
        QVERIFY2(listed, qPrintable(listed.error().fullText()));
        QCOMPARE(listed->listDomainId, 7);
        QCOMPARE(listed->domainName, QStringLiteral("安全生产领域"));
        QCOMPARE(listed->facts, QStringLiteral("重大事故，造成三人死亡"));
        QVERIFY(listed->lenient.forceMajeure && !listed->lenient.minor && !listed->lenient.minorConduct);
        QCOMPARE(listed->lenientReason, QStringLiteral("事故系特大暴雨引发"));
        QCOMPARE(listed->lenientDecision, QStringLiteral("不可抗力不能免除整改义务，不予从宽"));
        auto draft = listings.find(22);
        QVERIFY(draft);
        QCOMPARE(draft->listDomainId, 0);
        auto removed = listings.listingOfCase(23);
        QVERIFY(removed && *removed);
        QCOMPARE((*removed)->removalGround, QStringLiteral("revocation"));

        // The whole case file reads as before, through the store every screen uses.
        Actor host;
        host.login = QStringLiteral("operator");
        host.roles = {Role::Officer};
        auto file = CaseStore(db).load(host, 21);
        QVERIFY2(file, qPrintable(file.error().fullText()));
        QCOMPARE(file->topic, QStringLiteral("安全生产领域"));
        QCOMPARE(file->timeline.size(), 5);
        QCOMPARE(file->timeline.at(2).note, QStringLiteral("第3步"));
        QCOMPARE(file->deadlines.size(), 1);
        QCOMPARE(file->attachments.size(), 1);
        QCOMPARE(file->documents.size(), 1);
        QCOMPARE(file->header.decidedOn, QDate(2026, 3, 20));

        // Every key still points at a row, and a new case takes the next id, not an old one's.
        if (db.isSqlite()) {
            auto broken = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
            QVERIFY(broken);
            QVERIFY(!broken->next());
            QCOMPARE(value(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        }
        auto added = db.exec(QStringLiteral("INSERT INTO cases (number, case_type, year, seq, subject_id, assignee, "
                                            "state, created_by, created_at, updated_at) VALUES ('LD-2026-0004', "
                                            "'listing', 2026, 4, 11, 'officer1', 'draft', 'officer1', 'x', 'x') "
                                            "RETURNING id"));
        QVERIFY(added && added->next());
        QVERIFY(added->value(0).toLongLong() > 23);
        added->finish();
        // Cases are still never deleted.
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM cases WHERE id = 22")));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM case_listing WHERE case_id = 22")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "TestSchemaUpgrade.moc"
