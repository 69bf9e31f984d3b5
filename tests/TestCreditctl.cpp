#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};
} // namespace

// creditctl as a user runs it: a real process, its exit code, stdout and stderr.
class TestCreditctl : public QObject
{
    Q_OBJECT

    QString m_url;

    Run ctl(const QStringList& args, const QByteArray& input = {}, const QString& url = {})
    {
        QProcess process;
        QStringList all;
        const QString db = url.isEmpty() ? m_url : url;
        if (!db.isEmpty())
            all << QStringLiteral("--db") << db;
        process.start(TestSupport::creditctlPath(), all + args);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    qint64 auditRows()
    {
        return ctl({QStringLiteral("--json"), QStringLiteral("stats")})
            .json()
            .object()
            .value(QStringLiteral("audit_events"))
            .toInteger();
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }

    void init()
    {
        m_url = TestSupport::freshDatabaseUrl(TestSupport::currentEngine());
        QVERIFY2(!m_url.isEmpty(), qPrintable(TestSupport::failureReason()));
        const Run run = ctl({QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void validateUscc()
    {
        Run run = ctl({QStringLiteral("validate"), QStringLiteral("uscc"), QStringLiteral("91360000MA35ABCD4X"),
                       QStringLiteral(" ９１３６００００ma35abcd4x ")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("91360000MA35ABCD4X ok\n91360000MA35ABCD4X ok\n"));
        run = ctl({QStringLiteral("--json"), QStringLiteral("validate"), QStringLiteral("uscc"),
                   QStringLiteral("91360000MA35ABCD4X"), QStringLiteral("91360000MA35ABCD4Y")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray rows = run.json().array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[QStringLiteral("valid")].toBool(), true);
        QCOMPARE(rows.at(0)[QStringLiteral("normalized")].toString(), QStringLiteral("91360000MA35ABCD4X"));
        QCOMPARE(rows.at(1)[QStringLiteral("valid")].toBool(), false);
        QCOMPARE(rows.at(1)[QStringLiteral("input")].toString(), QStringLiteral("91360000MA35ABCD4Y"));
        QVERIFY(rows.at(1)[QStringLiteral("reason")].toString().contains(u'X'));
    }

    void validateId()
    {
        Run run = ctl({QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("11010519491231002x")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("11010519491231002X ok"));
        run = ctl({QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("1.10105E+17")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith(QLatin1String("1.10105E+17 invalid: ")));
        QCOMPARE(ctl({QStringLiteral("validate"), QStringLiteral("id")}).exitCode, 2);
    }

    void calendar()
    {
        Run run = ctl({QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2026-02-13"),
                       QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("2026-02-24"));
        run = ctl({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                   QStringLiteral("2026-12-30"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[QStringLiteral("date")].toString(), QStringLiteral("2027-01-04"));
        QCOMPARE(run.json()[QStringLiteral("provisional")].toBool(), true);
        run = ctl({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("workdays"),
                   QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31")});
        QCOMPARE(run.json()[QStringLiteral("workdays")].toInt(), 248);
        QCOMPARE(run.json()[QStringLiteral("provisional")].toBool(), false);
        run = ctl({QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2026-02-30"),
                   QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("2026-02-30")));
        QCOMPARE(
            ctl({QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2026-02-01")}).exitCode,
            2);
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2026-02-01"),
                      QStringLiteral("x")})
                     .exitCode,
                 1);
    }

    void calendarEdits()
    {
        const auto next = [this] {
            return ctl({QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2026-03-06"),
                        QStringLiteral("1")})
                .out.trimmed();
        };
        QCOMPARE(next(), QStringLiteral("2026-03-09"));
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("set"), QStringLiteral("2026-03-09"),
                      QStringLiteral("off"), QStringLiteral("临时休假")})
                     .exitCode,
                 0);
        QCOMPARE(next(), QStringLiteral("2026-03-10"));
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("unset"), QStringLiteral("2026-03-09")}).exitCode, 0);
        QCOMPARE(next(), QStringLiteral("2026-03-09"));
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("set"), QStringLiteral("2026-03-09"),
                      QStringLiteral("holiday")})
                     .exitCode,
                 1);
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"years":[{"year":2027,"days":[{"date":"2027-02-30","kind":"off"}]}]})");
        broken.close();
        const Run run = ctl({QStringLiteral("calendar"), QStringLiteral("import"), broken.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("2027-02-30")));
        QVERIFY(ctl({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                     QStringLiteral("2027-03-01"), QStringLiteral("1")})
                    .json()[QStringLiteral("provisional")]
                    .toBool());
    }

    void departments()
    {
        Run run = ctl({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("gaj"), QStringLiteral("--name"), QStringLiteral("庐山市公安局")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = ctl({QStringLiteral("--json"), QStringLiteral("department"), QStringLiteral("list")});
        bool found = false;
        for (const auto& row : run.json().array())
            found = found || row[QStringLiteral("code")].toString() == QLatin1String("GAJ");
        QVERIFY(found);
        run = ctl({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("GAJ"),
                   QStringLiteral("--name"), QStringLiteral("另一个")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("GAJ")));
    }

    void users()
    {
        const qint64 before = auditRows();
        Run run
            = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("zhang"),
                   QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--department"),
                   QStringLiteral("XYB"), QStringLiteral("--role"), QStringLiteral("reviewer")},
                  "Credit2026!\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(auditRows(), before + 1);
        run = ctl({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        bool found = false;
        for (const auto& row : run.json().array()) {
            if (row[QStringLiteral("login")].toString() == QLatin1String("zhang")) {
                found = true;
                QCOMPARE(row[QStringLiteral("roles")].toArray().first().toString(), QStringLiteral("reviewer"));
                QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("active"));
            }
        }
        QVERIFY(found);
        // Each bad input is refused with a message and writes nothing.
        const QList<QPair<QStringList, QByteArray>> bad = {
            {{QStringLiteral("--login"), QStringLiteral("zhang"), QStringLiteral("--name"), QStringLiteral("x"),
              QStringLiteral("--department"), QStringLiteral("XYB"), QStringLiteral("--role"),
              QStringLiteral("officer")},
             "Credit2026!\n"},
            {{QStringLiteral("--login"), QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("x"),
              QStringLiteral("--department"), QStringLiteral("NOPE"), QStringLiteral("--role"),
              QStringLiteral("officer")},
             "Credit2026!\n"},
            {{QStringLiteral("--login"), QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("x"),
              QStringLiteral("--department"), QStringLiteral("XYB"), QStringLiteral("--role"), QStringLiteral("boss")},
             "Credit2026!\n"},
            {{QStringLiteral("--login"), QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("x"),
              QStringLiteral("--department"), QStringLiteral("XYB"), QStringLiteral("--role"),
              QStringLiteral("sysadmin,auditadmin")},
             "Credit2026!\n"},
            {{QStringLiteral("--login"), QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("x"),
              QStringLiteral("--department"), QStringLiteral("XYB"), QStringLiteral("--role"),
              QStringLiteral("officer")},
             "weak\n"},
            {{QStringLiteral("--login"), QStringLiteral("l i"), QStringLiteral("--name"), QStringLiteral("x"),
              QStringLiteral("--department"), QStringLiteral("XYB"), QStringLiteral("--role"),
              QStringLiteral("officer")},
             "Credit2026!\n"},
        };
        const qint64 rows = auditRows();
        for (const auto& [args, input] : bad) {
            run = ctl(QStringList{QStringLiteral("user"), QStringLiteral("add")} + args, input);
            QVERIFY2(run.exitCode == 1, qPrintable(args.join(u' ') + QStringLiteral(" -> ") + run.err));
            QVERIFY(!run.err.trimmed().isEmpty());
        }
        QCOMPARE(auditRows(), rows);
        QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login")}).exitCode, 2);

        run = ctl({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("zhang")}, "Another2026#\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody")}, "Another2026#\n")
                     .exitCode,
                 1);
    }

