#include "io/CsvReader.h"
#include "io/DateParser.h"
#include "io/TableSource.h"
#include "io/TextDecoding.h"
#include "io/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <utility>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace {
using Parts = QList<std::pair<QString, QByteArray>>;

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A zip archive written with libzip, independently of the reader's code.
QString writeZip(const QTemporaryDir& dir, const QString& name, const Parts& parts)
{
    const QString path = dir.filePath(name);
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        qFatal("zip_open failed: %d", error);
    for (const auto& [partName, bytes] : parts) {
        zip_source_t* source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(zip, partName.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            qFatal("zip_file_add failed");
    }
    if (zip_close(zip) != 0)
        qFatal("zip_close failed");
    return path;
}

QByteArray xml(const char* body)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + body;
}

const QByteArray contentTypes
    = xml(R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Default Extension="xml" ContentType="application/xml"/>)"
          R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
          R"(<Override PartName="/xl/workbook.xml" )"
          R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>)");

// The first sheet is data.xml, reached through rId7; sheet1.xml is a second sheet that must not be read.
QByteArray workbookXml(bool date1904)
{
    return xml(date1904 ? R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                          R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                          R"(<workbookPr date1904="1"/><sheets><sheet name="处罚" sheetId="1" r:id="rId7"/>)"
                          R"(<sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>)"
                        : R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                          R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                          R"(<sheets><sheet name="处罚" sheetId="1" r:id="rId7"/>)"
                          R"(<sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>)");
}

const QByteArray workbookRels = xml(
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/data.xml"/></Relationships>)");

const QByteArray sharedStrings
    = xml(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">)"
          R"(<si><t>行政相对人名称</t></si>)"
          R"(<si><r><rPr><b/></rPr><t>某某</t></r><r><t xml:space="preserve">科技 有限公司</t></r>)"
          R"(<rPh sb="0" eb="2"><t>ボウ</t></rPh></si>)"
          R"(<si><t>备注_x000D_第二行</t></si></sst>)");

// cellXfs: 0 general, 1 a custom Chinese date format, 2 built-in 14, 3 text (@). The cellStyleXfs entry
// with a date format is not a cell format and must not count.
const QByteArray styles
    = xml(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
          R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>)"
          R"(</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
          R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/>)"
          R"(<xf numFmtId="49"/></cellXfs></styleSheet>)");

const QByteArray dataSheet
    = xml(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
          R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>处罚决定日期</t></is></c>)"
          R"(<c r="D1" t="s"><v>2</v></c></row>)"
          R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>46086</v></c>)"
          R"(<c r="C3"><v>3.60429199001011E+17</v></c><c r="D3" t="b"><v>1</v></c>)"
          R"(<c r="E3" t="str"><f>A3&amp;"x"</f><v>公式结果</v></c><c r="F3" s="2"><v>46086</v></c>)"
          R"(<c r="G3" s="0"><v>12.50</v></c></row>)"
          R"(<row r="4"><c r="A4" s="3"/><c r="B4" t="inlineStr"><is><t> </t></is></c></row>)"
          R"(<row r="5"><c r="C5" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row>)"
          R"(</sheetData></worksheet>)");

const QByteArray decoySheet = xml(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                                  R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c>)"
                                  R"(</row></sheetData></worksheet>)");

Parts workbookParts(bool date1904 = false)
{
    return {{u"[Content_Types].xml"_s, contentTypes},
            {u"xl/workbook.xml"_s, workbookXml(date1904)},
            {u"xl/_rels/workbook.xml.rels"_s, workbookRels},
            {u"xl/sharedStrings.xml"_s, sharedStrings},
            {u"xl/styles.xml"_s, styles},
            {u"xl/worksheets/data.xml"_s, dataSheet},
            {u"xl/worksheets/sheet1.xml"_s, decoySheet}};
}

QStringList texts(const SourceRow& row)
{
    QStringList result;
    for (const SourceCell& cell : row.cells)
        result.append(cell.text);
    return result;
}

