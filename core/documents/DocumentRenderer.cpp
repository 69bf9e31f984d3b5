#include "DocumentRenderer.h"

#include "OfficialLayout.h"
#include "QrCode.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <cmath>
#include <memory>
#include <vector>

using namespace OfficialLayout;

namespace {
const QColor kRed(0xE6, 0x00, 0x00);
const QString kColon = QStringLiteral("：");

struct Units
{
    qreal dpi = 72;
    qreal mm(qreal value) const { return value * dpi / 25.4; }
    qreal pt(qreal value) const { return value * dpi / 72.0; }
};

// One line of text on one page. Lines of the text block sit on the 22-line grid (row >= 0) and are
// centred in their row; the header, the page numbers and the caption are placed freely (row < 0).
struct PlacedLine
{
    const QTextLayout* layout = nullptr;
    int line = 0;
    int page = 0;
    int row = -1;
    QPointF position; // x always; y only when row < 0
    QColor color = Qt::black;
};

// Lays a document out for one paint device, then paints it page by page.
class Composer
{
public:
    Composer(const DocumentContent& content, const DocumentFonts& fonts, QPaintDevice& device);

    void compose();
    int pageCount() const { return m_pages; }
    void paintPage(QPainter& painter, int page) const;

private:
    QFont font(const QString& family, qreal points, bool onGrid) const;
    QTextLayout* wrapped(const QString& text, const QFont& font, qreal firstIndent, Qt::Alignment alignment);
    QTextLayout* oneLine(const QString& text, const QFont& font);
    bool needsRaggedRight(const QTextLayout& layout) const;
    qreal rowTop(int row) const { return m_top + row * m_pitch; }
    int firstRowFrom(qreal y) const { return int(std::ceil((y - m_top) / m_pitch - 1e-6)); }

    void placeFrontMatter();
    void placeBlock(const DocumentBlock& block);
    void placeSignature();
    void placePageNumbers();
    void placeRows(const QTextLayout* layout, qreal firstIndent, const QColor& color = Qt::black);
    void placeCentredRow(const QTextLayout* layout, int row);
    void placeInRow(const QTextLayout* layout, int line, qreal x, const QColor& color = Qt::black);
    void newPage();

    const DocumentContent& m_content;
    QPaintDevice& m_device;
    Units m_u;
    qreal m_left, m_top, m_width, m_pitch, m_gridChar;
    QFont m_body, m_title, m_heading1, m_heading2, m_header, m_pageNumber, m_caption;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    QList<PlacedLine> m_lines;
    int m_page = 0;
    int m_row = 0;
    int m_pages = 1;
    qreal m_redLineY = -1;
    QrCode m_qr;
};

Composer::Composer(const DocumentContent& content, const DocumentFonts& fonts, QPaintDevice& device)
    : m_content(content)
    , m_device(device)
    , m_u{qreal(device.logicalDpiY())}
    , m_left(m_u.mm(kLeftMarginMm))
    , m_top(m_u.mm(kTopMarginMm))
    , m_width(m_u.mm(kBlockWidthMm))
    , m_pitch(m_u.mm(kBlockHeightMm) / kLinesPerPage)
    , m_gridChar(m_u.mm(kBlockWidthMm) / kCharsPerLine)
{
    m_body = font(fonts.body, kBodyPt, true);
    m_heading1 = font(fonts.heading1, kBodyPt, true);
    m_heading2 = font(fonts.heading2, kBodyPt, true);
    m_title = font(fonts.title, kTitlePt, false);
    m_header = font(fonts.title, kHeaderPt, false);
    m_pageNumber = font(QStringLiteral("SimSun"), kPageNumberPt, false); // 4号半角宋体; the fallbacks are Song
    m_caption = font(fonts.body, kCaptionPt, false);
    if (!content.qrPayload.isEmpty())
        m_qr = QrCode::encode(content.qrPayload.toUtf8());
}

QFont Composer::font(const QString& family, qreal points, bool onGrid) const
{
    QFont result;
    result.setFamilies(DocumentFonts::withFallbacks(family));
    result.setPointSizeF(points);
    result.setHintingPreference(QFont::PreferNoHinting);
    // 28 characters fill the 156 mm line exactly: a 3号 character is 5.64 mm, the grid 5.57 mm. Measured on the
    // device, because the font engine rounds the size to whole device pixels (66.67 px become 67 at 300 dpi),
    // and as a percentage, because Qt scales an absolute spacing by the device's resolution over the screen's.
    if (onGrid) {
        const qreal advance = QFontMetricsF(result, &m_device).horizontalAdvance(QChar(0x56FD)); // 国
        result.setLetterSpacing(QFont::PercentageSpacing, 100.0 * m_gridChar / advance);
    }
    return result;
}

QTextLayout* Composer::wrapped(const QString& text, const QFont& font, qreal firstIndent, Qt::Alignment alignment)
{
    auto layout = std::make_unique<QTextLayout>(text, font, &m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        // A hair of slack, so that 28 characters on the grid never miss the line by a rounding error.
        line.setLineWidth((line.lineNumber() == 0 ? m_width - firstIndent : m_width) + m_gridChar / 100);
        line.setPosition(QPointF(0, 0));
    }
    layout->endLayout();
    if (alignment == Qt::AlignJustify && needsRaggedRight(*layout)) {
        option.setAlignment(Qt::AlignLeft);
        layout->setTextOption(option);
    }
    m_layouts.push_back(std::move(layout));
    return m_layouts.back().get();
}

bool Composer::needsRaggedRight(const QTextLayout& layout) const
{
    // A code or a number that cannot be broken leaves its line short; justified, the line would spread
    // its characters wide apart. Such a paragraph keeps a ragged right edge instead.
    for (int i = 0; i + 1 < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.width() - line.naturalTextWidth() > 2 * m_gridChar)
            return true;
    }
    return false;
}

