#include "Clock.h"
#include "TestSupport.h"
#include "reference/BasisGuard.h"
#include "reference/CatalogStore.h"
#include "reference/CleanupStore.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "reference/MeasureStore.h"
#include "reference/ReferenceBasisChecklist.h"
#include "reference/ReferenceBasisDialog.h"
#include "reference/ReferenceCatalogItemDialog.h"
#include "reference/ReferenceChecklist.h"
#include "reference/ReferenceCleanupDialog.h"
#include "reference/ReferenceDateDialog.h"
#include "reference/ReferenceDomainDialog.h"
#include "reference/ReferenceHistoryDialog.h"
#include "reference/ReferenceListTab.h"
#include "reference/ReferenceMeasureDialog.h"
#include "reference/ReferencePage.h"
#include "reference/ReferenceProfileDialog.h"
#include "reference/ReferenceTableModel.h"
#include "registry/RecordImporter.h"
#include "registry/RecordStore.h"
#include "registry/SampleData.h"
#include "rules/RuleProfileStore.h"
#include "security/Accounts.h"
#include "setup/Setup.h"
#include "widgets/MessageBoxes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
using TestSupport::child;
using TestSupport::demoDatabase;
using TestSupport::signIn;
const QString& kPassword = TestSupport::kDemoPassword;

// The model row whose first column is `key`, or -1.
int rowOf(ReferenceListTab* tab, const QString& key)
{
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        if (tab->model()->index(row, 0).data().toString() == key)
            return row;
    }
    return -1;
}

// Clicks `opener` and, once its modal dialog is up, hands the dialog to `drive` (which closes it or
// leaves it to be cancelled). Returns the dialog's result.
template <typename Dialog> int driveModal(QPushButton* opener, const std::function<void(Dialog*)>& drive)
{
    bool seen = false;
    int result = -1;
    QTimer::singleShot(0, opener, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        QObject::connect(dialog, &QDialog::finished, dialog, [&result](int code) { result = code; });
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    if (!opener->isEnabled() || opener->isHidden())
        QTest::qFail(qPrintable(opener->objectName() + QStringLiteral(" cannot be clicked")), __FILE__, __LINE__);
    QTest::mouseClick(opener, Qt::LeftButton);
    if (!seen)
        QTest::qFail(qPrintable(opener->objectName() + QStringLiteral(" opened no dialog of the expected kind")),
                     __FILE__, __LINE__);
    return result;
}

void setText(QObject* dialog, const char* name, const QString& text)
{
    if (auto* line = child<QLineEdit*>(dialog, name)) {
        line->clear();
        line->insert(text);
    }
}

// Picks the combo box entry whose data is `value`.
void choose(QObject* dialog, const char* name, const QVariant& value)
{
    auto* combo = child<QComboBox*>(dialog, name);
    combo->setCurrentIndex(combo->findData(value));
}

void clickOk(QObject* dialog)
{
    QTest::mouseClick(child<QPushButton*>(dialog, "okButton"), Qt::LeftButton);
}

qint64 audited(Database& db, const QString& event, const QString& objectId)
{
    return db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = ? AND object_id = ?"), {event, objectId})
        ->toLongLong();
}

LegalBasis basisOf(Database& db, const Actor& actor, const QString& code, BasisLevel level)
{
    LegalBasis basis;
    basis.code = code;
    basis.title = QStringLiteral("测试依据 ") + code;
    basis.level = level;
    basis.issuer = QStringLiteral("测试机关");
    basis.inForceFrom = QDate(2020, 1, 1);
    auto added = LegalBasisStore(db).add(actor, basis);
    if (!added)
        qWarning("basis %s: %s", qPrintable(code), qPrintable(added.error().message));
    return added ? *added : LegalBasis();
}

QSet<QString> column(ReferenceListTab* tab, int col)
{
    QSet<QString> values;
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        values << tab->model()->index(row, col).data().toString();
    return values;
}
} // namespace

