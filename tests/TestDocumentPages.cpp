#include "MainWindow.h"
#include "TestSupport.h"
#include "documents/BatchPrintDialog.h"
#include "documents/DocumentList.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentStore.h"
#include "documents/DocumentTemplateStore.h"
#include "documents/DocumentTemplatesPage.h"
#include "documents/DocumentsPage.h"
#include "setup/Setup.h"
#include "widgets/DocumentPrinting.h"
#include "widgets/MessageBoxes.h"
#include "widgets/WindowedTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

namespace {
using TestSupport::child;
using TestSupport::signIn;

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    const auto match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The documents list reads in windows off the GUI thread: these wait for it, then read every row.
int loadedRows(QTableView* table)
{
    auto* model = qobject_cast<WindowedTableModel*>(table->model());
    if (!model || !model->waitUntilIdle(10000))
        return -1;
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (!model->waitUntilIdle(10000))
            return -1;
    }
    return model->rowCount();
}

QStringList column(QTableView* table, int col)
{
    QStringList texts;
    const int rows = loadedRows(table);
    for (int row = 0; row < rows; ++row)
        texts << table->model()->index(row, col).data().toString();
    return texts;
}

void selectRows(QTableView* table, const QList<int>& rows)
{
    loadedRows(table);
    table->clearSelection();
    for (const int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QStringList pdfFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}
} // namespace

// The documents and document templates areas on the demo database with its listing cases, whose
// transitions issued real notices, decisions and repair notices.
class TestDocumentPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Session m_officer;
    Session m_approver;
    Session m_sysadmin;
    QList<IssuedDocument> m_documents; // newest first

    qint64 audited(const QString& event, const QString& objectId, const QString& detail)
    {
        return m_db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = ? AND object_id = ? AND detail = ?"),
                     {event, objectId, detail})
            ->toLongLong();
    }

    int versions(DocumentKind kind) { return int(DocumentTemplateStore(*m_db).history(kind)->size()); }

    static void chooseKind(QComboBox* combo, DocumentKind kind)
    {
        combo->setCurrentIndex(combo->findData(DocumentKinds::id(kind)));
    }

