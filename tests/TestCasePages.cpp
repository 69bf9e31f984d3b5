#include "Clock.h"
#include "I18n.h"
#include "Session.h"
#include "ShellNavigator.h"
#include "TestSupport.h"
#include "cases/CaseActionDialog.h"
#include "cases/CaseDetailDialog.h"
#include "cases/CaseExtendDialog.h"
#include "cases/CaseReassignDialog.h"
#include "cases/CaseStore.h"
#include "cases/CasesPage.h"
#include "cases/listing/ListingCase.h"
#include "cases/listing/ListingDraftDialog.h"
#include "documents/DocumentStore.h"
#include "reference/ListDomainStore.h"
#include "registry/RecordDetailDialog.h"
#include "registry/RegistrySubjectDetailDialog.h"
#include "registry/SubjectStore.h"
#include "setup/Setup.h"
#include "widgets/MessageBoxes.h"
#include "widgets/WindowedTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using TestSupport::child;

// The case screens driven as officers use them: a listing walked from the draft to the list by three
// different users through the detail view's buttons and dialogs, an upheld objection, a stale view, the
// list's filters and deadline views, and the subject's listings.
class TestCasePages : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Session m_officer, m_reviewer, m_approver;
    qint64 m_subject = 0, m_record = 0;

    static void at(QDate date) { Clock::setTestTime(QDateTime(date, QTime(10, 0))); }

    Session session(const QString& login) { return Session{m_db.get(), TestSupport::signIn(*m_db, login)}; }

    // Writes a draft through the dialog as the officer; the new case's id, 0 when the dialog refused it.
    qint64 draftThroughDialog(const QString& forceMajeureReason = {})
    {
        ListingDraftDialog dialog(m_officer, nullptr);
        if (!forceMajeureReason.isEmpty()) {
            child<QCheckBox*>(&dialog, "forceMajeureCheck")->setChecked(true);
            child<QPlainTextEdit*>(&dialog, "lenientReasonEdit")->setPlainText(forceMajeureReason);
        }
        dialog.chooseSubject(m_subject);
        auto* domains = child<QComboBox*>(&dialog, "domainCombo");
        const qint64 domain = ListDomainStore(*m_db).findByCode(QStringLiteral("work_safety_serious"))->id;
        domains->setCurrentIndex(domains->findData(domain));
        child<QPlainTextEdit*>(&dialog, "factsEdit")
            ->setPlainText(
                QStringLiteral("2026年1月12日，该单位在生产经营中发生较大生产安全事故，造成3人死亡，负有责任。"));
        check(child<QListWidget*>(&dialog, "recordsList"), m_record);
        check(child<QListWidget*>(&dialog, "measuresList"), QStringLiteral("NM07"));
        shot(dialog, QStringLiteral("draft"));
        dialog.save();
        if (dialog.result() != QDialog::Accepted)
            qWarning() << "draft refused:" << child<QLabel*>(&dialog, "errorLabel")->text();
        return dialog.result() == QDialog::Accepted ? dialog.caseId() : 0;
    }

    static bool check(QListWidget* list, const QVariant& value)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole) == value) {
                list->item(row)->setCheckState(Qt::Checked);
                return true;
            }
        }
        qWarning() << "no item" << value << "in" << list->objectName();
        return false;
    }

    // Clicks the step's button in a fresh detail view of the user and answers the step's dialog. True when
    // the case moved.
    static bool step(Session& user, qint64 caseId, const QString& transition, const QString& note = {},
                     const QString& ground = {})
    {
        CaseDetailDialog detail(user, caseId, nullptr);
        return step(detail, transition, note, ground);
    }

    static bool step(CaseDetailDialog& detail, const QString& transition, const QString& note = {},
                     const QString& ground = {})
    {
        QPushButton* button = detail.actionButton(transition);
        if (!button || !button->isEnabled()) {
            qWarning() << transition << "is not offered:" << (button ? button->toolTip() : QStringLiteral("no button"));
            return false;
        }
        bool answered = false;
        QTimer::singleShot(0, &detail, [&] {
            auto* dialog = qobject_cast<CaseActionDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            child<QPlainTextEdit*>(dialog, "noteEdit")->setPlainText(note);
            shot(*dialog, QStringLiteral("step-") + transition);
            if (!ground.isEmpty()) {
                auto* grounds = child<QComboBox*>(dialog, "groundCombo");
                grounds->setCurrentIndex(grounds->findData(ground));
            }
            auto* ok = child<QPushButton*>(dialog, "okButton");
            answered = ok->isEnabled();
            if (answered)
                ok->click();
            else
                dialog->reject();
        });
        const int before = detail.file().header.version;
        const int shown = MessageBoxes::shownCount();
        button->click();
        // A refusal is shown in a message box and may reload a case someone else moved.
        return answered && MessageBoxes::shownCount() == shown && detail.file().header.version > before;
    }

    // With CREDITDESK_SHOTS=DIR, a picture of the widget for a person to look at.
    static void shot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CREDITDESK_SHOTS");
        if (dir.isEmpty())
            return;
        widget.show();
        QVERIFY(widget.grab().save(dir + u'/' + name + QStringLiteral(".png")));
    }

    QString state(qint64 caseId) { return CaseStore(*m_db).find(caseId)->state; }

