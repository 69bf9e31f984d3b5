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

// The one print preview of documents: the renderer paints into the dialog's printer, so what it shows is
// what prints. Returns the printer's destination when its Print button sent the job, an empty string when
// it did not, nothing after a failure (already shown).
std::optional<QString> runPreview(Session& session, const QList<DocumentContent>& contents, const QString& docName,
                                  const QString& objectName, const QString& windowTitle, const QString& title,
                                  QWidget* parent)
{
    auto fonts = DocumentFonts::load(*session.db);
    if (!fonts) {
        MessageBoxes::warning(parent, title, fonts.error().message);
        return std::nullopt;
    }
    const DocumentRenderer renderer(*fonts);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(docName);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(windowTitle);
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (auto painted = renderer.paintAll(contents, *target, false); !painted)
            failure = painted.error().message;
    });
    // The dialog is accepted exactly when its Print button sent the job to the printer.
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!failure.isEmpty()) {
        MessageBoxes::warning(parent, title, failure);
        return std::nullopt;
    }
    if (!printed)
        return QString();
    return printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : printer.printerName();
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
    const auto printedTo = runPreview(session, {*content}, document->number, QStringLiteral("documentPreviewDialog"),
                                      tr("%1 — print preview").arg(document->number), title, parent);
    if (printedTo && !printedTo->isEmpty())
        record(session, *document, *printedTo, parent);
}

void DocumentPrinting::previewDrafts(Session& session, const QList<DocumentContent>& drafts, QWidget* parent)
{
    // Not issued: a copy printed from here is a draft for reading, not recorded as a printed document.
    runPreview(session, drafts, QString(), QStringLiteral("draftPreviewDialog"),
               tr("Draft, not issued yet: number, verification code and QR code come with the issue"),
               tr("Documents before issue"), parent);
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