QByteArray encode(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

// Header, a row with a quoted comma and a quoted line break, a row with "" escapes, blank lines and a
// last row without a line end. The {NL} markers become the line end under test.
const QString sampleCsv = u"名称,代码,备注{NL}"
                          u"\"甲, 有限公司\",91350100M000100Y,\"第一行{NL}第二行\"{NL}"
                          u"乙,123,\"说 \"\"引号\"\"\"{NL}"
                          u"{NL}"
                          u",,{NL}"
                          u"丙𠀀·,456,末行"_s;

void checkSample(const QList<SourceRow>& rows)
{
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].line, 1);
    QCOMPARE(texts(rows[0]), (QStringList{u"名称"_s, u"代码"_s, u"备注"_s}));
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(texts(rows[1]), (QStringList{u"甲, 有限公司"_s, u"91350100M000100Y"_s, u"第一行\n第二行"_s}));
    QCOMPARE(rows[2].line, 4); // the quoted line break moved it down one line
    QCOMPARE(texts(rows[2]), (QStringList{u"乙"_s, u"123"_s, u"说 \"引号\""_s}));
    QCOMPARE(rows[3].line, 7); // after a blank line and a line of empty fields, both skipped
    QCOMPARE(texts(rows[3]), (QStringList{u"丙𠀀·"_s, u"456"_s, u"末行"_s}));
    for (const SourceRow& row : rows) {
        for (const SourceCell& cell : row.cells)
            QVERIFY(!cell.numeric && !cell.date);
    }
}

QString errorOf(const Result<QList<SourceRow>>& result)
{
    return result ? QString() : result.error().fullText();
}
} // namespace

class TestFileReaders : public QObject
{
    Q_OBJECT

private slots:
    void gb18030IsAvailable();
    void decodesByBom_data();
    void decodesByBom();
    void decodesGb18030WithoutMarker();
    void rejectsInvalidBytesWithOffset();
    void validatesUtf8Strictly();
    void readsCsvLineEnds_data();
    void readsCsvLineEnds();
    void readsCsvFiles_data();
    void readsCsvFiles();
    void reportsUnterminatedQuote();
    void detectsSeparator_data();
    void detectsSeparator();
    void measuresCsvRate();
    void readsXlsxCells();
    void readsXlsx1904Dates();
    void fallsBackToSheet1();
    void rejectsWhatIsNotXlsx_data();
    void rejectsWhatIsNotXlsx();
    void rejectsUnknownExtensions_data();
    void rejectsUnknownExtensions();
    void knowsDateFormats_data();
    void knowsDateFormats();
    void parsesDates_data();
    void parsesDates();
    void rejectsDates_data();
    void rejectsDates();

private:
    QTemporaryDir m_dir;
};

void TestFileReaders::gb18030IsAvailable()
{
    // Qt finds GB18030 through ICU or iconv; without it GBK files could not be read at all.
    QVERIFY(QStringDecoder("GB18030").isValid());
    QVERIFY(QStringEncoder("GB18030").isValid());
}

void TestFileReaders::decodesByBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    const QString text = u"名称,𠀀·\n"_s;
    QTest::newRow("utf-8") << text.toUtf8() << u"UTF-8"_s << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << u"UTF-8"_s << true;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + encode(text, QStringConverter::Utf16LE) << u"UTF-16LE"_s
                                  << true;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + encode(text, QStringConverter::Utf16BE) << u"UTF-16BE"_s
                                  << true;
}

void TestFileReaders::decodesByBom()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    auto decoded = TextDecoding::decode(bytes);
    QVERIFY2(decoded, qPrintable(decoded.error().fullText()));
    QCOMPARE(decoded->text, u"名称,𠀀·\n"_s);
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->byteOrderMark, bom);
}

void TestFileReaders::decodesGb18030WithoutMarker()
{
    // GBK two-byte characters, a four-byte GB18030 character outside the BMP, and ASCII.
    const QString text = u"行政相对人名称,处罚机关\n某某公司𠀀,市场监督管理局\n"_s;
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    QVERIFY(TextDecoding::firstInvalidUtf8(bytes) >= 0);
    auto decoded = TextDecoding::decode(bytes);
    QVERIFY2(decoded, qPrintable(decoded.error().fullText()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encoding, u"GB18030"_s);
}

void TestFileReaders::rejectsInvalidBytesWithOffset()
{
    // "abc", 中 in GBK (D6 D0), then 0x80, which starts nothing in GB18030.
    auto decoded = TextDecoding::decode(QByteArray("abc\xD6\xD0\x80x"));
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().kind, Error::Kind::Invalid);
    QVERIFY2(decoded.error().message.contains(u"offset 5"), qPrintable(decoded.error().message));
    // A lead byte cut off at the end of the file.
    auto cut = TextDecoding::decode(QByteArray("\xD6\xD0\xD6"));
    QVERIFY(!cut);
    QVERIFY2(cut.error().message.contains(u"offset 2"), qPrintable(cut.error().message));
    // A BOM promises UTF-8: the bytes are not then read as GB18030.
    auto marked = TextDecoding::decode(QByteArray("\xEF\xBB\xBF"
                                                  "ab\xD6\xD0"));
    QVERIFY(!marked);
    QVERIFY2(marked.error().message.contains(u"offset 5"), qPrintable(marked.error().message));
    auto odd = TextDecoding::decode(QByteArray("\xFF\xFE"
                                               "a\0b",
                                               5));
    QVERIFY(!odd);
}

