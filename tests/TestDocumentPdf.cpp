#include "documents/DocumentRenderer.h"
#include "documents/DocumentStore.h"
#include "documents/DocumentTemplateStore.h"
#include "documents/QrCode.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// Renders official documents and reads them back with poppler-utils (pdfinfo, pdffonts, pdftotext,
// pdftoppm), as any viewer would. Set CREDITDESK_TEST_PDF_DIR to keep the files for looking at them.
class TestDocumentPdf : public QObject
{
    Q_OBJECT

    static constexpr double kMm = 72.0 / 25.4;
    static constexpr double kLeft = 28 * kMm; // 79.37 pt
    static constexpr double kTop = 37 * kMm; // 104.88 pt
    static constexpr double kRight = (28 + 156) * kMm;
    static constexpr double kPitch = 225 * kMm / 22; // 28.99 pt
    static constexpr double kGridChar = 156 * kMm / 28; // 15.79 pt

    struct Word
    {
        int page;
        double xMin, yMin, xMax, yMax;
        QString text;
    };

    QTemporaryDir m_temp;
    QString m_dir;
    QString m_decisionPdf;
    QString m_longPdf;
    DocumentContent m_decision;
    DocumentContent m_long;

    static QString run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("<failed: %1 %2: %3>")
                .arg(program, arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static DocumentContent decision()
    {
        auto shipped = DocumentTemplateStore::shipped();
        DocumentTemplate decisionTemplate;
        for (const auto& candidate : *shipped) {
            if (candidate.kind == DocumentKind::Decision)
                decisionTemplate = candidate;
        }
        DocumentContent content = DocumentTemplates::fill(decisionTemplate, DocumentTemplateStore::sampleValues());
        content.authorityHeader = QStringLiteral("庐山市社会信用体系建设领导小组办公室");
        content.number = QStringLiteral("庐信用办〔2026〕3号");
        content.signer = QStringLiteral("庐山市社会信用体系建设领导小组办公室");
        content.date = QDate(2026, 11, 27);
        content.verificationCode = QStringLiteral("ABCDE-FGHJK");
        content.qrPayload = DocumentStore::qrPayload(content.number, content.verificationCode);
        return content;
    }

    // A decision long enough for four pages, with a second-level heading (楷体) among the blocks.
    static DocumentContent longDecision()
    {
        DocumentContent content = decision();
        QList<DocumentBlock> extra;
        extra << DocumentBlock{DocumentBlock::Kind::Heading2, QStringLiteral("（一）调查核实情况")};
        for (int i = 1; i <= 14; ++i)
            extra << DocumentBlock{
                DocumentBlock::Kind::Paragraph,
                QStringLiteral("第%1项：经现场检查和调阅资料，执法人员依法制作了现场检查记录和询问笔录，"
                               "当事人在规定期限内未按要求整改，日常管理中用工、行车记录和月度"
                               "检查台账均不完整。")
                    .arg(i)};
        content.body = content.body.mid(0, 3) + extra + content.body.mid(3);
        return content;
    }

    QString write(const DocumentContent& content, const QString& name, int resolution = 1200)
    {
        auto bytes = DocumentRenderer().pdf(content, resolution);
        if (!bytes)
            return {};
        const QString path = m_dir + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            return {};
        return path;
    }

    static QString text(const QString& pdf, int page = 0)
    {
        QStringList arguments = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
    }

    // The text without white space, page numbers and the verification caption, so that a paragraph
    // broken over lines and pages reads as one string.
    static QString flatText(const QString& pdf)
    {
        QString flat = text(pdf);
        flat.remove(QRegularExpression(QStringLiteral("—\\s*\\d+\\s*—")));
        flat.remove(QRegularExpression(QStringLiteral("核验码\\s*[A-Z0-9-]+")));
        flat.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
        return flat;
    }

    static QList<Word> words(const QString& pdf)
    {
        const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        static const QRegularExpression pagePattern(QStringLiteral("<page "));
        static const QRegularExpression wordPattern(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        QList<Word> list;
        int page = 0;
        const auto lines = html.split(u'\n');
        for (const auto& line : lines) {
            if (line.contains(pagePattern))
                ++page;
            const auto match = wordPattern.match(line);
            if (match.hasMatch())
                list << Word{page,
                             match.captured(1).toDouble(),
                             match.captured(2).toDouble(),
                             match.captured(3).toDouble(),
                             match.captured(4).toDouble(),
                             match.captured(5)};
        }
        return list;
    }

    static int pageCount(const QString& pdf)
    {
        const auto match
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    static QString flat(QString text)
    {
        return text.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
    }

private slots:
    void initTestCase()
    {
        for (const auto& tool : {"pdfinfo", "pdffonts", "pdftotext", "pdftoppm"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: install poppler-utils (scripts/deps.sh)")
                                    .arg(QString::fromLatin1(tool))));
        const QString keep = qEnvironmentVariable("CREDITDESK_TEST_PDF_DIR");
        m_dir = keep.isEmpty() ? m_temp.path() : keep;
        QVERIFY(QDir().mkpath(m_dir));
        m_decision = decision();
        m_long = longDecision();
        m_decisionPdf = write(m_decision, QStringLiteral("decision.pdf"));
        m_longPdf = write(m_long, QStringLiteral("decision-long.pdf"));
        QVERIFY(!m_decisionPdf.isEmpty());
        QVERIFY(!m_longPdf.isEmpty());
    }

    void pageIsA4()
    {
        for (const auto& pdf : {m_decisionPdf, m_longPdf}) {
            const QString info = run(QStringLiteral("pdfinfo"), {pdf});
            const auto match
                = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
            QVERIFY2(match.hasMatch(), qPrintable(info));
            QVERIFY(qAbs(match.captured(1).toDouble() - 595.28) < 1);
            QVERIFY(qAbs(match.captured(2).toDouble() - 841.89) < 1);
        }
    }

    void fontsAreEmbeddedAndNeverNoto()
    {
        const QString listing = run(QStringLiteral("pdffonts"), {m_longPdf});
        const auto lines = listing.split(u'\n', Qt::SkipEmptyParts).mid(2); // two header lines
        QVERIFY2(lines.size() >= 3, qPrintable(listing));
        QStringList names;
        for (const auto& line : lines) {
            const auto columns = line.simplified().split(u' ');
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            const auto& emb = columns.at(columns.size() - 5);
            const auto& uni = columns.at(columns.size() - 3);
            QVERIFY2(emb == QLatin1String("yes"), qPrintable(QStringLiteral("not embedded: ") + line));
            QVERIFY2(uni == QLatin1String("yes"), qPrintable(QStringLiteral("no ToUnicode map: ") + line));
            QVERIFY2(!line.contains(QLatin1String("Noto"), Qt::CaseInsensitive), qPrintable(line));
            names << columns.first();
        }
        const QString all = names.join(u' ');
        QVERIFY2(all.contains(QLatin1String("UMing")), qPrintable(all)); // body 仿宋 stand-in
        QVERIFY2(all.contains(QLatin1String("ZenHei")), qPrintable(all)); // title, header and 一、 headings
        QVERIFY2(all.contains(QLatin1String("UKai")), qPrintable(all)); // （一） headings
    }

    void textExtractsAsWritten()
    {
        const QString extracted = flatText(m_longPdf);
        for (const auto& piece : m_long.texts())
            QVERIFY2(extracted.contains(flat(piece)), qPrintable(QStringLiteral("not found: ") + piece));
        QVERIFY(extracted.contains(QStringLiteral("2026年11月27日")));
        QVERIFY(extracted.contains(flat(m_long.addressee) + QStringLiteral("：")));
    }

    void noKangxiRadicals()
    {
        const QString extracted = text(m_longPdf);
        for (const QChar c : extracted) {
            const auto code = c.unicode();
            QVERIFY2(
                !(code >= 0x2F00 && code <= 0x2FDF) && !(code >= 0x2E80 && code <= 0x2EFF),
                qPrintable(QStringLiteral("radical look-alike U+%1 in the text").arg(code, 4, 16, QLatin1Char('0'))));
        }
        for (const auto& word :
             {QStringLiteral("信用"), QStringLiteral("日"), QStringLiteral("行政"), QStringLiteral("月")})
            QVERIFY(extracted.contains(word));
    }

    void fiveElementsInTheDecision()
    {
        const QString extracted = flatText(m_decisionPdf);
        // 49号: 事由、依据、失信惩戒措施提示、移出条件和程序以及救济措施.
        for (const auto& element : {"认定理由", "认定依据", "失信惩戒措施提示", "移出条件和程序", "救济途径",
                                    "六十日内", "申请行政复议", "六个月内", "提起行政诉讼"})
            QVERIFY2(extracted.contains(QString::fromUtf8(element)), element);
        for (const auto& field : {"认定理由", "认定依据", "惩戒措施", "移出条件"})
            QVERIFY(extracted.contains(
                flat(DocumentTemplateStore::sampleValues().value(QString::fromUtf8(field)).section(u'\n', 0, 0))));
    }

    void marginsAndBodySize()
    {
        const auto all = words(m_longPdf);
        QVERIFY(!all.isEmpty());
        QList<Word> body; // the text block of pages 2 and 3: nothing but body lines
        for (const auto& word : all) {
            if ((word.page == 2 || word.page == 3) && word.yMin < kTop + 225 * kMm)
                body << word;
        }
        QVERIFY(body.size() > 20);
        const double left = std::min_element(body.begin(), body.end(), [](const Word& a, const Word& b) {
                                return a.xMin < b.xMin;
                            })->xMin;
        const double right = std::max_element(body.begin(), body.end(), [](const Word& a, const Word& b) {
                                 return a.xMax < b.xMax;
                             })->xMax;
        const double top = std::min_element(body.begin(), body.end(), [](const Word& a, const Word& b) {
                               return a.yMin < b.yMin;
                           })->yMin;
        QVERIFY2(qAbs(left - kLeft) < 1.0, qPrintable(QString::number(left)));
        QVERIFY2(right <= kRight + 1.0 && right > kRight - 2 * kGridChar, qPrintable(QString::number(right)));
        QVERIFY2(top >= kTop && top < kTop + kPitch, qPrintable(QString::number(top)));
        // 3号: 28 characters of a full line sit on a 156 mm grid, and the last one is as wide as the type is
        // large (poppler ends a word at the glyph's advance), so the width gives the size.
        int fullLines = 0;
        for (const auto& word : body) {
            const bool fullWidth
                = std::all_of(word.text.begin(), word.text.end(), [](QChar c) { return c.unicode() >= 0x3000; });
            if (word.text.size() == 28 && fullWidth && qAbs(word.xMin - kLeft) < 1) {
                ++fullLines;
                const double size = (word.xMax - word.xMin) - 27 * kGridChar;
                QVERIFY2(qAbs(size - 16.0) < 0.3, qPrintable(QStringLiteral("%1: %2 pt").arg(word.text).arg(size)));
            }
            if (!word.text.startsWith(u'（')) // the body face's glyph box is about one em high
                QVERIFY2(word.yMax - word.yMin > 15.5 && word.yMax - word.yMin < 17.5,
                         qPrintable(QStringLiteral("%1 is %2 pt high").arg(word.text).arg(word.yMax - word.yMin)));
        }
        QVERIFY(fullLines > 5);
        // Fixed line spacing: 22 lines on 225 mm (measured on the body face; a heading's face sits otherwise).
        QList<double> tops;
        for (const auto& word : body) {
            if (word.page == 2 && !word.text.startsWith(u'（') && !tops.contains(word.yMin))
                tops << word.yMin;
        }
        std::sort(tops.begin(), tops.end());
        QVERIFY(tops.size() >= 21);
        for (int i = 1; i < tops.size(); ++i) {
            const double gap = tops.at(i) - tops.at(i - 1);
            QVERIFY2(qAbs(gap - kPitch * qRound(gap / kPitch)) < 0.3, qPrintable(QString::number(tops.at(i))));
        }
        QVERIFY(tops.last() - tops.first() > 20 * kPitch - 0.5); // the page is full: 22 lines
    }

    void firstPageFollowsTheStandard()
    {
        const auto all = words(m_decisionPdf);
        auto find = [&all](const QString& prefix) {
            for (const auto& word : all) {
                if (word.page == 1 && word.text.startsWith(prefix))
                    return word;
            }
            return Word{0, 0, 0, 0, 0, {}};
        };
        const Word header = find(QStringLiteral("庐山市社会信用"));
        const Word number = find(QStringLiteral("庐信用办〔2026〕3号"));
        const Word title = find(QStringLiteral("严重失信主体名单认定决定书"));
        const Word addressee = find(QStringLiteral("庐山市某某建筑工程有限公司"));
        const Word firstParagraph = find(QStringLiteral("本机关于"));
        QVERIFY(header.page == 1 && number.page == 1 && title.page == 1 && addressee.page == 1);
        QVERIFY2(header.yMin >= (37 + 35) * kMm - 3, qPrintable(QString::number(header.yMin)));
        QVERIFY(header.xMin >= kLeft - 1 && header.xMax <= kRight + 1);
        const double centre = (kLeft + kRight) / 2;
        QVERIFY(qAbs((number.xMin + number.xMax) / 2 - centre) < 1);
        QVERIFY(qAbs((title.xMin + title.xMax) / 2 - centre) < 1);
        QVERIFY(header.yMax < number.yMin && number.yMax < title.yMin && title.yMax < addressee.yMin);
        QVERIFY(qAbs(addressee.xMin - kLeft) < 1); // 顶格
        QVERIFY2(qAbs(firstParagraph.xMin - (kLeft + 2 * kGridChar)) < 1,
                 qPrintable(QString::number(firstParagraph.xMin)));
        QVERIFY2(title.yMax - title.yMin > 21, "the title is 2号 (22 pt)");
    }

    void signatureAndDateAtTheBottomRight()
    {
        const auto all = words(m_decisionPdf);
        const int last = all.last().page;
        Word date{}, signer{};
        for (const auto& word : all) {
            if (word.page == last && word.text == QStringLiteral("2026年11月27日"))
                date = word;
            if (word.page == last && word.text == m_decision.signer)
                signer = word;
        }
        QVERIFY(date.page == last && signer.page == last);
        // 成文日期右空四字; the signer centred on the date, above it.
        QVERIFY2(qAbs(date.xMax - (kRight - 4 * kGridChar)) < 1.5, qPrintable(QString::number(date.xMax)));
        QVERIFY(qAbs((signer.xMin + signer.xMax) / 2 - (date.xMin + date.xMax) / 2) < 1.5 || signer.xMax > kRight - 1);
        QVERIFY(qAbs(date.yMin - signer.yMin - kPitch) < 0.5);
    }

    void pageNumbersAlternateSides()
    {
        const int pages = pageCount(m_longPdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const auto all = words(m_longPdf);
        for (int page = 1; page <= pages; ++page) {
            QVERIFY(text(m_longPdf, page).contains(QStringLiteral("— %1 —").arg(page)));
            QList<Word> number;
            for (const auto& word : all) {
                if (word.page == page && word.yMin > kTop + 225 * kMm)
                    number << word;
            }
            QVERIFY(!number.isEmpty());
            const double xMin = number.first().xMin, xMax = number.last().xMax;
            QVERIFY2(number.first().yMin >= (37 + 225 + 7) * kMm - 1, qPrintable(QString::number(number.first().yMin)));
            if (page % 2 == 1)
                QVERIFY2(qAbs(xMax - (kRight - 14)) < 1.5, qPrintable(QString::number(xMax))); // 单页码居右空一字
            else
                QVERIFY2(qAbs(xMin - (kLeft + 14)) < 1.5, qPrintable(QString::number(xMin))); // 双页码居左空一字
        }
    }

    void qrCodeOnTheLastPageOnly()
    {
        const QrCode code = QrCode::encode(m_decision.qrPayload.toUtf8());
        QVERIFY(!code.isNull());
        QVERIFY(code.size() >= 21);
        for (int i = 0; i < 7; ++i) // finder pattern: a dark 7 x 7 frame in the top-left corner
            QVERIFY(code.dark(i, 0) && code.dark(0, i) && code.dark(i, 6) && code.dark(6, i));
        const int pages = pageCount(m_longPdf);
        auto darkShare = [this](int page) {
            const QString prefix = m_dir + QStringLiteral("/qr-%1").arg(page);
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                 m_longPdf, prefix});
            const QImage image(prefix + QStringLiteral(".png"));
            const QRect area(qRound(164 * kMm), qRound(9 * kMm), qRound(20 * kMm), qRound(20 * kMm));
            int dark = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            }
            return double(dark) / (area.width() * area.height());
        };
        QVERIFY(darkShare(1) < 0.01);
        const double share = darkShare(pages);
        QVERIFY2(share > 0.3 && share < 0.7, qPrintable(QString::number(share)));
        QVERIFY(text(m_longPdf, pages).contains(QStringLiteral("核验码 ABCDE-FGHJK")));
    }

    // Laid out in device units: a 300 dpi writer and a printer get the same page as the 1200 dpi writer.
    void sameLayoutOnEveryDevice()
    {
        const QString low = write(m_long, QStringLiteral("decision-300dpi.pdf"), 300);
        QPrinter printer(QPrinter::HighResolution);
        printer.setResolution(600);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir + QStringLiteral("/decision-printer.pdf");
        printer.setOutputFileName(printed);
        auto pages = DocumentRenderer().paint(m_long, printer);
        QVERIFY(pages);
        QCOMPARE(*pages, pageCount(m_longPdf));
        const auto reference = words(m_longPdf);
        for (const auto& other : {low, printed}) {
            const auto compared = words(other);
            QCOMPARE(compared.size(), reference.size());
            for (int i = 0; i < reference.size(); ++i) {
                QCOMPARE(compared.at(i).text, reference.at(i).text);
                // Within a point: font engines round the type size to whole device pixels.
                QVERIFY2(qAbs(compared.at(i).xMin - reference.at(i).xMin) < 1.0
                             && qAbs(compared.at(i).yMin - reference.at(i).yMin) < 1.0,
                         qPrintable(other + QStringLiteral(": ") + reference.at(i).text));
            }
        }
    }

    void everyShippedTemplateRenders()
    {
        auto shipped = DocumentTemplateStore::shipped();
        QVERIFY(shipped);
        QCOMPARE(shipped->size(), DocumentKinds::all().size());
        for (const auto& documentTemplate : std::as_const(*shipped)) {
            DocumentContent content = DocumentTemplates::fill(documentTemplate, DocumentTemplateStore::sampleValues());
            QVERIFY(DocumentTemplates::unfilledFields(content).isEmpty());
            content.authorityHeader = m_decision.authorityHeader;
            content.signer = m_decision.signer;
            content.number = QStringLiteral("庐信用办〔2026〕5号");
            content.date = QDate(2026, 5, 6);
            const QString pdf = write(content, DocumentKinds::id(documentTemplate.kind) + QStringLiteral(".pdf"));
            QVERIFY(!pdf.isEmpty());
            const QString extracted = flatText(pdf);
            for (const auto& piece : content.texts())
                QVERIFY2(extracted.contains(flat(piece)), qPrintable(QStringLiteral("not found: ") + piece));
        }
    }

    void datesHaveNoLeadingZeros()
    {
        QCOMPARE(DocumentRenderer::formatDate(QDate(2026, 3, 5)), QStringLiteral("2026年3月5日"));
        QCOMPARE(DocumentRenderer::formatDate(QDate(2026, 11, 27)), QStringLiteral("2026年11月27日"));
        QVERIFY(DocumentRenderer::formatDate(QDate()).isEmpty());
    }

    void notoIsRefused()
    {
        QVERIFY(DocumentFonts::isRefused(QStringLiteral("Noto Serif CJK SC")));
        QVERIFY(DocumentFonts::isRefused(QStringLiteral("Source Han Sans SC")));
        QVERIFY(!DocumentFonts::check(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(DocumentFonts::check(QStringLiteral("AR PL UMing CN")));
        const DocumentFonts fonts = DocumentFonts::defaults();
        for (const auto& family : {fonts.body, fonts.title, fonts.heading1, fonts.heading2})
            QVERIFY2(!DocumentFonts::isRefused(family), qPrintable(family));
    }

    void renderTime()
    {
        const DocumentRenderer renderer;
        QList<qint64> times;
        for (int i = 0; i < 100; ++i) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(renderer.pdf(m_decision));
            times << timer.nsecsElapsed();
        }
        std::sort(times.begin(), times.end());
        qInfo("median render time of a decision: %.1f ms", times.at(times.size() / 2) / 1e6);
    }
};

QTEST_MAIN(TestDocumentPdf)
#include "TestDocumentPdf.moc"