private slots:
    void initTestCase()
    {
        m_db = TestSupport::demoDatabase();
        QVERIFY2(m_db, qPrintable(TestSupport::failureReason()));
        QVERIFY(Setup::installDemoRegistry(*m_db));
        QVERIFY(Setup::installDemoCases(*m_db));
        m_officer = {m_db.get(), signIn(*m_db, QStringLiteral("officer1"))};
        m_approver = {m_db.get(), signIn(*m_db, QStringLiteral("approver1"))};
        m_sysadmin = {m_db.get(), signIn(*m_db, QStringLiteral("sysadmin"))};
        QVERIFY(m_officer.actor.isUser() && m_approver.actor.isUser() && m_sysadmin.actor.isUser());
        auto documents = DocumentStore(*m_db).list(m_officer.actor, QString(), std::nullopt, 1000);
        QVERIFY(documents);
        m_documents = *documents;
        QVERIFY2(m_documents.size() >= 4, qPrintable(QString::number(m_documents.size())));
        for (const auto& document : std::as_const(m_documents))
            QVERIFY2(!document.voided, qPrintable(document.number)); // the print tests count on every one
        MessageBoxes::setAutoAnswer(true, QMessageBox::Yes);
    }

    void documentsPageListsAndFilters()
    {
        DocumentsPage page(m_officer, nullptr);
        page.refresh();
        auto* table = child<QTableView*>(&page, "documentsTable");
        QCOMPARE(loadedRows(table), m_documents.size());
        QStringList numbers;
        for (const auto& document : std::as_const(m_documents))
            numbers << document.number;
        QCOMPARE(column(table, 0), numbers);
        QVERIFY(column(table, 3).join(QString()).contains(QStringLiteral("LD-2026-"))); // case numbers
        QVERIFY(child<QPushButton*>(&page, "voidButton")->isHidden());

        const IssuedDocument& target = m_documents.last();
        child<QLineEdit*>(&page, "filterLineEdit")->setText(target.number);
        page.refresh();
        QCOMPARE(column(table, 0), QStringList{target.number});

        child<QLineEdit*>(&page, "filterLineEdit")->clear();
        chooseKind(child<QComboBox*>(&page, "kindComboBox"), DocumentKind::Notice);
        page.refresh();
        const auto notices = DocumentStore(*m_db).list(m_officer.actor, QString(), DocumentKind::Notice, 1000);
        QVERIFY(!notices->isEmpty());
        QCOMPARE(loadedRows(table), notices->size());
        for (const auto& kind : column(table, 1))
            QCOMPARE(kind, DocumentKinds::displayName(DocumentKind::Notice));

        selectRows(table, {0});
        QVERIFY(child<QPushButton*>(&page, "previewButton")->isEnabled());
        selectRows(table, {});
        QVERIFY(!child<QPushButton*>(&page, "batchPrintButton")->isEnabled());

        // Sorted in SQL by any column: by number, both ways.
        child<QComboBox*>(&page, "kindComboBox")->setCurrentIndex(0); // all kinds
        page.refresh();
        table->model()->sort(DocumentNumberColumn, Qt::AscendingOrder);
        QStringList ascending = column(table, DocumentNumberColumn);
        QCOMPARE(ascending.size(), m_documents.size());
        table->model()->sort(DocumentNumberColumn, Qt::DescendingOrder);
        QStringList descending = column(table, DocumentNumberColumn);
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(descending, ascending);

        DocumentsPage approverPage(m_approver, nullptr);
        QVERIFY(!child<QPushButton*>(&approverPage, "voidButton")->isHidden());
    }

    // Folder mode writes the issued files themselves, so each one still verifies.
    void batchPrintToFolderWritesTheIssuedPdfs()
    {
        QTemporaryDir dir;
        const QList<IssuedDocument> chosen = m_documents.mid(0, 3);
        BatchPrintDialog dialog(m_officer, {chosen[0].id, chosen[1].id, chosen[2].id}, nullptr);
        QSignalSpy finished(&dialog, &BatchPrintDialog::printingFinished);
        dialog.startToFolder(dir.path());
        QVERIFY(dialog.waitUntilDone(120000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(pdfFiles(dir.path()).size(), 3);
        DocumentStore store(*m_db);
        for (const auto& document : chosen) {
            const QString path = QDir(dir.path()).filePath(document.number + QStringLiteral(".pdf"));
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            auto check = store.verifyFile(file.readAll());
            QVERIFY(check && check->genuine());
            QCOMPARE(check->document->number, document.number);
            QCOMPARE(pdfPages(path), document.pages);
            QCOMPARE(audited(QStringLiteral("document.printed"), document.number,
                             QStringLiteral("to=") + QDir::toNativeSeparators(dir.path())),
                     1);
        }
        QVERIFY(child<QLabel*>(&dialog, "summaryLabel")->text().contains(QStringLiteral("3")));
    }

    void cancelStopsBetweenDocuments()
    {
        QTemporaryDir dir;
        const QList<IssuedDocument> chosen = m_documents.mid(0, 3);
        BatchPrintDialog dialog(m_officer, {chosen[0].id, chosen[1].id, chosen[2].id}, nullptr);
        // On the worker, before the second document: the cancel is seen before it starts.
        connect(
            &dialog, &BatchPrintDialog::progressed, &dialog,
            [&dialog](int done, int) {
                if (done == 1)
                    dialog.cancel();
            },
            Qt::DirectConnection);
        QSignalSpy finished(&dialog, &BatchPrintDialog::printingFinished);
        dialog.startToFolder(dir.path());
        QVERIFY(dialog.waitUntilDone(120000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(pdfFiles(dir.path()), QStringList{chosen[0].number + QStringLiteral(".pdf")});
        const QString to = QStringLiteral("to=") + QDir::toNativeSeparators(dir.path());
        QCOMPARE(audited(QStringLiteral("document.printed"), chosen[0].number, to), 1);
        QCOMPARE(audited(QStringLiteral("document.printed"), chosen[1].number, to), 0);
        QVERIFY(child<QPushButton*>(&dialog, "closeButton")->isEnabled());
    }

    // The printer path paints the stored contents as one job; a PDF printer lets the test read the job.
    void printerJobHoldsEveryDocument()
    {
        QTemporaryDir dir;
        const QList<IssuedDocument> chosen = m_documents.mid(0, 2);
        BatchPrintDialog dialog(m_officer, {chosen[0].id, chosen[1].id}, nullptr);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString job = dir.filePath(QStringLiteral("job.pdf"));
        printer.setOutputFileName(job);
        QSignalSpy finished(&dialog, &BatchPrintDialog::printingFinished);
        dialog.startToPrinter(&printer);
        QVERIFY(dialog.waitUntilDone(120000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(pdfPages(job), chosen[0].pages + chosen[1].pages);
        const QString text = run(QStringLiteral("pdftotext"), {job, QStringLiteral("-")});
        for (const auto& document : chosen) {
            QVERIFY2(text.contains(document.number), qPrintable(text.left(300)));
            QVERIFY(text.contains(document.verificationCode));
            QCOMPARE(audited(QStringLiteral("document.printed"), document.number,
                             QStringLiteral("to=") + QDir::toNativeSeparators(job)),
                     1);
        }
    }

    // On a duplex printer each document starts on a sheet of its own: a blank back after an odd last page.
    // (A PDF QPrinter forgets its duplex setting, so the renderer is asked directly, as the dialog does.)
    void duplexJobStartsEachDocumentOnANewSheet()
    {
        QList<DocumentContent> contents;
        int firstPages = 0;
        DocumentStore store(*m_db);
        for (const auto& document : std::as_const(m_documents)) {
            if (contents.isEmpty() && document.pages % 2 == 1) {
                firstPages = document.pages;
                contents << *store.content(document.id);
            } else if (contents.size() == 1) {
                contents << *store.content(document.id);
            }
        }
        QCOMPARE(contents.size(), 2);
        QTemporaryDir dir;
        const DocumentRenderer renderer(*DocumentFonts::load(*m_db));
        const QString simplex = dir.filePath(QStringLiteral("simplex.pdf"));
        const QString duplex = dir.filePath(QStringLiteral("duplex.pdf"));
        QList<int> pageCounts;
        for (const auto& path : {simplex, duplex}) {
            QPdfWriter writer(path);
            auto painted = renderer.paintAll(contents, writer, path == duplex);
            QVERIFY2(painted, qPrintable(painted.error().fullText()));
            pageCounts = *painted;
        }
        QCOMPARE(pageCounts.first(), firstPages);
        QCOMPARE(pdfPages(simplex), pageCounts.at(0) + pageCounts.at(1));
        QCOMPARE(pdfPages(duplex), pageCounts.at(0) + 1 + pageCounts.at(1));
        // Stopped before the second document: the job ends with the first.
        const QString stopped = dir.filePath(QStringLiteral("stopped.pdf"));
        QPdfWriter writer(stopped);
        auto painted = renderer.paintAll(contents, writer, false, [](int index) { return index < 1; });
        QVERIFY(painted);
        QCOMPARE(painted->size(), 1);
        QCOMPARE(pdfPages(stopped), firstPages);
    }

    // The preview paints the stored content: as many pages as the issued PDF. Closing it prints nothing.
    void previewShowsTheStoredContent()
    {
        const IssuedDocument& document = m_documents.first();
        const qint64 printedBefore = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                                                 "'document.printed'"))
                                         ->toLongLong();
        int pages = -1;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            pages = dialog->findChild<QPrintPreviewWidget*>()->pageCount();
            dialog->reject();
        });
        DocumentPrinting::preview(m_officer, document.id, nullptr);
        QCOMPARE(pages, document.pages);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'document.printed'"))
                     ->toLongLong(),
                 printedBefore);
    }

    void savePdfWritesTheIssuedBytes()
    {
        const IssuedDocument& document = m_documents.first();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.pdf"));
        QString suggested;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        });
        QVERIFY(DocumentPrinting::savePdf(m_officer, document.id, nullptr));
        QCOMPARE(suggested, document.number + QStringLiteral(".pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), *DocumentStore(*m_db).pdf(document.id));
        QCOMPARE(audited(QStringLiteral("document.printed"), document.number, QStringLiteral("to=") + path), 1);
    }

    void voidedDocumentsAreLeftOut()
    {
        const IssuedDocument& target = m_documents.at(3);
        QVERIFY(DocumentStore(*m_db).voidDocument(m_approver.actor, target.id, QStringLiteral("送达地址有误")));
        BatchPrintDialog dialog(m_officer, {target.id, m_documents.at(0).id, 999999}, nullptr);
        QCOMPARE(dialog.documents().size(), 1);
        QCOMPARE(dialog.documents().first().id, m_documents.at(0).id);
        const QString selection = child<QLabel*>(&dialog, "selectionLabel")->text();
        QVERIFY2(selection.contains(target.number) && selection.contains(QStringLiteral("999999")),
                 qPrintable(selection));
    }

    void verifyFileSaysWhatTheFileIs()
    {
        QTemporaryDir dir;
        DocumentStore store(*m_db);
        IssuedDocument target;
        const auto documents = store.list(m_officer.actor, QString(), std::nullopt, 1000);
        QVERIFY(documents);
        for (const auto& document : *documents) {
            if (!document.voided)
                target = document;
        }
        QVERIFY(target.id > 0);
        const QByteArray bytes = *store.pdf(target.id);
        const QString genuine = dir.filePath(QStringLiteral("genuine.pdf"));
        const QString changed = dir.filePath(QStringLiteral("changed.pdf"));
        QFile genuineFile(genuine), changedFile(changed);
        QVERIFY(genuineFile.open(QIODevice::WriteOnly) && genuineFile.write(bytes) == bytes.size());
        genuineFile.close();
        QByteArray other = bytes;
        other[other.size() / 2] = char(other.at(other.size() / 2) ^ 0x01);
        QVERIFY(changedFile.open(QIODevice::WriteOnly) && changedFile.write(other) == other.size());
        changedFile.close();

        DocumentsPage page(m_approver, nullptr);
        page.verifyFile(genuine);
        QVERIFY2(MessageBoxes::lastText().startsWith(QStringLiteral("Genuine")), qPrintable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(target.number));
        page.verifyFile(changed);
        QVERIFY2(MessageBoxes::lastText().startsWith(QStringLiteral("Not an issued document")),
                 qPrintable(MessageBoxes::lastText()));

        // Voided through the page, as an approver: a reason is required.
        page.refresh();
        auto* table = child<QTableView*>(&page, "documentsTable");
        const int row = int(column(table, 0).indexOf(target.number));
        QVERIFY(row >= 0);
        selectRows(table, {row});
        bool refusedEmpty = false;
        QTimer::singleShot(0, &page, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::mouseClick(child<QPushButton*>(dialog, "okButton"), Qt::LeftButton);
            refusedEmpty = dialog->isVisible() && !child<QLabel*>(dialog, "errorLabel")->isHidden();
            child<QPlainTextEdit*>(dialog, "reasonEdit")->setPlainText(QStringLiteral("当事人名称有误"));
            QTest::mouseClick(child<QPushButton*>(dialog, "okButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton*>(&page, "voidButton"), Qt::LeftButton);
        QVERIFY(refusedEmpty);
        QVERIFY(store.find(target.id)->voided);
        QCOMPARE(column(table, 6).at(int(column(table, 0).indexOf(target.number))), QStringLiteral("voided"));
        page.verifyFile(genuine);
        QVERIFY2(MessageBoxes::lastText().startsWith(QStringLiteral("Voided")), qPrintable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("当事人名称有误")));
    }

    void templateWithAnUnknownFieldIsRefused()
    {
        DocumentTemplatesPage page(m_sysadmin, nullptr);
        page.refresh();
        chooseKind(child<QComboBox*>(&page, "kindComboBox"), DocumentKind::Decision);
        const int before = versions(DocumentKind::Decision);
        QCOMPARE(page.current().version, before);
        auto* body = child<QPlainTextEdit*>(&page, "bodyEdit");
        QVERIFY(body->toPlainText().contains(QStringLiteral("{惩戒措施}")));
        body->appendPlainText(QStringLiteral("请于{缴款期限}前缴纳。"));
        page.preview();
        auto* error = child<QLabel*>(&page, "errorLabel");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("{缴款期限}")), qPrintable(error->text()));
        QCOMPARE(page.previewPageCount(), 0);
        child<QLineEdit*>(&page, "noteLineEdit")->setText(QStringLiteral("加缴款期限"));
        page.save();
        QVERIFY2(error->text().contains(QStringLiteral("{缴款期限}")), qPrintable(error->text()));
        QCOMPARE(versions(DocumentKind::Decision), before);

        // A decision without one of its five elements is refused by name too.
        body->setPlainText(QString(page.current().body).remove(QStringLiteral("{移出条件}")));
        page.preview();
        QVERIFY2(error->text().contains(QStringLiteral("{移出条件}")), qPrintable(error->text()));
        QCOMPARE(versions(DocumentKind::Decision), before);
    }

    void validTemplatePreviewsAndSavesAVersion()
    {
        DocumentTemplatesPage page(m_sysadmin, nullptr);
        page.refresh();
        chooseKind(child<QComboBox*>(&page, "kindComboBox"), DocumentKind::Decision);
        const int before = versions(DocumentKind::Decision);
        auto* body = child<QPlainTextEdit*>(&page, "bodyEdit");
        body->moveCursor(QTextCursor::End);
        body->insertPlainText(QStringLiteral("\n本决定书编号为"));
        auto* fields = child<QListWidget*>(&page, "fieldsList");
        QListWidgetItem* number = nullptr;
        for (int row = 0; row < fields->count(); ++row) {
            if (fields->item(row)->data(Qt::UserRole).toString() == QStringLiteral("文号"))
                number = fields->item(row);
        }
        QVERIFY(number);
        emit fields->itemDoubleClicked(number);
        body->insertPlainText(QStringLiteral("。"));
        QVERIFY(body->toPlainText().endsWith(QStringLiteral("本决定书编号为{文号}。")));

        page.preview();
        QVERIFY2(child<QLabel*>(&page, "errorLabel")->isHidden(),
                 qPrintable(child<QLabel*>(&page, "errorLabel")->text()));
        QVERIFY(page.previewPageCount() >= 1);
        auto* preview = child<QPrintPreviewWidget*>(&page, "previewWidget");
        QVERIFY(preview);
        QCOMPARE(preview->pageCount(), page.previewPageCount());

        page.save(); // without a note
        QVERIFY(!child<QLabel*>(&page, "errorLabel")->isHidden());
        QCOMPARE(versions(DocumentKind::Decision), before);
        child<QLineEdit*>(&page, "noteLineEdit")->setText(QStringLiteral("加注文号"));
        page.save();
        QCOMPARE(versions(DocumentKind::Decision), before + 1);
        auto current = DocumentTemplateStore(*m_db).current(DocumentKind::Decision);
        QCOMPARE(current->note, QStringLiteral("加注文号"));
        QCOMPARE(current->savedBy, QStringLiteral("sysadmin"));
        QVERIFY(current->body.endsWith(QStringLiteral("本决定书编号为{文号}。")));
        QCOMPARE(page.current().version, before + 1); // reloaded
        QCOMPARE(child<QListWidget*>(&page, "historyList")->count(), before + 1);
        QVERIFY(child<QLabel*>(&page, "messageLabel")->text().contains(QString::number(before + 1)));
    }

    void saveAfterSomeoneElseSavedIsAConflict()
    {
        DocumentTemplatesPage first(m_sysadmin, nullptr);
        DocumentTemplatesPage second(m_sysadmin, nullptr);
        for (auto* page : {&first, &second}) {
            page->refresh();
            chooseKind(child<QComboBox*>(page, "kindComboBox"), DocumentKind::Notice);
            child<QPlainTextEdit*>(page, "bodyEdit")->appendPlainText(QStringLiteral("本告知书编号为{文号}。"));
            child<QLineEdit*>(page, "noteLineEdit")->setText(QStringLiteral("加注文号"));
        }
        const int before = versions(DocumentKind::Notice);
        first.save();
        QCOMPARE(versions(DocumentKind::Notice), before + 1);
        const int shown = MessageBoxes::shownCount();
        second.save();
        QCOMPARE(versions(DocumentKind::Notice), before + 1);
        QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("Someone else saved")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(child<QLabel*>(&second, "errorLabel")->text().contains(QStringLiteral("Someone else saved")));
        QVERIFY(child<QPlainTextEdit*>(&second, "bodyEdit")->toPlainText().endsWith(QStringLiteral("{文号}。")));
    }

    void officersReadTemplatesWithoutSaving()
    {
        DocumentTemplatesPage page(m_officer, nullptr);
        page.refresh();
        auto* save = child<QPushButton*>(&page, "saveButton");
        QVERIFY(save->isHidden());
        QVERIFY(child<QPlainTextEdit*>(&page, "bodyEdit")->isReadOnly());
        const int before = versions(page.current().kind);
        child<QLineEdit*>(&page, "noteLineEdit")->setText(QStringLiteral("试图保存"));
        page.save();
        QCOMPARE(versions(page.current().kind), before);
        page.preview(); // looking is allowed
        QVERIFY(page.previewPageCount() >= 1);
    }

    void areasFollowRoles()
    {
        MainWindow officerWindow(m_officer);
        QVERIFY(officerWindow.areaTitles().contains(QStringLiteral("Documents")));
        QVERIFY(officerWindow.areaTitles().contains(QStringLiteral("Document templates")));
        QVERIFY(officerWindow.showArea(QStringLiteral("DocumentsPage")));
        MainWindow adminWindow(m_sysadmin);
        QVERIFY(!adminWindow.areaTitles().contains(QStringLiteral("Documents")));
        QVERIFY(adminWindow.areaTitles().contains(QStringLiteral("Document templates")));
        Session security{m_db.get(), signIn(*m_db, QStringLiteral("secadmin"))};
        MainWindow securityWindow(security);
        QVERIFY(!securityWindow.areaTitles().contains(QStringLiteral("Document templates")));
    }
};

QTEST_MAIN(TestDocumentPages)
#include "TestDocumentPages.moc"
