#include "ImportDialog.h"

#include "registry/Masking.h"
#include "registry/RegistryExport.h"
#include "registry/SubjectIdentity.h"
#include "security/Accounts.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// The header is looked for among the first rows (a title may sit above it): the preview keeps as many
// rows as that search and the shown rows need, not the whole file.
constexpr int kRowsKept = 40;

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}
} // namespace

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_fileLineEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("Choose…"), this))
    , m_departmentComboBox(new QComboBox(this))
    , m_previewTable(new QTableWidget(this))
    , m_previewLabel(new QLabel(this))
    , m_checkButton(new QPushButton(tr("Check only"), this))
    , m_importButton(new QPushButton(tr("Import"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
    , m_progressBar(new QProgressBar(this))
    , m_summaryLabel(new QLabel(this))
    , m_reportTable(new QTableWidget(0, 3, this))
    , m_warningsList(new QListWidget(this))
    , m_saveReportButton(new QPushButton(tr("Save report…"), this))
    , m_previewWorker(new BackgroundJob(this))
    , m_importWorker(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import a department file"));
    m_fileLineEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_chooseButton->setObjectName(QStringLiteral("chooseButton"));
    m_departmentComboBox->setObjectName(QStringLiteral("departmentComboBox"));
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_reportTable->setObjectName(QStringLiteral("reportTable"));
    m_warningsList->setObjectName(QStringLiteral("warningsList"));
    m_saveReportButton->setObjectName(QStringLiteral("saveReportButton"));
    m_previewWorker->setObjectName(QStringLiteral("previewWorker"));
    m_importWorker->setObjectName(QStringLiteral("importWorker"));

    m_fileLineEdit->setReadOnly(true);
    m_fileLineEdit->setPlaceholderText(tr("A CSV or XLSX file in the national administrative-penalty layout"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewLabel->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_warningsList->setMaximumHeight(90);
    m_progressBar->setTextVisible(true);
    m_progressBar->setValue(0);

    fillDepartments();
    buildLayout();
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::startCheck);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_saveReportButton, &QPushButton::clicked, this, &ImportDialog::saveReportAs);
    connect(m_importWorker, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progressBar->setRange(0, int(std::max<qint64>(total, 1)));
        m_progressBar->setValue(int(done));
    });
    updateButtons();
    resize(960, 720);
}

// A worker still running is cancelled and waited for by its destructor, before the dialog goes.
ImportDialog::~ImportDialog() = default;

void ImportDialog::buildLayout()
{
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLineEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Sending department:"), m_departmentComboBox);

    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_checkButton);
    runRow->addWidget(m_importButton);
    runRow->addWidget(m_progressBar, 1);
    runRow->addWidget(m_cancelButton);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_saveReportButton);
    bottom->addStretch(1);
    bottom->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewTable, 3);
    layout->addLayout(runRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_reportTable, 2);
    layout->addWidget(m_warningsList);
    layout->addLayout(bottom);
}

void ImportDialog::fillDepartments()
{
    auto departments = Accounts(*m_session.db).departments();
    if (!departments) {
        m_departmentComboBox->addItem(m_session.actor.department, m_session.actor.departmentId);
        m_departmentComboBox->setEnabled(false);
        return;
    }
    bool creditOffice = false;
    for (const auto& department : std::as_const(*departments))
        creditOffice |= department.id == m_session.actor.departmentId && department.isCreditOffice;
    // A department sends its own decisions; the credit office collects them for every department.
    for (const auto& department : std::as_const(*departments)) {
        if (department.active && (creditOffice || department.id == m_session.actor.departmentId))
            m_departmentComboBox->addItem(department.name, department.id);
    }
    setDepartmentId(m_session.actor.departmentId);
    m_departmentComboBox->setEnabled(creditOffice);
}

