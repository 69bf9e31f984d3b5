#include "DocumentsPage.h"

#include "BatchPrintDialog.h"
#include "DisplayTime.h"
#include "documents/DocumentList.h"
#include "documents/DocumentStore.h"
#include "security/Permissions.h"
#include "widgets/DocumentPrinting.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PagedList.h"
#include "widgets/WindowedTableModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

DocumentsPage::DocumentsPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_filterLineEdit(new QLineEdit(this))
    , m_kindComboBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new WindowedTableModel(*session.db, kDocumentShownColumns, {}, this))
    , m_countLabel(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Preview / print…"), this))
    , m_savePdfButton(new QPushButton(tr("Save PDF…"), this))
    , m_batchPrintButton(new QPushButton(tr("Batch print…"), this))
    , m_verifyButton(new QPushButton(tr("Verify a file…"), this))
    , m_voidButton(new QPushButton(tr("Void…"), this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("DocumentsPage"));
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_model->setObjectName(QStringLiteral("documentsModel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_savePdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_batchPrintButton->setObjectName(QStringLiteral("batchPrintButton"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_voidButton->setObjectName(QStringLiteral("voidButton"));

    m_filterLineEdit->setPlaceholderText(tr("Filter: number, subject or title"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_kindComboBox->addItem(tr("All kinds"));
    for (const auto kind : DocumentKinds::all())
        m_kindComboBox->addItem(DocumentKinds::displayName(kind), DocumentKinds::id(kind));
    // Every issued document, read a window at a time and sorted in SQL (DocumentList).
    m_model->setHeaders(
        {tr("Number"), tr("Kind"), tr("Subject"), tr("Case"), tr("Issued by"), tr("Issued at"), tr("Status")});
    m_model->setDisplayHook([](const QVariantList& row, int column, int role) { return display(row, column, role); });
    PagedList::followCount(m_model, m_countLabel, [](qint64 count) { return tr("%Ln document(s)", "", int(count)); });
    m_table->setModel(m_model);
    PagedList::configureTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several at once for batch printing
    m_table->setColumnWidth(DocumentNumberColumn, 190);
    m_table->setColumnWidth(DocumentKindColumn, 150);
    m_table->setColumnWidth(DocumentSubjectColumn, 260);
    m_table->setColumnWidth(DocumentCaseColumn, 120);
    m_table->setColumnWidth(DocumentIssuedAtColumn, 140);
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    m_table->setSortingEnabled(true);
    m_model->setSortFactory([this](int column, Qt::SortOrder order) {
        PagedList::takeSort(m_table, column, order, DocumentList::sortable(column), m_sortColumn, m_sortOrder);
        PagedList::showLoading(m_countLabel);
        return query();
    });
    m_voidButton->setVisible(Permissions::allowed(m_session.actor, Permission::ApproveCases));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);

    connect(m_filterLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &DocumentsPage::refresh);
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &DocumentsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsPage::updateButtons);
    connect(m_table, &QTableView::activated, this, &DocumentsPage::previewSelected);
    connect(m_previewButton, &QPushButton::clicked, this, &DocumentsPage::previewSelected);
    connect(m_savePdfButton, &QPushButton::clicked, this, &DocumentsPage::saveSelected);
    connect(m_batchPrintButton, &QPushButton::clicked, this, &DocumentsPage::batchPrint);
    connect(m_verifyButton, &QPushButton::clicked, this, &DocumentsPage::askAndVerify);
    connect(m_voidButton, &QPushButton::clicked, this, &DocumentsPage::voidSelected);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterLineEdit, 1);
    filters->addWidget(m_kindComboBox);
    filters->addWidget(m_countLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_savePdfButton);
    buttons->addWidget(m_batchPrintButton);
    buttons->addStretch();
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_voidButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void DocumentsPage::refresh()
{
    m_filterTimer->stop();
    if (auto allowed = Permissions::require(m_session.actor, Permission::ViewCases); !allowed) {
        m_countLabel->setText(allowed.error().message);
        return;
    }
    PagedList::showLoading(m_countLabel);
    m_model->setQuery(query());
}

PagedQuery DocumentsPage::query() const
{
    std::optional<DocumentKind> kind;
    if (m_kindComboBox->currentIndex() > 0)
        kind = DocumentKinds::parse(m_kindComboBox->currentData().toString());
    return DocumentList::query(m_filterLineEdit->text(), kind,
                               DocumentList::orderBy(m_sortColumn, m_sortOrder == Qt::AscendingOrder));
}

QVariant DocumentsPage::display(const QVariantList& row, int column, int role)
{
    const bool voided = row.value(DocumentStatusColumn).toString() == QLatin1String("voided");
    if (role == Qt::ForegroundRole)
        return voided ? QVariant(QColor(Qt::gray)) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (column == DocumentStatusColumn && voided)
            return tr("Voided by %1 on %2: %3")
                .arg(row.value(DocumentVoidedByColumn).toString(),
                     displayTime(row.value(DocumentVoidedAtColumn).toString()),
                     row.value(DocumentVoidReasonColumn).toString());
        return column == DocumentSubjectColumn ? row.value(column) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DocumentKindColumn: {
        const auto kind = DocumentKinds::parse(row.value(column).toString());
        return kind ? DocumentKinds::displayName(*kind) : row.value(column);
    }
    case DocumentIssuedAtColumn:
        return displayTime(row.value(column).toString());
    case DocumentStatusColumn:
        return voided ? tr("voided") : tr("issued");
    default:
        return row.value(column);
    }
}

QList<qint64> DocumentsPage::selectedIds() const
{
    QList<qint64> ids;
    auto rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        // A selected row is one the officer saw, so its window is loaded (or was: it is read again).
        if (auto values = m_model->rowValues(index.row()))
            ids << values->value(DocumentIdColumn).toLongLong();
    }
    return ids;
}

void DocumentsPage::updateButtons()
{
    const auto ids = selectedIds();
    m_previewButton->setEnabled(ids.size() == 1);
    m_savePdfButton->setEnabled(ids.size() == 1);
    m_batchPrintButton->setEnabled(!ids.isEmpty());
    m_voidButton->setEnabled(ids.size() == 1);
}

void DocumentsPage::previewSelected()
{
    const auto ids = selectedIds();
    if (ids.size() == 1)
        DocumentPrinting::preview(m_session, ids.first(), this);
}

void DocumentsPage::saveSelected()
{
    const auto ids = selectedIds();
    if (ids.size() == 1)
        DocumentPrinting::savePdf(m_session, ids.first(), this);
}

void DocumentsPage::batchPrint()
{
    BatchPrintDialog dialog(m_session, selectedIds(), this);
    dialog.exec();
}

void DocumentsPage::askAndVerify()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Verify a document file"), QString(), tr("PDF documents (*.pdf)"),
                                       nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        verifyFile(path);
}