    void auditVerifyNamesTamperedRow()
    {
        Run run = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        // `check` (what the README asks for after a pg_restore) agrees, on both engines.
        run = ctl({QStringLiteral("--json"), QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.json()[QStringLiteral("sound")].toBool());
        auto url = DatabaseUrl::parse(m_url);
        auto db = Database::open(*url);
        QVERIFY(db);
        if ((*db)->isSqlite())
            QVERIFY((*db)->exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        else
            QVERIFY((*db)->exec(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
        QVERIFY((*db)->exec(QStringLiteral("UPDATE audit_log SET user_login = 'someone' WHERE seq = 3")));
        run = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json()[QStringLiteral("intact")].toBool(), false);
        QCOMPARE(run.json()[QStringLiteral("first_bad_id")].toInteger(), 3);
        run = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String(" 3")));
        run = ctl({QStringLiteral("--json"), QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json()[QStringLiteral("audit_first_bad_row")].toInteger(), 3);
    }

    void statsAndErrors()
    {
        Run run = ctl({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = run.json().object();
        for (const char* key : {"subjects", "records", "cases", "documents", "users", "audit_events"})
            QVERIFY2(stats.contains(QLatin1String(key)), key);
        QVERIFY(stats.value(QStringLiteral("users")).toInt() >= 6);
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("--nope"), QStringLiteral("stats")}).exitCode, 2);
        QTemporaryDir dir;
        run = ctl({QStringLiteral("stats")}, {},
                  QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("missing.db")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("init")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
        run = ctl({QStringLiteral("stats")}, {}, QStringLiteral("postgresql://x@127.0.0.1:1/none"));
        QCOMPARE(run.exitCode, 3);
    }

    // Every step the window offers, driven from creditctl for a signed-in officer: the same roles, inputs,
    // guards, timeline and audit.
    void caseStepsActForTheSignedInOfficer()
    {
        const QByteArray password = "Step-2026-pass\n";
        for (const char* login : {"officer1", "reviewer1", "approver1"})
            QCOMPARE(
                ctl({QStringLiteral("user"), QStringLiteral("passwd"), QString::fromLatin1(login)}, password).exitCode,
                0);
        auto firstIn = [this](const QString& state) {
            const Run list = ctl({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"),
                                  QStringLiteral("--state"), state});
            return list.json().array().first().toObject().value(QStringLiteral("number")).toString();
        };
        const QString notified = firstIn(QStringLiteral("notified"));
        QVERIFY(!notified.isEmpty());

        Run run = ctl({QStringLiteral("case"), QStringLiteral("steps"), notified});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("--user")), qPrintable(run.err));

        run = ctl({QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("officer1"),
                   QStringLiteral("case"), QStringLiteral("steps"), notified},
                  password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject object;
        for (const auto& step : run.json().object().value(QStringLiteral("steps")).toArray())
            if (step.toObject().value(QStringLiteral("id")).toString() == QLatin1String("object"))
                object = step.toObject();
        QVERIFY(object.value(QStringLiteral("possible_now")).toBool());
        const QJsonObject note = object.value(QStringLiteral("inputs")).toArray().first().toObject();
        QCOMPARE(note.value(QStringLiteral("name")).toString(), QStringLiteral("note"));
        QVERIFY(note.value(QStringLiteral("required")).toBool());

        const QStringList object1
            = {QStringLiteral("case"), QStringLiteral("step"), notified, QStringLiteral("object")};
        const QStringList asOfficer = {QStringLiteral("--user"), QStringLiteral("officer1")};
        // Refused, and nothing changes: the note the step declares is missing; the wrong role; the wrong password.
        run = ctl(asOfficer + object1, password);
        QCOMPARE(run.exitCode, 1);
        run = ctl(QStringList{QStringLiteral("--user"), QStringLiteral("reviewer1")} + object1
                      + QStringList{QStringLiteral("--input"), QStringLiteral("note=x")},
                  password);
        QCOMPARE(run.exitCode, 1);
        run = ctl(asOfficer + object1 + QStringList{QStringLiteral("--input"), QStringLiteral("note=x")}, "wrong\n");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstIn(QStringLiteral("notified")), notified);

        run = ctl(QStringList{QStringLiteral("--json")} + asOfficer + object1
                      + QStringList{QStringLiteral("--input"), QStringLiteral("note=当事人称工资已于本月付清")},
                  password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject moved = run.json().object();
        QCOMPARE(moved.value(QStringLiteral("state")).toString(), QStringLiteral("objection"));
        QCOMPARE(
            moved.value(QStringLiteral("deadlines_started")).toArray().first().toObject().value(QStringLiteral("kind")),
            QStringLiteral("objection_decision"));
        const Run shown = ctl({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), notified});
        const QJsonObject last = shown.json().object().value(QStringLiteral("timeline")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("user")).toString(), QStringLiteral("officer1"));
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("object"));
        QCOMPARE(last.value(QStringLiteral("note")).toString(), QStringLiteral("当事人称工资已于本月付清"));

        // A guard's refusal names the guard; a value outside the declared choices names the choices.
        const QString listed = firstIn(QStringLiteral("listed"));
        QVERIFY(!listed.isEmpty());
        const QStringList remove = {QStringLiteral("--user"),
                                    QStringLiteral("approver1"),
                                    QStringLiteral("case"),
                                    QStringLiteral("step"),
                                    listed,
                                    QStringLiteral("remove")};
        run = ctl(remove
                      + QStringList{QStringLiteral("--input"), QStringLiteral("ground=period_end"),
                                    QStringLiteral("--input"), QStringLiteral("note=期满")},
                  password);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("removal_ground")), qPrintable(run.err));
        run = ctl(remove
                      + QStringList{QStringLiteral("--input"), QStringLiteral("ground=someday"),
                                    QStringLiteral("--input"), QStringLiteral("note=x")},
                  password);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("revocation")), qPrintable(run.err));
        QCOMPARE(firstIn(QStringLiteral("listed")), listed);
    }
};

QTEST_GUILESS_MAIN(TestCreditctl)
#include "TestCreditctl.moc"
