#include "RegistryPage.h"

#include "ImportDialog.h"
#include "RegistryRecordsTab.h"
#include "RegistrySubjectsTab.h"
#include "registry/RegistryExport.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"
#include "widgets/MessageBoxes.h"
#include "widgets/WindowedTableModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <climits>

RegistryPage::RegistryPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_tabs(new QTabWidget(this))
    , m_recordsTab(new RegistryRecordsTab(session, this))
    , m_subjectsTab(new RegistrySubjectsTab(session, this))
    , m_importButton(new QPushButton(tr("Import file…"), this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_exportWorker(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("RegistryPage"));
    m_tabs->setObjectName(QStringLiteral("registryTabs"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_tabs->addTab(m_recordsTab, tr("Credit records"));
    m_tabs->addTab(m_subjectsTab, tr("Credit subjects"));
    m_importButton->setVisible(Permissions::allowed(m_session.actor, Permission::ImportRecords));
    m_exportButton->setVisible(Permissions::allowed(m_session.actor, Permission::ExportRegistry));
    m_exportButton->setToolTip(tr("Saves the list shown, as filtered, to a CSV or XLSX file"));
    connect(m_importButton, &QPushButton::clicked, this, &RegistryPage::importFile);
    connect(m_exportButton, &QPushButton::clicked, this, &RegistryPage::exportList);
    connect(m_subjectsTab, &RegistrySubjectsTab::registryChanged, this, &RegistryPage::listsChanged);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void RegistryPage::refresh()
{
    // The catalog and the departments may have changed on another page since the last visit.
    m_recordsTab->refreshChoices();
    m_recordsTab->reload();
    m_subjectsTab->reload();
}

void RegistryPage::listsChanged()
{
    m_recordsTab->reload();
    m_subjectsTab->reload();
    emit dataChanged();
}

void RegistryPage::importFile()
{
    ImportDialog dialog(m_session, this);
    connect(&dialog, &ImportDialog::imported, this, &RegistryPage::listsChanged);
    dialog.exec();
}

void RegistryPage::exportList()
{
    const bool records = m_tabs->currentWidget() == m_recordsTab;
    const QString name = records ? tr("credit records") : tr("credit subjects");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export the list"), folder + u'/' + name + QStringLiteral(".xlsx"),
                                       tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString suffix = QFileInfo(path).suffix().toLower(); suffix != u"csv" && suffix != u"xlsx")
        path += QStringLiteral(".xlsx");
    exportTo(path);
}

void RegistryPage::exportTo(const QString& path)
{
    if (m_exportWorker->isRunning())
        return;
    const bool records = m_tabs->currentWidget() == m_recordsTab;
    const RecordFilter recordFilter = m_recordsTab->filter();
    const SubjectFilter subjectFilter = m_subjectsTab->filter();
    // The subjects export takes one text, matched against names and code prefixes alike.
    const QString nameOrCode
        = subjectFilter.nameContains.trimmed().isEmpty() ? subjectFilter.codePrefix : subjectFilter.nameContains;
    const qint64 expected = (records ? m_recordsTab->model() : m_subjectsTab->model())->totalCount();
    const Actor actor = m_session.actor;

    auto* progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                         expected > 0 ? int(std::min<qint64>(expected, INT_MAX)) : 0, this);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_exportWorker, &BackgroundJob::cancel);
    connect(m_exportWorker, &BackgroundJob::progressed, progress,
            [progress](qint64 done, qint64) { progress->setValue(int(std::min<qint64>(done, progress->maximum()))); });

    auto outcome = std::make_shared<std::optional<Result<qint64>>>();
    m_exportWorker->start(m_session.db->url(), *m_session.db, [=](Database* db, const BackgroundJob::Progress& step) {
        const auto rows = [step](qint64 done) {
            return step(done, -1);
        };
        *outcome = records ? RegistryExport::records(*db, actor, recordFilter, path, rows)
                           : RegistryExport::subjects(*db, actor, nameOrCode, path, rows);
    });
    connect(
        m_exportWorker, &BackgroundJob::finished, this,
        [this, progress, outcome, path] {
            progress->deleteLater();
            const QString title = tr("Export");
            if (m_exportWorker->isCancelled())
                MessageBoxes::information(this, title, tr("The export was cancelled; no file was written."));
            else if (!*outcome || !**outcome)
                MessageBoxes::warning(this, title,
                                      *outcome ? (*outcome)->error().message : tr("The export did not run."));
            else
                MessageBoxes::information(
                    this, title, tr("%n row(s) saved to %1.", "", int(***outcome)).arg(QDir::toNativeSeparators(path)));
        },
        Qt::SingleShotConnection);
}