void TestFileReaders::validatesUtf8Strictly()
{
    QCOMPARE(TextDecoding::firstInvalidUtf8("plain"), -1);
    QCOMPARE(TextDecoding::firstInvalidUtf8(u"名𠀀"_s.toUtf8()), -1);
    QCOMPARE(TextDecoding::firstInvalidUtf8("a\xC0\xAF"), 1); // overlong "/"
    QCOMPARE(TextDecoding::firstInvalidUtf8("ab\xED\xA0\x80"), 2); // a surrogate
    QCOMPARE(TextDecoding::firstInvalidUtf8("\xF4\x90\x80\x80"), 0); // above U+10FFFF
    QCOMPARE(TextDecoding::firstInvalidUtf8("\xE5\x90"), 0); // cut short
}

void TestFileReaders::readsCsvLineEnds_data()
{
    QTest::addColumn<QString>("lineEnd");
    QTest::newRow("CRLF") << u"\r\n"_s;
    QTest::newRow("LF") << u"\n"_s;
    QTest::newRow("CR") << u"\r"_s;
}

void TestFileReaders::readsCsvLineEnds()
{
    QFETCH(QString, lineEnd);
    QString text = sampleCsv;
    auto rows = CsvReader::readAll(text.replace(u"{NL}"_s, lineEnd));
    QVERIFY2(rows, qPrintable(rows.error().fullText()));
    checkSample(*rows);
}

void TestFileReaders::readsCsvFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QString crlf = sampleCsv;
    crlf.replace(u"{NL}"_s, u"\r\n"_s);
    QString lf = sampleCsv;
    lf.replace(u"{NL}"_s, u"\n"_s);
    QTest::newRow("utf-8 lf") << lf.toUtf8();
    QTest::newRow("utf-8 bom crlf") << QByteArray("\xEF\xBB\xBF") + crlf.toUtf8();
    QTest::newRow("gb18030 crlf") << QByteArray(QStringEncoder("GB18030").encode(crlf));
    QTest::newRow("utf-16le bom crlf") << QByteArray("\xFF\xFE") + encode(crlf, QStringConverter::Utf16LE);
}

void TestFileReaders::readsCsvFiles()
{
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(m_dir, QString::fromLatin1(QTest::currentDataTag()) + u".csv"_s, bytes);
    auto rows = readTable(path);
    QVERIFY2(rows, qPrintable(errorOf(rows)));
    checkSample(*rows);
}

void TestFileReaders::reportsUnterminatedQuote()
{
    CsvReader reader(u"a,b\r\n1,2\r\n3,\"never closed,\r\nstill inside\r\n"_s);
    auto first = reader.next();
    QVERIFY(first && *first);
    auto second = reader.next();
    QVERIFY(second && *second);
    QCOMPARE((*second)->line, 2);
    auto third = reader.next();
    QVERIFY(!third);
    QCOMPARE(third.error().kind, Error::Kind::Invalid);
    QVERIFY2(third.error().message.contains(u"Line 3"), qPrintable(third.error().message));
    auto after = reader.next();
    QVERIFY(after && !*after);
}

void TestFileReaders::detectsSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << u"a,b;c\n1,2;3\n"_s << QChar(u',');
    QTest::newRow("semicolon") << u"名称;代码\n甲;\"1;2\"\n"_s << QChar(u';');
    QTest::newRow("tab") << u"名称\t代码\n甲\t\"1;2\"\n"_s << QChar(u'\t');
    QTest::newRow("one column") << u"名称\n甲\n"_s << QChar(u',');
}

