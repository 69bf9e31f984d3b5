#include "Clock.h"
#include "MessageBoxes.h"
#include "ReferenceCatalogItemDialog.h"
#include "ReferenceDateDialog.h"
#include "ReferenceHistoryDialog.h"
#include "ReferenceListTab.h"
#include "ReferencePage.h"
#include "ReferenceTableModel.h"
#include "TestSupport.h"
#include "reference/BasisGuard.h"
#include "reference/CatalogStore.h"
#include "reference/CleanupStore.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "security/Accounts.h"
#include "storage/Setup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
const QString kPassword = QStringLiteral("Credit2026!");

template <typename T> T child(QObject* parent, const char* name)
{
    T found = parent->findChild<T>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

std::unique_ptr<Database> demoDatabase()
{
    auto db = TestSupport::freshDatabase(QStringLiteral("sqlite"));
    if (!db)
        return nullptr;
    if (!Setup::createFirstAdministrator(
            *db, {QStringLiteral("sysadmin"), QStringLiteral("张管理"), kPassword, QStringLiteral("XYB"), {}})
        || !Setup::installDemo(*db, kPassword))
        return nullptr;
    return db;
}

Actor signIn(Database& db, const QString& login)
{
    auto actor = Accounts(db).signIn(login, kPassword);
    if (!actor)
        qWarning("sign-in of %s failed: %s", qPrintable(login), qPrintable(actor.error().message));
    return actor ? *actor : Actor{};
}

// The model row whose first column is `key`, or -1.
int rowOf(ReferenceListTab* tab, const QString& key)
{
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        if (tab->model()->index(row, 0).data().toString() == key)
            return row;
    }
    return -1;
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
        for (const char* name : {"repealBasisButton", "addCatalogButton", "editCatalogButton", "abolishCatalogButton",
                                 "abolishMeasureButton", "putInForceButton", "repealDomainButton"}) {
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
        ReferencePage page(session, nullptr);
        page.refresh();
        const int row = rowOf(page.catalogTab(), QStringLiteral("N01.01"));
        QVERIFY(row >= 0);
        const CatalogItem old = page.catalogItems().at(row);
        const QDate from = Clock::currentDate().addDays(10);

        ReferenceCatalogItemDialog dialog(session, old);
        dialog.show();
        QVERIFY(child<QLabel*>(&dialog, "versionNoteLabel")->text().contains(QStringLiteral("version 2")));
        auto* name = child<QLineEdit*>(&dialog, "nameEdit");
        name->clear();
        name->insert(QStringLiteral("市场主体登记注册信息（修订）"));
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
        QCOMPARE(store.versionOn(old.itemKey, from)->name, QStringLiteral("市场主体登记注册信息（修订）"));

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
        // Defaults for facts DOMAIN.md leaves open are marked on screen.
        const QString html = detail->property("html").toString();
        QVERIFY(
            html.contains(ReferenceListTab::tr("UNCONFIRMED — shipped default, check and correct").toHtmlEscaped()));
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
