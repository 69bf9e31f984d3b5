#include "DocumentPrinting.h"

#include "MessageBoxes.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentStore.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <optional>

namespace {
// The document, if the officer may see it; otherwise the reason was shown.
std::optional<IssuedDocument> readable(Session& session, qint64 documentId, QWidget* parent, const QString& title)
{
    if (auto allowed = Permissions::require(session.actor, Permission::ViewCases); !allowed) {
        MessageBoxes::warning(parent, title, allowed.error().message);
        return std::nullopt;
    }
    auto document = DocumentStore(*session.db).find(documentId);
    if (!document) {
        MessageBoxes::warning(parent, title, document.error().message);
        return std::nullopt;
    }
    return *document;
}

void record(Session& session, const IssuedDocument& document, const QString& destination, QWidget* parent)
{
    if (auto recorded = DocumentStore(*session.db).recordPrinted(session.actor, {document}, destination); !recorded)
        MessageBoxes::warning(parent, DocumentPrinting::tr("Audit trail"),
                              DocumentPrinting::tr("The copy of %1 was made but could not be recorded: %2")
                                  .arg(document.number, recorded.error().message));
}
} // namespace

void DocumentPrinting::preview(Session& session, qint64 documentId, QWidget* parent)
{
    const QString title = tr("Print a document");
    const auto document = readable(session, documentId, parent, title);
    if (!document)
        return;
    // A voided document keeps its number and code; a fresh paper copy would look as if it were in force.
    if (document->voided
        && !MessageBoxes::question(parent, title,
                                   tr("%1 was voided (%2). A printed copy still carries its number and verification "
                                      "code, and checking it will say it is voided. Show it anyway?")
                                       .arg(document->number, document->voidReason)))
        return;
    DocumentStore store(*session.db);
    auto content = store.content(documentId);
    if (!content) {
        MessageBoxes::warning(parent, title, content.error().message);
        return;
    }
    auto fonts = DocumentFonts::load(*session.db);
    if (!fonts) {
        MessageBoxes::warning(parent, title, fonts.error().message);
        return;
    }
    const DocumentRenderer renderer(*fonts);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(document->number);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("documentPreviewDialog"));
    dialog.setWindowTitle(tr("%1 — print preview").arg(document->number));
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (auto painted = renderer.paint(*content, *target); !painted)
            failure = painted.error().message;
    });
    // The dialog is accepted exactly when its Print button sent the job to the printer.
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!failure.isEmpty()) {
        MessageBoxes::warning(parent, title, failure);
        return;
    }
    if (printed)
        record(session, *document,
               printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : printer.printerName(),
               parent);
}

void DocumentPrinting::previewDrafts(Session& session, const QList<DocumentContent>& drafts, QWidget* parent)
{
    const QString title = tr("Documents before issue");
    auto fonts = DocumentFonts::load(*session.db);
    if (!fonts) {
        MessageBoxes::warning(parent, title, fonts.error().message);
        return;
    }
    const DocumentRenderer renderer(*fonts);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("draftPreviewDialog"));
    dialog.setWindowTitle(tr("Draft, not issued yet: number, verification code and QR code come with the issue"));
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (auto painted = renderer.paintAll(drafts, *target, false); !painted)
            failure = painted.error().message;
    });
    dialog.exec();
    if (!failure.isEmpty())
        MessageBoxes::warning(parent, title, failure);
}

bool DocumentPrinting::savePdf(Session& session, qint64 documentId, QWidget* parent)
{
    const QString title = tr("Save the PDF");
    const auto document = readable(session, documentId, parent, title);
    if (!document)
        return false;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QFileDialog dialog(parent, tr("Save %1 as PDF").arg(document->number), folder, tr("PDF documents (*.pdf)"));
    dialog.setObjectName(QStringLiteral("savePdfDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(suggestedFileName(*document));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    auto bytes = DocumentStore(*session.db).pdf(documentId);
    if (!bytes) {
        MessageBoxes::warning(parent, title, bytes.error().message);
        return false;
    }
    if (auto written = writeFile(*bytes, path); !written) {
        MessageBoxes::warning(parent, title, written.error().fullText());
        return false;
    }
    record(session, *document, path, parent);
    return true;
}

QString DocumentPrinting::suggestedFileName(const IssuedDocument& document)
{
    QString name = document.number.trimmed();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, u'_');
    if (name.isEmpty())
        name = QString::number(document.id);
    return name + QStringLiteral(".pdf");
}

Status DocumentPrinting::writeFile(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::environment(tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)),
                                  file.errorString());
    return {};
}