void TestFileReaders::detectsSeparator()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    CsvReader reader(text);
    QCOMPARE(reader.separator(), separator);
    auto header = reader.next();
    QVERIFY(header && *header);
    auto row = reader.next();
    QVERIFY(row && *row);
    QCOMPARE((*row)->line, 2);
    if (separator == u';' || separator == u'\t')
        QCOMPARE(texts(**row), (QStringList{u"甲"_s, u"1;2"_s}));
}

void TestFileReaders::measuresCsvRate()
{
    constexpr int rowCount = 100000;
    QByteArray bytes = "行政相对人名称,统一社会信用代码,处罚决定书文号,处罚决定日期,失信程度,罚款金额（万元）\r\n";
    for (int i = 0; i < rowCount; ++i) {
        bytes += u"某某商贸有限公司%1,91350100M%2,榕市监罚〔2026〕%1号,2026-03-05,一般,1.5\r\n"_s.arg(i)
                     .arg(i, 9, 10, QChar(u'0'))
                     .toUtf8();
    }
    const QString path = writeFile(m_dir, u"rate.csv"_s, bytes);

    QElapsedTimer timer;
    timer.start();
    auto rows = readTable(path);
    const qint64 totalNs = timer.nsecsElapsed();
    QVERIFY2(rows, qPrintable(errorOf(rows)));
    QCOMPARE(rows->size(), rowCount + 1);
    QCOMPARE(rows->last().line, rowCount + 1);

    auto decoded = TextDecoding::decode(bytes);
    QVERIFY(decoded);
    timer.restart();
    CsvReader reader(decoded->text);
    int parsed = 0;
    for (auto row = reader.next(); row && *row; row = reader.next())
        ++parsed;
    const qint64 parseNs = timer.nsecsElapsed();
    QCOMPARE(parsed, rowCount + 1);
    qInfo("CSV: %d rows (%lld bytes) parsed in %.1f ms = %.0f rows/s; read+decode+parse %.1f ms = %.0f rows/s", parsed,
          qint64(bytes.size()), parseNs / 1e6, parsed * 1e9 / double(parseNs), totalNs / 1e6,
          parsed * 1e9 / double(totalNs));
}

void TestFileReaders::readsXlsxCells()
{
    const QString path = writeZip(m_dir, u"cells.xlsx"_s, workbookParts());
    auto rows = readTable(path);
    QVERIFY2(rows, qPrintable(errorOf(rows)));
    QCOMPARE(rows->size(), 3); // row 4 holds only a style and a space

    const SourceRow& header = rows->at(0);
    QCOMPARE(header.line, 1);
    QCOMPARE(texts(header), (QStringList{u"行政相对人名称"_s, u"处罚决定日期"_s, QString(), u"备注\r第二行"_s}));

    const SourceRow& data = rows->at(1);
    QCOMPARE(data.line, 3);
    QCOMPARE(data.cells.size(), 7);
    QCOMPARE(data.cells[0].text, u"某某科技 有限公司"_s); // runs joined, phonetic guide left out
    QVERIFY(!data.cells[0].numeric);
    QCOMPARE(data.cells[1].text, u"46086"_s);
    QVERIFY(data.cells[1].numeric && data.cells[1].date);
    QCOMPARE(data.cells[2].text, u"3.60429199001011E+17"_s); // as stored, never reformatted
    QVERIFY(data.cells[2].numeric && !data.cells[2].date);
    QCOMPARE(data.cells[3].text, u"TRUE"_s);
    QVERIFY(!data.cells[3].numeric);
    QCOMPARE(data.cells[4].text, u"公式结果"_s);
    QVERIFY(!data.cells[4].numeric);
    QVERIFY(data.cells[5].numeric && data.cells[5].date);
    QCOMPARE(data.cells[6].text, u"12.50"_s);
    QVERIFY(data.cells[6].numeric && !data.cells[6].date);
    QCOMPARE(parseImportDate(data.cells[1]).value_or(QDate()), QDate(2026, 3, 5));
    QCOMPARE(parseImportDate(data.cells[5]).value_or(QDate()), QDate(2026, 3, 5));

    const SourceRow& rich = rows->at(2);
    QCOMPARE(rich.line, 5);
    QCOMPARE(texts(rich), (QStringList{QString(), QString(), u"富文本"_s}));
}

void TestFileReaders::readsXlsx1904Dates()
{
    Parts parts = workbookParts(true);
    parts[5].second.replace("46086", "44624"); // the same day counted from 1904-01-01
    auto rows = readTable(writeZip(m_dir, u"mac.xlsx"_s, parts));
    QVERIFY2(rows, qPrintable(errorOf(rows)));
    QCOMPARE(rows->at(1).cells[1].text, u"46086"_s);
    QCOMPARE(parseImportDate(rows->at(1).cells[1]).value_or(QDate()), QDate(2026, 3, 5));
}