QTextLayout* Composer::oneLine(const QString& text, const QFont& font)
{
    auto layout = std::make_unique<QTextLayout>(text, font, &m_device);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setNumColumns(int(text.size()));
    line.setPosition(QPointF(0, 0));
    layout->endLayout();
    m_layouts.push_back(std::move(layout));
    return m_layouts.back().get();
}

void Composer::newPage()
{
    ++m_page;
    m_row = 0;
    m_pages = m_page + 1;
}

void Composer::placeInRow(const QTextLayout* layout, int line, qreal x, const QColor& color)
{
    if (m_row >= kLinesPerPage)
        newPage();
    m_lines << PlacedLine{layout, line, m_page, m_row++, QPointF(x, 0), color};
}

void Composer::placeRows(const QTextLayout* layout, qreal firstIndent, const QColor& color)
{
    for (int i = 0; i < layout->lineCount(); ++i)
        placeInRow(layout, i, m_left + (i == 0 ? firstIndent : 0), color);
}

void Composer::placeCentredRow(const QTextLayout* layout, int row)
{
    const QTextLine line = layout->lineAt(0);
    m_lines << PlacedLine{layout, 0, 0, row, QPointF(m_left + (m_width - line.naturalTextWidth()) / 2, 0)};
}

void Composer::compose()
{
    placeFrontMatter();
    for (const auto& block : m_content.body)
        placeBlock(block);
    placeSignature();
    placePageNumbers();
}

void Composer::placeFrontMatter()
{
    qreal y = m_top;
    if (!m_content.authorityHeader.trimmed().isEmpty()) {
        // Long office names are condensed (长扁字) to the width of the block before the size goes down.
        const QString header = m_content.authorityHeader.trimmed();
        const qreal natural = oneLine(header, m_header)->lineAt(0).naturalTextWidth();
        if (natural > m_width) {
            const qreal stretch = m_width / natural;
            m_header.setStretch(int(std::floor(std::max(stretch, kHeaderMinStretch) * 100)));
            if (stretch < kHeaderMinStretch)
                m_header.setPointSizeF(kHeaderPt * stretch / kHeaderMinStretch);
        }
        const QTextLayout* layout = oneLine(header, m_header);
        const QTextLine line = layout->lineAt(0);
        y = m_top + m_u.mm(kHeaderOffsetMm);
        m_lines << PlacedLine{layout, 0, 0, -1, QPointF(m_left + (m_width - line.naturalTextWidth()) / 2, y), kRed};
        y += line.height();
        // 发文字号 two lines below the header, centred; the red line 4 mm under it.
        const int numberRow = firstRowFrom(y) + 2;
        placeCentredRow(oneLine(m_content.number.trimmed(), m_body), numberRow);
        m_redLineY = rowTop(numberRow + 1) - (m_pitch - m_u.pt(kBodyPt)) / 2 + m_u.mm(kRedLineGapMm);
        y = m_redLineY;
    }
    // The title two lines below the red line; the addressee after one blank line.
    m_row = m_redLineY < 0 ? 0 : firstRowFrom(y) + 2;
    const QTextLayout* title = wrapped(m_content.title.trimmed(), m_title, 0, Qt::AlignLeft);
    for (int i = 0; i < title->lineCount(); ++i) {
        const QTextLine line = title->lineAt(i);
        placeInRow(title, i, m_left + (m_width - line.naturalTextWidth()) / 2);
    }
    ++m_row;
    QString addressee = m_content.addressee.trimmed();
    if (!addressee.isEmpty()) {
        if (!addressee.endsWith(kColon))
            addressee += kColon;
        placeRows(wrapped(addressee, m_body, 0, Qt::AlignLeft), 0);
    }
}

