#include "BatchPrintDialog.h"

#include "documents/DocumentRenderer.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"
#include "widgets/DocumentPrinting.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

BatchPrintDialog::BatchPrintDialog(Session& session, QList<qint64> documentIds, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_worker(new BackgroundJob(this))
    , m_selectionLabel(new QLabel(this))
    , m_printerRadioButton(new QRadioButton(tr("On a printer, as one print job"), this))
    , m_folderRadioButton(new QRadioButton(tr("As PDF files in a folder, one per document"), this))
    , m_progressBar(new QProgressBar(this))
    , m_summaryLabel(new QLabel(this))
    , m_printButton(new QPushButton(tr("Print…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("BatchPrintDialog"));
    setWindowTitle(tr("Print documents"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_printerRadioButton->setObjectName(QStringLiteral("printerRadioButton"));
    m_folderRadioButton->setObjectName(QStringLiteral("folderRadioButton"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    m_selectionLabel->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar->setFormat(tr("%v of %m"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_cancelButton->setEnabled(false);
    // Offices without a printer get the folder as the first choice.
    const bool hasPrinter = !QPrinterInfo::availablePrinterNames().isEmpty();
    m_printerRadioButton->setChecked(hasPrinter);
    m_folderRadioButton->setChecked(!hasPrinter);

    loadDocuments(documentIds);
    m_printButton->setEnabled(!m_documents.isEmpty());

    // Direct: the progress signal runs on the worker, where a slot that cancels takes effect before the next
    // document. The progress bar follows through a queued connection.
    connect(
        m_worker, &BackgroundJob::progressed, this,
        [this](qint64 done, qint64 total) { emit progressed(int(done), int(total)); }, Qt::DirectConnection);
    connect(m_worker, &BackgroundJob::progressed, this, &BatchPrintDialog::showProgress);
    connect(m_worker, &BackgroundJob::finished, this, &BatchPrintDialog::finish);
    connect(m_printButton, &QPushButton::clicked, this, &BatchPrintDialog::askAndStart);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchPrintDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &BatchPrintDialog::reject);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_selectionLabel);
    layout->addWidget(m_printerRadioButton);
    layout->addWidget(m_folderRadioButton);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_summaryLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

// The job writes into this dialog: it must be over before the members go.
BatchPrintDialog::~BatchPrintDialog()
{
    delete m_worker;
}

void BatchPrintDialog::loadDocuments(const QList<qint64>& documentIds)
{
    DocumentStore store(*m_session.db);
    for (const qint64 id : documentIds) {
        auto document = store.find(id);
        if (!document)
            m_leftOut << document.error().message;
        else if (document->voided)
            m_leftOut << tr("%1 is voided and is not printed.").arg(document->number);
        else
            m_documents << *document;
    }
    QString text = tr("%n document(s) to print.", "", int(m_documents.size()));
    if (!m_leftOut.isEmpty())
        text += u'\n' + m_leftOut.join(u'\n');
    m_selectionLabel->setText(text);
}

void BatchPrintDialog::askAndStart()
{
    if (m_folderRadioButton->isChecked()) {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Folder for the PDF files"), QDir::homePath(),
                                                QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
        if (!dir.isEmpty())
            startToFolder(dir);
        return;
    }
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setDocName(tr("Documents of the credit office"));
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() == QDialog::Accepted)
        startToPrinter(m_printer.get());
}

void BatchPrintDialog::startToFolder(const QString& dir)
{
    if (isRunning() || m_documents.isEmpty())
        return;
    if (!QDir(dir).exists()) {
        m_summaryLabel->setText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    begin(m_documents, QDir::toNativeSeparators(dir));
    const QList<IssuedDocument> job = m_job;
    // The PDFs are read on the worker's own connection: they are large, the list above is not.
    m_worker->start(m_session.db->url(), *m_session.db,
                    [this, job, dir](Database* db, const BackgroundJob::Progress& progress) {
                        DocumentStore store(*db);
                        const QDir folder(dir);
                        for (int i = 0; i < job.size(); ++i) {
                            if (!progress(i, job.size()))
                                return;
                            auto bytes = store.pdf(job.at(i).id);
                            if (!bytes) {
                                m_failure = bytes.error().message;
                                return;
                            }
                            const QString path = folder.filePath(DocumentPrinting::suggestedFileName(job.at(i)));
                            if (auto written = DocumentPrinting::writeFile(*bytes, path); !written) {
                                m_failure = written.error().fullText();
                                return;
                            }
                            ++m_printed;
                        }
                        progress(job.size(), job.size());
                    });
}

void BatchPrintDialog::startToPrinter(QPrinter* printer)
{
    if (isRunning() || m_documents.isEmpty())
        return;
    // The contents are small: read them here, so the worker needs no connection of its own.
    DocumentStore store(*m_session.db);
    QList<IssuedDocument> job;
    QList<DocumentContent> contents;
    QStringList unprintable;
    for (const auto& document : std::as_const(m_documents)) {
        auto content = store.content(document.id);
        if (!content) {
            unprintable << content.error().message;
            continue;
        }
        job << document;
        contents << *content;
    }
    auto fonts = DocumentFonts::load(*m_session.db);
    if (!fonts) {
        m_summaryLabel->setText(fonts.error().message);
        return;
    }
    if (job.isEmpty()) {
        m_summaryLabel->setText(unprintable.join(u'\n'));
        return;
    }
    begin(job,
          printer->outputFormat() == QPrinter::PdfFormat ? QDir::toNativeSeparators(printer->outputFileName())
                                                         : printer->printerName());
    m_unprintable = unprintable;
    const bool duplex = printer->duplex() != QPrinter::DuplexNone;
    m_worker->startWithoutDatabase([this, contents, printer, duplex, renderer = DocumentRenderer(*fonts)](
                                       Database*, const BackgroundJob::Progress& progress) {
        const int total = int(contents.size());
        bool stopped = false;
        auto painted = renderer.paintAll(contents, *printer, duplex, [&](int index) {
            if (progress(index, total))
                return true;
            stopped = true;
            // Cancelled before anything was painted: no blank sheet comes out.
            if (index == 0)
                printer->abort();
            return false;
        });
        if (painted)
            m_printed = int(painted->size());
        else if (!stopped)
            m_failure = painted.error().message;
        if (!stopped)
            progress(total, total);
    });
}

void BatchPrintDialog::begin(const QList<IssuedDocument>& job, const QString& destination)
{
    m_job = job;
    m_unprintable.clear();
    m_destination = destination;
    m_printed = 0;
    m_failure.clear();
    m_progressBar->setRange(0, int(job.size()));
    m_progressBar->setValue(0);
    m_summaryLabel->setText(tr("Printing…"));
    m_printButton->setEnabled(false);
    m_printerRadioButton->setEnabled(false);
    m_folderRadioButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_closeButton->setEnabled(false);
}

void BatchPrintDialog::cancel()
{
    m_worker->cancel();
}

bool BatchPrintDialog::isRunning() const
{
    return m_worker->isRunning();
}

bool BatchPrintDialog::waitUntilDone(int timeoutMs)
{
    return m_worker->waitUntilDone(timeoutMs);
}

void BatchPrintDialog::showProgress(qint64 done, qint64 total)
{
    m_progressBar->setMaximum(int(total));
    m_progressBar->setValue(int(done));
}

void BatchPrintDialog::finish()
{
    const int total = int(m_job.size());
    const bool cancelled = m_worker->isCancelled() && m_printed < total && m_failure.isEmpty();
    m_progressBar->setValue(m_printed);
    QStringList lines;
    if (cancelled)
        lines << tr("Cancelled: %1 of %2 documents printed.").arg(m_printed).arg(total);
    else if (!m_failure.isEmpty())
        lines << tr("Stopped after %1 of %2 documents: %3").arg(m_printed).arg(total).arg(m_failure);
    else
        lines << tr("%n document(s) printed.", "", m_printed);
    lines << tr("Printed to: %1").arg(m_destination);
    lines << m_leftOut << m_unprintable;
    if (m_printed > 0) {
        if (auto recorded
            = DocumentStore(*m_session.db).recordPrinted(m_session.actor, m_job.mid(0, m_printed), m_destination);
            !recorded)
            lines << tr("The printing could not be recorded in the audit trail: %1").arg(recorded.error().message);
    }
    m_summaryLabel->setText(lines.join(u'\n'));
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_printButton->setEnabled(true);
    m_printerRadioButton->setEnabled(true);
    m_folderRadioButton->setEnabled(true);
    emit printingFinished(m_printed, cancelled);
    if (m_closeWhenDone)
        QDialog::reject();
}

void BatchPrintDialog::reject()
{
    if (isRunning()) {
        cancel();
        m_closeWhenDone = true;
        return;
    }
    QDialog::reject();
}