void DocumentsPage::verifyFile(const QString& path)
{
    const QString title = tr("Verify a document file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxes::warning(this, title, tr("The file %1 cannot be read.").arg(path));
        return;
    }
    auto verification = DocumentStore(*m_session.db).verifyFile(file.readAll());
    if (!verification) {
        MessageBoxes::warning(this, title, verification.error().message);
        return;
    }
    switch (verification->outcome) {
    case DocumentVerification::Outcome::Genuine: {
        const IssuedDocument& document = *verification->document;
        MessageBoxes::information(
            this, title,
            tr("Genuine: this file is exactly the document %1 (%2), issued by %3 on %4, and it "
               "is in force.")
                .arg(document.number, document.title, document.issuedBy, displayTime(document.issuedAt)));
        break;
    }
    case DocumentVerification::Outcome::Voided: {
        const IssuedDocument& document = *verification->document;
        MessageBoxes::warning(
            this, title,
            tr("Voided: this file is the document %1, but it was voided by %2 on %3 (%4). It is "
               "no longer in force.")
                .arg(document.number, document.voidedBy, displayTime(document.voidedAt), document.voidReason));
        break;
    }
    case DocumentVerification::Outcome::Unknown:
        MessageBoxes::warning(this, title,
                              tr("Not an issued document: this file is not a document this office issued, or it was "
                                 "changed after it was issued."));
        break;
    }
}

void DocumentsPage::voidSelected()
{
    const auto ids = selectedIds();
    if (ids.size() != 1)
        return;
    DocumentStore store(*m_session.db);
    auto document = store.find(ids.first());
    if (!document) {
        MessageBoxes::warning(this, tr("Void a document"), document.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("voidDialog"));
    dialog.setWindowTitle(tr("Void %1").arg(document->number));
    auto* explanation = new QLabel(tr("A voided document keeps its number; checking it will say it is voided. "
                                      "Why is %1 voided?")
                                       .arg(document->number),
                                   &dialog);
    explanation->setWordWrap(true);
    auto* reasonEdit = new QPlainTextEdit(&dialog);
    reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addWidget(reasonEdit);
    auto* buttons = addFormButtons(dialog, layout, [&]() -> Status {
        auto voided = store.voidDocument(m_session.actor, document->id, reasonEdit->toPlainText());
        return voided ? Status() : Status(voided.error());
    });
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Void"));
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit dataChanged();
    }
}
