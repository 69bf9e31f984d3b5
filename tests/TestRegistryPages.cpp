#include "Clock.h"
#include "HomePage.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseDetailDialog.h"
#include "registry/ImportDialog.h"
#include "registry/Masking.h"
#include "registry/RecordDetailDialog.h"
#include "registry/RecordStore.h"
#include "registry/RegistryPage.h"
#include "registry/RegistryRecordsTab.h"
#include "registry/RegistrySimilarDialog.h"
#include "registry/RegistrySubjectDetailDialog.h"
#include "registry/RegistrySubjectsTab.h"
#include "registry/SampleData.h"
#include "registry/SubjectStore.h"
#include "security/Accounts.h"
#include "security/AuditEvents.h"
#include "security/AuditLog.h"
#include "setup/Setup.h"
#include "widgets/BackgroundJob.h"
#include "widgets/MessageBoxes.h"
#include "widgets/WindowedTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
using TestSupport::child;
using TestSupport::demoDatabase;
using TestSupport::signIn;
const QString& kPassword = TestSupport::kDemoPassword;
constexpr int kRows = 12;

qint64 count(Database& db, const QString& table)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return n ? n->toLongLong() : -1;
}

// Every DisplayRole text of the loaded rows of a model.
QStringList cells(WindowedTableModel* model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->index(row, column).data().toString();
    }
    return texts;
}

// The texts of every label and table cell of a dialog.
QStringList shownTexts(QWidget* widget)
{
    QStringList texts;
    for (auto* label : widget->findChildren<QLabel*>())
        texts << label->text();
    for (auto* table : widget->findChildren<QTableWidget*>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
        }
    }
    return texts;
}
} // namespace

// The registry screens on one SQLite database the tests build up in order: a department file is checked,
// refused and imported through ImportDialog, then listed, filtered, opened, registered into and merged.
class TestRegistryPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Session m_session;
    QTemporaryDir m_dir;
    QString m_validCsv;
    QString m_invalidCsv;
    int m_badLine = 0;
    QStringList m_residentIds; // the full certificate numbers in the file, which no screen may show