void TestFileReaders::fallsBackToSheet1()
{
    // No workbook relationships (some generators skip them): the conventional first sheet is read.
    const Parts parts{{u"[Content_Types].xml"_s, contentTypes}, {u"xl/worksheets/sheet1.xml"_s, decoySheet}};
    auto rows = readTable(writeZip(m_dir, u"bare.xlsx"_s, parts));
    QVERIFY2(rows, qPrintable(errorOf(rows)));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).cells.at(0).text, u"wrong sheet"_s);
}

void TestFileReaders::rejectsWhatIsNotXlsx_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    const QString encryptionInfo = u"EncryptionInfo"_s;
    const QByteArray encrypted = ole + QByteArray(512, '\0')
        + QByteArray(reinterpret_cast<const char*>(encryptionInfo.utf16()), encryptionInfo.size() * 2);
    QTest::newRow("text") << writeFile(m_dir, u"text.xlsx"_s, "名称,代码\n") << u"not an Excel .xlsx workbook"_s;
    QTest::newRow("broken zip") << writeFile(m_dir, u"broken.xlsx"_s,
                                             QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + QByteArray(200, 'x'))
                                << u"not an Excel .xlsx workbook"_s;
    QTest::newRow("other zip") << writeZip(m_dir, u"other.xlsx"_s, {{u"word/document.xml"_s, "<w/>"}})
                               << u"not an Excel .xlsx workbook"_s;
    QTest::newRow("no worksheet") << writeZip(
        m_dir, u"empty.xlsx"_s,
        {{u"xl/workbook.xml"_s, workbookXml(false)}, {u"xl/_rels/workbook.xml.rels"_s, workbookRels}})
                                  << u"has no worksheet"_s;
    QTest::newRow("old xls renamed") << writeFile(m_dir, u"old.xlsx"_s, ole + QByteArray(512, '\0'))
                                     << u"old binary Excel format"_s;
    QTest::newRow("encrypted") << writeFile(m_dir, u"secret.xlsx"_s, encrypted) << u"protected by a password"_s;
    QTest::newRow("xls") << writeFile(m_dir, u"old.xls"_s, ole) << u"old binary Excel format"_s;
    Parts badString = workbookParts();
    badString[5].second.replace(R"(<v>2</v>)", R"(<v>9</v>)");
    QTest::newRow("shared string out of range") << writeZip(m_dir, u"badstring.xlsx"_s, badString) << u"damaged"_s;
    Parts badXml = workbookParts();
    badXml[5].second.chop(20);
    QTest::newRow("truncated sheet") << writeZip(m_dir, u"truncated.xlsx"_s, badXml) << u"damaged"_s;
}

void TestFileReaders::rejectsWhatIsNotXlsx()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto rows = readTable(path);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, Error::Kind::Invalid);
    QVERIFY2(rows.error().message.contains(message), qPrintable(rows.error().fullText()));
}

void TestFileReaders::rejectsUnknownExtensions_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("pdf") << u"decisions.pdf"_s;
    QTest::newRow("none") << u"decisions"_s;
    QTest::newRow("ods") << u"decisions.ODS"_s;
}

void TestFileReaders::rejectsUnknownExtensions()
{
    QFETCH(QString, name);
    auto rows = readTable(writeFile(m_dir, name, "a,b\n"));
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, Error::Kind::Invalid);
    const QString suffix = QFileInfo(name).suffix();
    QVERIFY2(rows.error().message.contains(suffix.isEmpty() ? u"no extension"_s : u"\".%1\""_s.arg(suffix)),
             qPrintable(rows.error().message));
}

