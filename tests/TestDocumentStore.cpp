#include "Clock.h"
#include "TestSupport.h"
#include "documents/DocumentContentJson.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentStore.h"
#include "documents/DocumentTemplateStore.h"
#include "security/Actor.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

// Numbers, storage, immutability and verification of issued documents, and the template store, on both
// engines.
class TestDocumentStore : public QObject
{
    Q_OBJECT

    static Actor user(qint64 id, const QString& login, Role role)
    {
        Actor actor;
        actor.userId = id;
        actor.login = login;
        actor.name = login;
        actor.departmentId = 1;
        actor.department = QStringLiteral("XYB");
        actor.roles = {role};
        return actor;
    }
    const Actor m_officer = user(101, QStringLiteral("officer1"), Role::Officer);
    const Actor m_approver = user(102, QStringLiteral("approver1"), Role::Approver);
    const Actor m_sysadmin = user(103, QStringLiteral("admin"), Role::SystemAdmin);
    const Actor m_auditor = user(104, QStringLiteral("auditor"), Role::AuditAdmin);

    // A short document, without a template: the store tests do not depend on the shipped texts.
    static DocumentContent content(DocumentKind kind = DocumentKind::Decision)
    {
        DocumentContent content;
        content.kind = kind;
        content.authorityHeader = QStringLiteral("庐山市社会信用体系建设领导小组办公室");
        content.title = DocumentKinds::officialName(kind);
        content.addressee = QStringLiteral("庐山市某某建筑工程有限公司");
        content.body = {{DocumentBlock::Kind::Paragraph, QStringLiteral("本文书编号为{文号}，特此告知。")}};
        content.signer = content.authorityHeader;
        return content;
    }

    static QList<int> sequences(Database& db, DocumentKind kind, int year)
    {
        QList<int> list;
        auto rows = db.exec(QStringLiteral("SELECT seq FROM documents WHERE kind = ? AND year = ? ORDER BY seq"),
                            {DocumentKinds::id(kind), year});
        while (rows && rows->next())
            list << rows->value(0).toInt();
        return list;
    }

