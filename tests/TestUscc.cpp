#include "domain/CodeNormalizer.h"
#include "domain/Uscc.h"

#include <QSet>
#include <QTest>
#include <random>
#include <string>

using namespace Qt::StringLiterals;

namespace {
// An independent reading of GB 32100-2015: the weights are the powers of 3 modulo 31 and the check
// value is the one that brings the weighted sum to a multiple of 31. Plain loops, no Uscc.
namespace reference {
const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

char checkCharacter(const std::string& first17)
{
    int sum = 0;
    int weight = 1;
    for (char c : first17) {
        sum += int(alphabet.find(c)) * weight;
        weight = weight * 3 % 31;
    }
    for (int value = 0; value < 31; ++value) {
        if ((sum + value) % 31 == 0)
            return alphabet[size_t(value)];
    }
    return '?';
}

std::string complete(const std::string& first17)
{
    return first17 + checkCharacter(first17);
}
} // namespace reference

// Deterministic bodies: registration authority and entity type from the alphabet, a six-digit
// division code, nine organisation-code characters.
class BodyGenerator
{
public:
    explicit BodyGenerator(unsigned seed)
        : m_random(seed)
    { }

    std::string next()
    {
        std::string body;
        for (int i = 0; i < 17; ++i)
            body += (i >= 2 && i < 8) ? digit() : letterOrDigit();
        return body;
    }

    std::string nextAllDigits()
    {
        std::string body;
        for (int i = 0; i < 17; ++i)
            body += digit();
        return body;
    }

private:
    char digit() { return char('0' + m_random() % 10); }
    char letterOrDigit() { return reference::alphabet[m_random() % reference::alphabet.size()]; }

    std::minstd_rand m_random;
};

// "0000" for "…7890000": Excel's zeros may run into the 15th digit when that one is a zero.
std::string zeroTail(const std::string& code)
{
    return code.substr(code.find_last_not_of('0') + 1);
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

const QString kExample = u"91360000MA35ABCD4X"_s; // docs/regulations.md §6

// Codes published by companies, checked by hand against the standard, not generated.
const QStringList kPublished = {
    u"91360000MA35ABCD4X"_s, u"914403001922038216"_s, u"91440300708461136T"_s, u"91330100799655058B"_s,
    u"91110000802100433B"_s, u"911100001000128855"_s, u"91310000607216596U"_s, u"91110108551385082Q"_s,
};

QString withCharacterAt(QString code, int position, QChar c)
{
    code[position - 1] = c;
    return code;
}

void addInvalid(const char* name, const QString& input, const QString& normalized, const QStringList& facts)
{
    QTest::newRow(name) << input << normalized << facts;
}
} // namespace

class TestUscc : public QObject
{
    Q_OBJECT

private slots:
    void referenceAgreesWithPublishedCodes()
    {
        for (const QString& code : kPublished)
            QCOMPARE(reference::checkCharacter(code.first(17).toStdString()), code.back().toLatin1());
    }

    void normalizeCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only ASCII blanks") << u" \t\r\n\v\f "_s << QString();
        QTest::newRow("only wide blanks") << u"\u3000\u00A0\u200B\uFEFF"_s << QString();
        QTest::newRow("already clean") << kExample << kExample;
        QTest::newRow("spaces around") << u"  91360000MA35ABCD4X  "_s << kExample;
        QTest::newRow("tab and newline around") << u"\t91360000MA35ABCD4X\r\n"_s << kExample;
        QTest::newRow("ideographic spaces") << u"\u300091360000MA35ABCD4X\u3000\u3000"_s << kExample;
        QTest::newRow("no-break spaces") << u"\u00A091360000MA35ABCD4X\u00A0"_s << kExample;
        QTest::newRow("zero-width space") << u"\u200B91360000MA35ABCD4X\u200B"_s << kExample;
        QTest::newRow("byte order mark") << u"\uFEFF91360000MA35ABCD4X"_s << kExample;
        QTest::newRow("mixed blanks") << u"\uFEFF \u3000\t91360000MA35ABCD4X\u200B\u00A0 \n"_s << kExample;
        QTest::newRow("lower case") << u"91360000ma35abcd4x"_s << kExample;
        QTest::newRow("mixed case") << u"91360000mA35aBcD4x"_s << kExample;
        QTest::newRow("full-width digits and letters")
            << u"\uFF19\uFF11\uFF13\uFF16\uFF10\uFF10\uFF10\uFF10\uFF2D\uFF21\uFF13\uFF15\uFF21\uFF22\uFF23\uFF24\uFF14\uFF38"_s
            << kExample;
        QTest::newRow("full-width lower case") << u"\uFF41\uFF42\uFF58"_s << u"ABX"_s;
        QTest::newRow("full-width range ends") << u"\uFF01\uFF5E"_s << u"!~"_s;
        QTest::newRow("just outside full-width range") << u"\uFF00\uFF5F"_s << u"\uFF00\uFF5F"_s;
        QTest::newRow("full-width punctuation") << u"\uFF0D\uFF0E\uFF0B"_s << u"-.+"_s;
        QTest::newRow("inner space kept") << u" 9136 0000 "_s << u"9136 0000"_s;
        QTest::newRow("inner ideographic space kept") << u"9136\u30000000"_s << u"9136\u30000000"_s;
        QTest::newRow("inner zero-width space kept") << u"9136\u200B0000"_s << u"9136\u200B0000"_s;
        QTest::newRow("non-ASCII letters untouched") << u"\u00E4\u00DF\u03B1"_s << u"\u00E4\u00DF\u03B1"_s;
        QTest::newRow("Chinese untouched") << u"\u7EDF\u4E00\u4EE3\u7801"_s << u"\u7EDF\u4E00\u4EE3\u7801"_s;
        QTest::newRow("inner blank only between blanks") << u"\u3000 a b \u3000"_s << u"A B"_s;
    }