void TestFileReaders::knowsDateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("general") << 0 << QString() << false;
    QTest::newRow("14") << 14 << QString() << true;
    QTest::newRow("22") << 22 << QString() << true;
    QTest::newRow("zh-CN 31") << 31 << QString() << true;
    QTest::newRow("zh-CN 32 time") << 32 << QString() << false;
    QTest::newRow("text @") << 49 << QString() << false;
    QTest::newRow("yyyy-mm-dd") << 164 << u"yyyy-mm-dd"_s << true;
    QTest::newRow("chinese") << 165 << u"yyyy\"年\"m\"月\"d\"日\";@"_s << true;
    QTest::newRow("locale") << 166 << u"[$-804]yyyy/m/d"_s << true;
    QTest::newRow("month") << 167 << u"mmm-yy"_s << true;
    QTest::newRow("m/d with time") << 168 << u"m/d/yy h:mm"_s << true;
    QTest::newRow("time") << 169 << u"h:mm:ss"_s << false;
    QTest::newRow("mm:ss") << 170 << u"mm:ss.0"_s << false;
    QTest::newRow("elapsed") << 171 << u"[h]:mm"_s << false;
    QTest::newRow("colour") << 172 << u"[Magenta]0.00"_s << false;
    QTest::newRow("literal days") << 173 << u"0\" days\""_s << false;
    QTest::newRow("currency") << 174 << u"\"¥\"#,##0.00;[Red]\"¥\"-#,##0.00"_s << false;
    QTest::newRow("scientific") << 175 << u"0.00E+00"_s << false;
}

void TestFileReaders::knowsDateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormat(id, code), date);
}

void TestFileReaders::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<QDate>("expected");
    const QDate day(2026, 3, 5);
    QTest::newRow("iso") << u"2026-03-05"_s << false << day;
    QTest::newRow("iso short") << u"2026-3-5"_s << false << day;
    QTest::newRow("slash") << u"2026/3/5"_s << false << day;
    QTest::newRow("slash padded") << u"2026/03/05"_s << false << day;
    QTest::newRow("dot") << u"2026.3.5"_s << false << day;
    QTest::newRow("chinese") << u"2026年3月5日"_s << false << day;
    QTest::newRow("chinese padded") << u"2026年03月05日"_s << false << day;
    QTest::newRow("compact") << u"20260305"_s << false << day;
    QTest::newRow("compact number") << u"20260305"_s << true << day;
    QTest::newRow("blanks around") << u" 2026-03-05\t"_s << false << day;
    QTest::newRow("serial") << u"46086"_s << true << day;
    QTest::newRow("serial with time") << u"46086.75"_s << true << day;
    QTest::newRow("serial 1") << u"1"_s << true << QDate(1900, 1, 1);
    QTest::newRow("serial 59") << u"59"_s << true << QDate(1900, 2, 28);
    QTest::newRow("serial 61") << u"61"_s << true << QDate(1900, 3, 1);
    QTest::newRow("serial last") << u"2958465"_s << true << QDate(9999, 12, 31);
    QTest::newRow("leap day") << u"2024-02-29"_s << false << QDate(2024, 2, 29);
}

void TestFileReaders::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(bool, numeric);
    QFETCH(QDate, expected);
    QCOMPARE(parseImportDate(SourceCell{text, numeric, numeric}).value_or(QDate()), expected);
}

void TestFileReaders::rejectsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("numeric");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("words") << u"三月五日"_s << false;
    QTest::newRow("day first") << u"05/03/2026"_s << false;
    QTest::newRow("mixed separators") << u"2026-3/5"_s << false;
    QTest::newRow("two-digit year") << u"26-3-5"_s << false;
    QTest::newRow("no day") << u"2026-03"_s << false;
    QTest::newRow("month 13") << u"2026-13-01"_s << false;
    QTest::newRow("february 30") << u"2026年2月30日"_s << false;
    QTest::newRow("not a leap year") << u"20250229"_s << false;
    QTest::newRow("missing 日") << u"2026年3月5"_s << false;
    QTest::newRow("trailing text") << u"2026-03-05 上午"_s << false;
    QTest::newRow("serial as text") << u"46086"_s << false;
    QTest::newRow("fake 1900-02-29") << u"60"_s << true;
    QTest::newRow("serial 0") << u"0"_s << true;
    QTest::newRow("negative serial") << u"-5"_s << true;
    QTest::newRow("time only") << u"0.5"_s << true;
    QTest::newRow("serial too large") << u"2958466"_s << true;
    QTest::newRow("not a number") << u"abc"_s << true;
    QTest::newRow("infinite") << u"inf"_s << true;
}

void TestFileReaders::rejectsDates()
{
    QFETCH(QString, text);
    QFETCH(bool, numeric);
    QVERIFY(!parseImportDate(SourceCell{text, numeric, false}));
}

QTEST_GUILESS_MAIN(TestFileReaders)
#include "TestFileReaders.moc"