void Composer::placeBlock(const DocumentBlock& block)
{
    const QString text = block.text.trimmed();
    if (text.isEmpty())
        return;
    const qreal indent = 2 * m_gridChar;
    switch (block.kind) {
    case DocumentBlock::Kind::Paragraph:
        placeRows(wrapped(text, m_body, indent, Qt::AlignJustify), indent);
        return;
    case DocumentBlock::Kind::Heading1:
    case DocumentBlock::Kind::Heading2: {
        const QTextLayout* layout = wrapped(text, block.kind == DocumentBlock::Kind::Heading1 ? m_heading1 : m_heading2,
                                            indent, Qt::AlignJustify);
        // A heading never ends a page: it goes with the first line of what follows.
        if (m_row + layout->lineCount() + 1 > kLinesPerPage && m_row > 0)
            newPage();
        placeRows(layout, indent);
        return;
    }
    }
}

void Composer::placeSignature()
{
    const QString signer = m_content.signer.trimmed();
    const QString date = DocumentRenderer::formatDate(m_content.date);
    if (signer.isEmpty() && date.isEmpty())
        return;
    const int needed = kLinesBeforeSigner + (signer.isEmpty() ? 0 : 1) + (date.isEmpty() ? 0 : 1);
    if (m_row + needed > kLinesPerPage) {
        // The seal must never stand on a page without text (GB/T 9704 7.3.5): the last lines of the body
        // go over with the signature.
        const int lastPage = m_page;
        newPage();
        int moved = 0;
        for (qsizetype i = m_lines.size() - 1; i >= 0 && moved < 2; --i) {
            if (m_lines.at(i).page != lastPage || m_lines.at(i).row < 0)
                break;
            ++moved;
        }
        for (qsizetype i = m_lines.size() - moved; i < m_lines.size(); ++i) {
            m_lines[i].page = m_page;
            m_lines[i].row = m_row++;
        }
    }
    m_row += kLinesBeforeSigner;
    const qreal dateRight = m_left + m_width - kDateRightIndentChars * m_gridChar;
    qreal dateCentre = dateRight - m_gridChar * 5;
    const QTextLayout* dateLayout = date.isEmpty() ? nullptr : oneLine(date, m_body);
    if (dateLayout)
        dateCentre = dateRight - dateLayout->lineAt(0).naturalTextWidth() / 2;
    if (!signer.isEmpty()) {
        // 发文机关署名 centred on the date; a long name keeps to the block.
        const QTextLayout* layout = oneLine(signer, m_body);
        const qreal width = layout->lineAt(0).naturalTextWidth();
        const qreal x = std::min(dateCentre - width / 2, m_left + m_width - width);
        placeInRow(layout, 0, std::max(x, m_left));
    }
    if (dateLayout)
        placeInRow(dateLayout, 0, dateRight - dateLayout->lineAt(0).naturalTextWidth());
}

