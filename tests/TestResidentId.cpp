#include "Clock.h"
#include "domain/CodeNormalizer.h"
#include "domain/ResidentId.h"

#include <QSet>
#include <QTest>
#include <iterator>
#include <random>
#include <string>

using namespace Qt::StringLiterals;

namespace {
// An independent reading of GB 11643-1999 (ISO 7064 MOD 11-2): the weight of position i is
// 2^(18−i) mod 11 and the check value a1 makes Σ + a1 ≡ 1 (mod 11), 10 written as X.
// Plain loops, no ResidentId.
namespace reference {
char checkCharacter(const std::string& first17)
{
    int sum = 0;
    for (size_t i = 0; i < first17.size(); ++i) {
        int weight = 1;
        for (size_t power = 0; power < 17 - i; ++power)
            weight = weight * 2 % 11;
        sum += (first17[i] - '0') * weight;
    }
    for (int value = 0; value < 11; ++value) {
        if ((sum + value) % 11 == 1)
            return value == 10 ? 'X' : char('0' + value);
    }
    return '?';
}

std::string complete(const std::string& first17)
{
    return first17 + checkCharacter(first17);
}
} // namespace reference

std::string sequence(int n)
{
    std::string text = std::to_string(n % 1000);
    return std::string(3 - text.size(), '0') + text;
}

std::string number(const std::string& area, const char* birth, int sequenceNumber)
{
    return reference::complete(area + birth + sequence(sequenceNumber));
}

// "0000" for "…7890000": Excel's zeros may run into the 15th digit when that one is a zero.
std::string zeroTail(const std::string& code)
{
    return code.substr(code.find_last_not_of('0') + 1);
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString withCharacterAt(QString code, int position, QChar c)
{
    code[position - 1] = c;
    return code;
}

// Every test runs on 15 June 2025, noon local time, unless it moves the clock itself.
const QDate kToday(2025, 6, 15);
const QString kExample = u"11010519491231002X"_s; // GB 11643-1999 and docs/regulations.md §6

const char* const kAreas[] = {"110105", "110101", "310104", "440305", "440524", "360429",
                              "360102", "510107", "650102", "540102", "230103", "810000"};
const char* const kBirthDates[]
    = {"19000101", "19001231", "19040229", "19491231", "19600229", "19781018", "19991231", "20000101",
       "20000229", "20120229", "20240229", "20250614", "20250615", "19850704", "19370707", "20101111"};

void addInvalid(const char* name, const QString& input, const QString& normalized, const QStringList& facts,
                const QString& notInReason = {})
{
    QTest::newRow(name) << input << normalized << facts << notInReason;
}
} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setTestTime(QDateTime(kToday, QTime(12, 0))); }
    void cleanup() { Clock::useSystemTime(); }

    void referenceAgreesWithTheStandard()
    {
        // The two worked examples of GB 11643-1999.
        QCOMPARE(reference::checkCharacter("11010519491231002"), 'X');
        QCOMPARE(reference::checkCharacter("44052418800101001"), '4');
    }

    void normalizeCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("lower-case x") << u"11010519491231002x"_s << kExample;
        QTest::newRow("full-width X") << u"11010519491231002\uFF38"_s << kExample;
        QTest::newRow("full-width x") << u"11010519491231002\uFF58"_s << kExample;
        QTest::newRow("full-width digits")
            << u"\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19\uFF11\uFF12\uFF13\uFF11\uFF10\uFF10\uFF12\uFF38"_s
            << kExample;
        QTest::newRow("ideographic spaces around") << u"\u3000\u300011010519491231002x\u3000"_s << kExample;
        QTest::newRow("inner space kept") << u"110105 19491231 002X"_s << u"110105 19491231 002X"_s;
        QTest::newRow("inner full-width space kept") << u"110105\u300019491231"_s << u"110105\u300019491231"_s;
        QTest::newRow("Excel notation") << u" 1.10105e+17 "_s << u"1.10105E+17"_s;
    }

    void normalizeCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(::normalizeCode(input), expected);
    }

    void validNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("example") << kExample << kExample;

        int n = 0;
        for (const char* area : kAreas) {
            for (int i = 0; i < 4; ++i, ++n) {
                const char* birth = kBirthDates[size_t(n) % std::size(kBirthDates)];
                const std::string code = number(area, birth, n * 37 + 1);
                QTest::addRow("%s", code.c_str()) << q(code) << q(code);
            }
        }

        // Every check character at least once, X included.
        QSet<char> seen;
        for (int i = 0; seen.size() < 11; ++i) {
            const std::string code = number("360429", "19880512", i);
            if (seen.contains(code.back()))
                continue;
            seen.insert(code.back());
            QTest::addRow("check %c: %s", code.back(), code.c_str()) << q(code) << q(code);
        }

        QTest::newRow("born 1 January 1900")
            << q(number("110105", "19000101", 11)) << q(number("110105", "19000101", 11));
        QTest::newRow("29 February 2000 (leap: divisible by 400)")
            << q(number("110105", "20000229", 12)) << q(number("110105", "20000229", 12));
        QTest::newRow("29 February 1996") << q(number("110105", "19960229", 13)) << q(number("110105", "19960229", 13));
        QTest::newRow("born today") << q(number("110105", "20250615", 14)) << q(number("110105", "20250615", 14));

        QTest::newRow("lower-case x") << u"11010519491231002x"_s << kExample;
        QTest::newRow("full-width")
            << u"\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19\uFF11\uFF12\uFF13\uFF11\uFF10\uFF10\uFF12\uFF58"_s
            << kExample;
        QTest::newRow("spaces around") << u"  11010519491231002X "_s << kExample;
        QTest::newRow("ideographic spaces around") << u"\u300011010519491231002X\u3000"_s << kExample;
        QTest::newRow("no-break space") << u"\u00A011010519491231002x"_s << kExample;
        QTest::newRow("zero-width and BOM") << u"\uFEFF11010519491231002X\u200B"_s << kExample;
        QTest::newRow("tab and line end") << u"\t11010519491231002X\r\n"_s << kExample;
    }

    void validNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const CodeCheck result = ResidentId::check(input);
        QVERIFY2(result.valid, qPrintable(result.reason));
        QCOMPARE(result.input, input);
        QCOMPARE(result.normalized, normalized);
        QCOMPARE(result.reason, QString());
        QVERIFY(ResidentId::isValid(input));
        QVERIFY(ResidentId::check(input, kToday).valid);
        QCOMPARE(ResidentId::checkCharacter(QStringView(normalized).first(17)), normalized.back());
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QStringList>("facts");
        QTest::addColumn<QString>("notInReason");

        addInvalid("empty", QString(), QString(), {u"is empty"_s});
        addInvalid("blanks only", u" \t\r\n"_s, QString(), {u"is empty"_s});
        addInvalid("ideographic blanks only", u"\u3000"_s, QString(), {u"is empty"_s});
        addInvalid("BOM only", u"\uFEFF"_s, QString(), {u"is empty"_s});

        const QString excel = u"looks like a number Excel turned into scientific notation; re-enter it as text"_s;
        addInvalid("Excel 1.10105E+17", u"1.10105E+17"_s, u"1.10105E+17"_s, {excel});
        addInvalid("Excel 3.60429e+17", u"3.60429e+17"_s, u"3.60429E+17"_s, {excel});
        addInvalid("Excel 4.40524E+17", u"4.40524E+17"_s, u"4.40524E+17"_s, {excel});
        addInvalid("Excel, all 15 digits shown", u"1.10105194912310E+17"_s, u"1.10105194912310E+17"_s, {excel});
        addInvalid("Excel, comma decimal", u"1,10105E+17"_s, u"1,10105E+17"_s, {excel});
        addInvalid("Excel, no sign", u"1.10105E17"_s, u"1.10105E17"_s, {excel});
        addInvalid("Excel, blanks around", u"\u30001.10105E+17 "_s, u"1.10105E+17"_s, {excel});
        addInvalid("Excel, full-width", u"\uFF11\uFF0E\uFF11\uFF10\uFF11\uFF10\uFF15\uFF25\uFF0B\uFF11\uFF17"_s,
                   u"1.10105E+17"_s, {excel});

        // Excel keeps 15 significant digits; the last three of an 18-digit number become zeros.
        int zeroed = 0;
        for (int i = 0; zeroed < 10; ++i) {
            const std::string first15 = std::string(kAreas[i % std::size(kAreas)])
                + kBirthDates[size_t(i) % std::size(kBirthDates)] + sequence(i * 7).substr(0, 1);
            if (reference::checkCharacter(first15 + "00") == '0')
                continue; // that one is simply valid
            ++zeroed;
            const std::string code = first15 + "000";
            QTest::addRow("Excel zeros %s", code.c_str())
                << q(code) << q(code)
                << QStringList{u"digits after the 15th look lost to Excel (…%1); re-enter it as text"_s.arg(
                       q(zeroTail(code)))}
                << QString();
        }
        addInvalid("Excel zeros, four of them", u"110105194912310000"_s, u"110105194912310000"_s,
                   {u"lost to Excel (…0000)"_s});
        addInvalid(
            "two zeros are just a wrong check", u"110105194912310200"_s, u"110105194912310200"_s,
            {u"check character should be %1, is 0"_s.arg(QLatin1Char(reference::checkCharacter("11010519491231020")))});

        addInvalid("old 15-digit number", u"110105491231002"_s, u"110105491231002"_s,
                   {u"old 15-digit numbers are not accepted; use the 18-digit number"_s});
        addInvalid("old 15-digit number, blanks", u" 440524800101001\u3000"_s, u"440524800101001"_s,
                   {u"old 15-digit numbers"_s});
        addInvalid("15 characters, not all digits", u"11010549123100X"_s, u"11010549123100X"_s,
                   {u"must have 18 characters, has 15"_s}, u"old"_s);
        addInvalid("17 digits, X lost", u"11010519491231002"_s, u"11010519491231002"_s,
                   {u"must have 18 characters, has 17"_s, u"X looks lost"_s});
        addInvalid("17 digits, nothing lost", u"11010519491231003"_s, u"11010519491231003"_s,
                   {u"must have 18 characters, has 17"_s}, u"X"_s);
        for (int length = 1; length <= 25; ++length) {
            if (length == 15 || length == 17 || length == 18)
                continue;
            QString code = kExample.left(length);
            while (code.size() < length)
                code += u'7';
            QTest::addRow("length %d", length)
                << code << code << QStringList{u"must have 18 characters, has %1"_s.arg(length)} << QString();
        }
        addInvalid("separated with hyphens", u"110105-19491231-002X"_s, u"110105-19491231-002X"_s, {u"has 20"_s});

        // Positions 1–17 are digits: a letter anywhere there is named with its position.
        for (int position = 1; position <= 17; ++position) {
            const QString withA = withCharacterAt(kExample, position, u'A');
            QTest::addRow("A at %d", position)
                << withA << withA << QStringList{u"character 'A' at position %1 is not allowed"_s.arg(position)}
                << QString();
            const QString withX = withCharacterAt(kExample, position, u'X');
            QTest::addRow("X at %d", position)
                << withX << withX
                << QStringList{u"character 'X' at position %1 is not allowed"_s.arg(position),
                               u"only the last one may be X"_s}
                << QString();
        }
        for (const QChar last : {u'A', u'Y', u'K', u'P'}) {
            const QString code = withCharacterAt(kExample, 18, last);
            QTest::addRow("%c last", last.toLatin1())
                << code << code
                << QStringList{u"character '%1' at position 18 is not allowed"_s.arg(last), u"digit or X"_s}
                << QString();
        }
        addInvalid("lower-case x inside", u"110105194912x1002X"_s, u"110105194912X1002X"_s,
                   {u"character 'X' at position 13"_s});
        addInvalid("full-width letter last", u"11010519491231002\uFF21"_s, u"11010519491231002A"_s,
                   {u"character 'A' at position 18"_s});
        addInvalid("inner space", u"1101051949 231002X"_s, u"1101051949 231002X"_s,
                   {u"character U+0020 (a space) at position 11 is not allowed"_s});
        addInvalid("inner ideographic space", u"110105\u30009491231002X"_s, u"110105\u30009491231002X"_s,
                   {u"character U+3000 (a space) at position 7 is not allowed"_s});
        addInvalid("inner zero-width space", u"11010519491231\u200B02X"_s, u"11010519491231\u200B02X"_s,
                   {u"character U+200B (invisible) at position 15 is not allowed"_s});
        const QString hyphen = withCharacterAt(kExample, 7, u'-');
        addInvalid("hyphen", hyphen, hyphen, {u"character '-' at position 7 is not allowed"_s});
        const QString chinese = withCharacterAt(kExample, 1, u'\u4EAC');
        addInvalid("Chinese", chinese, chinese, {u"character '\u4EAC' at position 1 is not allowed"_s});
        addInvalid("emoji counts once", u"110105\U0001F6009491231002X"_s, u"110105\U0001F6009491231002X"_s,
                   {u"at position 7 is not allowed"_s});

        // The birth date: a real day, from 1900 up to today. Check characters are right, so only
        // the date is wrong.
        const struct
        {
            const char* birth;
            const char* fact;
        } dates[] = {
            {"19490231", "does not exist"},   {"19000229", "does not exist"}, // 1900: divisible by 100, not by 400
            {"19970229", "does not exist"},   {"20230229", "does not exist"},   {"21000229", "does not exist"},
            {"19490001", "does not exist"},   {"19491301", "does not exist"},   {"19499901", "does not exist"},
            {"19491200", "does not exist"},   {"19491232", "does not exist"},   {"19490431", "does not exist"},
            {"19490631", "does not exist"},   {"19490931", "does not exist"},   {"19491131", "does not exist"},
            {"00000000", "does not exist"},   {"18991231", "is before 1900"},   {"18800101", "is before 1900"},
            {"10000101", "is before 1900"},   {"20250616", "is in the future"}, {"20250701", "is in the future"},
            {"20260101", "is in the future"}, {"20280229", "is in the future"}, {"20301201", "is in the future"},
            {"99991231", "is in the future"},
        };
        for (const auto& date : dates) {
            const std::string code = number("110105", date.birth, 2);
            QTest::addRow("birth %s", date.birth)
                << q(code) << q(code)
                << QStringList{u"birth date %1 %2"_s.arg(QLatin1String(date.birth), QLatin1String(date.fact))}
                << QString();
        }
        addInvalid("the standard's own 1880 example", u"440524188001010014"_s, u"440524188001010014"_s,
                   {u"birth date 18800101 is before 1900"_s});

        // Every wrong check character for the example, and for a body whose check is 0.
        for (const char wrong : std::string("0123456789")) {
            const QString code = kExample.first(17) + QLatin1Char(wrong);
            QTest::addRow("check %c instead of X", wrong)
                << code << code << QStringList{u"check character should be X, is %1"_s.arg(QLatin1Char(wrong))}
                << QString();
        }
        std::string zeroBody;
        for (int i = 0; zeroBody.empty(); ++i) {
            const std::string body = "310104"
                                     "19781018"
                + sequence(i);
            if (reference::checkCharacter(body) == '0')
                zeroBody = body;
        }
        for (const char wrong : std::string("123456789X")) {
            const std::string code = zeroBody + wrong;
            QTest::addRow("check %c instead of 0", wrong)
                << q(code) << q(code) << QStringList{u"check character should be 0, is %1"_s.arg(QLatin1Char(wrong))}
                << QString();
        }
        addInvalid("lower-case x where 0 belongs", q(zeroBody) + u'x', q(zeroBody) + u'X', {u"should be 0, is X"_s});

        // The first problem, in order: length before characters, characters before the date, the
        // date before the check.
        addInvalid("length before characters", u"1101051949123100A"_s, u"1101051949123100A"_s, {u"has 17"_s});
        addInvalid("characters before date", u"A10105194902310020"_s, u"A10105194902310020"_s, {u"position 1"_s},
                   u"birth"_s);
        addInvalid("date before check", u"110105194902310021"_s, u"110105194902310021"_s,
                   {u"birth date 19490231 does not exist"_s}, u"check"_s);
    }

    void invalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QStringList, facts);
        QFETCH(QString, notInReason);
        const CodeCheck result = ResidentId::check(input);
        QVERIFY(!result.valid);
        QVERIFY(!ResidentId::isValid(input));
        QCOMPARE(result.input, input);
        QCOMPARE(result.normalized, normalized);
        for (const QString& fact : facts)
            QVERIFY2(result.reason.contains(fact),
                     qPrintable(u"reason \"%1\" lacks \"%2\""_s.arg(result.reason, fact)));
        if (!notInReason.isEmpty())
            QVERIFY2(!result.reason.contains(notInReason), qPrintable(result.reason));
    }

    void todayComesFromTheClock()
    {
        const QString bornToday = q(number("110105", "20250615", 3));
        QVERIFY(ResidentId::check(bornToday).valid);
        Clock::advanceDays(-1);
        const CodeCheck yesterday = ResidentId::check(bornToday);
        QVERIFY(!yesterday.valid);
        QVERIFY(yesterday.reason.contains(u"birth date 20250615 is in the future"_s));
        Clock::advanceDays(2);
        QVERIFY(ResidentId::check(bornToday).valid);
    }

    void todayCanBeGiven()
    {
        const QString code = q(number("110105", "20301201", 5));
        QVERIFY(!ResidentId::check(code).valid);
        QVERIFY(!ResidentId::check(code, QDate(2030, 11, 30)).valid);
        QVERIFY(ResidentId::check(code, QDate(2030, 12, 1)).valid);
        QVERIFY(ResidentId::isValid(code, QDate(2031, 1, 1)));
    }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("expected");

        std::minstd_rand random(11643);
        for (int i = 0; i < 20; ++i) {
            std::string body;
            for (int j = 0; j < 17; ++j)
                body += char('0' + random() % 10);
            QTest::addRow("%s", body.c_str()) << q(body) << QChar(QLatin1Char(reference::checkCharacter(body)));
        }
        QTest::newRow("example") << kExample.first(17) << QChar(u'X');
        QTest::newRow("1880 example") << u"44052418800101001"_s << QChar(u'4');
        QTest::newRow("16 digits") << kExample.first(16) << QChar();
        QTest::newRow("18 characters") << kExample << QChar();
        QTest::newRow("empty") << QString() << QChar();
        QTest::newRow("letter") << u"1101051949123100A"_s << QChar();
        QTest::newRow("full-width digit") << u"\uFF11"_s + kExample.mid(1, 16) << QChar();
    }

    void checkCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, expected);
        QCOMPARE(ResidentId::checkCharacter(first17), expected);
    }

    void birthDate_data()
    {
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("expected");

        QTest::newRow("example") << kExample << QDate(1949, 12, 31);
        QTest::newRow("leap day 2000") << u"110105200002290011"_s << QDate(2000, 2, 29);
        QTest::newRow("1880") << u"440524188001010014"_s << QDate(1880, 1, 1);
        QTest::newRow("no such day") << u"110105194902310021"_s << QDate();
        QTest::newRow("1900 not leap") << u"110105190002290021"_s << QDate();
        QTest::newRow("month 13") << u"110105194913010021"_s << QDate();
        QTest::newRow("letter in date") << u"1101051949A2310021"_s << QDate();
        QTest::newRow("too short") << u"1101051949123"_s << QDate();
        QTest::newRow("just long enough") << u"11010519491231"_s << QDate(1949, 12, 31);
        QTest::newRow("empty") << QString() << QDate();
    }

    void birthDate()
    {
        QFETCH(QString, normalized);
        QFETCH(QDate, expected);
        QCOMPARE(ResidentId::birthDate(normalized), expected);
    }

    void isMale_data()
    {
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("male");

        for (int digit = 0; digit <= 9; ++digit) {
            const QString code = q(number("110105", "19491231", 100 + digit));
            QTest::addRow("sequence ends in %d", digit) << code << (digit % 2 == 1);
        }
        QTest::newRow("example (female)") << kExample << false;
        QTest::newRow("1880 example (male)") << u"440524188001010014"_s << true;
        QTest::newRow("too short") << u"1101051949123100"_s << false;
        QTest::newRow("letter there") << u"1101051949123100AX"_s << false;
    }

    void isMale()
    {
        QFETCH(QString, normalized);
        QFETCH(bool, male);
        QCOMPARE(ResidentId::isMale(normalized), male);
    }

    // No weight is a multiple of 11, so any one wrong digit is caught, by the date or the check.
    void everySingleSubstitutionIsCaught()
    {
        const QStringList codes = {kExample, q(number("360429", "19880512", 17)), q(number("440305", "20000229", 2)),
                                   q(number("650102", "19000101", 999))};
        for (const QString& code : codes) {
            for (int position = 1; position <= 18; ++position) {
                for (const QChar c : u"0123456789X"_s) {
                    if (c == code[position - 1] || (c == u'X' && position < 18))
                        continue;
                    const QString changed = withCharacterAt(code, position, c);
                    QVERIFY2(!ResidentId::isValid(changed), qPrintable(changed));
                }
            }
        }
    }

    void exactlyOneCheckCharacterFits()
    {
        for (int i = 0; i < 50; ++i) {
            const QString body = q(kAreas[i % std::size(kAreas)]) + q(kBirthDates[size_t(i) % std::size(kBirthDates)])
                + q(sequence(i * 13));
            int fitting = 0;
            for (const QChar c : u"0123456789X"_s)
                fitting += ResidentId::isValid(body + c) ? 1 : 0;
            QCOMPARE(fitting, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "TestResidentId.moc"
