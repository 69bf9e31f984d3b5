#pragma once

#include "Session.h"
#include "io/TableSource.h"
#include "registry/RecordImporter.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class BackgroundJob;

// Imports one file a department sent: the officer chooses it, sees its first rows and how each column
// was understood, checks it or imports it on a worker thread (with progress and Cancel), and gets the
// report as a table that can be saved. Nothing is written unless the whole file is valid.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    ImportDialog(Session& session, QWidget* parent);
    ~ImportDialog() override;

    // Shows the file's preview (read on the worker); the file dialog calls it, and tests directly.
    void setFilePath(const QString& path);
    QString filePath() const;
    void setDepartmentId(qint64 departmentId);
    void startCheck() { start(true); }
    void startImport() { start(false); }
    void cancel();
    bool isBusy() const;
    // Runs the event loop until the preview and the import are done; false on timeout. For tests.
    bool waitUntilIdle(int timeoutMs);
    // The outcome of the last run: a report, or why the file could not be imported at all.
    const std::optional<Result<ImportReport>>& outcome() const { return m_outcome; }
    // Writes the problems and warnings of the last report to CSV or XLSX (by the extension).
    Status saveReport(const QString& path) const;

signals:
    // A file was imported (not a dry run): the lists have new rows.
    void imported(const ImportReport& report);

protected:
    void reject() override;

private:
    void buildLayout();
    void fillDepartments();
    void chooseFile();
    void loadPreview();
    void showPreview(const Result<QList<SourceRow>>& rows);
    void start(bool dryRun);
    void showOutcome();
    void showReport(const ImportReport& report);
    void saveReportAs();
    void updateButtons();

    Session& m_session;
    QLineEdit* m_fileLineEdit;
    QPushButton* m_chooseButton;
    QComboBox* m_departmentComboBox;
    QTableWidget* m_previewTable;
    QLabel* m_previewLabel;
    QPushButton* m_checkButton;
    QPushButton* m_importButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
    QProgressBar* m_progressBar;
    QLabel* m_summaryLabel;
    QTableWidget* m_reportTable;
    QListWidget* m_warningsList;
    QPushButton* m_saveReportButton;
    BackgroundJob* m_previewWorker;
    BackgroundJob* m_importWorker;
    QString m_previewedPath; // the file whose preview is shown or being read
    std::optional<Result<ImportReport>> m_outcome;
};