    // The text of a PDF as pdftotext reads it (poppler-utils, as in TestDocumentPdf).
    static QString pdfText(const QByteArray& bytes)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("document.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QStringLiteral("<cannot write %1>").arg(path);
        file.close();
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static void setToday(int year, int month, int day)
    {
        Clock::setTestTime(QDateTime(QDate(year, month, day), QTime(10, 0)));
    }

private slots:
    void initTestCase_data() { TestSupport::addEngineRows(); }
    void init() { setToday(2026, 3, 2); }
    void cleanup() { Clock::useSystemTime(); }

    void numbersRunPerYearAndKind()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        QStringList numbers;
        for (int i = 0; i < 3; ++i) {
            auto issued = store.issue(m_officer, content());
            QVERIFY2(issued, qPrintable(issued.error().fullText()));
            QCOMPARE(issued->sequence, i + 1);
            numbers << issued->number;
        }
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("庐信用办〔2026〕1号"), QStringLiteral("庐信用办〔2026〕2号"),
                              QStringLiteral("庐信用办〔2026〕3号")}));
        auto notice = store.issue(m_officer, content(DocumentKind::Notice));
        QVERIFY(notice);
        QCOMPARE(notice->number, QStringLiteral("庐信用办告〔2026〕1号"));
        setToday(2027, 1, 4);
        auto nextYear = store.issue(m_officer, content());
        QVERIFY(nextYear);
        QCOMPARE(nextYear->number, QStringLiteral("庐信用办〔2027〕1号"));
        QCOMPARE(nextYear->year, 2027);
        setToday(2026, 12, 31); // a late decision of the old year continues the old sequence
        QCOMPARE(store.issue(m_officer, content())->number, QStringLiteral("庐信用办〔2026〕4号"));
        QCOMPARE(sequences(*db, DocumentKind::Decision, 2026), (QList<int>{1, 2, 3, 4}));
    }

    void issuedDocumentIsStoredWithItsHash()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        auto issued = store.issue(m_officer, content(), {42, QStringLiteral("庐山市某某建筑工程有限公司"), 0});
        QVERIFY(issued);
        auto bytes = store.pdf(issued->id);
        QVERIFY(bytes);
        QVERIFY(bytes->startsWith("%PDF-"));
        QCOMPARE(issued->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(issued->pages, 1);
        QCOMPARE(issued->caseId, 42);
        QCOMPARE(issued->issuedBy, m_officer.login);
        QVERIFY(!issued->issuedAt.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$"))
                    .match(issued->verificationCode)
                    .hasMatch());
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'document.issued' AND "
                                           "object_id = ?"),
                            {issued->number})
                     ->toInt(),
                 1);
    }

    void agencyShortNameIsASetting()
    {
        FRESH_DATABASE(db);
        QVERIFY(Settings::setValue(*db, QStringLiteral("documents.agency_short_name"), QStringLiteral("九信用办")));
        QVERIFY(Settings::setValue(*db, QStringLiteral("documents.number_mark.removal"), QStringLiteral("移出")));
        DocumentStore store(*db);
        QCOMPARE(store.issue(m_officer, content())->number, QStringLiteral("九信用办〔2026〕1号"));
        QCOMPARE(store.issue(m_officer, content(DocumentKind::Removal))->number,
                 QStringLiteral("九信用办移出〔2026〕1号"));
    }

    void concurrentIssuersGetDistinctNumbersWithoutGaps()
    {
        const QString url = TestSupport::freshDatabaseUrl(TestSupport::currentEngine());
        QVERIFY2(!url.isEmpty(), qPrintable(TestSupport::failureReason()));
        {
            QVERIFY(Database::open(*DatabaseUrl::parse(url)));
        } // migrate once, before the race
        constexpr int kEach = 6;
        std::atomic<int> failures = 0;
        QStringList errors;
        QMutex errorsMutex;
        auto issuer = [&](const Actor& actor) {
            auto db = Database::open(*DatabaseUrl::parse(url));
            if (!db) {
                ++failures;
                return;
            }
            DocumentStore store(**db);
            for (int i = 0; i < kEach; ++i) {
                auto issued = store.issue(actor, content());
                if (!issued) {
                    ++failures;
                    QMutexLocker lock(&errorsMutex);
                    errors << issued.error().fullText();
                }
            }
        };
        QScopedPointer<QThread> a(QThread::create(issuer, m_officer));
        QScopedPointer<QThread> b(QThread::create(issuer, m_approver));
        a->start();
        b->start();
        QVERIFY(a->wait(300000));
        QVERIFY(b->wait(300000));
        QVERIFY2(failures.load() == 0, qPrintable(errors.join(u'\n')));
        auto db = Database::open(*DatabaseUrl::parse(url));
        QVERIFY(db);
        QList<int> expected;
        for (int i = 1; i <= 2 * kEach; ++i)
            expected << i;
        QCOMPARE(sequences(**db, DocumentKind::Decision, 2026), expected);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(DISTINCT number) FROM documents"))->toInt(), 2 * kEach);
        QCOMPARE((*db)
                     ->scalar(QStringLiteral("SELECT last_no FROM document_sequences WHERE year = 2026 AND kind = "
                                             "'decision'"))
                     ->toInt(),
                 2 * kEach);
    }

    void abandonedTransactionGivesTheNumberBack()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        QCOMPARE(store.issue(m_officer, content())->sequence, 1);
        {
            Transaction transition(*db); // a case transition that fails after issuing its document
            QVERIFY(transition.ok());
            auto issued = store.issue(m_officer, content());
            QVERIFY(issued);
            QCOMPARE(issued->sequence, 2);
        }
        auto next = store.issue(m_officer, content());
        QVERIFY(next);
        QCOMPARE(next->number, QStringLiteral("庐信用办〔2026〕2号"));
        QCOMPARE(sequences(*db, DocumentKind::Decision, 2026), (QList<int>{1, 2}));
    }

    void failedIssueGivesTheNumberBack()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        QVERIFY(store.issue(m_officer, content()));
        // A notice mark equal to the decision's makes the notice's number collide after it was allocated.
        QVERIFY(Settings::setValue(*db, QStringLiteral("documents.number_mark.notice"), QString()));
        auto clash = store.issue(m_officer, content(DocumentKind::Notice));
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, Error::Kind::Conflict);
        QVERIFY(!db->scalar(QStringLiteral("SELECT last_no FROM document_sequences WHERE kind = 'notice'"))->isValid());
        QVERIFY(Settings::setValue(*db, QStringLiteral("documents.number_mark.notice"), QStringLiteral("告")));
        QCOMPARE(store.issue(m_officer, content(DocumentKind::Notice))->number,
                 QStringLiteral("庐信用办告〔2026〕1号"));
    }

    void unfilledFieldsAreRefused()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        auto draft = store.draft(DocumentKind::Decision, {{QStringLiteral("当事人名称"), QStringLiteral("某公司")}});
        QVERIFY2(draft, qPrintable(draft.error().fullText()));
        auto issued = store.issue(m_officer, *draft);
        QVERIFY(!issued);
        QCOMPARE(issued.error().kind, Error::Kind::Invalid);
        QVERIFY2(issued.error().message.contains(QStringLiteral("{认定理由}")), qPrintable(issued.error().message));
        QVERIFY(!db->scalar(QStringLiteral("SELECT last_no FROM document_sequences"))->isValid());
    }

    void draftFromTheTemplateIssues()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        int version = 0;
        auto draft = store.draft(DocumentKind::Decision, DocumentTemplateStore::sampleValues(), &version);
        QVERIFY2(draft, qPrintable(draft.error().fullText()));
        QCOMPARE(version, 1);
        QCOMPARE(draft->authorityHeader, QStringLiteral("庐山市社会信用体系建设领导小组办公室"));
        QCOMPARE(draft->date, QDate(2026, 3, 2));
        auto issued = store.issue(m_approver, *draft, {7, QStringLiteral("庐山市某某建筑工程有限公司"), version});
        QVERIFY2(issued, qPrintable(issued.error().fullText()));
        QVERIFY(issued->pages >= 2);
        QCOMPARE(issued->templateVersion, 1);
    }

    void rolesAreChecked()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        QCOMPARE(store.issue(m_auditor, content()).error().kind, Error::Kind::Denied);
        auto issued = store.issue(m_officer, content());
        QVERIFY(issued);
        QCOMPARE(store.voidDocument(m_officer, issued->id, QStringLiteral("错误")).error().kind, Error::Kind::Denied);
    }

    void issuedDocumentsCannotBeChanged()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        auto issued = store.issue(m_officer, content());
        QVERIFY(issued);
        const QVariantList id = {issued->id};
        QVERIFY(!db->exec(QStringLiteral("UPDATE documents SET pdf = ? WHERE id = ?"),
                          {QByteArray("%PDF-fake"), issued->id}));
        QVERIFY(!db->exec(QStringLiteral("UPDATE documents SET sha256 = 'x' WHERE id = ?"), id));
        QVERIFY(!db->exec(QStringLiteral("UPDATE documents SET number = 'x' WHERE id = ?"), id));
        QVERIFY(!db->exec(QStringLiteral("UPDATE documents SET verification_code = 'x' WHERE id = ?"), id));
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM documents WHERE id = ?"), id));
        QCOMPARE(store.find(issued->id)->sha256, issued->sha256);
        QVERIFY(store.verifyFile(*store.pdf(issued->id))->genuine());
    }

    void voidingKeepsTheNumber()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        auto issued = store.issue(m_officer, content());
        QVERIFY(issued);
        QCOMPARE(store.voidDocument(m_approver, issued->id, QStringLiteral("  ")).error().kind, Error::Kind::Invalid);
        auto voided = store.voidDocument(m_approver, issued->id, QStringLiteral("当事人名称有误"));
        QVERIFY2(voided, qPrintable(voided.error().fullText()));
        QVERIFY(voided->voided);
        QCOMPARE(voided->number, issued->number);
        QCOMPARE(voided->voidReason, QStringLiteral("当事人名称有误"));
        QCOMPARE(voided->voidedBy, m_approver.login);
        QCOMPARE(store.voidDocument(m_approver, issued->id, QStringLiteral("再次")).error().kind,
                 Error::Kind::Conflict);
        QVERIFY(!db->exec(QStringLiteral("UPDATE documents SET status = 'issued' WHERE id = ?"), {issued->id}));
        QCOMPARE(store.issue(m_officer, content())->sequence, 2); // the voided number is not given again
        auto check = store.verifyFile(*store.pdf(issued->id));
        QVERIFY(check);
        QCOMPARE(check->outcome, DocumentVerification::Outcome::Voided);
        QVERIFY(!check->genuine());
    }

    void verificationFindsGenuineDocumentsOnly()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        auto issued = store.issue(m_officer, content());
        QVERIFY(issued);
        const QByteArray bytes = *store.pdf(issued->id);
        auto genuine = store.verifyFile(bytes);
        QVERIFY(genuine && genuine->genuine());
        QCOMPARE(genuine->document->number, issued->number);
        for (qsizetype at : {qsizetype(0), bytes.size() / 2, bytes.size() - 1}) {
            QByteArray changed = bytes;
            changed[at] = char(changed.at(at) ^ 0x01);
            auto check = store.verifyFile(changed);
            QVERIFY(check);
            QCOMPARE(check->outcome, DocumentVerification::Outcome::Unknown);
            QVERIFY(!check->document);
        }
        QVERIFY(store.verifyCode(issued->number, issued->verificationCode)->genuine());
        QVERIFY(store.verifyCode(QStringLiteral(" ") + issued->number, issued->verificationCode.toLower().remove(u'-'))
                    ->genuine());
        QString wrong = issued->verificationCode;
        wrong[0] = wrong.at(0) == u'A' ? u'B' : u'A';
        QVERIFY(!store.verifyCode(issued->number, wrong)->genuine());
        QVERIFY(!store.verifyCode(issued->number, QString())->genuine());
        QVERIFY(!store.verifyCode(QStringLiteral("庐信用办〔2026〕99号"), issued->verificationCode)->genuine());
    }

    void documentsOfACase()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        QVERIFY(store.issue(m_officer, content(DocumentKind::Notice), {5, {}, 0}));
        QVERIFY(store.issue(m_officer, content(), {6, {}, 0}));
        QVERIFY(store.issue(m_officer, content(), {5, {}, 0}));
        auto documents = store.ofCase(5);
        QVERIFY(documents);
        QCOMPARE(documents->size(), 2);
        QCOMPARE(documents->at(0).kind, DocumentKind::Notice);
        QCOMPARE(documents->at(1).kind, DocumentKind::Decision);
        QVERIFY(store.ofCase(99)->isEmpty());
    }

    void shippedTemplatesAreSeeded()
    {
        FRESH_DATABASE(db);
        DocumentTemplateStore templates(*db);
        for (const auto kind : DocumentKinds::all()) {
            auto current = templates.current(kind);
            QVERIFY2(current, qPrintable(DocumentKinds::id(kind)));
            QCOMPARE(current->version, 1);
            QVERIFY(DocumentTemplates::validate(*current));
        }
        QVERIFY(templates.seedShipped()); // again: nothing added
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM document_templates"))->toInt(), 4);
    }

    void templateSaveRefusesUnknownFields()
    {
        FRESH_DATABASE(db);
        DocumentTemplateStore templates(*db);
        auto current = templates.current(DocumentKind::Decision);
        QVERIFY(current);
        DocumentTemplate edited = *current;
        edited.body += QStringLiteral("\n请于{缴款期限}前缴纳。");
        auto refused = templates.save(m_sysadmin, edited);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("{缴款期限}")), qPrintable(refused.error().message));
        QVERIFY(!templates.preview(edited));

        edited = *current;
        edited.body.remove(QStringLiteral("{惩戒措施}"));
        QVERIFY(templates.save(m_sysadmin, edited).error().message.contains(QStringLiteral("{惩戒措施}")));
        edited = *current;
        edited.body.replace(QStringLiteral("行政复议"), QStringLiteral("复查"));
        QVERIFY(templates.save(m_sysadmin, edited).error().message.contains(QStringLiteral("行政复议")));
        edited = *current;
        edited.body += QStringLiteral("\n{ 当事人名称}");
        QVERIFY(!templates.save(m_sysadmin, edited));
    }

    void templateVersionsAndRights()
    {
        FRESH_DATABASE(db);
        DocumentTemplateStore templates(*db);
        auto current = templates.current(DocumentKind::Notice);
        QVERIFY(current);
        DocumentTemplate edited = *current;
        edited.body += QStringLiteral("\n本告知书编号为{文号}。");
        edited.note = QStringLiteral("加注文号");
        QCOMPARE(templates.save(m_officer, edited).error().kind, Error::Kind::Denied);
        auto preview = templates.preview(edited);
        QVERIFY2(preview, qPrintable(preview.error().fullText()));
        QCOMPARE(preview->number, QStringLiteral("庐信用办告〔2026〕×号"));
        QVERIFY(DocumentTemplates::unfilledFields(*preview).isEmpty());
        QVERIFY(preview->texts().join(QString()).contains(QStringLiteral("本告知书编号为庐信用办告〔2026〕×号。")));
        auto saved = templates.save(m_sysadmin, edited);
        QVERIFY2(saved, qPrintable(saved.error().fullText()));
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->savedBy, m_sysadmin.login);
        QCOMPARE(templates.save(m_sysadmin, edited).error().kind, Error::Kind::Conflict); // saved from version 1 again
        QCOMPARE(templates.history(DocumentKind::Notice)->size(), 2);
        QVERIFY(!db->exec(QStringLiteral("UPDATE document_templates SET body = 'x'")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'document.template_saved' AND "
                                           "object_id = 'notice/2'"))
                     ->toInt(),
                 1);
        // The issued notice carries its own number where the template says {文号}.
        DocumentStore store(*db);
        auto draft = store.draft(DocumentKind::Notice, DocumentTemplateStore::sampleValues());
        QVERIFY(draft);
        auto issued = store.issue(m_officer, *draft);
        QVERIFY2(issued, qPrintable(issued.error().fullText()));
        QCOMPARE(issued->number, QStringLiteral("庐信用办告〔2026〕1号"));
    }

    void contentJsonRoundTrip()
    {
        DocumentContent original = content(DocumentKind::RepairNotice);
        original.number = QStringLiteral("庐信用办修〔2026〕7号");
        original.body << DocumentBlock{DocumentBlock::Kind::Heading1, QStringLiteral("一、申请条件")}
                      << DocumentBlock{DocumentBlock::Kind::Heading2, QStringLiteral("（一）已满最短期限")}
                      << DocumentBlock{DocumentBlock::Kind::Paragraph, QStringLiteral("引号\"、反斜杠\\与{花括号}")};
        original.date = QDate(2026, 3, 5);
        original.verificationCode = QStringLiteral("ABCDE-FGHJK");
        original.qrPayload = DocumentStore::qrPayload(original.number, original.verificationCode);
        auto read = DocumentContentJson::fromJson(DocumentContentJson::toJson(original));
        QVERIFY2(read, qPrintable(read.error().fullText()));
        QCOMPARE(read->kind, original.kind);
        QCOMPARE(read->texts(), original.texts());
        QCOMPARE(read->body, original.body);
        QCOMPARE(read->date, original.date);
        QCOMPARE(read->verificationCode, original.verificationCode);
        QCOMPARE(read->qrPayload, original.qrPayload);
        QCOMPARE(DocumentContentJson::toJson(*read), DocumentContentJson::toJson(original));

        QCOMPARE(DocumentContentJson::fromJson("not json").error().kind, Error::Kind::Invalid);
        QCOMPARE(DocumentContentJson::fromJson(R"({"kind":"summons"})").error().kind, Error::Kind::Invalid);
    }

    // A printer is painted from the stored content: it must say what the issued PDF says.
    void storedContentRepaintsTheIssuedDocument()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        auto draft = store.draft(DocumentKind::Decision, DocumentTemplateStore::sampleValues());
        QVERIFY2(draft, qPrintable(draft.error().fullText()));
        auto issued = store.issue(m_officer, *draft, {7, QStringLiteral("庐山市某某建筑工程有限公司"), 1});
        QVERIFY2(issued, qPrintable(issued.error().fullText()));
        auto stored = store.content(issued->id);
        QVERIFY2(stored, qPrintable(stored.error().fullText()));
        QCOMPARE(stored->number, issued->number);
        QCOMPARE(stored->title, issued->title);
        QCOMPARE(stored->verificationCode, issued->verificationCode);
        QCOMPARE(stored->qrPayload, DocumentStore::qrPayload(issued->number, issued->verificationCode));
        QCOMPARE(stored->date, QDate(2026, 3, 2));
        QVERIFY(DocumentTemplates::unfilledFields(*stored).isEmpty());

        auto fonts = DocumentFonts::load(*db);
        QVERIFY(fonts);
        int pages = 0;
        auto repainted = DocumentRenderer(*fonts).pdf(*stored, DocumentRenderer::kPdfResolution, &pages);
        QVERIFY2(repainted, qPrintable(repainted.error().fullText()));
        QCOMPARE(pages, issued->pages);
        QVERIFY(pages >= 2);
        const QString issuedText = pdfText(*store.pdf(issued->id));
        QVERIFY2(issuedText.contains(issued->number), qPrintable(issuedText.left(400)));
        QVERIFY(issuedText.contains(issued->verificationCode));
        QCOMPARE(pdfText(*repainted), issuedText);

        // Like the document itself, its content never changes.
        QVERIFY(!db->exec(QStringLiteral("UPDATE document_contents SET content = '{}' WHERE document_id = ?"),
                          {issued->id}));
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM document_contents WHERE document_id = ?"), {issued->id}));
        QCOMPARE(store.content(issued->id)->texts(), stored->texts());
    }

    void documentWithoutStoredContentIsNamed()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        // As issued by a CreditDesk before migration 0006.
        auto inserted = db->exec(
            QStringLiteral(
                "INSERT INTO documents (number, kind, year, seq, title, pages, pdf, sha256, verification_code, "
                "issued_by, issued_at) VALUES ('庐信用办〔2025〕9号', 'decision', 2025, 9, '决定书', 1, ?, "
                "'00', 'ABCDE-FGHJK', 'officer1', '2025-12-01T08:00:00.000Z') RETURNING id"),
            {QByteArray("%PDF-old")});
        QVERIFY(inserted && inserted->next());
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        auto missing = store.content(id);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QStringLiteral("庐信用办〔2025〕9号")),
                 qPrintable(missing.error().message));
        QCOMPARE(store.content(id + 1000).error().kind, Error::Kind::NotFound);
    }

    void listFiltersWithoutLoadingPdfs()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        QVERIFY(store.issue(m_officer, content(DocumentKind::Notice), {0, QStringLiteral("庐山市甲公司"), 0}));
        QVERIFY(store.issue(m_officer, content(), {0, QStringLiteral("庐山市乙公司"), 0}));
        QVERIFY(store.issue(m_officer, content(), {0, QStringLiteral("100%_公司"), 0}));
        auto all = store.list(m_officer, QString(), std::nullopt, 100);
        QVERIFY2(all, qPrintable(all.error().fullText()));
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().subject, QStringLiteral("100%_公司")); // newest first
        QCOMPARE(store.list(m_officer, QStringLiteral("乙"), std::nullopt, 100)->size(), 1);
        QCOMPARE(store.list(m_officer, QStringLiteral("告〔2026〕1号"), std::nullopt, 100)->first().kind,
                 DocumentKind::Notice);
        QCOMPARE(store.list(m_officer, QStringLiteral("%_"), std::nullopt, 100)->size(), 1); // wildcards are plain text
        QCOMPARE(store.list(m_officer, QString(), DocumentKind::Decision, 100)->size(), 2);
        QCOMPARE(store.list(m_officer, QStringLiteral("甲"), DocumentKind::Decision, 100)->size(), 0);
        QCOMPARE(store.list(m_officer, QString(), std::nullopt, 2)->size(), 2);
        QCOMPARE(store.list(m_sysadmin, QString(), std::nullopt, 2).error().kind, Error::Kind::Denied);
    }

    void printingIsAudited()
    {
        FRESH_DATABASE(db);
        DocumentStore store(*db);
        auto first = store.issue(m_officer, content());
        auto second = store.issue(m_officer, content());
        QVERIFY(first && second);
        QCOMPARE(store.recordPrinted(m_auditor, {*first}, QStringLiteral("HP")).error().kind, Error::Kind::Denied);
        QVERIFY(store.recordPrinted(m_approver, {*first, *second}, QStringLiteral("HP LaserJet")));
        auto rows = db->exec(QStringLiteral("SELECT object_id, user_login, detail FROM audit_log WHERE event = "
                                            "'document.printed' ORDER BY seq"));
        QVERIFY(rows);
        QStringList printed;
        while (rows->next()) {
            printed << rows->value(0).toString();
            QCOMPARE(rows->value(1).toString(), m_approver.login);
            QCOMPARE(rows->value(2).toString(), QStringLiteral("to=HP LaserJet"));
        }
        QCOMPARE(printed, (QStringList{first->number, second->number}));
    }

    void fillKeepsMarkersOutOfValues()
    {
        DocumentTemplate documentTemplate;
        documentTemplate.kind = DocumentKind::Removal;
        documentTemplate.title = QStringLiteral("移出决定书");
        documentTemplate.addressee = QStringLiteral("{当事人名称}");
        documentTemplate.body = QStringLiteral("# 一、{移出理由}\n依据{移出依据}决定移出。");
        const auto content
            = DocumentTemplates::fill(documentTemplate,
                                      {{QStringLiteral("当事人名称"), QStringLiteral("某公司")},
                                       {QStringLiteral("移出理由"), QStringLiteral("期满\n# 不是标题")}});
        QCOMPARE(content.addressee, QStringLiteral("某公司"));
        QCOMPARE(content.body.size(), 3);
        QCOMPARE(content.body.at(0), (DocumentBlock{DocumentBlock::Kind::Heading1, QStringLiteral("一、期满")}));
        QCOMPARE(content.body.at(1), (DocumentBlock{DocumentBlock::Kind::Paragraph, QStringLiteral("# 不是标题")}));
        QCOMPARE(DocumentTemplates::unfilledFields(content), QStringList{QStringLiteral("移出依据")});
    }
};

QTEST_MAIN(TestDocumentStore)
#include "TestDocumentStore.moc"
