#include "Clock.h"
#include "TestSupport.h"
#include "reference/BasisGuard.h"
#include "reference/CatalogStore.h"
#include "reference/CleanupStore.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "reference/MeasureStore.h"
#include "reference/ReferenceSeed.h"
#include "rules/RuleProfileStore.h"
#include "security/Accounts.h"
#include "security/AuditLog.h"
#include "setup/Setup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("Credit2026!");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql)->toLongLong();
}

QString sqlCount(const QString& table)
{
    return QStringLiteral("SELECT COUNT(*) FROM ") + table;
}
} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Actor m_system = Actor::system(QStringLiteral("creditctl:test"));
    Actor m_editor; // approver of the credit office
    Actor m_officer; // officer of the credit office
    Actor m_otherApprover; // approver of the market regulator
    int m_serial = 0;

    Actor actorOf(const QString& login)
    {
        auto user = Accounts(*m_db).findUser(login);
        return user ? Accounts::actorFor(*user) : Actor();
    }

    Run ctl(const QStringList& args)
    {
        QProcess process;
        process.start(TestSupport::creditctlPath(), QStringList{QStringLiteral("--db"), m_db->url().toString()} + args);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    qint64 addBasis(BasisLevel level, QDate from = QDate(2000, 1, 1), QDate until = {})
    {
        LegalBasis basis;
        basis.code = QStringLiteral("test_basis_%1").arg(++m_serial);
        basis.title = QStringLiteral("测试依据%1（%2）").arg(m_serial).arg(BasisLevels::id(level));
        basis.level = level;
        basis.inForceFrom = from;
        basis.inForceUntil = until;
        auto added = LegalBasisStore(*m_db).add(m_system, basis);
        return added ? added->id : 0;
    }

    Measure measure(Scope scope, const QList<qint64>& bases, QDate from = QDate(2026, 6, 1))
    {
        Measure m;
        m.classNo = 1;
        m.name = QStringLiteral("测试措施%1").arg(++m_serial);
        m.content = QStringLiteral("内容");
        m.implementingDepartment = QStringLiteral("市场监督管理部门");
        m.subjectKinds = {QStringLiteral("legal_person")};
        m.scope = scope;
        m.effectiveFrom = from;
        m.basisIds = bases;
        m.followsRecordKinds = {QStringLiteral("administrative_penalty")};
        return m;
    }

    ListDomain domain(Scope scope, const QList<qint64>& bases, QDate from = QDate(2026, 6, 1))
    {
        ListDomain d;
        d.code = QStringLiteral("test_domain_%1").arg(++m_serial);
        d.name = QStringLiteral("测试名单%1").arg(m_serial);
        d.decidingAuthority = QStringLiteral("测试部门");
        d.conductCategory = 2;
        d.listingPeriodMonths = 36;
        d.scope = scope;
        d.status = DomainStatus::InForce;
        d.effectiveFrom = from;
        d.basisIds = bases;
        return d;
    }

    static void verifyRefused(const Error& error, const QString& mustMention)
    {
        QCOMPARE(error.kind, Error::Kind::Invalid);
        QVERIFY2(error.message.contains(mustMention), qPrintable(error.message));
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }

    void init()
    {
        m_db = TestSupport::freshDatabase(TestSupport::currentEngine());
        QVERIFY2(m_db, qPrintable(TestSupport::failureReason()));
        // Until Setup::seedReferenceData calls the loader itself; loading twice adds nothing.
        auto seeded = ReferenceSeed::loadShipped(*m_db);
        QVERIFY2(seeded, qPrintable(seeded.error().fullText()));
        QVERIFY(Setup::createFirstAdministrator(
            *m_db, {QStringLiteral("admin"), QStringLiteral("管理员"), kPassword, QStringLiteral("XYB"), {}}));
        QVERIFY(Setup::installDemo(*m_db, QString()));
        const Actor admin = actorOf(QStringLiteral("admin"));
        QVERIFY(Accounts(*m_db).addUser(admin,
                                        {QStringLiteral("scjgapprover"),
                                         QStringLiteral("市监审批"),
                                         QStringLiteral("SCJG"),
                                         {Role::Approver},
                                         QString()}));
        m_editor = actorOf(QStringLiteral("approver1"));
        m_officer = actorOf(QStringLiteral("officer1"));
        m_otherApprover = actorOf(QStringLiteral("scjgapprover"));
        QVERIFY(m_editor.isUser() && m_officer.isUser() && m_otherApprover.isUser());
    }

    void cleanup()
    {
        Clock::useSystemTime();
        if (m_db) {
            auto verified = AuditLog::verify(*m_db);
            QVERIFY(verified);
            QVERIFY2(verified->intact, qPrintable(verified->problem));
        }
        m_db.reset();
    }

    void seedLoadsCompleteAndOnce()
    {
        auto classes = CatalogStore(*m_db).classes();
        QVERIFY(classes);
        QCOMPARE(classes->size(), 13);
        QCOMPARE(classes->at(5).name, QStringLiteral("严重失信主体名单信息"));
        QCOMPARE(classes->at(12).name, QStringLiteral("市场主体自愿提供的信用信息"));
        auto items = CatalogStore(*m_db).list();
        QVERIFY(items);
        QSet<int> classesWithItems;
        for (const auto& item : std::as_const(*items))
            classesWithItems.insert(item.classNo);
        QCOMPARE(classesWithItems.size(), 13);
        QCOMPARE(MeasureStore(*m_db).classes()->size(), 3);

        auto domains = ListDomainStore(*m_db).list();
        QVERIFY(domains);
        QCOMPARE(domains->size(), 5);
        QStringList names;
        for (const auto& d : std::as_const(*domains)) {
            names << d.name;
            QCOMPARE(d.status, DomainStatus::InForce);
            QCOMPARE(d.statementWorkdays, 5);
            QVERIFY(!d.basisIds.isEmpty());
        }
        QVERIFY(names.contains(QStringLiteral("失信被执行人名单")));
        QVERIFY(names.contains(QStringLiteral("重大税收违法失信主体")));
        QVERIFY(names.contains(QStringLiteral("市场监督管理严重违法失信名单")));
        QVERIFY(names.contains(QStringLiteral("安全生产严重失信主体名单")));
        QVERIFY(names.contains(QStringLiteral("拖欠农民工工资失信联合惩戒对象名单")));
        const auto court = *ListDomainStore(*m_db).findByCode(QStringLiteral("court_judgment_defaulters"));
        QCOMPARE(court.listingPeriodMonths, 24);
        QCOMPARE(court.conductCategory, 3);

        auto measures = MeasureStore(*m_db).list();
        QVERIFY(measures);
        QCOMPARE(measures->size(), 11);
        for (const auto& m : std::as_const(*measures))
            QVERIFY2(!m.basisIds.isEmpty() && !(m.followsListDomains + m.followsRecordKinds).isEmpty(),
                     qPrintable(m.name));
        QCOMPARE(
            MeasureStore(*m_db).forListDomain(QStringLiteral("court_judgment_defaulters"), QDate(2026, 1, 1))->size(),
            2);

        LegalBasisStore bases(*m_db);
        const QList<std::pair<QString, BasisLevel>> levels = {
            {QStringLiteral("civil_procedure_law"), BasisLevel::Law},
            {QStringLiteral("wage_payment_regulation"), BasisLevel::AdminRegulation},
            {QStringLiteral("market_serious_violation_rule"), BasisLevel::DepartmentRule},
            {QStringLiteral("work_safety_list_rule"), BasisLevel::DepartmentRule},
            {QStringLiteral("wage_list_rule"), BasisLevel::DepartmentRule},
            {QStringLiteral("tax_list_rule"), BasisLevel::DepartmentRule},
            {QStringLiteral("guiding_opinion_49"), BasisLevel::CentralPolicy},
            {QStringLiteral("spc_defaulter_list"), BasisLevel::Law},
        };
        for (const auto& [code, level] : levels)
            QCOMPARE(bases.findByCode(code)->level, level);
        QCOMPARE(bases.findByCode(QStringLiteral("tax_list_rule"))->docNumber, QStringLiteral("国家税务总局令第54号"));

        auto profiles = RuleProfileStore(*m_db).list();
        QVERIFY(profiles);
        QCOMPARE(profiles->size(), 2);

        const QStringList tables
            = {QStringLiteral("legal_bases"),  QStringLiteral("catalog_items"), QStringLiteral("measures"),
               QStringLiteral("list_domains"), QStringLiteral("rule_profiles"), QStringLiteral("audit_log")};
        QList<qint64> before;
        for (const auto& table : tables)
            before << count(*m_db, sqlCount(table));
        QVERIFY(ReferenceSeed::loadShipped(*m_db));
        QVERIFY(Setup::seedReferenceData(*m_db));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(count(*m_db, sqlCount(tables.at(i))), before.at(i));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'reference.seeded'")), 1);
    }

    // Every level, for measures and list domains, national and local, through the store operations.
    void guardLevels()
    {
        using L = BasisLevel;
        // {level, national measure, national list domain, local measure / local list domain}
        const QList<std::tuple<L, bool, bool, bool>> table = {
            {L::Law, true, true, false},
            {L::AdminRegulation, true, true, false},
            {L::DepartmentRule, false, true, false},
            {L::CentralPolicy, true, true, false},
            {L::LocalRegulation, false, false, true},
            {L::LocalGovernmentRule, false, false, false},
            {L::NormativeDocument, false, false, false},
        };
        MeasureStore measures(*m_db);
        ListDomainStore domains(*m_db);
        for (const auto& [level, nationalMeasure, nationalDomain, local] : table) {
            const qint64 basis = addBasis(level);
            QVERIFY(basis > 0);
            const QString title = LegalBasisStore(*m_db).find(basis)->title;
            const QString row = BasisLevels::id(level);
            auto nm = measures.add(m_editor, measure(Scope::National, {basis}));
            QVERIFY2(nm.ok() == nationalMeasure, qPrintable(row + QStringLiteral(" national measure")));
            if (!nm.ok())
                verifyRefused(nm.error(), title);
            auto nd = domains.add(m_editor, domain(Scope::National, {basis}));
            QVERIFY2(nd.ok() == nationalDomain, qPrintable(row + QStringLiteral(" national domain")));
            if (!nd.ok())
                verifyRefused(nd.error(), title);
            auto lm = measures.add(m_editor, measure(Scope::Local, {basis}));
            QVERIFY2(lm.ok() == local, qPrintable(row + QStringLiteral(" local measure")));
            if (!lm.ok())
                verifyRefused(lm.error(), title);
            auto ld = domains.add(m_editor, domain(Scope::Local, {basis}));
            QVERIFY2(ld.ok() == local, qPrintable(row + QStringLiteral(" local domain")));
            if (!ld.ok())
                verifyRefused(ld.error(), title);
        }
    }

    void guardRulesByName()
    {
        MeasureStore measures(*m_db);
        ListDomainStore domains(*m_db);
        const qint64 rule = addBasis(BasisLevel::DepartmentRule);
        const qint64 normative = addBasis(BasisLevel::NormativeDocument);
        const qint64 law = addBasis(BasisLevel::Law);
        const qint64 localRegulation = addBasis(BasisLevel::LocalRegulation);

        // 49号 lets a national list rest on a departmental rule, but not a national measure.
        QVERIFY(domains.add(m_editor, domain(Scope::National, {rule})));
        verifyRefused(measures.add(m_editor, measure(Scope::National, {rule})).error(), QStringLiteral("national"));

        // A normative document alone is refused, and says so; beside a law it does no harm.
        auto alone = measures.add(m_editor, measure(Scope::National, {normative}));
        verifyRefused(alone.error(), QStringLiteral("normative document alone"));
        verifyRefused(domains.add(m_editor, domain(Scope::National, {normative})).error(),
                      QStringLiteral("normative document alone"));
        QVERIFY(measures.add(m_editor, measure(Scope::National, {normative, law})));

        // A local addition needs a local regulation among its bases; a law alone is not enough.
        verifyRefused(measures.add(m_editor, measure(Scope::Local, {law})).error(), QStringLiteral("local regulation"));
        QVERIFY(measures.add(m_editor, measure(Scope::Local, {law, localRegulation})));
        QVERIFY(domains.add(m_editor, domain(Scope::Local, {localRegulation, normative})));

        // No basis at all.
        verifyRefused(measures.add(m_editor, measure(Scope::National, {})).error(), QStringLiteral("no legal basis"));
        // A measure must follow from a recorded fact or a list, and a credit score is neither.
        Measure floating = measure(Scope::National, {law});
        floating.followsRecordKinds.clear();
        verifyRefused(measures.add(m_editor, floating).error(), QStringLiteral("concrete fact"));
        verifyRefused(
            measures.addRecordKind(m_system, {QStringLiteral("credit_score"), QStringLiteral("信用评分")}).error(),
            QStringLiteral("credit score"));
        Measure byScore = measure(Scope::National, {law});
        byScore.followsRecordKinds = {QStringLiteral("credit_score")};
        QVERIFY(!measures.add(m_editor, byScore));
    }

    void repealedOrFutureBasisDoesNotCount()
    {
        MeasureStore measures(*m_db);
        ListDomainStore domains(*m_db);
        LegalBasisStore bases(*m_db);
        const qint64 old = addBasis(BasisLevel::Law, QDate(2000, 1, 1), QDate(2025, 12, 31));
        const QString oldTitle = bases.find(old)->title;
        auto repealed = measures.add(m_editor, measure(Scope::National, {old}, QDate(2026, 1, 1)));
        verifyRefused(repealed.error(), oldTitle);
        verifyRefused(repealed.error(), QStringLiteral("no longer in force"));
        QVERIFY(measures.add(m_editor, measure(Scope::National, {old}, QDate(2025, 12, 31))));

        const qint64 future = addBasis(BasisLevel::AdminRegulation, QDate(2027, 1, 1));
        auto early = measures.add(m_editor, measure(Scope::National, {future}, QDate(2026, 12, 31)));
        verifyRefused(early.error(), QStringLiteral("not yet in force"));
        QVERIFY(measures.add(m_editor, measure(Scope::National, {future}, QDate(2027, 1, 1))));

        // A draft domain on a basis that is repealed before the domain takes effect cannot be put in force.
        ListDomain draft = domain(Scope::Local, {addBasis(BasisLevel::LocalRegulation)});
        draft.status = DomainStatus::Draft;
        auto added = domains.add(m_editor, draft);
        QVERIFY(added);
        const auto regulation = *bases.find(draft.basisIds.first());
        QVERIFY(bases.repeal(m_editor, regulation.id, regulation.version, QDate(2026, 5, 31)));
        verifyRefused(domains.putInForce(m_editor, added->id, added->version, QDate(2026, 6, 1)).error(),
                      QStringLiteral("no longer in force"));
        auto inForce = domains.putInForce(m_editor, added->id, added->version, QDate(2026, 5, 1));
        QVERIFY2(inForce, qPrintable(inForce.error().message));
        QCOMPARE(inForce->status, DomainStatus::InForce);
        QVERIFY(domains.repeal(m_editor, inForce->id, inForce->version, QDate(2026, 6, 1)));
        QCOMPARE(domains.find(added->id)->effectiveUntil, QDate(2026, 5, 31));
    }

    void ruleProfileByDate()
    {
        RuleProfileStore store(*m_db);
        auto order58 = store.profileOn(QDate(2026, 3, 31));
        QVERIFY(order58);
        QVERIFY(order58->name.contains(QStringLiteral("58")));
        QVERIFY(!order58->minor);
        QCOMPARE(*order58->general, (MonthRange{3, 12}));
        QCOMPARE(*order58->serious, (MonthRange{12, 36}));
        QVERIFY(order58->unconfirmed.contains(QStringLiteral("publication_months.serious")));
        auto order36 = store.profileOn(QDate(2026, 4, 1));
        QVERIFY(order36);
        QVERIFY(order36->name.contains(QStringLiteral("36")));
        QCOMPARE(*order36->minor, (MonthRange{0, 3}));
        QCOMPARE(order36->repairDecide, (Deadline{3, DayCount::Working}));
        QCOMPARE(order36->repairAccept, (Deadline{10, DayCount::Working}));
        QCOMPARE(order36->objectionMark, (Deadline{1, DayCount::Working}));
        QCOMPARE(order36->objectionDecide, (Deadline{5, DayCount::Working}));
        QCOMPARE(order36->noticeStatement, (Deadline{5, DayCount::Working}));
        QVERIFY(!order36->repeatLimit.enabled);
        QVERIFY(order36->unconfirmed.contains(QStringLiteral("deadlines.repair_decide")));
        QCOMPARE(store.profileOn(QDate(2023, 5, 1))->id, order58->id);
        QCOMPARE(store.profileOn(QDate(2023, 4, 30)).error().kind, Error::Kind::NotFound);
    }

    void addingAFutureProfile()
    {
        Clock::setTestTime(QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC));
        RuleProfileStore store(*m_db);
        RuleProfile next = *store.profileOn(QDate(2026, 4, 1));
        next.name = QStringLiteral("测试规则2027");
        next.effectiveFrom = QDate(2027, 1, 1);
        next.effectiveUntil = {};
        next.serious = MonthRange{12, 24};
        QCOMPARE(store.add(m_officer, next).error().kind, Error::Kind::Denied);
        QCOMPARE(store.add(m_otherApprover, next).error().kind, Error::Kind::Denied);
        RuleProfile past = next;
        past.effectiveFrom = QDate(2026, 5, 1);
        verifyRefused(store.add(m_editor, past).error(), QStringLiteral("future"));
        auto added = store.add(m_editor, next);
        QVERIFY2(added, qPrintable(added.error().message));
        QCOMPARE(store.profileOn(QDate(2026, 12, 31))->effectiveUntil, QDate(2026, 12, 31));
        QCOMPARE(store.profileOn(QDate(2027, 1, 1))->name, next.name);
        RuleProfile overlap = next;
        overlap.name = QStringLiteral("重叠");
        overlap.effectiveFrom = QDate(2026, 10, 1);
        verifyRefused(store.add(m_editor, overlap).error(), QStringLiteral("overlap"));

        // The UNCONFIRMED defaults are settings: an editor changes them, a stale save is a conflict.
        RuleProfile changed = *added;
        changed.objectionDecide = {3, DayCount::Working};
        auto updated = store.update(m_editor, changed);
        QVERIFY(updated);
        QCOMPARE(updated->objectionDecide.days, 3);
        QCOMPARE(store.update(m_editor, changed).error().kind, Error::Kind::Conflict);
    }

    // Decisions taken under a profile keep its rules: users change only profiles not yet in force.
    void onlyFutureProfilesChange()
    {
        Clock::setTestTime(QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC));
        RuleProfileStore store(*m_db);
        RuleProfile inForce = *store.profileOn(QDate(2026, 5, 10));
        // In force, Order 36 changes only in its settings still marked unconfirmed (the deadlines).
        QVERIFY(RuleProfileStore::checkEditable(m_editor, inForce));
        RuleProfile confirmed = inForce;
        confirmed.general = MonthRange{6, 12};
        verifyRefused(store.update(m_editor, confirmed).error(), QStringLiteral("publication_months.general"));
        QCOMPARE(store.find(inForce.id)->general, (std::optional<MonthRange>(MonthRange{3, 12})));
        QCOMPARE(store.find(inForce.id)->version, inForce.version);
        RuleProfile corrected = inForce;
        corrected.objectionDecide = {7, DayCount::Working};
        corrected.unconfirmed.removeAll(QStringLiteral("deadlines.objection_decide"));
        auto saved = store.update(m_editor, corrected);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->objectionDecide.days, 7);
        // Once confirmed, it stays as confirmed; and a confirmed setting is not marked unconfirmed again.
        RuleProfile again = *saved;
        again.objectionDecide = {9, DayCount::Working};
        verifyRefused(store.update(m_editor, again).error(), QStringLiteral("deadlines.objection_decide"));
        again = *saved;
        again.unconfirmed << QStringLiteral("publication_months.general");
        QCOMPARE(store.update(m_editor, again).error().kind, Error::Kind::Invalid);
        // creditctl on the database host may still correct a shipped default.
        QVERIFY(RuleProfileStore::checkEditable(m_system, *saved));
        again = *saved;
        again.general = MonthRange{3, 12};
        QVERIFY(store.update(m_system, again));

        RuleProfile next = *store.find(inForce.id);
        next.name = QStringLiteral("测试规则2026-07");
        next.effectiveFrom = QDate(2026, 7, 1);
        auto added = store.add(m_editor, next);
        QVERIFY2(added, qPrintable(added.error().message));
        QVERIFY(RuleProfileStore::checkEditable(m_editor, *added));
        RuleProfile changed = *added;
        changed.repeatLimit.enabled = true;
        auto updated = store.update(m_editor, changed);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QVERIFY(updated->repeatLimit.enabled);
        // Its start date and the end of the one before stay as added: an edit changes settings only.
        QCOMPARE(updated->effectiveFrom, QDate(2026, 7, 1));
        QCOMPARE(store.profileOn(QDate(2026, 6, 30))->id, inForce.id);

        // On its first day it is in force, and from then on its confirmed settings no longer change.
        Clock::setTestTime(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
        changed = *updated;
        changed.repeatLimit.enabled = false;
        QCOMPARE(store.update(m_editor, changed).error().kind, Error::Kind::Invalid);
        QVERIFY(store.find(updated->id)->repeatLimit.enabled);
    }

    // CatalogStore and MeasureStore answer their read queries through one shared implementation.
    void versionedQueriesOfBothLists()
    {
        CatalogStore catalog(*m_db);
        MeasureStore measures(*m_db);
        auto missingItem = catalog.find(987654);
        QCOMPARE(missingItem.error().kind, Error::Kind::NotFound);
        QVERIFY(missingItem.error().message.contains(QStringLiteral("987654")));
        QCOMPARE(measures.find(987654).error().kind, Error::Kind::NotFound);
        auto early = measures.versionOn(QStringLiteral("NM01"), QDate(1990, 1, 1));
        QCOMPARE(early.error().kind, Error::Kind::NotFound);
        QVERIFY(early.error().message.contains(QStringLiteral("NM01")));
        QVERIFY(early.error().message.contains(QStringLiteral("1990-01-01")));
        QCOMPARE(catalog.inForceOn(QDate()).error().kind, Error::Kind::Invalid);
        QCOMPARE(measures.forListDomain(QStringLiteral("court_judgment_defaulters"), QDate()).error().kind,
                 Error::Kind::Invalid);

        // Listed by class, then key; only the newest version of a key; abolished ones on request.
        auto items = *catalog.list();
        for (int i = 1; i < items.size(); ++i) {
            const auto& a = items.at(i - 1);
            const auto& b = items.at(i);
            QVERIFY(a.classNo < b.classNo || (a.classNo == b.classNo && a.itemKey < b.itemKey));
        }
        const auto v1 = *measures.versionOn(QStringLiteral("NM01"), QDate(2026, 1, 1));
        auto v2 = measures.revise(m_editor, v1.id, v1.version, v1, QDate(2026, 6, 1));
        QVERIFY2(v2, qPrintable(v2.error().message));
        QCOMPARE(measures.list()->size(), 11);
        QVERIFY(measures.abolish(m_editor, v2->id, v2->version, QDate(2026, 9, 1)));
        QCOMPARE(measures.list(true)->size(), 11);
        QCOMPARE(measures.list(false)->size(), 10);
        QCOMPARE(measures.inForceOn(QDate(2026, 8, 31))->size(), 11);
        QCOMPARE(measures.inForceOn(QDate(2026, 9, 1))->size(), 10);
        const auto history = *measures.history(QStringLiteral("NM01"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().id, v1.id);
        QCOMPARE(history.last().id, v2->id);
        QCOMPARE(catalog.classes()->size(), 13);
        QCOMPARE(measures.classes()->first().classNo, 1);
    }

    void rulesShowInCreditctl()
    {
        Run run = ctl({QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("show"),
                       QStringLiteral("--date"), QStringLiteral("2026-03-31")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject profile = run.json().object();
        QVERIFY(profile.value(QStringLiteral("name")).toString().contains(QStringLiteral("58")));
        QCOMPARE(profile.value(QStringLiteral("effective_from")).toString(), QStringLiteral("2023-05-01"));
        QJsonObject months = profile.value(QStringLiteral("publication_months")).toObject();
        QVERIFY(months.value(QStringLiteral("minor")).isNull());
        QCOMPARE(months.value(QStringLiteral("general")).toArray(), (QJsonArray{3, 12}));
        QCOMPARE(months.value(QStringLiteral("serious")).toArray(), (QJsonArray{12, 36}));

        run = ctl({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--date=2026-04-01"),
                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        profile = run.json().object();
        QVERIFY(profile.value(QStringLiteral("name")).toString().contains(QStringLiteral("36")));
        QCOMPARE(profile.value(QStringLiteral("effective_from")).toString(), QStringLiteral("2026-04-01"));
        QCOMPARE(
            profile.value(QStringLiteral("publication_months")).toObject().value(QStringLiteral("minor")).toArray(),
            (QJsonArray{0, 3}));

        run = ctl(
            {QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--date"), QStringLiteral("2026-02-30")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("2026-02-30")));
        QCOMPARE(
            ctl({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--date"), QStringLiteral("tomorrow")})
                .exitCode,
            1);
        QCOMPARE(ctl({QStringLiteral("rules"), QStringLiteral("show")}).exitCode, 2);
        run = ctl(
            {QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--date"), QStringLiteral("2026-04-01")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("UNCONFIRMED")));
    }

    void listsInCreditctl()
    {
        Run run = ctl({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().array().size(), int(CatalogStore(*m_db).list()->size()));
        QVERIFY(run.json().array().size() >= 13);
        run = ctl({QStringLiteral("measures"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 11);
        QVERIFY(!run.json().array().first().toObject().value(QStringLiteral("bases")).toArray().isEmpty());
        run = ctl({QStringLiteral("--json"), QStringLiteral("domains"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 5);
        run = ctl({QStringLiteral("domains"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("失信被执行人名单")));
        QCOMPARE(ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("extra")}).exitCode, 2);
    }

    void catalogItemVersions()
    {
        CatalogStore store(*m_db);
        const auto v1 = *store.versionOn(QStringLiteral("N03.01"), QDate(2026, 1, 1));
        CatalogItem changes = v1;
        changes.disclosurePeriod = QStringLiteral("按决定之日适用的规则（新）");
        auto v2 = store.revise(m_editor, v1.id, v1.version, changes, QDate(2026, 4, 1));
        QVERIFY2(v2, qPrintable(v2.error().fullText()));
        QCOMPARE(v2->versionNo, 2);
        QCOMPARE(v2->itemKey, v1.itemKey);
        QCOMPARE(v2->basisIds, v1.basisIds);

        // The old version is still there, unchanged but for its end, found by id and by date.
        const auto old = *store.find(v1.id);
        QCOMPARE(old.disclosurePeriod, v1.disclosurePeriod);
        QCOMPARE(old.effectiveUntil, QDate(2026, 3, 31));
        QCOMPARE(store.versionOn(v1.itemKey, QDate(2026, 3, 31))->id, v1.id);
        QCOMPARE(store.versionOn(v1.itemKey, QDate(2026, 4, 1))->id, v2->id);
        QCOMPARE(store.history(v1.itemKey)->size(), 2);
        QCOMPARE(store.inForceOn(QDate(2026, 4, 1))->size(), store.inForceOn(QDate(2026, 3, 31))->size());

        // A stale or superseded version cannot be revised; a revision must start after the current one.
        QCOMPARE(store.revise(m_editor, v1.id, v1.version, changes, QDate(2026, 5, 1)).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(store.revise(m_editor, v2->id, v2->version + 5, changes, QDate(2026, 5, 1)).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(store.revise(m_editor, v2->id, v2->version, changes, QDate(2026, 4, 1)).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(store.revise(m_officer, v2->id, v2->version, changes, QDate(2026, 5, 1)).error().kind,
                 Error::Kind::Denied);
        QCOMPARE(store.revise(m_otherApprover, v2->id, v2->version, changes, QDate(2026, 5, 1)).error().kind,
                 Error::Kind::Denied);

        // Abolished, never deleted.
        auto abolished = store.abolish(m_editor, v2->id, v2->version, QDate(2026, 7, 1));
        QVERIFY(abolished);
        QCOMPARE(abolished->status, ItemStatus::Abolished);
        QCOMPARE(abolished->effectiveUntil, QDate(2026, 6, 30));
        QCOMPARE(store.versionOn(v1.itemKey, QDate(2026, 7, 1)).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.versionOn(v1.itemKey, QDate(2026, 6, 30))->id, v2->id);
        QCOMPARE(store.history(v1.itemKey)->size(), 2);
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM catalog_items WHERE id = ?"), {v1.id}));
        QCOMPARE(store.revise(m_editor, v2->id, abolished->version, changes, QDate(2026, 8, 1)).error().kind,
                 Error::Kind::Invalid);

        // A new local item gets a key of its own.
        CatalogItem local = v1;
        local.itemKey.clear();
        local.scope = Scope::Local;
        local.name = QStringLiteral("本市补充目录测试项");
        auto added = store.add(m_editor, local);
        QVERIFY2(added, qPrintable(added.error().fullText()));
        QCOMPARE(added->itemKey, QStringLiteral("L03.01"));
    }

    void measureVersionsStayGuarded()
    {
        MeasureStore store(*m_db);
        const auto v1 = *store.versionOn(QStringLiteral("NM01"), QDate(2026, 1, 1));
        Measure changes = v1;
        changes.basisIds = {addBasis(BasisLevel::NormativeDocument)};
        verifyRefused(store.revise(m_editor, v1.id, v1.version, changes, QDate(2026, 6, 1)).error(),
                      QStringLiteral("normative document alone"));
        changes = v1;
        changes.content = QStringLiteral("新内容");
        auto v2 = store.revise(m_editor, v1.id, v1.version, changes, QDate(2026, 6, 1));
        QVERIFY2(v2, qPrintable(v2.error().fullText()));
        QCOMPARE(store.versionOn(QStringLiteral("NM01"), QDate(2026, 5, 31))->content, v1.content);
        QCOMPARE(store.versionOn(QStringLiteral("NM01"), QDate(2026, 6, 1))->content, QStringLiteral("新内容"));
        QCOMPARE(v2->followsRecordKinds, v1.followsRecordKinds);
        QVERIFY(store.abolish(m_editor, v2->id, v2->version, QDate(2026, 9, 1)));
        QCOMPARE(store.history(QStringLiteral("NM01"))->size(), 2);
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM measures WHERE id = ?"), {v1.id}));
    }

    void onlyCreditOfficeApproversEdit()
    {
        const qint64 law = addBasis(BasisLevel::Law);
        LegalBasis basis;
        basis.code = QStringLiteral("denied_basis");
        basis.title = QStringLiteral("不应保存");
        basis.inForceFrom = QDate(2020, 1, 1);
        for (const Actor& actor : {m_officer, m_otherApprover}) {
            QCOMPARE(LegalBasisStore(*m_db).add(actor, basis).error().kind, Error::Kind::Denied);
            QCOMPARE(MeasureStore(*m_db).add(actor, measure(Scope::National, {law})).error().kind, Error::Kind::Denied);
            QCOMPARE(ListDomainStore(*m_db).add(actor, domain(Scope::National, {law})).error().kind,
                     Error::Kind::Denied);
            CleanupDocument document;
            document.title = QStringLiteral("不应保存");
            document.provides = {QStringLiteral("lists")};
            QCOMPARE(CleanupStore(*m_db).add(actor, document).error().kind, Error::Kind::Denied);
        }
        QVERIFY(!LegalBasisStore(*m_db).findByCode(QStringLiteral("denied_basis")));
        // Everyone reads.
        QVERIFY(CatalogStore(*m_db).list());
        QVERIFY(LegalBasisStore(*m_db).add(m_editor, basis));
    }

    void staleVersionsConflict()
    {
        LegalBasisStore bases(*m_db);
        auto basis = *bases.findByCode(QStringLiteral("guiding_opinion_49"));
        LegalBasis edited = basis;
        edited.note = QStringLiteral("第一次修改");
        QVERIFY(bases.update(m_editor, edited));
        edited.note = QStringLiteral("基于旧版本的修改");
        QCOMPARE(bases.update(m_editor, edited).error().kind, Error::Kind::Conflict);

        ListDomainStore domains(*m_db);
        auto domain = *domains.findByCode(QStringLiteral("work_safety_serious"));
        ListDomain changed = domain;
        changed.statementWorkdays = 7;
        QVERIFY(domains.update(m_editor, changed));
        QCOMPARE(domains.update(m_editor, changed).error().kind, Error::Kind::Conflict);
        QCOMPARE(domains.findByCode(QStringLiteral("work_safety_serious"))->statementWorkdays, 7);
    }

    void cleanupRegister()
    {
        CleanupStore store(*m_db);
        CleanupDocument document;
        document.title = QStringLiteral("关于对失信主体实施联合惩戒的通知");
        document.docNumber = QStringLiteral("庐信用办〔2019〕2号");
        document.issuer = QStringLiteral("庐山市社会信用体系建设领导小组办公室");
        document.provides = {QStringLiteral("lists"), QStringLiteral("measures")};
        document.responsibleDepartment = QStringLiteral("市发展改革委");
        document.dueDate = QDate(2026, 6, 30);
        auto added = store.add(m_editor, document);
        QVERIFY2(added, qPrintable(added.error().fullText()));
        QCOMPARE(store.overdue(QDate(2026, 6, 30))->size(), 0);
        QCOMPARE(store.overdue(QDate(2026, 7, 1))->size(), 1);
        CleanupDocument decided = *added;
        decided.decision = CleanupDecision::Abolish;
        QVERIFY(!store.update(m_editor, decided)); // a decision needs its reason
        decided.reason = QStringLiteral("措施无法律、法规依据");
        decided.completedOn = QDate(2026, 6, 15);
        QVERIFY(store.update(m_editor, decided));
        QCOMPARE(store.overdue(QDate(2026, 7, 1))->size(), 0);
        QCOMPARE(store.update(m_editor, decided).error().kind, Error::Kind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "TestReferenceData.moc"
