#pragma once

#include "Session.h"
#include "documents/DocumentStore.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <memory>

class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QRadioButton;
class BackgroundJob;

// Prints several issued documents at once: on a printer as one job, each document from a new sheet, painted
// from the content stored at issue; or, for an office without a printer, as one PDF per document in a
// folder, each exactly the issued file (so that every one still verifies as genuine). The work runs on a
// worker thread with "n of m" progress; Cancel stops between documents, never inside one, so nothing
// half-printed is counted. Voided documents are left out. Each document printed is audited when the job is
// over.
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    BatchPrintDialog(Session& session, QList<qint64> documentIds, QWidget* parent);
    ~BatchPrintDialog() override;

    // Start without asking where to (the Print… button asks first). The printer must outlive the job.
    void startToFolder(const QString& dir);
    void startToPrinter(QPrinter* printer);
    // Stops after the document being printed; callable from any thread.
    void cancel();
    bool isRunning() const;
    // The documents that will be printed (the selection without voided or missing documents).
    const QList<IssuedDocument>& documents() const { return m_documents; }
    // For tests: runs the event loop until the job is over; false if timeoutMs passed first.
    bool waitUntilDone(int timeoutMs);

signals:
    // Emitted on the worker thread before each document and once at the end (done == total).
    void progressed(int done, int total);
    void printingFinished(int printed, bool cancelled);

protected:
    void reject() override;

private:
    void loadDocuments(const QList<qint64>& documentIds);
    void askAndStart();
    void begin(const QList<IssuedDocument>& job, const QString& destination);
    void showProgress(qint64 done, qint64 total);
    void finish();

    Session& m_session;
    QList<IssuedDocument> m_documents;
    QStringList m_leftOut; // why selected documents are not printed, one line each
    QStringList m_unprintable; // documents of the running printer job without stored content
    std::unique_ptr<QPrinter> m_printer;
    BackgroundJob* m_worker;
    QList<IssuedDocument> m_job; // what the running job prints, in order
    QString m_destination;
    // Written by the worker, read on the GUI thread once it is done.
    int m_printed = 0;
    QString m_failure;
    bool m_closeWhenDone = false;

    QLabel* m_selectionLabel;
    QRadioButton* m_printerRadioButton;
    QRadioButton* m_folderRadioButton;
    QProgressBar* m_progressBar;
    QLabel* m_summaryLabel;
    QPushButton* m_printButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
};