void ImportDialog::setDepartmentId(qint64 departmentId)
{
    const int index = m_departmentComboBox->findData(departmentId);
    if (index >= 0)
        m_departmentComboBox->setCurrentIndex(index);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a department file"),
                                                      QFileInfo(m_fileLineEdit->text()).absolutePath(),
                                                      tr("Department files (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::setFilePath(const QString& path)
{
    m_fileLineEdit->setText(path);
    m_outcome.reset();
    showOutcome();
    loadPreview();
}

QString ImportDialog::filePath() const
{
    return m_fileLineEdit->text();
}

void ImportDialog::loadPreview()
{
    // A file chosen while another is still being read is read when that one is done.
    if (m_previewWorker->isRunning())
        return;
    const QString path = filePath();
    m_previewedPath = path;
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    m_previewLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto rows = std::make_shared<std::optional<Result<QList<SourceRow>>>>();
    m_previewWorker->startWithoutDatabase([path, rows](Database*, const BackgroundJob::Progress&) {
        auto table = readTable(path);
        if (table && table->size() > kRowsKept)
            table->resize(kRowsKept);
        *rows = std::move(table);
    });
    connect(
        m_previewWorker, &BackgroundJob::finished, this,
        [this, rows] {
            if (m_previewedPath != filePath())
                loadPreview();
            else if (*rows)
                showPreview(**rows);
            updateButtons();
        },
        Qt::SingleShotConnection);
    updateButtons();
}

void ImportDialog::showPreview(const Result<QList<SourceRow>>& rows)
{
    if (!rows) {
        m_previewLabel->setText(rows.error().message);
        return;
    }
    const int headerIndex = RecordImporter::findHeaderRow(*rows);
    if (headerIndex < 0) {
        m_previewLabel->setText(tr("No row at the top of this file names the columns of the national "
                                   "administrative-penalty layout; importing it would be refused."));
        return;
    }
    const SourceRow& header = rows->at(headerIndex);
    const QList<ImportColumn> columns = RecordImporter::mapColumns(header);
    const int shown = std::min<int>(kPreviewRows, int(rows->size()) - headerIndex - 1);
    m_previewTable->setColumnCount(int(columns.size()));
    m_previewTable->setRowCount(shown + 1);
    QStringList lines{tr("Field")};
    for (int c = 0; c < columns.size(); ++c) {
        const ImportColumn& column = columns.at(c);
        m_previewTable->setHorizontalHeaderItem(c, new QTableWidgetItem(column.header));
        // The first row says what each column fills, so a misnamed column shows before importing.
        auto* field = item(column.field ? RecordFields::displayName(*column.field) : tr("ignored"));
        QFont font = field->font();
        font.setBold(column.field.has_value());
        font.setItalic(!column.field);
        field->setFont(font);
        field->setForeground(column.field ? QBrush(QColor(0x1b, 0x5e, 0x20)) : QBrush(Qt::gray));
        field->setBackground(QColor(0xf1, 0xf3, 0xf4));
        m_previewTable->setItem(0, c, field);
    }
    const auto columnOf = [&columns](RecordField field) {
        for (const auto& column : columns) {
            if (column.field == field)
                return column.index;
        }
        return -1;
    };
    const int idNumber = columnOf(RecordField::IdNumber);
    const int idType = columnOf(RecordField::IdType);
    for (int r = 0; r < shown; ++r) {
        const SourceRow& row = rows->at(headerIndex + 1 + r);
        lines << QString::number(row.line);
        for (int c = 0; c < row.cells.size() && c < columns.size(); ++c) {
            QString text = row.cells.at(c).text;
            // A person's certificate number is masked on every screen, the file's preview included.
            if (c == idNumber && !text.trimmed().isEmpty()) {
                const QString type = SubjectIdentity::idTypeFromLabel(row.cells.value(idType).text.trimmed());
                text = Masking::code(type.isEmpty() ? QStringLiteral("resident_id") : type, text.trimmed());
            }
            m_previewTable->setItem(r + 1, c, item(text));
        }
    }
    m_previewTable->setVerticalHeaderLabels(lines);
    m_previewTable->resizeColumnsToContents();
    int known = 0;
    for (const auto& column : columns)
        known += column.field ? 1 : 0;
    m_previewLabel->setText(tr("Header on line %1; %2 of %3 columns recognised. The first rows of the file:")
                                .arg(header.line)
                                .arg(known)
                                .arg(columns.size()));
}

void ImportDialog::start(bool dryRun)
{
    if (isBusy() || filePath().isEmpty())
        return;
    m_outcome.reset();
    showOutcome();
    m_summaryLabel->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    m_progressBar->setRange(0, 0);
    const QString path = filePath();
    const Actor actor = m_session.actor;
    const qint64 department = m_departmentComboBox->currentData().toLongLong();
    auto outcome = std::make_shared<std::optional<Result<ImportReport>>>();
    m_importWorker->start(m_session.db->url(), *m_session.db,
                          [=](Database* db, const BackgroundJob::Progress& progress) {
                              ImportOptions options;
                              options.departmentId = department;
                              options.dryRun = dryRun;
                              options.progress = [progress](int done, int total) {
                                  return progress(done, total);
                              };
                              *outcome = RecordImporter(*db).importFile(actor, path, options);
                          });
    connect(
        m_importWorker, &BackgroundJob::finished, this,
        [this, outcome] {
            m_outcome = *outcome;
            showOutcome();
        },
        Qt::SingleShotConnection);
    updateButtons();
}

void ImportDialog::cancel()
{
    m_importWorker->cancel();
    m_summaryLabel->setText(tr("Cancelling…"));
}

bool ImportDialog::isBusy() const
{
    return m_previewWorker->isRunning() || m_importWorker->isRunning();
}

bool ImportDialog::waitUntilIdle(int timeoutMs)
{
    return m_previewWorker->waitUntilDone(timeoutMs) && m_importWorker->waitUntilDone(timeoutMs);
}

void ImportDialog::showOutcome()
{
    m_reportTable->setRowCount(0);
    m_warningsList->clear();
    m_summaryLabel->setStyleSheet({});
    if (!m_importWorker->isRunning()) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
    }
    const bool report = m_outcome && *m_outcome;
    m_reportTable->setVisible(report && !m_outcome->value().rejected.isEmpty());
    m_warningsList->setVisible(report && !m_outcome->value().warnings.isEmpty());
    if (!m_outcome) {
        m_summaryLabel->clear();
    } else if (!*m_outcome) {
        m_summaryLabel->setText(tr("The file was not imported: %1").arg(m_outcome->error().message));
        m_summaryLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        showReport(m_outcome->value());
        if (m_outcome->value().imported())
            emit imported(m_outcome->value());
    }
    updateButtons();
}

void ImportDialog::showReport(const ImportReport& report)
{
    m_progressBar->setValue(report.cancelled ? 0 : 1);
    m_reportTable->setRowCount(int(report.rejected.size()));
    for (int r = 0; r < report.rejected.size(); ++r) {
        const ImportProblem& problem = report.rejected.at(r);
        m_reportTable->setItem(r, 0, item(QString::number(problem.line)));
        m_reportTable->setItem(r, 1, item(problem.column));
        m_reportTable->setItem(r, 2, item(problem.reason));
    }
    m_reportTable->resizeColumnToContents(0);
    m_reportTable->resizeColumnToContents(1);
    m_warningsList->addItems(report.warnings);
    QString text;
    if (report.cancelled)
        text = tr("Cancelled: nothing was imported.");
    else if (!report.rejected.isEmpty())
        text = tr("%n problem(s) in the file: nothing was imported. Correct the lines below and import the whole "
                  "file again.",
                  "", int(report.rejected.size()));
    else if (report.dryRun)
        text = tr("Check passed: %1 rows, %2 new records, %3 already present, %4 new subjects. Nothing was imported.")
                   .arg(report.rows)
                   .arg(report.accepted)
                   .arg(report.duplicates)
                   .arg(report.newSubjects);
    else
        text = tr("Imported %1 new records from %2 rows (%3 already present, %4 new subjects).")
                   .arg(report.accepted)
                   .arg(report.rows)
                   .arg(report.duplicates)
                   .arg(report.newSubjects);
    if (!report.warnings.isEmpty())
        text += u' ' + tr("%n warning(s).", "", int(report.warnings.size()));
    m_summaryLabel->setText(text);
    const bool bad = report.cancelled || !report.rejected.isEmpty();
    m_summaryLabel->setStyleSheet(bad ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
}

Status ImportDialog::saveReport(const QString& path) const
{
    if (!m_outcome || !*m_outcome)
        return Error::invalid(tr("There is no report to save yet."));
    const ImportReport& report = m_outcome->value();
    auto writer = RegistryExport::open(path, {tr("Kind"), tr("Line"), tr("Column"), tr("Reason")});
    if (!writer)
        return writer.error();
    for (const auto& problem : report.rejected) {
        if (auto written
            = (*writer)->row({tr("problem"), QString::number(problem.line), problem.column, problem.reason});
            !written)
            return written;
    }
    for (const auto& warning : report.warnings) {
        if (auto written = (*writer)->row({tr("warning"), {}, {}, warning}); !written)
            return written;
    }
    return (*writer)->finish();
}

void ImportDialog::saveReportAs()
{
    const QString base = QFileInfo(filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the import report"), base + tr(" report.xlsx"),
                                                tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString suffix = QFileInfo(path).suffix().toLower(); suffix != u"csv" && suffix != u"xlsx")
        path += QStringLiteral(".xlsx");
    if (auto saved = saveReport(path); !saved)
        MessageBoxes::warning(this, tr("Save report"), saved.error().message);
}

void ImportDialog::reject()
{
    // Closing while a file is imported cancels it instead: the window stays until nothing was written.
    if (m_importWorker->isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::updateButtons()
{
    const bool running = m_importWorker->isRunning();
    const bool ready = !filePath().isEmpty() && !isBusy();
    m_chooseButton->setEnabled(!running);
    m_checkButton->setEnabled(ready);
    m_importButton->setEnabled(ready);
    m_cancelButton->setEnabled(running);
    m_closeButton->setEnabled(!running);
    m_departmentComboBox->setEnabled(!running && m_departmentComboBox->count() > 1);
    m_saveReportButton->setEnabled(!running && m_outcome && *m_outcome);
}