void Composer::placePageNumbers()
{
    const qreal y = m_top + m_u.mm(kBlockHeightMm + kPageNumberGapMm);
    const qreal oneChar = m_u.pt(kPageNumberPt);
    for (int page = 0; page < m_pages; ++page) {
        // "— 1 —": odd pages one character in from the right edge of the block, even pages from the left.
        const QTextLayout* layout = oneLine(QStringLiteral("— %1 —").arg(page + 1), m_pageNumber);
        const QTextLine line = layout->lineAt(0);
        const qreal x = (page % 2 == 0) ? m_left + m_width - oneChar - line.naturalTextWidth() : m_left + oneChar;
        m_lines << PlacedLine{layout, 0, page, -1, QPointF(x, y)};
    }
    if (!m_content.verificationCode.isEmpty()) {
        const QTextLayout* caption = oneLine(QStringLiteral("核验码 ") + m_content.verificationCode, m_caption);
        const QTextLine line = caption->lineAt(0);
        const qreal y2 = m_u.mm(kQrTopMm + (m_qr.isNull() ? 0 : kQrSizeMm + 1));
        m_lines << PlacedLine{caption, 0, m_pages - 1, -1, QPointF(m_left + m_width - line.naturalTextWidth(), y2)};
    }
}

void Composer::paintPage(QPainter& painter, int page) const
{
    for (const auto& placed : m_lines) {
        if (placed.page != page)
            continue;
        const QTextLine line = placed.layout->lineAt(placed.line);
        QPointF position = placed.position;
        if (placed.row >= 0)
            position.setY(rowTop(placed.row) + (m_pitch - line.height()) / 2);
        painter.setPen(placed.color);
        line.draw(&painter, position);
    }
    if (page == 0 && m_redLineY >= 0) {
        painter.setPen(QPen(kRed, m_u.pt(kRedLineWidthPt), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(m_left, m_redLineY), QPointF(m_left + m_width, m_redLineY));
    }
    if (page == m_pages - 1 && !m_qr.isNull()) {
        const qreal size = m_u.mm(kQrSizeMm);
        m_qr.paint(painter, QRectF(m_left + m_width - size, m_u.mm(kQrTopMm), size, size));
    }
}
} // namespace

DocumentRenderer::DocumentRenderer(DocumentFonts fonts)
    : m_fonts(std::move(fonts))
{ }

QString DocumentRenderer::formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

Result<int> DocumentRenderer::paint(const DocumentContent& content, QPagedPaintDevice& device) const
{
    auto painted = paintAll({content}, device, false);
    if (!painted)
        return painted.error();
    return painted->value(0);
}

Result<QList<int>> DocumentRenderer::paintAll(const QList<DocumentContent>& contents, QPagedPaintDevice& device,
                                              bool duplex, const std::function<bool(int index)>& proceed) const
{
    QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    a4.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(a4);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::environment(tr("The document could not be drawn: the printer or the file is not ready."));
    painter.setRenderHint(QPainter::Antialiasing);
    // A printer that keeps its own margins puts the painter's origin at the corner of its printable area;
    // the layout is in page coordinates.
    const QRect printable = device.pageLayout().paintRectPixels(device.logicalDpiX());
    painter.translate(-printable.topLeft());
    QList<int> pageCounts;
    int pagesInJob = 0;
    for (int index = 0; index < contents.size(); ++index) {
        if (proceed && !proceed(index))
            break;
        Composer composer(contents.at(index), m_fonts, device);
        composer.compose();
        // Each document after the first starts on a new page, and on a new sheet when printed on both sides.
        if (pagesInJob > 0) {
            const int newPages = (duplex && pagesInJob % 2 == 1) ? 2 : 1;
            for (int i = 0; i < newPages; ++i) {
                if (!device.newPage())
                    return Error::environment(tr("The document could not be drawn: a new page was refused."));
            }
            pagesInJob += newPages - 1;
        }
        for (int page = 0; page < composer.pageCount(); ++page) {
            if (page > 0 && !device.newPage())
                return Error::environment(tr("The document could not be drawn: a new page was refused."));
            composer.paintPage(painter, page);
        }
        pagesInJob += composer.pageCount();
        pageCounts << composer.pageCount();
    }
    if (!painter.end())
        return Error::environment(tr("The document could not be finished."));
    return pageCounts;
}

Result<QByteArray> DocumentRenderer::pdf(const DocumentContent& content, int resolution, int* pages) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setCreator(QStringLiteral("CreditDesk"));
        writer.setTitle(content.number.isEmpty() ? content.title : content.number + u' ' + content.title);
        auto painted = paint(content, writer);
        if (!painted)
            return painted.error();
        if (pages)
            *pages = *painted;
    }
    return bytes;
}