class TestReferencePages : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBoxes::setAutoAnswer(true, QMessageBox::Yes); }
    void cleanup() { Clock::useSystemTime(); }

    void everyTabListsTheSeed()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("officer1"))};
        ReferencePage page(session, nullptr);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (auto* tab : {page.basesTab(), page.catalogTab(), page.measuresTab(), page.domainsTab(), page.profilesTab(),
                          page.cleanupTab()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        page.refresh();

        QCOMPARE(page.tabs()->count(), 6);
        QCOMPARE(page.tabs()->objectName(), QStringLiteral("referenceTabs"));
        QVERIFY(page.basesTab()->model()->rowCount() >= 20);
        QCOMPARE(column(page.catalogTab(), 2).size(), 13); // the 13 classes of the national catalog
        QVERIFY(page.measuresTab()->model()->rowCount() > 0);
        QCOMPARE(page.domainsTab()->model()->rowCount(), 5);
        QCOMPARE(page.profilesTab()->model()->rowCount(), 2);
        QCOMPARE(page.cleanupTab()->model()->rowCount(), 0);
        // 公开属性 and scope appear through their display names.
        QVERIFY(column(page.catalogTab(), 5).contains(ReferenceTerms::disclosureName(Disclosure::Public)));
        QVERIFY(column(page.catalogTab(), 6).contains(ReferenceTerms::scopeName(Scope::National)));

        // The filter matches any column, case-insensitively, once typing pauses.
        auto* filter = child<QLineEdit*>(&page, "filterLineEdit_catalog");
        auto* view = page.catalogTab()->table();
        const int all = view->model()->rowCount();
        QTest::keyClicks(filter, QStringLiteral("n01.01"));
        QCOMPARE(view->model()->rowCount(), all);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        filter->clear();
        filter->insert(QStringLiteral("市场主体登记注册"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
    }

    void officerSeesNoEditButtons()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session officer{db.get(), signIn(*db, QStringLiteral("officer1"))};
        ReferencePage page(officer, nullptr);
        page.refresh();
        QVERIFY(!page.isEditor());
        for (const char* name :
             {"addBasisButton", "editBasisButton", "repealBasisButton", "addCatalogButton", "editCatalogButton",
              "abolishCatalogButton", "addMeasureButton", "editMeasureButton", "abolishMeasureButton",
              "addDomainButton", "editDomainButton", "putInForceButton", "repealDomainButton", "addProfileButton",
              "editProfileButton", "addCleanupButton", "editCleanupButton"}) {
            auto* button = child<QPushButton*>(&page, name);
            QVERIFY2(button && button->isHidden() && !button->isEnabled(), name);
        }
        QVERIFY(!child<QPushButton*>(&page, "catalogHistoryButton")->isHidden());

        Session approver{db.get(), signIn(*db, QStringLiteral("approver1"))};
        ReferencePage editorPage(approver, nullptr);
        editorPage.refresh();
        QVERIFY(editorPage.isEditor());
        QVERIFY(!child<QPushButton*>(&editorPage, "addCatalogButton")->isHidden());
        editorPage.catalogTab()->selectRow(0);
        QVERIFY(child<QPushButton*>(&editorPage, "editCatalogButton")->isEnabled());
    }

    void editingACatalogItemMakesANewVersion()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        // A record already collected under the administrative-penalty item (N03.01).
        SampleData sample;
        const QString file = QDir::temp().filePath(
            QStringLiteral("creditdesk-catalog-%1.csv").arg(QCoreApplication::applicationPid()));
        QVERIFY(sample.writeCsv(file, 1, 1, QDate(2026, 5, 1), QDate(2026, 5, 1)));
        const Actor officer = signIn(*db, QStringLiteral("officer1"));
        auto imported = RecordImporter(*db).importFile(officer, file, {});
        QVERIFY(imported && imported->imported());
        ReferencePage page(session, nullptr);
        page.refresh();
        const int row = rowOf(page.catalogTab(), QStringLiteral("N03.01"));
        QVERIFY(row >= 0);
        const CatalogItem old = page.catalogItems().at(row);
        const QDate from = Clock::currentDate().addDays(10);

        ReferenceCatalogItemDialog dialog(session, old);
        dialog.show();
        QVERIFY(child<QLabel*>(&dialog, "versionNoteLabel")->text().contains(QStringLiteral("version 2")));
        auto* name = child<QLineEdit*>(&dialog, "nameEdit");
        name->clear();
        name->insert(QStringLiteral("行政处罚信息（修订）"));
        child<QDateEdit*>(&dialog, "fromEdit")->setDate(from);
        QTest::mouseClick(child<QPushButton*>(&dialog, "okButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.saved().versionNo, 2);
        QCOMPARE(dialog.saved().effectiveFrom, from);

        CatalogStore store(*db);
        auto kept = store.find(old.id);
        QVERIFY(kept);
        QCOMPARE(kept->name, old.name);
        QCOMPARE(kept->effectiveUntil, from.addDays(-1));
        QCOMPARE(store.versionOn(old.itemKey, from.addDays(-1))->id, old.id);
        QCOMPARE(store.versionOn(old.itemKey, from)->id, dialog.saved().id);
        QCOMPARE(store.versionOn(old.itemKey, from)->name, QStringLiteral("行政处罚信息（修订）"));

        // The record keeps the version it was collected under; one collected once the new version is in
        // force gets the new one.
        RecordStore records(*db);
        const qint64 first = records.list({}, 1)->first().record.id;
        QCOMPARE(records.find(first)->record.catalogItemId, old.id);
        QCOMPARE(records.find(first)->itemVersion, old.versionNo);
        Clock::setTestTime(QDateTime(from, QTime(10, 0), Qt::UTC));
        QVERIFY(sample.writeCsv(file, 2, 1, QDate(2026, 5, 1), QDate(2026, 5, 1)));
        QVERIFY(RecordImporter(*db).importFile(officer, file, {})->imported());
        const RecordView second
            = *records.find(records.list({}, 1, RecordList::orderBy(RecordId, false))->first().record.id);
        QCOMPARE(second.record.catalogItemId, dialog.saved().id);
        QCOMPARE(second.itemName, QStringLiteral("行政处罚信息（修订）"));
        QCOMPARE(records.find(first)->record.catalogItemId, old.id);
        QFile::remove(file);

        page.refresh();
        auto history = page.catalogHistoryDialog(old.itemKey);
        QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, 2).data().toString(), from.addDays(-1).toString(Qt::ISODate));
        history->dateEdit()->setDate(from.addDays(-1));
        QVERIFY(history->versionOnLabel()->text().contains(QString::number(old.id)));
        history->dateEdit()->setDate(from);
        QVERIFY(history->versionOnLabel()->text().contains(QString::number(dialog.saved().id)));
    }

    void guardRefusalIsShownInlineAndWritesNothing()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        LegalBasis basis;
        basis.code = QStringLiteral("old_local_rule");
        basis.title = QStringLiteral("某市失信惩戒暂行办法");
        basis.level = BasisLevel::Law;
        basis.issuer = QStringLiteral("全国人大常委会");
        basis.inForceFrom = QDate(2020, 1, 1);
        auto added = LegalBasisStore(*db).add(session.actor, basis);
        QVERIFY2(added, qPrintable(added.error().message));
        const QDate lastDay = Clock::currentDate().addDays(-1);
        auto repealed = LegalBasisStore(*db).repeal(session.actor, added->id, added->version, lastDay);
        QVERIFY2(repealed, qPrintable(repealed.error().message));
        ListDomain domain;
        domain.code = QStringLiteral("test_domain");
        domain.name = QStringLiteral("测试领域严重失信主体名单");
        domain.decidingAuthority = QStringLiteral("庐山市发展和改革委员会");
        domain.basisIds = {added->id};
        auto draft = ListDomainStore(*db).add(session.actor, domain);
        QVERIFY2(draft, qPrintable(draft.error().message));

        ReferencePage page(session, nullptr);
        page.refresh();
        page.tabs()->setCurrentWidget(page.domainsTab());
        const int row = rowOf(page.domainsTab(), domain.code);
        QVERIFY(row >= 0);
        page.domainsTab()->selectRow(row);
        auto* putInForce = child<QPushButton*>(&page, "putInForceButton");
        QVERIFY(putInForce->isEnabled());

        const QDate from = Clock::currentDate();
        const Status expected = BasisGuard::check(GuardSubject::ListDomain, Scope::National, from, {*repealed});
        QVERIFY(!expected);
        QString shown;
        bool stayedOpen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ReferenceDateDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->dateEdit()->setDate(from);
            QTest::mouseClick(child<QPushButton*>(dialog, "okButton"), Qt::LeftButton);
            stayedOpen = dialog->isVisible();
            auto* error = child<QLabel*>(dialog, "errorLabel");
            shown = error->isVisibleTo(dialog) ? error->text() : QString();
            dialog->reject();
        });
        QTest::mouseClick(putInForce, Qt::LeftButton);
        QVERIFY(stayedOpen);
        // The store names the domain, then the guard's words follow unchanged.
        QVERIFY2(shown.endsWith(expected.error().message), qPrintable(shown));
        QCOMPARE(ListDomainStore(*db).find(draft->id)->status, DomainStatus::Draft);
        QCOMPARE(ListDomainStore(*db).find(draft->id)->version, draft->version);
    }

    void profileDatePickerShowsTheProfileInForce()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("reviewer1"))};
        ReferencePage page(session, nullptr);
        page.refresh();
        auto* date = child<QDateEdit*>(&page, "profileDateEdit");
        auto* label = child<QLabel*>(&page, "profileOnLabel");
        auto* detail = child<QWidget*>(&page, "detailView_profiles");
        QVERIFY(detail);
        date->setDate(QDate(2026, 3, 31));
        QVERIFY2(label->text().contains(QStringLiteral("第58号")), qPrintable(label->text()));
        QVERIFY(page.profilesTab()
                    ->model()
                    ->index(page.profilesTab()->selectedRow(), 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral("第58号")));
        date->setDate(QDate(2026, 4, 1));
        QVERIFY2(label->text().contains(QStringLiteral("第36号")), qPrintable(label->text()));
        QVERIFY(page.profilesTab()
                    ->model()
                    ->index(page.profilesTab()->selectedRow(), 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral("第36号")));
        // Defaults for facts docs/regulations.md leaves open are marked on screen.
        const QString html = detail->property("html").toString();
        QVERIFY(
            html.contains(ReferenceListTab::tr("UNCONFIRMED — shipped default, check and correct").toHtmlEscaped()));
    }

    void addingAndEditingALegalBasis()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        ReferencePage page(session, nullptr);
        page.refresh();
        page.tabs()->setCurrentWidget(page.basesTab());
        const int before = page.basesTab()->model()->rowCount();
        const QString code = QStringLiteral("jiangxi_credit_regulation");
        const QString title = QStringLiteral("江西省社会信用条例");

        // Without a key the store refuses; the box says why and the dialog stays open.
        QString refusal;
        bool stayedOpen = false;
        driveModal<ReferenceBasisDialog>(child<QPushButton*>(&page, "addBasisButton"), [&](auto* dialog) {
            setText(dialog, "titleEdit", title);
            clickOk(dialog);
            stayedOpen = dialog->isVisible();
            refusal = MessageBoxes::lastText();
        });
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QStringLiteral("key")), qPrintable(refusal));
        QCOMPARE(LegalBasisStore(*db).list()->size(), before);

        const int result
            = driveModal<ReferenceBasisDialog>(child<QPushButton*>(&page, "addBasisButton"), [&](auto* dialog) {
                  setText(dialog, "codeEdit", code);
                  setText(dialog, "titleEdit", title);
                  setText(dialog, "articlesEdit", QStringLiteral("第三十条"));
                  setText(dialog, "issuerEdit", QStringLiteral("江西省人民代表大会常务委员会"));
                  choose(dialog, "levelComboBox", int(BasisLevel::LocalRegulation));
                  child<QDateEdit*>(dialog, "fromEdit")->setDate(QDate(2024, 1, 1));
                  clickOk(dialog);
              });
        QCOMPARE(result, int(QDialog::Accepted));
        auto added = LegalBasisStore(*db).findByCode(code);
        QVERIFY(added);
        QCOMPARE(added->level, BasisLevel::LocalRegulation);
        QCOMPARE(added->inForceFrom, QDate(2024, 1, 1));
        QVERIFY(!added->inForceUntil.isValid());
        QCOMPARE(audited(*db, QStringLiteral("reference.basis_added"), code), 1);
        // The page reloaded and selected what was saved.
        QCOMPARE(page.basesTab()->model()->rowCount(), before + 1);
        QCOMPARE(page.legalBases().at(page.basesTab()->selectedRow()).code, code);

        // Edit: the key stays, the rest changes, the change is audited.
        QVERIFY(child<QPushButton*>(&page, "editBasisButton")->isEnabled());
        driveModal<ReferenceBasisDialog>(child<QPushButton*>(&page, "editBasisButton"), [&](auto* dialog) {
            QVERIFY(child<QLineEdit*>(dialog, "codeEdit")->isReadOnly());
            setText(dialog, "articlesEdit", QStringLiteral("第三十一条"));
            child<QCheckBox*>(dialog, "untilCheckBox")->setChecked(true);
            child<QDateEdit*>(dialog, "untilEdit")->setDate(QDate(2030, 12, 31));
            clickOk(dialog);
        });
        auto edited = LegalBasisStore(*db).findByCode(code);
        QCOMPARE(edited->articles, QStringLiteral("第三十一条"));
        QCOMPARE(edited->inForceUntil, QDate(2030, 12, 31));
        QCOMPARE(edited->version, added->version + 1);
        QCOMPARE(audited(*db, QStringLiteral("reference.basis_changed"), code), 1);
    }

    void measureOnANormativeDocumentAloneIsRefused()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        const LegalBasis normative
            = basisOf(*db, session.actor, QStringLiteral("city_notice"), BasisLevel::NormativeDocument);
        const LegalBasis regulation
            = basisOf(*db, session.actor, QStringLiteral("province_credit_regulation"), BasisLevel::LocalRegulation);
        QVERIFY(normative.id > 0 && regulation.id > 0);
        ReferencePage page(session, nullptr);
        page.refresh();
        page.tabs()->setCurrentWidget(page.measuresTab());
        const qsizetype before = MeasureStore(*db).list()->size();
        const QDate from = Clock::currentDate();
        const Status expected = BasisGuard::check(GuardSubject::Measure, Scope::Local, from, {normative});
        QVERIFY(!expected);

        QString refusal;
        QString underForm;
        bool stayedOpen = false;
        MeasureStore store(*db);
        const int result
            = driveModal<ReferenceMeasureDialog>(child<QPushButton*>(&page, "addMeasureButton"), [&](auto* dialog) {
                  setText(dialog, "nameEdit", QStringLiteral("限制参与本市财政资金支持项目"));
                  setText(dialog, "departmentEdit", QStringLiteral("市财政局"));
                  child<QPlainTextEdit*>(dialog, "contentEdit")->setPlainText(QStringLiteral("依法限制申报。"));
                  child<ReferenceChecklist*>(dialog, "recordKindChecklist")
                      ->setValueChecked(QStringLiteral("administrative_penalty"), true);
                  auto* bases = child<ReferenceBasisChecklist*>(dialog, "basisChecklist");
                  bases->setChecked(normative.id, true);
                  child<QDateEdit*>(dialog, "fromEdit")->setDate(from);
                  const int shown = MessageBoxes::shownCount();
                  clickOk(dialog);
                  stayedOpen = dialog->isVisible();
                  refusal = MessageBoxes::shownCount() == shown + 1 ? MessageBoxes::lastText() : QString();
                  underForm = child<QLabel*>(dialog, "errorLabel")->text();
                  QCOMPARE(store.list()->size(), before);

                  // With the local regulation ticked as well, the guard lets it through.
                  bases->setChecked(regulation.id, true);
                  clickOk(dialog);
              });
        QVERIFY(stayedOpen);
        // The store names the measure, then the guard's words follow unchanged, in the box and under the form.
        QVERIFY2(refusal.endsWith(expected.error().message), qPrintable(refusal));
        QCOMPARE(underForm, refusal);
        QCOMPARE(result, int(QDialog::Accepted));
        QCOMPARE(store.list()->size(), before + 1);
        const Measure added = page.measures().at(page.measuresTab()->selectedRow());
        QCOMPARE(added.measureKey, QStringLiteral("LM1.01"));
        QCOMPARE(added.scope, Scope::Local);
        QCOMPARE(added.followsRecordKinds, QStringList{QStringLiteral("administrative_penalty")});
        QCOMPARE(added.basisIds, (QList<qint64>{normative.id, regulation.id}));
        QCOMPARE(audited(*db, QStringLiteral("reference.measure_added"), added.measureKey), 1);

        // Edit… revises it into version 2 from a later date; version 1 keeps its range.
        const QDate revisedFrom = from.addDays(30);
        driveModal<ReferenceMeasureDialog>(child<QPushButton*>(&page, "editMeasureButton"), [&](auto* dialog) {
            QVERIFY(child<QLabel*>(dialog, "versionNoteLabel")->text().contains(QStringLiteral("version 2")));
            QVERIFY(!child<QComboBox*>(dialog, "scopeComboBox")->isEnabled());
            child<QPlainTextEdit*>(dialog, "contentEdit")->setPlainText(QStringLiteral("依法限制申报或者拨付。"));
            child<QDateEdit*>(dialog, "fromEdit")->setDate(revisedFrom);
            clickOk(dialog);
        });
        QCOMPARE(store.versionOn(added.measureKey, revisedFrom.addDays(-1))->id, added.id);
        QCOMPARE(store.versionOn(added.measureKey, revisedFrom)->versionNo, 2);
        QCOMPARE(store.versionOn(added.measureKey, revisedFrom)->content, QStringLiteral("依法限制申报或者拨付。"));
        QCOMPARE(store.versionOn(added.measureKey, revisedFrom)->followsRecordKinds, added.followsRecordKinds);
        QCOMPARE(audited(*db, QStringLiteral("reference.measure_revised"), added.measureKey), 1);
    }

    void addingAndEditingAListDomainDraft()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        const LegalBasis regulation
            = basisOf(*db, session.actor, QStringLiteral("province_credit_regulation"), BasisLevel::LocalRegulation);
        ReferencePage page(session, nullptr);
        page.refresh();
        page.tabs()->setCurrentWidget(page.domainsTab());
        const QString code = QStringLiteral("food_safety_local");
        const int result
            = driveModal<ReferenceDomainDialog>(child<QPushButton*>(&page, "addDomainButton"), [&](auto* dialog) {
                  setText(dialog, "codeEdit", code);
                  setText(dialog, "nameEdit", QStringLiteral("食品安全严重失信主体名单（本市）"));
                  setText(dialog, "authorityEdit", QStringLiteral("庐山市市场监督管理局"));
                  choose(dialog, "conductComboBox", 1);
                  child<QSpinBox*>(dialog, "periodSpinBox")->setValue(24);
                  child<ReferenceBasisChecklist*>(dialog, "basisChecklist")->setChecked(regulation.id, true);
                  clickOk(dialog);
              });
        QCOMPARE(result, int(QDialog::Accepted));
        auto draft = ListDomainStore(*db).findByCode(code);
        QVERIFY(draft);
        QCOMPARE(draft->status, DomainStatus::Draft);
        QCOMPARE(draft->scope, Scope::Local);
        QCOMPARE(draft->conductCategory, 1);
        QCOMPARE(draft->listingPeriodMonths, 24);
        QCOMPARE(draft->basisIds, QList<qint64>{regulation.id});
        QCOMPARE(audited(*db, QStringLiteral("reference.list_domain_added"), code), 1);
        QCOMPARE(page.domainsTab()->model()->rowCount(), 6);
        QCOMPARE(page.listDomains().at(page.domainsTab()->selectedRow()).code, code);
        QVERIFY(child<QPushButton*>(&page, "putInForceButton")->isEnabled());

        driveModal<ReferenceDomainDialog>(child<QPushButton*>(&page, "editDomainButton"), [&](auto* dialog) {
            child<QSpinBox*>(dialog, "statementSpinBox")->setValue(7);
            clickOk(dialog);
        });
        auto edited = ListDomainStore(*db).findByCode(code);
        QCOMPARE(edited->statementWorkdays, 7);
        QCOMPARE(edited->status, DomainStatus::Draft);
        QCOMPARE(edited->version, draft->version + 1);
        QCOMPARE(audited(*db, QStringLiteral("reference.list_domain_changed"), code), 1);
    }

    void addingAFutureRuleProfile()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        Clock::setTestTime(QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC));
        ReferencePage page(session, nullptr);
        page.refresh();
        page.tabs()->setCurrentWidget(page.profilesTab());
        RuleProfileStore store(*db);
        const RuleProfile order36 = *store.profileOn(QDate(2026, 5, 10));
        // The profile in force changes only in the settings still marked unconfirmed; while it has some,
        // the button is on (the store refuses any other change, in its words).
        page.profilesTab()->selectRow(int(page.ruleProfiles().size()) - 1);
        QVERIFY(child<QPushButton*>(&page, "editProfileButton")->isEnabled());
        // Its dialog greys out what may no longer change and leaves the unconfirmed settings open.
        driveModal<ReferenceProfileDialog>(child<QPushButton*>(&page, "editProfileButton"), [&](auto* dialog) {
            QVERIFY(!child<QLineEdit*>(dialog, "nameEdit")->isEnabled());
            QVERIFY(!child<QCheckBox*>(dialog, "seriousCheckBox")->isEnabled());
            QVERIFY(!child<QSpinBox*>(dialog, "seriousMaxSpinBox")->isEnabled());
            QVERIFY(child<QSpinBox*>(dialog, "notice_statementDaysSpinBox")->isEnabled());
            child<QSpinBox*>(dialog, "notice_statementDaysSpinBox")->setValue(7);
            clickOk(dialog);
        });
        QCOMPARE(store.profileOn(QDate(2026, 5, 10))->noticeStatement.days, 7);

        // A start that is not in the future is refused by the store, in its words.
        const QString name = QStringLiteral("测试规则2027");
        QString refusal;
        driveModal<ReferenceProfileDialog>(child<QPushButton*>(&page, "addProfileButton"), [&](auto* dialog) {
            setText(dialog, "nameEdit", name);
            child<QDateEdit*>(dialog, "fromEdit")->setDate(QDate(2026, 5, 10));
            clickOk(dialog);
            refusal = MessageBoxes::lastText();
        });
        QVERIFY2(refusal.contains(QStringLiteral("future")), qPrintable(refusal));
        QCOMPARE(store.list()->size(), 2);

        const QDate start(2027, 1, 1);
        const int result
            = driveModal<ReferenceProfileDialog>(child<QPushButton*>(&page, "addProfileButton"), [&](auto* dialog) {
                  // Settings start from the last profile; the start date suggested lies after today.
                  QCOMPARE(child<QSpinBox*>(dialog, "seriousMaxSpinBox")->value(), order36.serious->max);
                  QVERIFY(child<QDateEdit*>(dialog, "fromEdit")->date() > Clock::currentDate());
                  setText(dialog, "nameEdit", name);
                  child<QDateEdit*>(dialog, "fromEdit")->setDate(start);
                  child<QSpinBox*>(dialog, "seriousMaxSpinBox")->setValue(24);
                  child<QCheckBox*>(dialog, "minorCheckBox")->setChecked(false);
                  clickOk(dialog);
              });
        QCOMPARE(result, int(QDialog::Accepted));
        auto added = store.profileOn(start);
        QVERIFY(added);
        QCOMPARE(added->name, name);
        QCOMPARE(added->serious->max, 24);
        QVERIFY(!added->minor);
        QCOMPARE(store.profileOn(start.addDays(-1))->id, order36.id);
        QCOMPARE(store.profileOn(start.addDays(-1))->effectiveUntil, start.addDays(-1));
        QCOMPARE(audited(*db, QStringLiteral("reference.rule_profile_added"), name), 1);

        // Not yet in force, so it can still be edited.
        QCOMPARE(page.ruleProfiles().at(page.profilesTab()->selectedRow()).name, name);
        QVERIFY(child<QPushButton*>(&page, "editProfileButton")->isEnabled());
        driveModal<ReferenceProfileDialog>(child<QPushButton*>(&page, "editProfileButton"), [&](auto* dialog) {
            QVERIFY(!child<QDateEdit*>(dialog, "fromEdit")->isEnabled());
            child<QSpinBox*>(dialog, "objection_decideDaysSpinBox")->setValue(4);
            clickOk(dialog);
        });
        QCOMPARE(store.profileOn(start)->objectionDecide.days, 4);
        QCOMPARE(audited(*db, QStringLiteral("reference.rule_profile_changed"), name), 1);
    }

    void cleanupEntryGoesOverdue()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        Clock::setTestTime(QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC));
        ReferencePage page(session, nullptr);
        page.refresh();
        page.tabs()->setCurrentWidget(page.cleanupTab());
        const QString title = QStringLiteral("庐山市失信联合惩戒措施清单（2019年版）");
        const int result
            = driveModal<ReferenceCleanupDialog>(child<QPushButton*>(&page, "addCleanupButton"), [&](auto* dialog) {
                  setText(dialog, "titleEdit", title);
                  setText(dialog, "docNumberEdit", QStringLiteral("庐府办发〔2019〕12号"));
                  setText(dialog, "departmentEdit", QStringLiteral("市发展改革委"));
                  child<QCheckBox*>(dialog, "providesCheckBox_measures")->setChecked(true);
                  child<QCheckBox*>(dialog, "dueCheckBox")->setChecked(true);
                  child<QDateEdit*>(dialog, "dueEdit")->setDate(QDate(2026, 5, 20));
                  clickOk(dialog);
              });
        QCOMPARE(result, int(QDialog::Accepted));
        CleanupStore store(*db);
        QCOMPARE(store.list()->size(), 1);
        const CleanupDocument added = store.list()->first();
        QCOMPARE(added.provides, QStringList{QStringLiteral("measures")});
        QCOMPARE(added.dueDate, QDate(2026, 5, 20));
        QCOMPARE(audited(*db, QStringLiteral("reference.cleanup_added"), QString::number(added.id)), 1);
        auto* overdue = child<QCheckBox*>(&page, "overdueCheckBox");
        overdue->setChecked(true);
        QCOMPARE(page.cleanupTab()->model()->rowCount(), 0);
        overdue->setChecked(false);

        // A decision without its reason is refused; with it, decision and progress are saved.
        page.cleanupTab()->selectKey(title);
        QString refusal;
        driveModal<ReferenceCleanupDialog>(child<QPushButton*>(&page, "editCleanupButton"), [&](auto* dialog) {
            choose(dialog, "decisionComboBox", int(CleanupDecision::Revise));
            clickOk(dialog);
            refusal = MessageBoxes::lastText();
            child<QPlainTextEdit*>(dialog, "reasonEdit")->setPlainText(QStringLiteral("部分措施缺少法律依据"));
            child<QPlainTextEdit*>(dialog, "progressEdit")->setPlainText(QStringLiteral("已形成修订稿"));
            clickOk(dialog);
        });
        QVERIFY2(refusal.contains(QStringLiteral("reason")), qPrintable(refusal));
        const CleanupDocument decided = *store.find(added.id);
        QCOMPARE(decided.decision, CleanupDecision::Revise);
        QCOMPARE(decided.progress, QStringLiteral("已形成修订稿"));
        QCOMPARE(audited(*db, QStringLiteral("reference.cleanup_changed"), QString::number(added.id)), 1);

        // Past its due date and still open, it shows in the overdue view.
        Clock::setTestTime(QDateTime(QDate(2026, 5, 21), QTime(9, 0), Qt::UTC));
        overdue->setChecked(true);
        QCOMPARE(page.cleanupTab()->model()->rowCount(), 1);
        QCOMPARE(page.cleanupTab()->model()->index(0, 0).data().toString(), title);
        page.cleanupTab()->selectRow(0);
        QVERIFY(child<QWidget*>(&page, "detailView_cleanup")
                    ->property("html")
                    .toString()
                    .contains(ReferencePage::tr("%1 (overdue)").arg(QStringLiteral("2026-05-20")).toHtmlEscaped()));

        // Completing the review takes it out of the overdue view.
        driveModal<ReferenceCleanupDialog>(child<QPushButton*>(&page, "editCleanupButton"), [&](auto* dialog) {
            child<QCheckBox*>(dialog, "completedCheckBox")->setChecked(true);
            child<QDateEdit*>(dialog, "completedEdit")->setDate(QDate(2026, 5, 21));
            clickOk(dialog);
        });
        QCOMPARE(store.find(added.id)->completedOn, QDate(2026, 5, 21));
        QCOMPARE(page.cleanupTab()->model()->rowCount(), 0);
    }

    void overdueFilterOfTheCleanupRegister()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        Session session{db.get(), signIn(*db, QStringLiteral("approver1"))};
        CleanupStore store(*db);
        CleanupDocument late;
        late.title = QStringLiteral("关于对失信主体实施联合惩戒的若干措施");
        late.docNumber = QStringLiteral("庐府办发〔2019〕12号");
        late.issuer = QStringLiteral("庐山市人民政府办公室");
        late.provides = {QStringLiteral("measures")};
        late.dueDate = Clock::currentDate().addDays(-3);
        CleanupDocument onTime = late;
        onTime.title = QStringLiteral("庐山市公共信用信息补充目录");
        onTime.provides = {QStringLiteral("catalog_items")};
        onTime.dueDate = Clock::currentDate().addDays(30);
        QVERIFY(store.add(session.actor, late));
        QVERIFY(store.add(session.actor, onTime));

        ReferencePage page(session, nullptr);
        page.refresh();
        QCOMPARE(page.cleanupTab()->model()->rowCount(), 2);
        child<QCheckBox*>(&page, "overdueCheckBox")->setChecked(true);
        QCOMPARE(page.cleanupTab()->model()->rowCount(), 1);
        QCOMPARE(page.cleanupTab()->model()->index(0, 0).data().toString(), late.title);
        child<QCheckBox*>(&page, "overdueCheckBox")->setChecked(false);
        QCOMPARE(page.cleanupTab()->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestReferencePages)
#include "TestReferencePages.moc"