    void normalizeCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(::normalizeCode(input), expected);
    }

    void scientificNotation_data()
    {
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("expected");

        QTest::newRow("Excel") << u"9.13600E+17"_s << true;
        QTest::newRow("short mantissa") << u"9.136E+17"_s << true;
        QTest::newRow("comma decimal") << u"9,136E+17"_s << true;
        QTest::newRow("no fraction") << u"9E+17"_s << true;
        QTest::newRow("no sign") << u"9.136E17"_s << true;
        QTest::newRow("code with E") << u"12345678901234E123"_s << false;
        QTest::newRow("code") << kExample << false;
        QTest::newRow("plain number") << u"913600001234567890"_s << false;
        QTest::newRow("decimal without exponent") << u"9.136"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void scientificNotation()
    {
        QFETCH(QString, normalized);
        QFETCH(bool, expected);
        QCOMPARE(looksLikeScientificNotation(normalized), expected);
    }

    void validCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");

        for (const QString& code : kPublished)
            QTest::addRow("published %s", qPrintable(code)) << code << code;

        // Every check character at least once, including 0 (a weighted sum that is a multiple of 31).
        BodyGenerator generator(20150901);
        QSet<char> seen;
        while (seen.size() < 31) {
            const std::string code = reference::complete(generator.next());
            if (seen.contains(code.back()))
                continue;
            seen.insert(code.back());
            QTest::addRow("check %c: %s", code.back(), code.c_str()) << q(code) << q(code);
        }
        for (int i = 0; i < 40; ++i) {
            const std::string code = reference::complete(generator.next());
            QTest::addRow("generated %s", code.c_str()) << q(code) << q(code);
        }
        for (int i = 0; i < 8; ++i) {
            const std::string code = reference::complete(generator.nextAllDigits());
            QTest::addRow("all digits %s", code.c_str()) << q(code) << q(code);
        }
        const std::string zeros = reference::complete(std::string(17, '0'));
        QTest::newRow("all zeros") << q(zeros) << q(zeros);
        const std::string highest = reference::complete("YY999999YYYYYYYYY");
        QTest::newRow("highest values") << q(highest) << q(highest);

        QTest::newRow("lower case") << u"91360000ma35abcd4x"_s << kExample;
        QTest::newRow("full-width")
            << u"\uFF19\uFF11\uFF13\uFF16\uFF10\uFF10\uFF10\uFF10\uFF2D\uFF21\uFF13\uFF15\uFF21\uFF22\uFF23\uFF24\uFF14\uFF38"_s
            << kExample;
        QTest::newRow("full-width lower case")
            << u"91360000\uFF4D\uFF41\uFF13\uFF15\uFF41\uFF42\uFF43\uFF44\uFF14\uFF58"_s << kExample;
        QTest::newRow("spaces around") << u"  91360000MA35ABCD4X "_s << kExample;
        QTest::newRow("ideographic spaces around") << u"\u300091360000MA35ABCD4X\u3000"_s << kExample;
        QTest::newRow("no-break space after") << u"91360000MA35ABCD4X\u00A0"_s << kExample;
        QTest::newRow("pasted from a web page") << u"\u200B91360000MA35ABCD4X\u200B"_s << kExample;
        QTest::newRow("byte order mark") << u"\uFEFF91360000MA35ABCD4X"_s << kExample;
        QTest::newRow("line end from a spreadsheet cell") << u"91360000MA35ABCD4X\r\n"_s << kExample;
    }

    void validCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const CodeCheck result = Uscc::check(input);
        QVERIFY2(result.valid, qPrintable(result.reason));
        QCOMPARE(result.input, input);
        QCOMPARE(result.normalized, normalized);
        QCOMPARE(result.reason, QString());
        QVERIFY(Uscc::isValid(input));
        QCOMPARE(Uscc::checkCharacter(QStringView(normalized).first(17)), normalized.back());
    }

    void invalidCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QStringList>("facts");

        addInvalid("empty", QString(), QString(), {u"is empty"_s});
        addInvalid("blanks only", u"  \t "_s, QString(), {u"is empty"_s});
        addInvalid("ideographic blanks only", u"\u3000\u3000"_s, QString(), {u"is empty"_s});
        addInvalid("zero-width only", u"\u200B\uFEFF"_s, QString(), {u"is empty"_s});

        const QString excel = u"scientific notation; re-enter it as text"_s;
        addInvalid("Excel notation", u"9.13600E+17"_s, u"9.13600E+17"_s, {excel});
        addInvalid("Excel notation, lower case", u"9.13600e+17"_s, u"9.13600E+17"_s, {excel});
        addInvalid("Excel notation, comma", u"9,136E+17"_s, u"9,136E+17"_s, {excel});
        addInvalid("Excel notation, blanks", u" 9.136E+17\u3000"_s, u"9.136E+17"_s, {excel});
        addInvalid("Excel notation, full-width", u"\uFF19\uFF0E\uFF11\uFF13\uFF16\uFF25\uFF0B\uFF11\uFF17"_s,
                   u"9.136E+17"_s, {excel});

        for (int length = 1; length <= 25; ++length) {
            if (length == 18)
                continue;
            QString code = kExample.left(length);
            while (code.size() < length)
                code += u'1';
            QTest::addRow("length %d", length)
                << code << code << QStringList{u"must have 18 characters, has %1"_s.arg(length)};
        }
        addInvalid("length counts after trimming", u" 91360000MA35ABCD4 "_s, u"91360000MA35ABCD4"_s, {u"has 17"_s});
        addInvalid("length before characters", u"91360000OA35ABCD4"_s, u"91360000OA35ABCD4"_s, {u"has 17"_s});

        // I, O, S, V and Z are never used, wherever they are, division code included.
        for (const QChar letter : u"IOSVZ"_s) {
            for (const int position : {1, 2, 3, 5, 8, 9, 13, 17, 18}) {
                const QString code = withCharacterAt(kExample, position, letter);
                QTest::addRow("%c at %d", letter.toLatin1(), position)
                    << code << code
                    << QStringList{u"character '%1' at position %2 is not allowed"_s.arg(letter).arg(position),
                                   u"I, O, S, V and Z"_s};
            }
        }
        addInvalid("lower-case o", u"91360000ma35abcd4o"_s, u"91360000MA35ABCD4O"_s,
                   {u"character 'O' at position 18"_s});
        addInvalid("full-width O", u"91360000\uFF2FA35ABCD4X"_s, u"91360000OA35ABCD4X"_s,
                   {u"character 'O' at position 9"_s});
        addInvalid("first bad character wins", u"91360000OA35ABCD4Z"_s, u"91360000OA35ABCD4Z"_s, {u"position 9"_s});

        const struct
        {
            const char* name;
            QChar c;
            int position;
            QString shown;
        } others[] = {
            {"hyphen", u'-', 7, u"'-'"_s},
            {"dot", u'.', 12, u"'.'"_s},
            {"slash", u'/', 1, u"'/'"_s},
            {"asterisk", u'*', 18, u"'*'"_s},
            {"Chinese", u'\u4E2D', 10, u"'\u4E2D'"_s},
            {"inner space", u' ', 9, u"U+0020 (a space)"_s},
            {"inner ideographic space", u'\u3000', 4, u"U+3000 (a space)"_s},
            {"inner tab", u'\t', 14, u"U+0009 (a space)"_s},
            {"inner zero-width space", u'\u200B', 11, u"U+200B (invisible)"_s},
            {"control character", u'\u0007', 15, u"U+0007 (invisible)"_s},
        };
        for (const auto& other : others) {
            const QString code = withCharacterAt(kExample, other.position, other.c);
            QTest::newRow(other.name)
                << code << code
                << QStringList{u"character %1 at position %2 is not allowed"_s.arg(other.shown).arg(other.position)};
        }
        // A character outside the BMP is one position, not two.
        const QString emoji = u"91360000M\U0001F600"_s + kExample.mid(10);
        addInvalid("emoji", emoji, emoji, {u"position 10 is not allowed"_s});

        // Letters of the alphabet are fine elsewhere but not in the division code.
        for (const int position : {3, 4, 5, 6, 7, 8}) {
            for (const QChar letter : {u'A', u'Y'}) {
                const QString code = withCharacterAt(kExample, position, letter);
                QTest::addRow("division %c at %d", letter.toLatin1(), position)
                    << code << code
                    << QStringList{u"positions 3–8 (administrative division) must be digits"_s,
                                   u"position %1 is '%2'"_s.arg(position).arg(letter)};
            }
        }

        // Every wrong check character for one body.
        const std::string body = kExample.first(17).toStdString();
        for (const char wrong : reference::alphabet) {
            if (wrong == 'X')
                continue;
            const std::string code = body + wrong;
            QTest::addRow("check %c instead of X", wrong)
                << q(code) << q(code) << QStringList{u"check character should be X, is %1"_s.arg(QLatin1Char(wrong))};
        }
        BodyGenerator generator(32100);
        for (int i = 0; i < 20; ++i) {
            const std::string first17 = generator.next();
            const char right = reference::checkCharacter(first17);
            const char wrong = reference::alphabet[(reference::alphabet.find(right) + 1 + size_t(i)) % 31];
            const std::string code = first17 + wrong;
            QTest::addRow("generated wrong check %s", code.c_str())
                << q(code) << q(code)
                << QStringList{
                       u"check character should be %1, is %2"_s.arg(QLatin1Char(right)).arg(QLatin1Char(wrong))};
        }

        // An all-digit code typed into Excel keeps 15 digits: the rest become zeros.
        int zeroed = 0;
        while (zeroed < 8) {
            const std::string code = generator.nextAllDigits().substr(0, 15) + "000";
            if (reference::checkCharacter(code.substr(0, 17)) == '0')
                continue; // that one is simply valid
            ++zeroed;
            QTest::addRow("Excel zeros %s", code.c_str())
                << q(code) << q(code)
                << QStringList{u"digits after the 15th look lost to Excel (…%1)"_s.arg(q(zeroTail(code)))};
        }
        addInvalid(
            "two zeros are just a wrong check", u"913600001234567800"_s, u"913600001234567800"_s,
            {u"check character should be %1, is 0"_s.arg(QLatin1Char(reference::checkCharacter("91360000123456780")))});
    }

    void invalidCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QStringList, facts);
        const CodeCheck result = Uscc::check(input);
        QVERIFY(!result.valid);
        QVERIFY(!Uscc::isValid(input));
        QCOMPARE(result.input, input);
        QCOMPARE(result.normalized, normalized);
        for (const QString& fact : facts)
            QVERIFY2(result.reason.contains(fact),
                     qPrintable(u"reason \"%1\" lacks \"%2\""_s.arg(result.reason, fact)));
    }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("expected");

        BodyGenerator generator(1);
        for (int i = 0; i < 20; ++i) {
            const std::string body = generator.next();
            QTest::addRow("%s", body.c_str()) << q(body) << QChar(QLatin1Char(reference::checkCharacter(body)));
        }
        QTest::newRow("example") << kExample.first(17) << QChar(u'X');
        QTest::newRow("16 characters") << kExample.first(16) << QChar();
        QTest::newRow("18 characters") << kExample << QChar();
        QTest::newRow("empty") << QString() << QChar();
        QTest::newRow("forbidden letter") << u"91360000MA35ABCD4"_s.replace(u'M', u'O') << QChar();
        QTest::newRow("lower case is not normalised here") << u"91360000ma35abcd4"_s << QChar();
        QTest::newRow("full-width is not normalised here") << u"\uFF19"_s + kExample.mid(1, 16) << QChar();
    }

    void checkCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, expected);
        QCOMPARE(Uscc::checkCharacter(first17), expected);
    }

    // 31 is prime and no weight is a multiple of it, so any one wrong character is caught.
    void everySingleSubstitutionIsCaught()
    {
        BodyGenerator generator(7);
        QStringList codes = kPublished;
        for (int i = 0; i < 5; ++i)
            codes << q(reference::complete(generator.next()));
        for (const QString& code : std::as_const(codes)) {
            for (int position = 1; position <= 18; ++position) {
                for (const char c : reference::alphabet) {
                    if (QLatin1Char(c) == code[position - 1])
                        continue;
                    const QString changed = withCharacterAt(code, position, QLatin1Char(c));
                    QVERIFY2(!Uscc::isValid(changed), qPrintable(changed));
                }
            }
        }
    }

    void exactlyOneCheckCharacterFits()
    {
        BodyGenerator generator(11);
        for (int i = 0; i < 50; ++i) {
            const QString body = q(generator.next());
            int fitting = 0;
            for (const char c : reference::alphabet)
                fitting += Uscc::isValid(body + QLatin1Char(c)) ? 1 : 0;
            QCOMPARE(fitting, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestUscc)
#include "TestUscc.moc"
