#include "Clock.h"
#include "TestSupport.h"
#include "io/TableSource.h"
#include "registry/RecordImporter.h"
#include "registry/RecordStore.h"
#include "registry/RegistryExport.h"
#include "registry/SampleData.h"
#include "registry/SubjectNames.h"
#include "registry/SubjectStore.h"
#include "security/Accounts.h"
#include "security/AuditLog.h"
#include "setup/Setup.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

namespace {
const QString kPassword = QStringLiteral("Credit2026!");

// Valid codes, computed by the shipped sample generator (its check characters are verified by
// TestUscc / TestResidentId against independent implementations).
QString uscc(qint64 n)
{
    SampleData sample;
    for (qint64 i = n;; ++i) {
        const Subject s = sample.subject(i);
        if (s.idType == QLatin1String("uscc") && s.kind == QLatin1String("legal_person"))
            return s.code;
    }
}

QString residentId(qint64 n)
{
    SampleData sample;
    for (qint64 i = n;; ++i) {
        const Subject s = sample.subject(i);
        if (s.idType == QLatin1String("resident_id"))
            return s.code;
    }
}

// One row of a department file, by header; missing fields are empty.
using Row = QHash<QString, QString>;

Row organisation(int n, const QString& date = QStringLiteral("2026-05-10"),
                 const QString& tier = QStringLiteral("一般"))
{
    return {{QStringLiteral("行政相对人名称"), QStringLiteral("庐山市测试%1有限公司").arg(n)},
            {QStringLiteral("行政相对人类别"), QStringLiteral("法人及非法人组织")},
            {QStringLiteral("统一社会信用代码"), uscc(1000 + n * 12)},
            {QStringLiteral("法定代表人"), QStringLiteral("张三")},
            {QStringLiteral("行政处罚决定书文号"), QStringLiteral("庐市监罚〔2026〕%1号").arg(n)},
            {QStringLiteral("违法事实"), QStringLiteral("销售不符合食品安全标准的食品")},
            {QStringLiteral("处罚依据"), QStringLiteral("《中华人民共和国食品安全法》第一百二十四条")},
            {QStringLiteral("处罚内容"), QStringLiteral("罚款人民币1.5万元")},
            {QStringLiteral("罚款金额（万元）"), QStringLiteral("1.5")},
            {QStringLiteral("处罚决定日期"), date},
            {QStringLiteral("处罚机关"), QStringLiteral("庐山市市场监督管理局")},
            {QStringLiteral("失信程度"), tier}};
}

Row person(int n)
{
    Row row = organisation(n);
    row[QStringLiteral("行政相对人名称")] = QStringLiteral("李明%1").arg(n);
    row[QStringLiteral("行政相对人类别")] = QStringLiteral("自然人");
    row[QStringLiteral("统一社会信用代码")] = QString();
    row[QStringLiteral("法定代表人")] = QString();
    row[QStringLiteral("证件号码")] = residentId(n * 12);
    return row;
}

const QStringList kHeaders
    = {QStringLiteral("行政相对人名称"),     QStringLiteral("行政相对人类别"),   QStringLiteral("统一社会信用代码"),
       QStringLiteral("法定代表人"),         QStringLiteral("证件类型"),         QStringLiteral("证件号码"),
       QStringLiteral("行政处罚决定书文号"), QStringLiteral("违法事实"),         QStringLiteral("处罚依据"),
       QStringLiteral("处罚内容"),           QStringLiteral("罚款金额（万元）"), QStringLiteral("处罚决定日期"),
       QStringLiteral("处罚机关"),           QStringLiteral("失信程度")};

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString csvText(const QList<Row>& rows, const QStringList& headers = kHeaders,
                const QString& eol = QStringLiteral("\r\n"))
{
    QString text = headers.join(u',') + eol;
    for (const auto& row : rows) {
        QStringList cells;
        for (const auto& header : headers)
            cells << csvField(row.value(header));
        text += cells.join(u',') + eol;
    }
    return text;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}
} // namespace

class TestRecordImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Actor m_officer;
    Actor m_approver;
    QTemporaryDir m_dir;

    ImportReport import(const QString& path, bool dryRun = false)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        auto report = RecordImporter(*m_db).importFile(m_officer, path, options);
        if (!report)
            qWarning() << report.error().fullText();
        return report ? *report : ImportReport{};
    }
    ImportReport importCsv(const QList<Row>& rows, bool dryRun = false)
    {
        return import(writeFile(m_dir, QStringLiteral("file.csv"), csvText(rows).toUtf8()), dryRun);
    }
    qint64 count(const QString& table)
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table)->toLongLong();
    }
    // "line:column" of every problem, to compare with what the test expects.
    static QStringList where(const ImportReport& report)
    {
        QStringList places;
        for (const auto& problem : report.rejected)
            places << QStringLiteral("%1:%2").arg(problem.line).arg(problem.column);
        return places;
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }

    void init()
    {
        Clock::setTestTime(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
        m_db = TestSupport::freshDatabase(TestSupport::currentEngine());
        QVERIFY2(m_db, qPrintable(TestSupport::failureReason()));
        QVERIFY(Setup::createFirstAdministrator(
            *m_db, {QStringLiteral("admin"), QStringLiteral("管理员"), kPassword, QStringLiteral("XYB"), {}}));
        QVERIFY(Setup::installDemo(*m_db, kPassword));
        m_officer = *Accounts(*m_db).signIn(QStringLiteral("officer1"), kPassword);
        m_approver = *Accounts(*m_db).signIn(QStringLiteral("approver1"), kPassword);
    }

    void cleanup() { Clock::useSystemTime(); }

    void validFileImportsWithWindowsFromTheProfileInForce()
    {
        // 2026-03-20 falls under Order 58 (general 3–12 months), 2026-05-10 under Order 36; a minor record
        // under Order 58 is not published at all.
        const ImportReport report
            = importCsv({organisation(1, QStringLiteral("2026-03-20")),
                         organisation(2, QStringLiteral("2026-05-10"), QStringLiteral("严重")),
                         organisation(3, QStringLiteral("2026-03-20"), QStringLiteral("轻微")), person(4)});
        QVERIFY2(report.rejected.isEmpty(), qPrintable(where(report).join(u' ')));
        QCOMPARE(report.accepted, 4);
        QCOMPARE(report.duplicates, 0);
        QCOMPARE(report.newSubjects, 4);
        QVERIFY(report.imported());
        QCOMPARE(report.sha256.size(), 64);
        QCOMPARE(count(QStringLiteral("credit_records")), 4);

        auto rows = RecordStore(*m_db).list({}, 10, RecordList::orderBy(RecordId, true));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).record.repairableFrom, QDate(2026, 6, 20));
        QCOMPARE(rows->at(0).record.publishUntil, QDate(2027, 3, 20));
        QCOMPARE(rows->at(0).record.status, QStringLiteral("publishing"));
        QCOMPARE(rows->at(1).record.repairableFrom, QDate(2027, 5, 10));
        QCOMPARE(rows->at(1).record.publishUntil, QDate(2029, 5, 10));
        QCOMPARE(rows->at(2).record.publishUntil, QDate(2026, 3, 20));
        QCOMPARE(rows->at(2).record.status, QStringLiteral("expired"));
        QVERIFY(!report.warnings.filter(QStringLiteral("庐市监罚〔2026〕3号")).isEmpty());
        // The natural person's number is masked in the list's JSON and stored whole.
        const QString json = QString::fromUtf8(QJsonDocument(rows->at(3).toJson()).toJson());
        QVERIFY(json.contains(QRegularExpression(QStringLiteral("\\d{6}\\*{8}\\d{3}[\\dX]"))));
        QVERIFY(!json.contains(residentId(48)));
        auto detail = RecordStore(*m_db).find(rows->at(3).record.id);
        QVERIFY(detail);
        QCOMPARE(detail->subject.code, residentId(48));
        QCOMPARE(*detail->record.amountFen, qint64(1500000));

        // Recorded and audited.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT outcome FROM record_imports"))->toString(),
                 QStringLiteral("imported"));
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'records.imported'"))->toInt(),
            1);
        QVERIFY(AuditLog::verify(*m_db)->intact);
    }

    void reimportAndDryRunWriteNothingNew()
    {
        const QList<Row> rows = {organisation(1), organisation(2), person(3)};
        const ImportReport dry = importCsv(rows, true);
        QCOMPARE(dry.accepted, 3);
        QVERIFY(!dry.imported());
        QCOMPARE(count(QStringLiteral("credit_records")), 0);
        QCOMPARE(count(QStringLiteral("subjects")), 0);
        QCOMPARE(count(QStringLiteral("record_imports")), 0);

        QCOMPARE(importCsv(rows).accepted, 3);
        const ImportReport again = importCsv(rows + QList<Row>{organisation(4)});
        QCOMPARE(again.accepted, 1);
        QCOMPARE(again.duplicates, 3);
        QCOMPARE(count(QStringLiteral("credit_records")), 4);
        QCOMPARE(count(QStringLiteral("subjects")), 4);
        // The same fact twice in one file is one record.
        const ImportReport twice = importCsv({organisation(5), organisation(5)});
        QCOMPARE(twice.accepted, 1);
        QCOMPARE(twice.duplicates, 1);
    }

    void headersInAnyOrderWithAliasesBlanksAndATitleRow()
    {
        QStringList headers = kHeaders;
        std::reverse(headers.begin(), headers.end());
        QString text = QStringLiteral("2026年第10周行政处罚信息,,,\r\n") + csvText({organisation(1)}, headers);
        // The standard's long alias, blanks and a required-marker around names, full-width brackets, an extra column.
        text.replace(QStringLiteral("统一社会信用代码"), QStringLiteral(" 行政相对人代码_1（统一社会信用代码） "));
        text.replace(QStringLiteral("行政相对人名称"), QStringLiteral("*行政相对人名称\u3000"));
        text.replace(QStringLiteral("罚款金额（万元）"), QStringLiteral("罚款金额(万元)"));
        text.replace(QStringLiteral("失信程度,"), QStringLiteral("失信程度,经办人,"));
        text.replace(QStringLiteral("一般,"), QStringLiteral("一般,王五,"));
        const ImportReport report = import(writeFile(m_dir, QStringLiteral("aliases.csv"), text.toUtf8()));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(where(report).join(u' ')));
        QCOMPARE(report.accepted, 1);
        QCOMPARE(report.headerLine, 2);
        QCOMPARE(report.warnings.filter(QStringLiteral("经办人")).size(), 1);
        QCOMPARE(RecordStore(*m_db).list({}, 1)->first().subject.code, uscc(1012));
    }

    void missingRequiredColumnRefusesTheFile()
    {
        QStringList headers = kHeaders;
        headers.removeAll(QStringLiteral("处罚依据"));
        const ImportReport report
            = import(writeFile(m_dir, QStringLiteral("missing.csv"), csvText({organisation(1)}, headers).toUtf8()));
        QCOMPARE(where(report), QStringList{QStringLiteral("1:处罚依据")});
        QCOMPARE(count(QStringLiteral("credit_records")), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT outcome FROM record_imports"))->toString(),
                 QStringLiteral("refused"));
    }

    void everyInvalidRowIsReportedAndNothingImported()
    {
        QList<Row> rows;
        rows << organisation(1); // line 2: valid
        Row badCheck = organisation(2);
        QString code = badCheck[QStringLiteral("统一社会信用代码")];
        code[17] = code[17] == u'1' ? u'2' : u'1';
        badCheck[QStringLiteral("统一社会信用代码")] = code; // line 3
        Row scientific = person(3);
        scientific[QStringLiteral("证件号码")] = QStringLiteral("3.60429E+17"); // line 4
        Row zeroed = person(4);
        zeroed[QStringLiteral("证件号码")] = QStringLiteral("360429199001011000"); // line 5: digits lost after the 15th
        Row lostX = person(5);
        lostX[QStringLiteral("证件号码")] = QStringLiteral("36042919900101123"); // line 6: 17 digits, the X lost
        Row tier = organisation(6, QStringLiteral("2026-05-10"), QStringLiteral("较重")); // line 7
        Row date = organisation(7, QStringLiteral("2026-13-01")); // line 8
        Row future = organisation(8, QStringLiteral("2027-01-05")); // line 9
        Row empty = organisation(9);
        empty[QStringLiteral("违法事实")] = QStringLiteral("  "); // line 10
        Row kind = organisation(10);
        kind[QStringLiteral("行政相对人类别")] = QStringLiteral("事业单位"); // line 11
        Row noCode = organisation(11);
        noCode[QStringLiteral("统一社会信用代码")] = QString(); // line 12
        Row amount = organisation(12);
        amount[QStringLiteral("罚款金额（万元）")] = QStringLiteral("1,5"); // line 13
        Row old = organisation(13, QStringLiteral("2020-01-01")); // line 14: no rule profile
        rows << badCheck << scientific << zeroed << lostX << tier << date << future << empty << kind << noCode << amount
             << old;
        const ImportReport report = importCsv(rows);
        QCOMPARE(where(report),
                 (QStringList{QStringLiteral("3:统一社会信用代码"), QStringLiteral("4:证件号码"),
                              QStringLiteral("5:证件号码"), QStringLiteral("6:证件号码"), QStringLiteral("7:失信程度"),
                              QStringLiteral("8:处罚决定日期"), QStringLiteral("9:处罚决定日期"),
                              QStringLiteral("10:违法事实"), QStringLiteral("11:行政相对人类别"),
                              QStringLiteral("12:统一社会信用代码"), QStringLiteral("13:罚款金额（万元）"),
                              QStringLiteral("14:处罚决定日期")}));
        QVERIFY(report.rejected.at(1).reason.contains(QStringLiteral("Excel")));
        QCOMPARE(report.accepted, 0);
        QCOMPARE(count(QStringLiteral("credit_records")), 0);
        QCOMPARE(count(QStringLiteral("subjects")), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT rejected FROM record_imports"))->toInt(), 12);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'records.import_refused'"))
                     ->toInt(),
                 1);
    }

    void encodingsLineEndsAndQuotedLineBreaks()
    {
        Row quoted = organisation(2);
        quoted[QStringLiteral("违法事实")] = QStringLiteral("第一，未建立台账；\n第二，\"过期\"原料未清理");
        const QString text = csvText({organisation(1), quoted, organisation(3)}, kHeaders, QStringLiteral("\n"));
        auto encoder = QStringEncoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray gbBytes = encoder.encode(text);
        const ImportReport gb = import(writeFile(m_dir, QStringLiteral("gb.csv"), gbBytes), true);
        QVERIFY2(gb.rejected.isEmpty(), qPrintable(where(gb).join(u' ')));
        QCOMPARE(gb.accepted, 3);
        const ImportReport bom = import(writeFile(m_dir, QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + text.toUtf8()));
        QCOMPARE(bom.accepted, 3);
        auto facts = m_db->scalar(QStringLiteral("SELECT facts FROM credit_records WHERE decision_number LIKE '%2号'"));
        QCOMPARE(facts->toString(), quoted[QStringLiteral("违法事实")]);
        // A bad row after a quoted line break is reported at the line where it starts.
        Row bad = organisation(4, QStringLiteral("yesterday"));
        const ImportReport lines = import(writeFile(m_dir, QStringLiteral("lines.csv"),
                                                    csvText({quoted, bad}, kHeaders, QStringLiteral("\r\n")).toUtf8()));
        QCOMPARE(where(lines), QStringList{QStringLiteral("4:处罚决定日期")});
    }

    void dateFormatsAndSerials()
    {
        const QStringList dates = {QStringLiteral("2026-03-05"),          QStringLiteral("2026/3/5"),
                                   QStringLiteral("2026年3月5日"),        QStringLiteral("20260305"),
                                   QStringLiteral("2026-03-05 00:00:00"), QStringLiteral("2026/3/5 9:30")};
        QList<Row> rows;
        for (int i = 0; i < dates.size(); ++i)
            rows << organisation(i + 1, dates.at(i));
        const ImportReport report = importCsv(rows);
        QVERIFY2(report.rejected.isEmpty(), qPrintable(where(report).join(u' ')));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM credit_records WHERE decision_date = '2026-03-05'"))
                     ->toInt(),
                 6);
        // A time that is not one is still refused; older wording of the kind and a unit after the amount are read.
        Row notTime = organisation(20, QStringLiteral("2026-03-05 noon"));
        Row older = organisation(21);
        older[QStringLiteral("行政相对人类别")] = QStringLiteral("法人及其他组织");
        older[QStringLiteral("罚款金额（万元）")] = QStringLiteral("2.5万元");
        QCOMPARE(where(importCsv({notTime, older})), QStringList{QStringLiteral("2:处罚决定日期")});
        QVERIFY(importCsv({older}).imported());
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT amount_fen FROM credit_records WHERE decision_number LIKE '%21号'"))
                ->toLongLong(),
            qint64(2500000));
    }

    void xlsxCellsOfEveryKind()
    {
        const QString path = m_dir.filePath(QStringLiteral("cells.xlsx"));
        lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        lxw_format* dateFormat = workbook_add_format(book);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        for (int c = 0; c < kHeaders.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), kHeaders.at(c).toUtf8().constData(), nullptr);
        const QList<Row> rows = {organisation(1), organisation(2), person(3)};
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < kHeaders.size(); ++c) {
                const QString header = kHeaders.at(c);
                const QString value = rows.at(r).value(header);
                if (header == QStringLiteral("罚款金额（万元）")) {
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), 0.1, nullptr);
                } else if (header == QStringLiteral("处罚决定日期") && r == 0) {
                    lxw_datetime when = {2026, 3, 5, 0, 0, 0};
                    worksheet_write_datetime(sheet, lxw_row_t(r + 1), lxw_col_t(c), &when, dateFormat);
                } else if (header == QStringLiteral("处罚决定日期") && r == 1) {
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), 46086, nullptr); // 2026-03-05
                } else if (header == QStringLiteral("证件号码") && r == 2) {
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), value.toDouble(), nullptr);
                } else if (!value.isEmpty()) {
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), value.toUtf8().constData(), nullptr);
                }
            }
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);
        const ImportReport report = import(path);
        // The ID stored as a number lost its last digits: refused, never guessed.
        QCOMPARE(where(report), QStringList{QStringLiteral("4:证件号码")});
        QVERIFY(!report.rejected.first().reason.contains(QStringLiteral("3.6042")));
        QCOMPARE(count(QStringLiteral("credit_records")), 0);

        // Without that row the workbook imports, dates and amounts read from their cells.
        lxw_workbook* good = workbook_new(QFile::encodeName(m_dir.filePath(QStringLiteral("good.xlsx"))).constData());
        lxw_worksheet* goodSheet = workbook_add_worksheet(good, nullptr);
        lxw_format* goodDate = workbook_add_format(good); // a format belongs to its workbook
        format_set_num_format(goodDate, "yyyy-mm-dd");
        for (int c = 0; c < kHeaders.size(); ++c) {
            worksheet_write_string(goodSheet, 0, lxw_col_t(c), kHeaders.at(c).toUtf8().constData(), nullptr);
            const QString header = kHeaders.at(c);
            if (header == QStringLiteral("罚款金额（万元）"))
                worksheet_write_number(goodSheet, 1, lxw_col_t(c), 0.1, nullptr);
            else if (header == QStringLiteral("处罚决定日期"))
                worksheet_write_number(goodSheet, 1, lxw_col_t(c), 46086, goodDate);
            else if (!organisation(1).value(header).isEmpty())
                worksheet_write_string(goodSheet, 1, lxw_col_t(c), organisation(1).value(header).toUtf8().constData(),
                                       nullptr);
        }
        QCOMPARE(workbook_close(good), LXW_NO_ERROR);
        const ImportReport imported = import(m_dir.filePath(QStringLiteral("good.xlsx")));
        QVERIFY2(imported.rejected.isEmpty(), qPrintable(where(imported).join(u' ')));
        auto view = RecordStore(*m_db).list({}, 1);
        QCOMPARE(view->first().record.decisionDate, QDate(2026, 3, 5));
        QCOMPARE(*view->first().record.amountFen, qint64(100000));
    }

    void anExistingCodeReachesTheExistingSubject()
    {
        Subject registered;
        registered.kind = QStringLiteral("legal_person");
        registered.code = uscc(1012);
        registered.name = QStringLiteral("庐山市老字号有限公司");
        auto added = SubjectStore(*m_db).add(m_officer, registered);
        QVERIFY2(added, qPrintable(added.error().fullText()));
        QVERIFY(!added->existed);
        // Typed again (lower case, full-width blanks around it), the code reaches the same subject.
        registered.code = QStringLiteral("\u3000") + uscc(1012).toLower() + u' ';
        auto again = SubjectStore(*m_db).add(m_officer, registered);
        QVERIFY(again);
        QVERIFY(again->existed);
        QCOMPARE(again->subject.id, added->subject.id);

        const ImportReport report = importCsv({organisation(1)});
        QCOMPARE(report.newSubjects, 0);
        QCOMPARE(report.warnings.filter(QStringLiteral("庐山市老字号有限公司")).size(), 1);
        QCOMPARE(count(QStringLiteral("subjects")), 1);

        // After a merge the merged code's records go to the subject kept.
        Subject other = registered;
        other.code = uscc(1024);
        other.name = QStringLiteral("庐山市新字号贸易有限公司");
        auto second = SubjectStore(*m_db).add(m_officer, other);
        QVERIFY(second);
        QVERIFY(!SubjectStore(*m_db).merge(m_officer, added->subject.id, 1, second->subject.id, 1)); // officers may not
        auto kept = SubjectStore(*m_db).merge(m_approver, added->subject.id, added->subject.version, second->subject.id,
                                              second->subject.version);
        QVERIFY2(kept, qPrintable(kept.error().message));
        QCOMPARE(importCsv({organisation(2)}).newSubjects, 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM credit_records WHERE subject_id = ?"),
                              {added->subject.id})
                     ->toInt(),
                 2);
    }

    void similarNamesAreAskedAndTheAnswerAudited()
    {
        SubjectStore store(*m_db);
        Subject first;
        first.kind = QStringLiteral("legal_person");
        first.code = uscc(1012);
        first.name = QStringLiteral("庐山市恒信食品有限公司");
        auto one = store.add(m_officer, first);
        QVERIFY2(one, qPrintable(one.error().fullText()));
        Subject second = first;
        second.code = uscc(1024);
        second.name = QStringLiteral("庐山市恒信食品有限责任公司");
        auto refused = store.add(m_officer, second);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(first.name));
        QVERIFY(store.answerSimilar(m_officer, second.name, one->subject.id, false));
        auto two = store.add(m_officer, second, {one->subject.id});
        QVERIFY(two);
        auto history = AuditLog::forObject(*m_db, QStringLiteral("subject"), QString::number(one->subject.id));
        QVERIFY(history);
        QCOMPARE(history->last().entry.event, QStringLiteral("subject.similar_answered"));
    }

    void namesAreNormalisedAndLongNamesKept()
    {
        const QString longName = QStringLiteral("庐山市") + QString(50, QChar(u'鑫')) + QStringLiteral("有限公司");
        Row row = organisation(1);
        row[QStringLiteral("行政相对人名称")] = longName;
        Row dotted = person(2);
        dotted[QStringLiteral("行政相对人名称")] = QStringLiteral(" 阿卜杜•热合曼・𠮷 ");
        const ImportReport report = importCsv({row, dotted});
        QVERIFY2(report.rejected.isEmpty(), qPrintable(where(report).join(u' ')));
        auto names = SubjectStore(*m_db).search(QStringLiteral("热合曼"), 5);
        QCOMPARE(names->size(), 1);
        QCOMPARE(names->first().name, QStringLiteral("阿卜杜·热合曼·𠮷"));
        QCOMPARE(SubjectStore(*m_db).search(QStringLiteral("鑫鑫鑫"), 5)->first().name, longName);
    }

    void nameFiltersAgreeWhateverThePlan()
    {
        QList<Row> rows;
        for (int i = 1; i <= 30; ++i)
            rows << organisation(i);
        Row dotted = person(31);
        dotted[QStringLiteral("行政相对人名称")] = QStringLiteral("阿卜杜·热合曼𠮷");
        rows << dotted;
        QVERIFY(importCsv(rows).imported());
        // Every subject's name is in the index, supplementary-plane characters included.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(DISTINCT subject_id) FROM subject_name_grams"))->toInt(),
                 31);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM subject_name_grams WHERE gram = ?"),
                              {QStringLiteral("曼𠮷")})
                     ->toInt(),
                 1);
        RecordStore store(*m_db);
        for (const auto& [text, expected] :
             {std::pair{QStringLiteral("测试1"), 11}, std::pair{QStringLiteral("测试2"), 11},
              std::pair{QStringLiteral("有限公司"), 30}, std::pair{QStringLiteral("曼𠮷"), 1},
              std::pair{QStringLiteral("试"), 30}, std::pair{QStringLiteral("不存在的名字"), 0}}) {
            RecordFilter filter;
            filter.nameContains = text;
            QVERIFY(RecordList::planName(*m_db, filter));
            QCOMPARE(filter.namePlan.reach, text.size() == 1 ? NamePlan::Reach::Broad : NamePlan::Reach::Narrow);
            for (const auto reach : {NamePlan::Reach::Unplanned, NamePlan::Reach::Narrow, NamePlan::Reach::Broad}) {
                filter.namePlan.reach = reach;
                if (reach == NamePlan::Reach::Narrow && filter.namePlan.gram.isEmpty())
                    continue;
                QCOMPARE(store.list(filter, 100)->size(), expected);
                QVariantList params;
                const QString sql = RecordList::countSql(filter, params);
                QCOMPARE(m_db->scalar(sql, params)->toInt(), expected);
            }
        }
        // A code prefix, broad or narrow, finds the same records.
        RecordFilter code;
        code.codePrefix = uscc(1012).left(8);
        const int broad = int(store.list(code, 100)->size());
        code.codePrefix = uscc(1012).left(14);
        QCOMPARE(store.list(code, 100)->size(), 1);
        QVERIFY(broad >= 30);
    }

    void cancelImportsNothing()
    {
        QList<Row> rows;
        for (int i = 1; i <= 1200; ++i)
            rows << organisation(i);
        ImportOptions options;
        options.progress = [](int done, int total) {
            return done < total / 2 + 100;
        }; // cancel while writing
        auto report = RecordImporter(*m_db).importFile(
            m_officer, writeFile(m_dir, QStringLiteral("cancel.csv"), csvText(rows).toUtf8()), options);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QVERIFY(!report->imported());
        QCOMPARE(count(QStringLiteral("credit_records")), 0);
        QCOMPARE(count(QStringLiteral("subjects")), 0);
        QCOMPARE(count(QStringLiteral("record_imports")), 0);
    }

    void killedImportLeavesNothing()
    {
        // A creditctl import killed while it writes: the transaction never commits.
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(SampleData().writeCsv(path, 1, 60000, QDate(2026, 4, 1), QDate(2026, 11, 20)));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(TestSupport::creditctlPath(),
                      {QStringLiteral("--db"), m_db->url().toString(), QStringLiteral("--json"),
                       QStringLiteral("import"), QStringLiteral("records"), path});
        QVERIFY(process.waitForStarted());
        // Progress lines say "progress DONE/TOTAL"; the second half of TOTAL is writing.
        QByteArray seen;
        bool writing = false;
        while (!writing && process.waitForReadyRead(60000)) {
            seen += process.readAll();
            for (const auto& line : seen.split('\n')) {
                const auto parts = line.trimmed().split(' ');
                if (parts.size() == 2 && parts.first() == "progress") {
                    const auto numbers = parts.last().split('/');
                    writing = writing || numbers.first().toInt() > numbers.last().toInt() / 2;
                }
            }
        }
        QVERIFY2(writing, seen.constData());
        process.kill();
        QVERIFY(process.waitForFinished());
        const DatabaseUrl url = m_db->url();
        m_db.reset();
        auto reopened = Database::open(url);
        QVERIFY(reopened);
        m_db = std::move(*reopened);
        QCOMPARE(count(QStringLiteral("credit_records")), 0);
        QCOMPARE(count(QStringLiteral("subjects")), 0);
        if (m_db->isSqlite())
            QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    }

    // Files as departments send them, kept in tests/data (see its README): a CSV saved in GB18030 with a
    // name outside GBK, a workbook saved by an office suite (shared strings, dates as serials with a date
    // style, amounts as numbers), the same with an ID number typed as a number, and a truncated workbook.
    void departmentFilesAsTheyCome()
    {
        const QDir data(QStringLiteral(CREDITDESK_TEST_DATA_DIR));
        const ImportReport gb = import(data.filePath(QStringLiteral("department-gb18030.csv")));
        QVERIFY2(gb.rejected.isEmpty(), qPrintable(where(gb).join(u' ')));
        QCOMPARE(gb.accepted, 3);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM subjects WHERE name = ?"), {QStringLiteral("陈𠮷祥伟")})
                ->toInt(),
            1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT facts FROM credit_records WHERE decision_number = ?"),
                              {QStringLiteral("庐市监罚〔2026〕32号")})
                     ->toString(),
                 QStringLiteral("未按规定公示年度报告，且提交的材料含有“虚假”内容"));

        // The office suite's workbook: the same two organisations, read from its cells; already present now.
        const ImportReport office = import(data.filePath(QStringLiteral("office-suite.xlsx")), true);
        QVERIFY2(office.rejected.isEmpty(), qPrintable(where(office).join(u' ')));
        QCOMPARE(office.accepted + office.duplicates, 2);
        QCOMPARE(office.duplicates, 2);
        auto dates = m_db->exec(QStringLiteral("SELECT decision_date, amount_fen FROM credit_records WHERE "
                                               "decision_number = ?"),
                                {QStringLiteral("庐市监罚〔2026〕31号")});
        QVERIFY(dates && dates->next());
        QCOMPARE(dates->value(0).toString(), QStringLiteral("2026-03-05"));
        QCOMPARE(dates->value(1).toLongLong(), qint64(2000000));
        dates->finish();

        // An ID number the office suite stored as a number lost its last digits: that cell is named, nothing
        // is imported.
        const qint64 before = count(QStringLiteral("credit_records"));
        const ImportReport numeric = import(data.filePath(QStringLiteral("office-suite-numeric-id.xlsx")));
        QCOMPARE(where(numeric), QStringList{QStringLiteral("4:证件号码")});
        QCOMPARE(numeric.accepted, 0);
        QCOMPARE(count(QStringLiteral("credit_records")), before);

        // A workbook cut short in the copy is refused as a whole, with what is wrong, and nothing is written.
        auto broken
            = RecordImporter(*m_db).importFile(m_officer, data.filePath(QStringLiteral("broken-truncated.xlsx")), {});
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(QStringLiteral(".xlsx")), qPrintable(broken.error().message));
        QCOMPARE(count(QStringLiteral("credit_records")), before);
    }

    void maintenanceEndsPublicationAndAudits()
    {
        QVERIFY(importCsv({organisation(1, QStringLiteral("2026-03-20")), organisation(2)}).imported());
        RecordStore store(*m_db);
        QCOMPARE(*store.endExpiredPublication(Actor::system(QStringLiteral("test")), QDate(2027, 3, 19)), 0);
        QCOMPARE(*store.endExpiredPublication(Actor::system(QStringLiteral("test")), QDate(2027, 3, 20)), 1);
        QCOMPARE(*store.endExpiredPublication(Actor::system(QStringLiteral("test")), QDate(2027, 3, 20)), 0);
        auto rows = store.list({}, 10, RecordList::orderBy(RecordId, true));
        QCOMPARE(rows->at(0).record.status, QStringLiteral("expired"));
        QCOMPARE(rows->at(1).record.status, QStringLiteral("publishing"));
        QCOMPARE(store.history(rows->at(0).record.id)->last().entry.event, QStringLiteral("record.publication_ended"));
    }

    void exportNeutralisesFormulasAndMasksNumbers()
    {
        Row formula = organisation(1);
        formula[QStringLiteral("行政相对人名称")] = QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")");
        Row at = organisation(2);
        at[QStringLiteral("行政相对人名称")] = QStringLiteral("@SUM(1+1)");
        QVERIFY(importCsv({formula, at, person(3)}).imported());
        for (const auto& name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
            const QString path = m_dir.filePath(name);
            auto written = RegistryExport::records(*m_db, m_officer, {}, path);
            QVERIFY2(written, qPrintable(written.error().message));
            QCOMPARE(*written, qint64(3));
            auto table = readTable(path);
            QVERIFY(table);
            QCOMPARE(table->size(), 4);
            QStringList cells;
            for (const auto& row : *table) {
                for (const auto& cell : row.cells)
                    cells << cell.text;
            }
            QVERIFY(cells.contains(QStringLiteral("'=HYPERLINK(\"http://x\",\"点我\")")));
            QVERIFY(cells.contains(QStringLiteral("'@SUM(1+1)")));
            QVERIFY(!cells.join(u' ').contains(residentId(36)));
            QVERIFY(cells.join(u' ').contains(residentId(36).left(6) + QStringLiteral("********")));
        }
        QVERIFY(!RegistryExport::records(*m_db, m_officer, {}, m_dir.filePath(QStringLiteral("out.txt"))));
    }

    void departmentOfficersImportForTheirOwnDepartment()
    {
        const Actor scjg = *Accounts(*m_db).signIn(QStringLiteral("scjg1"), kPassword);
        auto ownDepartment = Accounts(*m_db).findDepartment(QStringLiteral("SCJG"));
        auto taxes = Accounts(*m_db).findDepartment(QStringLiteral("SWJ"));
        QVERIFY(ownDepartment && taxes);
        const QString path = writeFile(m_dir, QStringLiteral("dept.csv"), csvText({organisation(1)}).toUtf8());
        ImportOptions options;
        options.departmentId = taxes->id;
        QCOMPARE(RecordImporter(*m_db).importFile(scjg, path, options).error().kind, Error::Kind::Denied);
        options.departmentId = 0;
        auto own = RecordImporter(*m_db).importFile(scjg, path, options);
        QVERIFY(own && own->imported());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT source_department_id FROM credit_records"))->toLongLong(),
                 ownDepartment->id);
        // The credit office collects for anyone.
        options.departmentId = taxes->id;
        QVERIFY(RecordImporter(*m_db).importFile(m_officer, path, options));
    }
};

QTEST_GUILESS_MAIN(TestRecordImport)
#include "TestRecordImport.moc"
