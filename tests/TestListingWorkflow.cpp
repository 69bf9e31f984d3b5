#include "Clock.h"
#include "TestSupport.h"
#include "cases/CaseAttachments.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseEngine.h"
#include "cases/CaseStore.h"
#include "cases/listing/ListingDraft.h"
#include "documents/DocumentStore.h"
#include "reference/ListDomainStore.h"
#include "registry/SubjectStore.h"
#include "security/Accounts.h"
#include "setup/Setup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

const QString kFacts
    = QStringLiteral("2026年1月，该单位存在重大事故隐患，经责令限期整改后拒不整改，导致发生一起生产安全事故");
} // namespace

// The listing workflow end to end as officer1, reviewer1 and approver1: the notice, the decision served with
// the repair notice, the listing, an objection upheld or rejected, removal; the PDFs verify and the
// decision reads (pdftotext) with the five elements 国办发〔2020〕49号 requires; creditctl case and doc.
class TestListingWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_temp;
    Actor m_officer, m_reviewer, m_approver;
    qint64 m_subject = 0, m_record = 0;

    static void at(QDate date) { Clock::setTestTime(QDateTime(date, QTime(10, 0))); }

    void prepare(Database& db)
    {
        at(QDate(2026, 3, 2));
        QVERIFY(Setup::installDemo(db, {}));
        QVERIFY(Setup::installDemoRegistry(db));
        Accounts accounts(db);
        m_officer = Accounts::actorFor(*accounts.findUser(QStringLiteral("officer1")));
        m_reviewer = Accounts::actorFor(*accounts.findUser(QStringLiteral("reviewer1")));
        m_approver = Accounts::actorFor(*accounts.findUser(QStringLiteral("approver1")));
        auto row
            = db.exec(QStringLiteral("SELECT s.id, MIN(r.id) FROM subjects s JOIN credit_records r ON r.subject_id "
                                     "= s.id WHERE s.kind = 'legal_person' GROUP BY s.id ORDER BY s.id LIMIT 1"));
        QVERIFY(row && row->next());
        m_subject = row->value(0).toLongLong();
        m_record = row->value(1).toLongLong();
    }

    Case open(Database& db)
    {
        ListingDraft draft;
        draft.subjectId = m_subject;
        draft.listDomainId = ListDomainStore(db).findByCode(QStringLiteral("work_safety_serious"))->id;
        draft.facts = kFacts;
        draft.recordIds = {m_record};
        draft.measureKeys = {QStringLiteral("NM07")};
        auto created = ListingDrafts(db).create(m_officer, draft);
        if (!created)
            qWarning() << created.error().fullText();
        return created ? *created : Case();
    }

    // Fires as the given user with the version that user just read.
    static bool fire(Database& db, const Actor& actor, qint64 id, const QString& transition,
                     const TransitionInput& input = {})
    {
        auto current = CaseStore(db).find(id);
        auto fired = CaseEngine(db).fire(actor, id, current->version, transition, input);
        if (!fired)
            qWarning() << transition << fired.error().fullText();
        return fired.ok();
    }

    bool toNotified(Database& db, qint64 id)
    {
        return fire(db, m_officer, id, QStringLiteral("submit"))
            && fire(db, m_reviewer, id, QStringLiteral("pass_review"), {QStringLiteral("同意"), {}})
            && fire(db, m_approver, id, QStringLiteral("approve_notice"));
    }

    static std::optional<IssuedDocument> document(Database& db, qint64 caseId, DocumentKind kind)
    {
        const auto issued = DocumentStore(db).ofCase(caseId);
        for (const auto& each : *issued) {
            if (each.kind == kind)
                return each;
        }
        return std::nullopt;
    }

    // The text as a viewer extracts it, without white space, page numbers and the verification caption.
    QString flatText(const QByteArray& pdf)
    {
        const QString path = m_temp.filePath(QStringLiteral("text.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return {};
        file.close();
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        process.waitForFinished(60000);
        QString flat = QString::fromUtf8(process.readAllStandardOutput());
        flat.remove(QRegularExpression(QStringLiteral("—\\s*\\d+\\s*—")));
        flat.remove(QRegularExpression(QStringLiteral("核验码\\s*[A-Z0-9-]+")));
        flat.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
        return flat;
    }

    Run ctl(const QString& url, const QStringList& args)
    {
        QProcess process;
        process.start(TestSupport::creditctlPath(), QStringList{QStringLiteral("--db"), url} + args);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }
    void initTestCase() { QVERIFY(m_temp.isValid()); }
    void cleanup() { Clock::useSystemTime(); }

    void draftToListedByThreeUsers()
    {
        FRESH_DATABASE(db);
        prepare(*db);
        const Case c = open(*db);
        QVERIFY(CaseAttachments(*db).attach(m_officer, c.id, QStringLiteral("现场检查笔录.pdf"), "%PDF-1.4 evidence"));
        QVERIFY(toNotified(*db, c.id));
        auto notice = document(*db, c.id, DocumentKind::Notice);
        QVERIFY(notice);
        QVERIFY(flatText(*DocumentStore(*db).pdf(notice->id)).contains(QStringLiteral("5个工作日（至2026年3月9日）")));

        at(QDate(2026, 3, 10)); // the statement period ended on 03-09
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("decide")));
        QVERIFY(fire(*db, m_officer, c.id, QStringLiteral("list")));
        auto file = CaseStore(*db).load(m_officer, c.id);
        QCOMPARE(file->header.state, QStringLiteral("listed"));
        QCOMPARE(file->header.decidedOn, QDate(2026, 3, 10));
        QStringList who;
        for (const auto& event : file->timeline)
            who << event.userLogin;
        QVERIFY(who.contains(QStringLiteral("officer1")) && who.contains(QStringLiteral("reviewer1"))
                && who.contains(QStringLiteral("approver1")));

        // Notice, decision and repair notice, each exactly an issued document.
        QCOMPARE(file->documents.size(), 3);
        DocumentStore documents(*db);
        for (const auto& issued : file->documents) {
            auto verified = documents.verifyFile(*documents.pdf(issued.id));
            QVERIFY2(verified->genuine(), qPrintable(issued.number));
            QVERIFY(documents.verifyCode(issued.number, issued.verificationCode)->genuine());
        }

        // The subject's listing runs 36 months from the decision date.
        auto listings = ListingCases(*db).listingsOf(m_officer, m_subject);
        QCOMPARE(listings->size(), 1);
        QCOMPARE(listings->first().listedFrom, QDate(2026, 3, 10));
        QCOMPARE(listings->first().listedUntil, QDate(2029, 3, 9));
        QVERIFY(listings->first().inForceOn(Clock::currentDate()));
        auto statuses = CaseDeadlines(*db).ofCase(c.id);
        QCOMPARE(statuses->first().stored, QStringLiteral("met"));
        QCOMPARE(statuses->last().kind, QStringLiteral("listing_period"));
        QCOMPARE(statuses->last().due, QDate(2029, 3, 9));
    }

    void decisionHasTheFiveElements()
    {
        FRESH_DATABASE(db);
        prepare(*db);
        const Case c = open(*db);
        QVERIFY(toNotified(*db, c.id));
        at(QDate(2026, 3, 10));
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("decide")));
        auto decision = document(*db, c.id, DocumentKind::Decision);
        QVERIFY(decision);
        const QString text = flatText(*DocumentStore(*db).pdf(decision->id));
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) gave no text");
        const QStringList elements = {
            kFacts, // 事由
            QStringLiteral("依据《中华人民共和国安全生产法》第七十八条"), // 依据
            QStringLiteral("《安全生产严重失信主体名单管理办法》（应急管理部令第11号）"),
            QStringLiteral("失信惩戒措施提示"), // 惩戒措施, each with its basis
            QStringLiteral("记入安全生产违法行为信息库并实施联合惩戒（依据：《中华人民共和国安全生产法》"),
            QStringLiteral("移出条件和程序"), // 移出条件和程序
            QStringLiteral("列入名单满十二个月，符合条件的，可以申请提前移出。"),
            QStringLiteral("自2026年3月10日起至2029年3月9日止"),
            QStringLiteral("六十日内向庐山市人民政府申请行政复议"), // 救济措施
            QStringLiteral("六个月内依法向庐山市人民法院提起行政诉讼"),
            QStringLiteral("你（单位）在规定期限内未提出陈述、申辩和异议。"),
        };
        for (const auto& element : elements)
            QVERIFY2(text.contains(element), qPrintable(element));
        auto repair = document(*db, c.id, DocumentKind::RepairNotice);
        QVERIFY(repair);
        QVERIFY(flatText(*DocumentStore(*db).pdf(repair->id)).contains(decision->number)); // 两书同达
    }

    void previewDraftsWithoutIssuing()
    {
        FRESH_DATABASE(db);
        prepare(*db);
        const Case c = open(*db);
        QVERIFY(fire(*db, m_officer, c.id, QStringLiteral("submit")));
        QVERIFY(fire(*db, m_reviewer, c.id, QStringLiteral("pass_review"), {QStringLiteral("同意"), {}}));
        const Case reviewed = *CaseStore(*db).find(c.id);
        const QVariant auditRows = *db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        CaseEngine engine(*db);
        auto drafts = engine.preview(m_approver, c.id, reviewed.version, QStringLiteral("approve_notice"));
        QVERIFY2(drafts, qPrintable(drafts ? QString() : drafts.error().message));
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().kind, DocumentKind::Notice);
        QVERIFY(drafts->first().number.isEmpty() && drafts->first().verificationCode.isEmpty()
                && drafts->first().qrPayload.isEmpty());
        QVERIFY(drafts->first().texts().join(QString()).contains(QStringLiteral("5个工作日")));
        // Nothing happened: same state and version, no document, no audit row, no number used.
        const Case after = *CaseStore(*db).find(c.id);
        QCOMPARE(after.state, QStringLiteral("review"));
        QCOMPARE(after.version, reviewed.version);
        QVERIFY(DocumentStore(*db).ofCase(c.id)->isEmpty());
        QCOMPARE(*db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditRows);
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("approve_notice")));
        QVERIFY(DocumentStore(*db).ofCase(c.id)->first().number.endsWith(QStringLiteral("〔2026〕1号"))); // none used
        // The guards hold for a preview as for the step itself.
        QVERIFY(!engine.preview(m_approver, c.id, CaseStore(*db).find(c.id)->version, QStringLiteral("decide")));
        QCOMPARE(
            engine.preview(m_officer, c.id, CaseStore(*db).find(c.id)->version, QStringLiteral("decide")).error().kind,
            Error::Kind::Denied);
    }

    void reassignmentIsAnApproversAuditedStep()
    {
        FRESH_DATABASE(db);
        prepare(*db);
        const Case c = open(*db);
        CaseStore store(*db);
        const QString reason = QStringLiteral("经办人调岗");
        QCOMPARE(store.reassign(m_officer, c.id, c.version, QStringLiteral("scjg1"), reason).error().kind,
                 Error::Kind::Denied);
        QVERIFY(!store.reassign(m_approver, c.id, c.version, QStringLiteral("scjg1"), QString())); // no reason
        QVERIFY(!store.reassign(m_approver, c.id, c.version, QStringLiteral("reviewer1"), reason)); // not an officer
        QVERIFY(!store.reassign(m_approver, c.id, c.version, QStringLiteral("officer1"), reason)); // has it already
        QCOMPARE(store.reassign(m_approver, c.id, c.version + 1, QStringLiteral("scjg1"), reason).error().kind,
                 Error::Kind::Conflict);
        auto moved = store.reassign(m_approver, c.id, c.version, QStringLiteral("scjg1"), reason);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(moved->assignee, QStringLiteral("scjg1"));
        QCOMPARE(moved->version, c.version + 1);
        QCOMPARE(store.timeline(c.id)->last().detail, QStringLiteral("officer1 -> scjg1"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'case.reassigned' AND "
                                           "object_id = ?"),
                            {c.number})
                     ->toInt(),
                 1);
        // The list finds it by number, by part of the subject's name, by the record it rests on, with the
        // officer's name and the next deadline, on both engines.
        CaseFilter byNumber;
        byNumber.text = c.number.toLower();
        auto found = store.list(m_officer, byNumber);
        QVERIFY(found && found->size() == 1);
        QCOMPARE(found->first().assigneeName, Accounts(*db).findUser(QStringLiteral("scjg1"))->name);
        CaseFilter byName;
        byName.text = SubjectStore(*db).find(m_subject)->name.mid(2, 4);
        QVERIFY(store.list(m_officer, byName)->size() >= 1);
        CaseFilter byRecord;
        byRecord.recordId = m_record;
        QCOMPARE(store.list(m_officer, byRecord)->first().number, c.number);
        CaseFilter wildcard;
        wildcard.text = QStringLiteral("%_");
        QVERIFY(store.list(m_officer, wildcard)->isEmpty());
        // A closed case stays with whoever handled it.
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("drop"), {QStringLiteral("证据不足"), {}}));
        QVERIFY(!store.reassign(m_approver, c.id, store.find(c.id)->version, QStringLiteral("officer1"), reason));
    }

    void upheldObjectionEndsDropped()
    {
        FRESH_DATABASE(db);
        prepare(*db);
        const Case c = open(*db);
        QVERIFY(toNotified(*db, c.id));
        at(QDate(2026, 3, 5));
        QVERIFY(
            fire(*db, m_officer, c.id, QStringLiteral("object"), {QStringLiteral("当事人提交整改完成的验收报告"), {}}));
        QCOMPARE(CaseStore(*db).find(c.id)->state, QStringLiteral("objection"));
        QVERIFY(!fire(*db, m_approver, c.id, QStringLiteral("objection_upheld_drop"))); // a reply is required
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("objection_upheld_drop"),
                     {QStringLiteral("经核实，隐患已于告知前整改完毕，异议成立，不予列入"), {}}));
        auto file = CaseStore(*db).load(m_officer, c.id);
        QCOMPARE(file->header.state, QStringLiteral("dropped"));
        QCOMPARE(file->timeline.last().note, QStringLiteral("经核实，隐患已于告知前整改完毕，异议成立，不予列入"));
        for (const auto& deadline : file->deadlines)
            QVERIFY2(!deadline.running(), qPrintable(deadline.kind));
        QCOMPARE(file->documents.size(), 1); // the notice only
        QVERIFY(ListingCases(*db).listingsOf(m_officer, m_subject)->isEmpty());
    }

    void rejectedObjectionIsAnsweredInTheDecision()
    {
        FRESH_DATABASE(db);
        prepare(*db);
        const Case c = open(*db);
        QVERIFY(toNotified(*db, c.id));
        QVERIFY(fire(*db, m_officer, c.id, QStringLiteral("object"), {QStringLiteral("当事人称事故与其无关"), {}}));
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("objection_rejected"),
                     {QStringLiteral("事故调查报告认定该单位负有责任，异议不成立"), {}}));
        QCOMPARE(CaseStore(*db).find(c.id)->state, QStringLiteral("notified"));
        QVERIFY(!fire(*db, m_approver, c.id, QStringLiteral("decide"))); // the statement period still runs
        at(QDate(2026, 3, 10));
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("decide")));
        const QString text = flatText(*DocumentStore(*db).pdf(document(*db, c.id, DocumentKind::Decision)->id));
        QVERIFY(text.contains(QStringLiteral("你（单位）在规定期限内提出异议：当事人称事故与其无关。")));
        QVERIFY(text.contains(QStringLiteral("经核实，本机关认为：事故调查报告认定该单位负有责任，异议不成立。")));
    }

    void removalIssuesTheRemovalDecision()
    {
        FRESH_DATABASE(db);
        prepare(*db);
        const Case c = open(*db);
        QVERIFY(toNotified(*db, c.id));
        at(QDate(2026, 3, 10));
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("decide")));
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("list")));
        at(QDate(2027, 3, 15));
        const QString reason = QStringLiteral("已纠正失信行为并作出信用承诺，列入满十二个月");
        QVERIFY(!fire(*db, m_approver, c.id, QStringLiteral("remove"), {reason, {}})); // no ground
        QVERIFY(!fire(*db, m_approver, c.id, QStringLiteral("remove"),
                      {reason, {{QStringLiteral("ground"), QStringLiteral("period_end")}}})); // runs until 2029
        QVERIFY(fire(*db, m_approver, c.id, QStringLiteral("remove"),
                     {reason, {{QStringLiteral("ground"), QStringLiteral("early")}}}));
        auto removal = document(*db, c.id, DocumentKind::Removal);
        QVERIFY(removal);
        DocumentStore documents(*db);
        QVERIFY(documents.verifyFile(*documents.pdf(removal->id))->genuine());
        const QString text = flatText(*documents.pdf(removal->id));
        QVERIFY(text.contains(QStringLiteral("决定自2027年3月15日起将你（单位）移出安全生产严重失信主体名单")));
        QVERIFY(text.contains(reason));
        auto listing = ListingCases(*db).listingOfCase(c.id);
        QCOMPARE((*listing)->removedOn, QDate(2027, 3, 15));
        QCOMPARE((*listing)->removalGround, QStringLiteral("early"));
        QVERIFY(!(*listing)->inForceOn(QDate(2027, 3, 15)));
        QCOMPARE(CaseStore(*db).find(c.id)->state, QStringLiteral("removed"));
    }

    void creditctlCasesAndDocuments()
    {
        const QString url = TestSupport::freshDatabaseUrl(TestSupport::currentEngine());
        QVERIFY2(!url.isEmpty(), qPrintable(TestSupport::failureReason()));
        const Run init = ctl(url, {QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));

        const Run list = ctl(url,
                             {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--type"),
                              QStringLiteral("listing"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QSet<QString> states;
        QString listed;
        for (const auto& value : list.json().array()) {
            const QJsonObject row = value.toObject();
            for (const char* key : {"number", "type", "state", "subject", "subject_code", "due"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            states.insert(row.value(QStringLiteral("state")).toString());
            if (row.value(QStringLiteral("state")).toString() == QLatin1String("listed"))
                listed = row.value(QStringLiteral("number")).toString();
        }
        QCOMPARE(states.size(), CaseTypes::find(QStringLiteral("listing"))->states.size()); // every state
        const Run decided = ctl(url,
                                {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--state"),
                                 QStringLiteral("decided"), QStringLiteral("--json")});
        QCOMPARE(decided.json().array().size(), 1);

        const Run show = ctl(url, {QStringLiteral("case"), QStringLiteral("show"), listed, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject file = show.json().object();
        QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("listed"));
        QVERIFY(file.value(QStringLiteral("timeline")).toArray().size() >= 6);
        QCOMPARE(file.value(QStringLiteral("documents")).toArray().size(), 3);
        QVERIFY(ctl(url, {QStringLiteral("case"), QStringLiteral("show"), listed}).out.contains(listed));
        QCOMPARE(ctl(url, {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("LD-1999-0001")}).exitCode,
                 1);

        const QString pdf = m_temp.filePath(QStringLiteral("decision-%1.pdf").arg(TestSupport::currentEngine()));
        const QStringList render = {QStringLiteral("doc"), QStringLiteral("render"), QStringLiteral("--case"), listed,
                                    QStringLiteral("--kind")};
        QCOMPARE(ctl(url, render + QStringList{QStringLiteral("decision"), QStringLiteral("--out"), pdf}).exitCode, 0);
        const Run none = ctl(url, render + QStringList{QStringLiteral("removal"), QStringLiteral("--out"), pdf + u'x'});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(!QFile::exists(pdf + u'x'));
        QCOMPARE(ctl(url, {QStringLiteral("doc"), QStringLiteral("verify"), pdf}).exitCode, 0);

        QFile file2(pdf);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        QByteArray bytes = file2.readAll();
        file2.close();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        const QString tampered = pdf + QStringLiteral(".changed.pdf");
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        QCOMPARE(ctl(url, {QStringLiteral("doc"), QStringLiteral("verify"), tampered}).exitCode, 1);

        auto db = Database::open(*DatabaseUrl::parse(url));
        QVERIFY(db);
        auto found = CaseStore(**db).findByNumber(listed);
        auto decision = document(**db, found->id, DocumentKind::Decision);
        const QStringList byCode = {QStringLiteral("doc"), QStringLiteral("verify"), QStringLiteral("--number"),
                                    decision->number, QStringLiteral("--code")};
        QCOMPARE(ctl(url, byCode + QStringList{decision->verificationCode.toLower()}).exitCode, 0);
        QCOMPARE(ctl(url, byCode + QStringList{QStringLiteral("AAAAA-AAAAA")}).exitCode, 1);
    }
};

QTEST_MAIN(TestListingWorkflow)
#include "TestListingWorkflow.moc"