private slots:
    void initTestCase()
    {
        MessageBoxes::setAutoAnswer(true);
        // Pictures for a person are taken in the office's language.
        if (qEnvironmentVariableIsSet("CREDITDESK_SHOTS"))
            I18n::install(*qApp, QStringLiteral("zh_CN"));
        at(QDate(2026, 3, 2));
        m_db = TestSupport::demoDatabase();
        QVERIFY(m_db);
        QVERIFY(Setup::installDemoRegistry(*m_db));
        m_officer = session(QStringLiteral("officer1"));
        m_reviewer = session(QStringLiteral("reviewer1"));
        m_approver = session(QStringLiteral("approver1"));
        QVERIFY(!m_officer.actor.login.isEmpty() && !m_reviewer.actor.login.isEmpty()
                && !m_approver.actor.login.isEmpty());
        auto row = m_db->exec(
            QStringLiteral("SELECT s.id, MIN(r.id) FROM subjects s JOIN credit_records r ON r.subject_id = s.id WHERE "
                           "s.kind = 'legal_person' GROUP BY s.id ORDER BY s.id LIMIT 1"));
        QVERIFY(row && row->next());
        m_subject = row->value(0).toLongLong();
        m_record = row->value(1).toLongLong();
    }

    void init() { at(QDate(2026, 3, 2)); }
    void cleanupTestCase() { Clock::useSystemTime(); }

    void draftFormRefusesAnIncompleteDraft()
    {
        const int before = CaseStore(*m_db).list(m_officer.actor, {})->size();
        ListingDraftDialog dialog(m_officer, nullptr);
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(child<QLabel*>(&dialog, "errorLabel")->text().contains(QStringLiteral("subject")));
        dialog.chooseSubject(m_subject); // no facts, records or measures yet
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!child<QLabel*>(&dialog, "errorLabel")->text().isEmpty());
        // Enter in the search box searches (and takes the only match); it does not save the draft.
        auto* search = child<QLineEdit*>(&dialog, "searchEdit");
        search->setText(SubjectStore(*m_db).find(m_subject)->code);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(child<QLabel*>(&dialog, "subjectLabel")->text().contains(SubjectStore(*m_db).find(m_subject)->name));
        // A lenient flag without its reason is named, too.
        child<QCheckBox*>(&dialog, "forceMajeureCheck")->setChecked(true);
        QVERIFY(child<QPlainTextEdit*>(&dialog, "lenientReasonEdit")->isEnabled());
        QCOMPARE(CaseStore(*m_db).list(m_officer.actor, {})->size(), before);
        // Only measures the list allows for a legal person are offered, each with its basis.
        auto* measures = child<QListWidget*>(&dialog, "measuresList");
        QVERIFY(measures->count() > 0);
        for (int row = 0; row < measures->count(); ++row)
            QVERIFY2(measures->item(row)->text().contains(QStringLiteral("《")),
                     qPrintable(measures->item(row)->text()));
    }

    void casesListFiltersAndShowsDeadlines()
    {
        QVERIFY(Setup::installDemoCases(*m_db));
        at(QDate(2026, 3, 4));
        CasesPage page(m_approver, nullptr);
        auto* model = child<WindowedTableModel*>(&page, "casesModel");
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [&] {
            [&] {
                QVERIFY(model->waitUntilIdle(10000));
            }();
            while (model->canFetchMore({}))
                model->fetchMore({});
            [&] {
                QVERIFY(model->waitUntilIdle(10000));
            }();
            return model->rowCount();
        };
        page.refresh();
        const int all = shown();
        QVERIFY(all >= 8); // the demo cases, one or more in every state
        page.resize(1100, 500);
        shot(page, QStringLiteral("cases"));
        QCOMPARE(model->totalCount(), all);
        auto* states = child<QComboBox*>(&page, "stateCombo");
        states->setCurrentIndex(states->findData(QStringLiteral("dropped")));
        const int dropped = shown();
        QVERIFY(dropped >= 1 && dropped < all);
        for (int row = 0; row < dropped; ++row)
            QCOMPARE(CaseStore(*m_db).find(page.caseIdAt(row))->state, QStringLiteral("dropped"));
        states->setCurrentIndex(0);
        QVERIFY(shown() == all);
        const QString number = CaseStore(*m_db).find(page.caseIdAt(0))->number;
        child<QLineEdit*>(&page, "filterEdit")->setText(number);
        page.refresh(); // as the debounce timer would
        QCOMPARE(shown(), 1);
        QCOMPARE(model->index(0, CaseNumberColumn).data().toString(), number);
        child<QLineEdit*>(&page, "filterEdit")->clear();
        page.refresh();
        QCOMPARE(shown(), all);

        // Sorted in SQL by any column: by subject name, both ways.
        model->sort(CaseSubjectColumn, Qt::AscendingOrder);
        QCOMPARE(shown(), all);
        const QString firstUp = model->index(0, CaseSubjectColumn).data().toString();
        model->sort(CaseSubjectColumn, Qt::DescendingOrder);
        QCOMPARE(shown(), all);
        QCOMPARE(model->index(all - 1, CaseSubjectColumn).data().toString(), firstUp);

        // The deadline views list running deadlines with the days left.
        auto* table = child<QTableWidget*>(&page, "deadlinesTable");
        page.setView(CasesPage::DueSoon);
        QVERIFY(table->rowCount() >= 1);
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(!table->item(row, 4)->text().isEmpty());
        page.setView(CasesPage::Overdue);
        const int overdue = table->rowCount();
        at(QDate(2026, 6, 30));
        page.refresh();
        QVERIFY(table->rowCount() > overdue);

        // An officer starts with the cases in their own charge.
        CasesPage officerPage(m_officer, nullptr);
        officerPage.refresh();
        QVERIFY(child<QCheckBox*>(&officerPage, "mineCheck")->isChecked());
        auto* officerModel = child<WindowedTableModel*>(&officerPage, "casesModel");
        QVERIFY(officerModel->waitUntilIdle(10000));
        QVERIFY(officerModel->rowCount() >= 1);
        for (int row = 0; row < officerModel->rowCount(); ++row)
            QCOMPARE(officerModel->index(row, CaseOfficerColumn).data().toString(), m_officer.actor.name);
    }

    void subjectPageStartsADraftForItsSubject()
    {
        // The subject's page asks the shell for the draft dialog (it does not know the cases' dialogs).
        ShellNavigator navigator(m_officer);
        m_officer.navigator = &navigator;
        m_approver.navigator = &navigator;
        const auto reset = qScopeGuard([this] { m_officer.navigator = m_approver.navigator = nullptr; });
        RegistrySubjectDetailDialog approverView(m_approver, m_subject, nullptr);
        QVERIFY(!approverView.findChild<QPushButton*>(QStringLiteral("newDraftButton"))); // officers draft
        RegistrySubjectDetailDialog subject(m_officer, m_subject, nullptr);
        QString chosen;
        QTimer::singleShot(0, &subject, [&] {
            if (auto* draft = qobject_cast<ListingDraftDialog*>(QApplication::activeModalWidget())) {
                chosen = child<QLabel*>(draft, "subjectLabel")->text();
                draft->reject();
            }
        });
        child<QPushButton*>(&subject, "newDraftButton")->click();
        QVERIFY2(chosen.contains(SubjectStore(*m_db).find(m_subject)->name), qPrintable(chosen));
    }

    void walkFromDraftToListedAsThreeUsers()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        QCOMPARE(state(id), QStringLiteral("draft"));

        {
            // The officer sees the steps of an officer only, and no approver's step.
            CaseDetailDialog detail(m_officer, id, nullptr);
            shot(detail, QStringLiteral("detail-draft"));
            QVERIFY(detail.actionButton(QStringLiteral("submit")));
            QVERIFY(!detail.actionButton(QStringLiteral("drop")));
            QVERIFY(child<QPushButton*>(&detail, "editDraftButton")->isVisibleTo(&detail));
            QVERIFY(step(detail, QStringLiteral("submit")));
            QCOMPARE(detail.file().header.state, QStringLiteral("review"));
        }
        QVERIFY(step(m_reviewer, id, QStringLiteral("pass_review"), QStringLiteral("事实清楚，证据充分，同意")));
        QVERIFY(!step(m_reviewer, id, QStringLiteral("return"))); // a return needs a written reason
        QVERIFY(step(m_approver, id, QStringLiteral("approve_notice")));
        QCOMPARE(state(id), QStringLiteral("notified"));
        {
            // The decision waits for the party's statement period; the reason is shown beside the button.
            CaseDetailDialog detail(m_approver, id, nullptr);
            shot(detail, QStringLiteral("detail-notified"));
            QVERIFY(!detail.actionButton(QStringLiteral("decide"))->isEnabled());
            QVERIFY(child<QLabel*>(&detail, "blockedLabel")->text().contains(QStringLiteral("2026-03-09")));
            auto* deadlines = child<QTableWidget*>(&detail, "deadlinesTable");
            QCOMPARE(deadlines->rowCount(), 1);
            QCOMPARE(deadlines->item(0, 3)->text(), QStringLiteral("2026-03-09"));
            QVERIFY(!deadlines->item(0, 4)->text().isEmpty()); // days left
            QCOMPARE(child<QTableWidget*>(&detail, "documentsTable")->rowCount(), 1);
        }
        at(QDate(2026, 3, 10));
        QVERIFY(step(m_approver, id, QStringLiteral("decide")));
        QVERIFY(step(m_officer, id, QStringLiteral("list")));
        QCOMPARE(state(id), QStringLiteral("listed"));

        CaseDetailDialog detail(m_officer, id, nullptr);
        shot(detail, QStringLiteral("detail"));
        detail.findChild<QTabWidget*>()->setCurrentIndex(1);
        shot(detail, QStringLiteral("detail-deadlines"));
        detail.findChild<QTabWidget*>()->setCurrentIndex(2);
        shot(detail, QStringLiteral("detail-documents"));
        detail.findChild<QTabWidget*>()->setCurrentIndex(0);
        auto* documents = child<QTableWidget*>(&detail, "documentsTable");
        QCOMPARE(documents->rowCount(), 3); // the notice, the decision and the credit-repair notice
        DocumentStore store(*m_db);
        for (const auto& issued : detail.file().documents) {
            auto verified = store.verifyFile(*store.pdf(issued.id));
            QVERIFY2(verified && verified->genuine(), qPrintable(issued.number));
        }
        QStringList kinds;
        for (const auto& issued : detail.file().documents)
            kinds << DocumentKinds::id(issued.kind);
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("notice"), QStringLiteral("decision"), QStringLiteral("repair-notice")}));
        // The Documents tab previews the selected document (the newest) and saves its issued bytes.
        int pages = -1;
        QTimer::singleShot(0, &detail, [&] {
            if (auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
                pages = preview->findChild<QPrintPreviewWidget*>()->pageCount();
                preview->reject();
            }
        });
        child<QPushButton*>(&detail, "previewButton")->click();
        QCOMPARE(pages, detail.file().documents.last().pages);
        documents->setCurrentCell(1, 0); // the decision
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decision.pdf"));
        QTimer::singleShot(0, &detail, [&] {
            if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
                dialog->selectFile(path);
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
            }
        });
        child<QPushButton*>(&detail, "savePdfButton")->click();
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(store.verifyFile(saved.readAll())->genuine());
        // The timeline names the three users.
        auto* timeline = child<QTableWidget*>(&detail, "timelineTable");
        QString who;
        for (int row = 0; row < timeline->rowCount(); ++row)
            who += timeline->item(row, 1)->text();
        QVERIFY(who.contains(QStringLiteral("officer1")) && who.contains(QStringLiteral("reviewer1"))
                && who.contains(QStringLiteral("approver1")));

        // The subject's page shows the listing.
        RegistrySubjectDetailDialog subject(m_officer, m_subject, nullptr);
        auto* listings = child<QTableWidget*>(&subject, "listingsTable");
        QVERIFY(listings && listings->rowCount() >= 1);
        QCOMPARE(listings->item(0, 0)->text(), detail.file().header.number);
        // And the record the listing rests on names the case.
        RecordDetailDialog record(m_officer, m_record, nullptr);
        bool named = false;
        for (auto* label : record.findChildren<QLabel*>())
            named = named || label->text().contains(detail.file().header.number);
        QVERIFY(named);
    }

    void upheldObjectionEndsDropped()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        QVERIFY(step(m_officer, id, QStringLiteral("submit")));
        QVERIFY(step(m_reviewer, id, QStringLiteral("pass_review"), QStringLiteral("同意")));
        QVERIFY(step(m_approver, id, QStringLiteral("approve_notice")));
        at(QDate(2026, 3, 4));
        QVERIFY(!step(m_officer, id, QStringLiteral("object"))); // the objection must be written down
        QVERIFY(step(m_officer, id, QStringLiteral("object"), QStringLiteral("当事人提交整改完成的验收报告")));
        QCOMPARE(state(id), QStringLiteral("objection"));
        QVERIFY(step(m_approver, id, QStringLiteral("objection_upheld_drop"),
                     QStringLiteral("经核实，事故责任认定已被撤销，异议成立")));
        QCOMPARE(state(id), QStringLiteral("dropped"));
        CaseDetailDialog detail(m_approver, id, nullptr);
        QVERIFY(detail.file().timeline.last().note.contains(QStringLiteral("异议成立")));
        for (const auto& deadline : detail.file().deadlines)
            QVERIFY(!deadline.running());
        // A final state offers no step and no evidence upload.
        CaseDetailDialog officerView(m_officer, id, nullptr);
        QVERIFY(!officerView.actionButton(QStringLiteral("object")));
        QVERIFY(!child<QPushButton*>(&officerView, "attachButton")->isVisibleTo(&officerView));
    }

    void stepPreviewsItsDocumentsBeforeIssuing()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        QVERIFY(step(m_officer, id, QStringLiteral("submit")));
        QVERIFY(step(m_reviewer, id, QStringLiteral("pass_review"), QStringLiteral("同意")));
        CaseDetailDialog detail(m_approver, id, nullptr);
        int previewPages = -1;
        QString previewTitle;
        QTimer::singleShot(0, &detail, [&] {
            auto* action = qobject_cast<CaseActionDialog*>(QApplication::activeModalWidget());
            if (!action)
                return;
            QTimer::singleShot(0, action, [&] {
                if (auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
                    previewPages = preview->findChild<QPrintPreviewWidget*>()->pageCount();
                    previewTitle = preview->windowTitle();
                    preview->reject();
                }
            });
            if (auto* button = action->findChild<QPushButton*>(QStringLiteral("previewButton")))
                button->click();
            action->reject(); // looked, did not issue
        });
        detail.actionButton(QStringLiteral("approve_notice"))->click();
        QVERIFY(previewPages >= 1);
        QVERIFY2(previewTitle.contains(QStringLiteral("not issued")), qPrintable(previewTitle));
        QCOMPARE(state(id), QStringLiteral("review"));
        QVERIFY(DocumentStore(*m_db).ofCase(id)->isEmpty());
    }

    void editingADraftKeepsWhatItHolds()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        CaseDetailDialog detail(m_officer, id, nullptr);
        const QString facts = QStringLiteral("补充：事故调查报告已认定该单位负主要责任。");
        bool measureTicked = false;
        bool recordTicked = false;
        bool searchOpen = true;
        QTimer::singleShot(0, &detail, [&] {
            auto* draft = qobject_cast<ListingDraftDialog*>(QApplication::activeModalWidget());
            if (!draft)
                return;
            // The stored record and measure come back ticked.
            auto* measures = child<QListWidget*>(draft, "measuresList");
            auto* records = child<QListWidget*>(draft, "recordsList");
            searchOpen = child<QLineEdit*>(draft, "searchEdit")->isEnabled();
            for (int row = 0; row < measures->count(); ++row)
                measureTicked = measureTicked || measures->item(row)->checkState() == Qt::Checked;
            for (int row = 0; row < records->count(); ++row)
                recordTicked = recordTicked || records->item(row)->checkState() == Qt::Checked;
            child<QPlainTextEdit*>(draft, "factsEdit")->setPlainText(facts);
            draft->save();
            if (draft->isVisible())
                draft->reject(); // refused: the checks below say why
        });
        child<QPushButton*>(&detail, "editDraftButton")->click();
        QVERIFY(measureTicked && recordTicked);
        QVERIFY(!searchOpen); // the subject of a case does not change
        auto stored = ListingDrafts(*m_db).read(m_officer.actor, id);
        QVERIFY(stored);
        QCOMPARE(stored->facts, facts);
        QCOMPARE(stored->measureKeys, QStringList{QStringLiteral("NM07")});
        QCOMPARE(stored->recordIds, QList<qint64>{m_record});
        QCOMPARE(detail.file().timeline.last().event, QStringLiteral("draft_saved"));
    }

    void lenientHandlingNeedsTheApproversDecision()
    {
        const qint64 id = draftThroughDialog(QStringLiteral("事故发生时正值特大暴雨，属不可抗力"));
        QVERIFY(id > 0);
        QVERIFY(step(m_officer, id, QStringLiteral("submit")));
        QVERIFY(step(m_reviewer, id, QStringLiteral("pass_review"), QStringLiteral("同意")));
        {
            CaseDetailDialog detail(m_approver, id, nullptr);
            QVERIFY(child<QLabel*>(&detail, "lenientLabel")->text().contains(QStringLiteral("特大暴雨")));
            // The button is offered; the dialog asks for the decision before it lets the step go.
            QVERIFY(detail.actionButton(QStringLiteral("approve_notice"))->isEnabled());
            QVERIFY(!step(detail, QStringLiteral("approve_notice")));
        }
        const QString decision = QStringLiteral("经研究，不可抗力情形不影响责任认定，依法告知");
        QVERIFY(step(m_approver, id, QStringLiteral("approve_notice"), decision));
        QCOMPARE(ListingCases(*m_db).find(id)->lenientDecision, decision);
    }

    void approverExtendsADeadlineWithAReason()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        QVERIFY(step(m_officer, id, QStringLiteral("submit")));
        QVERIFY(step(m_reviewer, id, QStringLiteral("pass_review"), QStringLiteral("同意")));
        QVERIFY(step(m_approver, id, QStringLiteral("approve_notice")));
        QVERIFY(step(m_officer, id, QStringLiteral("object"), QStringLiteral("当事人对事故调查报告有异议")));
        CaseDetailDialog officerView(m_officer, id, nullptr);
        QVERIFY(!child<QPushButton*>(&officerView, "extendButton")->isVisibleTo(&officerView)); // approvers only

        CaseDetailDialog detail(m_approver, id, nullptr);
        auto* deadlines = child<QTableWidget*>(&detail, "deadlinesTable");
        int objectionRow = -1;
        for (int row = 0; row < deadlines->rowCount(); ++row) {
            if (detail.file().deadlines.at(row).kind == QLatin1String("objection_decision"))
                objectionRow = row;
        }
        QVERIFY(objectionRow >= 0);
        const QDate due = detail.file().deadlines.at(objectionRow).due;
        deadlines->setCurrentCell(objectionRow, 0);
        // The answering code records what it saw and always closes the dialog, so a failure cannot hang.
        bool okWithoutReason = true, okWithReason = false;
        QTimer::singleShot(0, &detail, [&] {
            auto* dialog = qobject_cast<CaseExtendDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* ok = child<QPushButton*>(dialog, "okButton");
            okWithoutReason = ok->isEnabled();
            child<QDateEdit*>(dialog, "dueEdit")->setDate(due.addDays(14));
            child<QPlainTextEdit*>(dialog, "reasonEdit")->setPlainText(QStringLiteral("需委托第三方重新鉴定"));
            okWithReason = ok->isEnabled();
            ok->isEnabled() ? ok->click() : dialog->reject();
        });
        child<QPushButton*>(&detail, "extendButton")->click();
        QVERIFY(!okWithoutReason && okWithReason);
        const CaseDeadline& extended = detail.file().deadlines.at(objectionRow);
        QCOMPARE(extended.due, due.addDays(14));
        QCOMPARE(extended.extensionReason, QStringLiteral("需委托第三方重新鉴定"));
        QCOMPARE(detail.file().timeline.last().event, QStringLiteral("extended"));
        QVERIFY(deadlines->item(objectionRow, 6)->text().contains(QStringLiteral("需委托第三方重新鉴定")));
    }

    void approverHandsACaseToAnotherOfficer()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        CaseDetailDialog officerView(m_officer, id, nullptr);
        QVERIFY(!child<QPushButton*>(&officerView, "reassignButton")->isVisibleTo(&officerView));
        CaseDetailDialog detail(m_approver, id, nullptr);
        QStringList offered;
        bool okWithoutReason = true;
        QTimer::singleShot(0, &detail, [&] {
            auto* dialog = qobject_cast<CaseReassignDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* officers = child<QComboBox*>(dialog, "officerCombo");
            for (int row = 0; row < officers->count(); ++row)
                offered << officers->itemData(row).toString();
            auto* ok = child<QPushButton*>(dialog, "okButton");
            okWithoutReason = ok->isEnabled();
            child<QPlainTextEdit*>(dialog, "reasonEdit")->setPlainText(QStringLiteral("王晓明休假，转交办理"));
            ok->isEnabled() ? ok->click() : dialog->reject();
        });
        child<QPushButton*>(&detail, "reassignButton")->click();
        QVERIFY(!okWithoutReason);
        QVERIFY(!offered.isEmpty());
        QVERIFY(!offered.contains(QStringLiteral("officer1"))); // not to the officer who has it
        QVERIFY(!offered.contains(QStringLiteral("reviewer1"))); // only officers handle cases
        QVERIFY(detail.file().header.assignee != QStringLiteral("officer1"));
        QCOMPARE(detail.file().timeline.last().event, QStringLiteral("reassigned"));
        QCOMPARE(detail.file().timeline.last().note, QStringLiteral("王晓明休假，转交办理"));
        // The officer who no longer has it still sees it, but not among "my cases".
        CaseFilter mine;
        mine.assignee = QStringLiteral("officer1");
        const auto cases = CaseStore(*m_db).list(m_officer.actor, mine);
        QVERIFY(cases);
        for (const auto& summary : *cases)
            QVERIFY(summary.id != id);
    }

    void staleViewIsAConflict()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        QVERIFY(step(m_officer, id, QStringLiteral("submit")));
        // Two approvers' views opened on the same version; the first acts, the second is told and reloaded.
        CaseDetailDialog first(m_approver, id, nullptr);
        CaseDetailDialog second(m_approver, id, nullptr);
        QVERIFY(step(first, QStringLiteral("drop"), QStringLiteral("证据不足，不予列入")));
        const int shown = MessageBoxes::shownCount();
        QVERIFY(!step(second, QStringLiteral("drop"), QStringLiteral("同上")));
        QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("Someone else changed")),
                 qPrintable(MessageBoxes::lastText()));
        QCOMPARE(second.file().header.state, QStringLiteral("dropped")); // reloaded
        QVERIFY(!second.actionButton(QStringLiteral("drop")));
        QCOMPARE(CaseStore(*m_db).timeline(id)->last().note, QStringLiteral("证据不足，不予列入"));
    }

    void removalAsksForTheGround()
    {
        const qint64 id = draftThroughDialog();
        QVERIFY(id > 0);
        QVERIFY(step(m_officer, id, QStringLiteral("submit")));
        QVERIFY(step(m_reviewer, id, QStringLiteral("pass_review"), QStringLiteral("同意")));
        QVERIFY(step(m_approver, id, QStringLiteral("approve_notice")));
        at(QDate(2026, 3, 10));
        QVERIFY(step(m_approver, id, QStringLiteral("decide")));
        QVERIFY(step(m_approver, id, QStringLiteral("list")));
        at(QDate(2026, 9, 1));
        const QString reason = QStringLiteral("原认定决定被行政复议机关撤销");
        QVERIFY(!step(m_approver, id, QStringLiteral("remove"), reason)); // no ground chosen
        QVERIFY(step(m_approver, id, QStringLiteral("remove"), reason, QStringLiteral("revocation")));
        QCOMPARE(state(id), QStringLiteral("removed"));
        CaseDetailDialog detail(m_approver, id, nullptr);
        QCOMPARE(detail.file().documents.last().kind, DocumentKind::Removal);
    }
};

QTEST_MAIN(TestCasePages)
#include "TestCasePages.moc"
