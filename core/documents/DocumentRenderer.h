#pragma once

#include "DocumentContent.h"
#include "DocumentFonts.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <functional>

class QPagedPaintDevice;

// Lays out and paints an official document after GB/T 9704-2012: A4, 37 mm top and 28 mm left margins, a
// 156 x 225 mm text block of 22 lines, red issuing-authority header and separator line, the number, the
// centred 22 pt title, the 16 pt body with a two-character first-line indent, headings in 黑体 and 楷体,
// signer and date at the bottom right with room for the seal, page numbers "— 1 —" (odd pages right, even
// pages left) and the QR code with the verification code in the top margin of the last page.
//
// There is one paint path. Everything is laid out in the units of the device it paints on, so a PDF
// writer at 1200 dpi and a printer at 300 dpi get the same page. To show a print preview:
//
//     QPrintPreviewDialog dialog(&printer);
//     connect(&dialog, &QPrintPreviewDialog::paintRequested, [&](QPrinter* printer) {
//         renderer.paint(content, *printer);   // QPrinter is a QPagedPaintDevice
//     });
//
// Needs a QGuiApplication (the offscreen platform will do). A renderer may be used from any one thread
// at a time; several renderers may work in parallel.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    explicit DocumentRenderer(DocumentFonts fonts = DocumentFonts::defaults());

    const DocumentFonts& fonts() const { return m_fonts; }

    // Sets the device to A4 portrait without margins and paints every page. Returns the number of pages.
    Result<int> paint(const DocumentContent& content, QPagedPaintDevice& device) const;
    // Paints several documents as one job (one print job on a printer), each from a new page; for a duplex
    // printer a document that ends on an odd page is followed by a blank one, so that each starts on a sheet
    // of its own. proceed, when set, is asked before each document (its index); when it says no, the job ends
    // with the documents painted so far. Returns the page count of each document painted.
    Result<QList<int>> paintAll(const QList<DocumentContent>& contents, QPagedPaintDevice& device, bool duplex,
                                const std::function<bool(int index)>& proceed = {}) const;
    static constexpr int kPdfResolution = 1200;
    // The document as PDF bytes, fonts embedded; pages, when given, receives the number of pages.
    Result<QByteArray> pdf(const DocumentContent& content, int resolution = kPdfResolution, int* pages = nullptr) const;

    // 2026年3月5日: Arabic numerals without leading zeros (GB/T 9704-2012 7.3.5.1).
    static QString formatDate(const QDate& date);

private:
    DocumentFonts m_fonts;
};