private slots:
    // The home page lists the office's case deadlines that are overdue or due soon (issue 5's views).
    void homePageShowsDueAndOverdueDeadlines()
    {
        auto db = TestSupport::freshDatabase(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestSupport::failureReason()));
        QVERIFY(Setup::installDemo(*db, QString()));
        QVERIFY(Setup::installDemoRegistry(*db));
        QVERIFY(Setup::installDemoCases(*db));
        Actor approver;
        approver.userId = Accounts(*db).findUser(QStringLiteral("approver1"))->id;
        approver.login = QStringLiteral("approver1");
        approver.name = QStringLiteral("approver1");
        approver.roles = {Role::Approver};
        Session session{db.get(), approver};
        HomePage page(session, nullptr);
        page.refresh();
        auto* label = page.findChild<QLabel*>(QStringLiteral("deadlinesLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("LD-2026-")), qPrintable(label->text()));
        // Each line links to its case; following the link opens the case's detail.
        const QRegularExpression link(QStringLiteral("href=\"case:(\\d+)\""));
        const auto match = link.match(label->text());
        QVERIFY(match.hasMatch());
        QString opened;
        QTimer::singleShot(0, &page, [&] {
            if (auto* detail = qobject_cast<CaseDetailDialog*>(QApplication::activeModalWidget())) {
                opened = detail->file().header.number;
                detail->reject();
            }
        });
        emit label->linkActivated(match.captured(0).mid(6).chopped(1));
        QVERIFY(!opened.isEmpty() && label->text().contains(opened));
        // Officers see only what is assigned to them; the auditor has no such list at all.
        Actor auditor = approver;
        auditor.roles = {Role::AuditAdmin};
        Session auditSession{db.get(), auditor};
        HomePage auditPage(auditSession, nullptr);
        auditPage.refresh();
        auto* hidden = auditPage.findChild<QLabel*>(QStringLiteral("deadlinesLabel"));
        QVERIFY(hidden);
        QVERIFY(hidden->isHidden());
    }

    void initTestCase()
    {
        m_db = TestSupport::freshDatabase(QStringLiteral("sqlite"));
        QVERIFY2(m_db, qPrintable(TestSupport::failureReason()));
        QVERIFY(Setup::createFirstAdministrator(
            *m_db, {QStringLiteral("sysadmin"), QStringLiteral("张管理"), kPassword, QStringLiteral("XYB"), {}}));
        QVERIFY(Setup::installDemo(*m_db, kPassword));
        m_session = {m_db.get(), signIn(*m_db, QStringLiteral("officer1"))};
        QVERIFY(m_session.actor.isUser());

        const QDate today = Clock::currentDate();
        m_validCsv = m_dir.filePath(QStringLiteral("第10周行政处罚.csv"));
        QVERIFY(SampleData().writeCsv(m_validCsv, 1, kRows, today.addMonths(-6), today.addDays(-1)));
        for (int n = 1; n <= kRows; ++n) {
            const Subject subject = SampleData().subject(n);
            if (subject.idType == QLatin1String("resident_id"))
                m_residentIds << subject.code;
        }
        QVERIFY(!m_residentIds.isEmpty());

        // The same rows and one more whose certificate number Excel turned into a float.
        SampleData sample(99);
        QStringList lines{SampleData::csvHeader().join(u',')};
        for (int n = 1; n <= 3; ++n)
            lines << sample.csvRow(sample.subject(n), n, today.addMonths(-2), today.addDays(-1)).join(u',');
        QStringList bad = sample.csvRow(sample.subject(101), 101, today.addMonths(-2), today.addDays(-1));
        const int idNumber = int(SampleData::csvHeader().indexOf(QStringLiteral("证件号码")));
        bad[0] = QStringLiteral("错误行");
        bad[1] = QStringLiteral("自然人");
        bad[idNumber] = QStringLiteral("3.60429E+17");
        lines << bad.join(u',');
        m_badLine = int(lines.size());
        m_invalidCsv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(m_invalidCsv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    }

    void init() { MessageBoxes::setAutoAnswer(true, QMessageBox::Yes); }

    void previewShowsTheColumnMapping()
    {
        ImportDialog dialog(m_session, nullptr);
        dialog.setFilePath(m_validCsv);
        QVERIFY(dialog.waitUntilIdle(10000));
        auto* preview = child<QTableWidget*>(&dialog, "previewTable");
        QCOMPARE(preview->columnCount(), int(SampleData::csvHeader().size()));
        QCOMPARE(preview->rowCount(), 1 + kRows); // the mapping row, then the rows of the file
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("行政相对人名称"));
        QCOMPARE(preview->item(0, 0)->text(), RecordFields::displayName(RecordField::SubjectName));
        QCOMPARE(preview->verticalHeaderItem(1)->text(), QStringLiteral("2")); // line 2 of the file
        // Even the file's own certificate numbers show masked.
        for (const auto& text : shownTexts(&dialog)) {
            for (const auto& id : std::as_const(m_residentIds))
                QVERIFY2(!text.contains(id), qPrintable(text));
        }
        // The officer of the credit office may import for any department.
        QVERIFY(child<QComboBox*>(&dialog, "departmentComboBox")->isEnabled());
    }

    void dryRunCountsAndImportsNothing()
    {
        ImportDialog dialog(m_session, nullptr);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.setFilePath(m_validCsv);
        QVERIFY(dialog.waitUntilIdle(10000));
        dialog.startCheck();
        QVERIFY(dialog.waitUntilIdle(30000));
        QVERIFY(dialog.outcome() && *dialog.outcome());
        const ImportReport& report = dialog.outcome()->value();
        QVERIFY(report.dryRun);
        QCOMPARE(report.accepted, kRows);
        QVERIFY(report.rejected.isEmpty());
        QVERIFY(child<QLabel*>(&dialog, "summaryLabel")->text().contains(QString::number(kRows)));
        QCOMPARE(count(*m_db, QStringLiteral("credit_records")), 0);
        QCOMPARE(imported.count(), 0);
    }

    void badRowIsReportedAndNothingImported()
    {
        ImportDialog dialog(m_session, nullptr);
        dialog.setFilePath(m_invalidCsv);
        QVERIFY(dialog.waitUntilIdle(10000));
        dialog.startImport();
        QVERIFY(dialog.waitUntilIdle(30000));
        QVERIFY(dialog.outcome() && *dialog.outcome());
        const ImportReport& report = dialog.outcome()->value();
        QVERIFY(!report.rejected.isEmpty());
        QVERIFY(!report.imported());
        auto* table = child<QTableWidget*>(&dialog, "reportTable");
        QCOMPARE(table->rowCount(), int(report.rejected.size()));
        QCOMPARE(table->item(0, 0)->text(), QString::number(m_badLine));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("证件号码"));
        QCOMPARE(count(*m_db, QStringLiteral("credit_records")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("subjects")), 0);

        // The report saves as the officer sees it.
        const QString saved = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(dialog.saveReport(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("证件号码")));
        QVERIFY(text.contains(table->item(0, 2)->text()));
        QVERIFY(dialog.saveReport(m_dir.filePath(QStringLiteral("report.xlsx"))));
    }

    void cancelImportsNothing()
    {
        ImportDialog dialog(m_session, nullptr);
        dialog.setFilePath(m_validCsv);
        QVERIFY(dialog.waitUntilIdle(10000));
        // Cancelled at its first progress report, which for a small file is the last row written.
        auto* worker = child<BackgroundJob*>(&dialog, "importWorker");
        connect(worker, &BackgroundJob::progressed, worker, &BackgroundJob::cancel, Qt::DirectConnection);
        dialog.startImport();
        QVERIFY(dialog.waitUntilIdle(30000));
        QVERIFY(dialog.outcome() && *dialog.outcome());
        QVERIFY(dialog.outcome()->value().cancelled);
        QCOMPARE(count(*m_db, QStringLiteral("credit_records")), 0);
    }

    void validFileIsImported()
    {
        ImportDialog dialog(m_session, nullptr);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.setFilePath(m_validCsv);
        QVERIFY(dialog.waitUntilIdle(10000));
        dialog.startImport();
        QVERIFY(dialog.waitUntilIdle(30000));
        QVERIFY(dialog.outcome() && *dialog.outcome());
        QVERIFY(dialog.outcome()->value().imported());
        QCOMPARE(dialog.outcome()->value().accepted, kRows);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(count(*m_db, QStringLiteral("credit_records")), kRows);
        QCOMPARE(child<QProgressBar*>(&dialog, "progressBar")->value(),
                 child<QProgressBar*>(&dialog, "progressBar")->maximum());
    }

    void recordsListFiltersSortsAndMasks()
    {
        RegistryPage page(m_session, nullptr);
        auto* tab = page.recordsTab();
        auto* model = tab->model();
        QAbstractItemModelTester recordsTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester subjectsTester(page.subjectsTab()->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.refresh();
        QTRY_COMPARE(model->totalCount(), qint64(kRows));
        QVERIFY(model->waitUntilIdle(10000));
        QCOMPARE(tab->countLabel()->text(), QStringLiteral("%1 record(s)").arg(kRows));
        QCOMPARE(model->rowCount(), kRows);

        // No screen shows a person's whole certificate number; organisation codes are public.
        static const QRegularExpression fullId(QStringLiteral("\\d{17}[\\dX]"));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariantList values = *model->rowValues(row);
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->index(row, column).data().toString();
                if (values.value(RecordSubjectIdType).toString() != QLatin1String("uscc"))
                    QVERIFY2(!fullId.match(text).hasMatch(), qPrintable(text));
                for (const auto& id : std::as_const(m_residentIds))
                    QVERIFY2(!text.contains(id), qPrintable(text));
            }
        }

        // Typing a name narrows the list once the typing pauses.
        const QString name = model->index(0, RecordSubjectName).data().toString();
        auto* nameEdit = child<QLineEdit*>(&page, "recordNameLineEdit");
        nameEdit->setText(name); // keyClicks types ASCII only; textChanged is what the page listens to
        QCOMPARE(model->totalCount(), qint64(kRows)); // not yet: debounced
        QTRY_VERIFY(model->totalCount() >= 1 && model->totalCount() < kRows);
        QVERIFY(model->waitUntilIdle(10000));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, RecordSubjectName).data().toString().contains(name));
        nameEdit->clear();
        QTRY_COMPARE(model->totalCount(), qint64(kRows));

        // A code prefix finds the subject: an organisation's whole code, or a person's first digits.
        QVERIFY(model->waitUntilIdle(10000));
        QString uscc;
        for (int row = 0; row < model->rowCount() && uscc.isEmpty(); ++row) {
            if (model->rowValues(row)->value(RecordSubjectIdType).toString() == QLatin1String("uscc"))
                uscc = model->rowValues(row)->value(RecordSubjectCode).toString();
        }
        QVERIFY(!uscc.isEmpty());
        auto* codeEdit = child<QLineEdit*>(&page, "recordCodeLineEdit");
        QTest::keyClicks(codeEdit, uscc.toLower());
        QTRY_COMPARE(model->totalCount(), qint64(1));
        QVERIFY(model->waitUntilIdle(10000));
        QCOMPARE(model->index(0, RecordSubjectCode).data().toString(), uscc);
        codeEdit->clear();
        QTest::keyClicks(codeEdit, m_residentIds.first().left(14));
        QTRY_COMPARE(model->totalCount(), qint64(1));
        codeEdit->clear();
        QTRY_COMPARE(model->totalCount(), qint64(kRows));

        // Sorting goes through the model's query; a column without an index keeps the order it had.
        tab->table()->sortByColumn(RecordSubjectName, Qt::AscendingOrder);
        QVERIFY(model->waitUntilIdle(10000));
        QVERIFY(model->query().selectSql.contains(QStringLiteral("ORDER BY s.name_search ASC")));
        tab->table()->sortByColumn(RecordAuthority, Qt::AscendingOrder);
        QVERIFY(model->waitUntilIdle(10000));
        QVERIFY(model->query().selectSql.contains(QStringLiteral("ORDER BY s.name_search ASC")));
        QTRY_COMPARE(tab->table()->horizontalHeader()->sortIndicatorSection(), int(RecordSubjectName));

        // The tier filter is a combo; all tiers again shows everything.
        auto* tiers = child<QComboBox*>(&page, "tierComboBox");
        tiers->setCurrentIndex(tiers->findData(QStringLiteral("serious")));
        QVERIFY(model->waitUntilIdle(10000));
        QVERIFY(model->totalCount() < kRows);
        tiers->setCurrentIndex(0);
        QTRY_COMPARE(model->totalCount(), qint64(kRows));

        // The subjects list masks the same way.
        auto* subjects = page.subjectsTab()->model();
        QTRY_COMPARE(subjects->totalCount(), qint64(kRows));
        QVERIFY(subjects->waitUntilIdle(10000));
        for (const auto& text : cells(subjects)) {
            for (const auto& id : std::as_const(m_residentIds))
                QVERIFY2(!text.contains(id), qPrintable(text));
        }
    }

    void detailDialogsMaskAndShowHistory()
    {
        auto person = SubjectStore(*m_db).findByCode(QStringLiteral("resident_id"), m_residentIds.first());
        QVERIFY(person && person->has_value());
        RegistrySubjectDetailDialog subjectDialog(m_session, (*person)->id, nullptr);
        QCOMPARE(subjectDialog.recordsTable()->rowCount(), 1);
        for (const auto& text : shownTexts(&subjectDialog))
            QVERIFY2(!text.contains(m_residentIds.first()), qPrintable(text));
        QVERIFY(
            shownTexts(&subjectDialog).contains(Masking::code(QStringLiteral("resident_id"), m_residentIds.first())));

        RecordFilter filter;
        filter.subjectId = (*person)->id;
        auto records = RecordStore(*m_db).list(filter, 1);
        QVERIFY(records && records->size() == 1);
        RecordDetailDialog recordDialog(m_session, records->first().record.id, nullptr);
        for (const auto& text : shownTexts(&recordDialog))
            QVERIFY2(!text.contains(m_residentIds.first()), qPrintable(text));
        // An imported record's history starts with its import.
        QVERIFY(recordDialog.historyTable()->rowCount() >= 1);
        QCOMPARE(recordDialog.historyTable()->item(0, 2)->text(),
                 AuditEvents::displayName(QStringLiteral("records.imported")));
    }

    void registeringAskesAboutCloseNamesAndAuditsTheAnswer()
    {
        RegistryPage page(m_session, nullptr);
        auto* tab = page.subjectsTab();
        QList<std::pair<QString, qint64>> asked;
        RegistrySubjectsTab::SimilarAnswer answer = RegistrySubjectsTab::SimilarAnswer::Different;
        tab->setSimilarAsker([&](const Subject& fresh, const Subject& candidate, int, int) {
            asked << std::pair{fresh.name, candidate.id};
            return answer;
        });
        auto organisation = SubjectStore(*m_db).findByCode(QStringLiteral("uscc"), SampleData().subject(5).code);
        QVERIFY(organisation && organisation->has_value());
        const Subject existing = **organisation;

        // A code already registered reaches that subject.
        Subject same = existing;
        same.name = QStringLiteral("另一个名称");
        auto reached = tab->registerSubject(same);
        QVERIFY(reached && reached->id == existing.id);
        QVERIFY(MessageBoxes::lastText().contains(existing.name));
        QVERIFY(asked.isEmpty());

        // A close name is a question; "different" registers the subject and is audited on the other.
        Subject fresh;
        fresh.kind = QStringLiteral("legal_person");
        fresh.code = SampleData().subject(1001).code;
        fresh.name = existing.name.chopped(1) + QStringLiteral("厂");
        fresh.legalRepresentative = QStringLiteral("周某");
        auto added = tab->registerSubject(fresh);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(asked.first().second, existing.id);
        QVERIFY2(added && added->id != existing.id, qPrintable(MessageBoxes::lastText()));
        auto history = AuditLog::forObject(*m_db, QStringLiteral("subject"), QString::number(existing.id));
        QVERIFY(history);
        QVERIFY(std::any_of(history->begin(), history->end(), [](const AuditRow& row) {
            return row.entry.event == QLatin1String("subject.similar_answered")
                && row.entry.detail.contains(QLatin1String("different from"));
        }));

        // "Same" registers nothing and reaches the registered subject.
        asked.clear();
        answer = RegistrySubjectsTab::SimilarAnswer::Same;
        const qint64 before = count(*m_db, QStringLiteral("subjects"));
        Subject twin = fresh;
        twin.code = SampleData().subject(1002).code;
        twin.name = existing.name.chopped(1) + QStringLiteral("店");
        auto sameReached = tab->registerSubject(twin);
        QVERIFY(!asked.isEmpty());
        QVERIFY(sameReached);
        QCOMPARE(count(*m_db, QStringLiteral("subjects")), before);

        // The side-by-side dialog shows both subjects, codes masked.
        Subject person = SampleData().subject(1);
        RegistrySimilarDialog dialog(fresh, person, 0, 2, nullptr);
        QCOMPARE(dialog.comparedLines().size(), 5);
        for (const auto& line : dialog.comparedLines())
            QVERIFY2(!line.contains(person.code), qPrintable(line));
    }

    void approverMergesSubjects()
    {
        Session approver{m_db.get(), signIn(*m_db, QStringLiteral("approver1"))};
        RegistryPage page(approver, nullptr);
        auto* tab = page.subjectsTab();
        QVERIFY(!child<QPushButton*>(&page, "mergeButton")->isHidden());
        SubjectStore store(*m_db);
        auto keep = store.findByCode(QStringLiteral("uscc"), SampleData().subject(5).code);
        auto drop = store.findByCode(QStringLiteral("uscc"), SampleData().subject(1001).code);
        QVERIFY(keep && keep->has_value() && drop && drop->has_value());
        MessageBoxes::setAutoAnswer(true, QMessageBox::No);
        QVERIFY(!tab->mergeSubjects(**drop, **keep));
        MessageBoxes::setAutoAnswer(true, QMessageBox::Yes);
        QVERIFY(tab->mergeSubjects(**drop, **keep));
        auto merged = store.find((*drop)->id);
        QVERIFY(merged);
        QCOMPARE(merged->status, QStringLiteral("merged"));
        QCOMPARE(merged->mergedInto, (*keep)->id);

        // An officer has no merge button.
        RegistryPage officerPage(m_session, nullptr);
        QVERIFY(child<QPushButton*>(&officerPage, "mergeButton")->isHidden());
        QVERIFY(!child<QPushButton*>(&officerPage, "registerButton")->isHidden());
    }

    void exportRunsOnAWorker()
    {
        RegistryPage page(m_session, nullptr);
        page.refresh();
        QTRY_COMPARE(page.recordsTab()->model()->totalCount(), qint64(kRows));
        const QString path = m_dir.filePath(QStringLiteral("records.csv"));
        page.exportTo(path);
        QVERIFY(page.exportWorker()->waitUntilDone(30000));
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("%1 row(s)").arg(kRows)),
                 qPrintable(MessageBoxes::lastText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QStringLiteral("\r\n")), kRows + 1);
        for (const auto& id : std::as_const(m_residentIds))
            QVERIFY(!text.contains(id));
    }

    void importRunsBesideTheWindowsExclusiveConnection()
    {
        // The window holds its SQLite file exclusively; the import's own connection opens beside it.
        auto url = DatabaseUrl::parse(TestSupport::freshDatabaseUrl(QStringLiteral("sqlite")));
        QVERIFY(url);
        auto db = Database::open(*url, Database::Options{.exclusive = true, .migrate = true});
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        QVERIFY(Setup::seedReferenceData(**db));
        QVERIFY(Setup::createFirstAdministrator(
            **db, {QStringLiteral("sysadmin"), QStringLiteral("张管理"), kPassword, QStringLiteral("XYB"), {}}));
        QVERIFY(Setup::installDemo(**db, kPassword));
        Session session{db->get(), signIn(**db, QStringLiteral("officer1"))};
        ImportDialog dialog(session, nullptr);
        dialog.setFilePath(m_validCsv);
        QVERIFY(dialog.waitUntilIdle(10000));
        dialog.startImport();
        QVERIFY(dialog.waitUntilIdle(30000));
        QVERIFY(!child<BackgroundJob*>(&dialog, "importWorker")->ranOnGuiThread());
        QVERIFY(dialog.outcome() && *dialog.outcome() && dialog.outcome()->value().imported());
        QCOMPARE(count(**db, QStringLiteral("credit_records")), kRows);
    }

    void workerFallsBackToTheWindowsConnection()
    {
        // A connection that cannot be opened (PostgreSQL without PGPASSWORD, here an unwritable path):
        // the job runs on the window's connection instead of failing.
        const DatabaseUrl unreachable = DatabaseUrl::sqliteFile(QStringLiteral("/proc/creditdesk-nowhere/registry.db"));
        BackgroundJob worker;
        Database* used = nullptr;
        qint64 steps = 0;
        connect(&worker, &BackgroundJob::progressed, &worker, [&steps] { ++steps; });
        worker.start(unreachable, *m_db, [&used](Database* db, const BackgroundJob::Progress& progress) {
            used = db;
            progress(1, 1);
        });
        QVERIFY(worker.waitUntilDone(10000));
        QVERIFY(worker.ranOnGuiThread());
        QCOMPARE(used, m_db.get());
        QCOMPARE(steps, 1);
    }

    void areaIsOpenToRegistryRoles()
    {
        MainWindow officerWindow(m_session);
        QVERIFY(officerWindow.areaTitles().contains(QStringLiteral("Subjects and records")));
        QVERIFY(officerWindow.showArea(QStringLiteral("RegistryPage")));
        Session security{m_db.get(), signIn(*m_db, QStringLiteral("secadmin"))};
        MainWindow securityWindow(security);
        QVERIFY(!securityWindow.areaTitles().contains(QStringLiteral("Subjects and records")));
    }
};

QTEST_MAIN(TestRegistryPages)
#include "TestRegistryPages.moc"
