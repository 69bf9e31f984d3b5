#pragma once

#include "Result.h"
#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;
struct DocumentContent;
struct IssuedDocument;

// The GUI's one way to show, print and save an issued document. Printing paints the content stored at
// issue with DocumentRenderer::paint, the path the issued PDF was made by, so the preview is the print and
// the print says what the PDF says. Saving writes the stored PDF bytes unchanged, so the file verifies.
// Every copy that leaves CreditDesk, on paper or as a file, is audited (document.printed).
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    // A print preview of the document (A4, high resolution); its Print button prints it. Failures are
    // shown through MessageBoxes.
    static void preview(Session& session, qint64 documentId, QWidget* parent);
    // Asks where to save and writes the issued PDF there; false when cancelled or failed (the officer was told).
    static bool savePdf(Session& session, qint64 documentId, QWidget* parent);
    // Documents a step would issue (CaseEngine::preview), shown before the step: not issued, so without
    // verification code or QR code, and not recorded as printed.
    static void previewDrafts(Session& session, const QList<DocumentContent>& drafts, QWidget* parent);

    // 庐信用办〔2026〕3号.pdf: the number, with what a file name cannot hold replaced.
    static QString suggestedFileName(const IssuedDocument& document);
    // Writes beside path and renames into place, so a failed write never leaves half a document.
    static Status writeFile(const QByteArray& bytes, const QString& path);
};
