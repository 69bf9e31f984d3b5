#include "DocumentStore.h"

#include "Clock.h"
#include "DocumentContentJson.h"
#include "DocumentFonts.h"
#include "DocumentList.h"
#include "DocumentRenderer.h"
#include "DocumentSettings.h"
#include "DocumentTemplateStore.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <algorithm>

namespace {
const QString kColumns = QStringLiteral(
    "id, number, kind, year, seq, case_id, subject, title, template_version, pages, sha256, verification_code, "
    "issued_by, issued_at, status, void_reason, voided_by, voided_at, "
    "(SELECT cases.number FROM cases WHERE cases.id = documents.case_id) FROM documents");
const QString kCodeAlphabet = QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Who may issue: the business roles (the case engine decides which transition issues what).
Status requireIssuer(const Actor& actor)
{
    if (!actor.isUser() || actor.has(Role::Officer) || actor.has(Role::Reviewer) || actor.has(Role::Approver))
        return {};
    return Error::denied(DocumentStore::tr("Only officers, reviewers and approvers issue documents."));
}

Status requireVoider(const Actor& actor)
{
    if (!actor.isUser() || actor.has(Role::Approver))
        return {};
    return Error::denied(DocumentStore::tr("Only an approver may void an issued document."));
}
} // namespace

QString DocumentStore::newVerificationCode()
{
    QString code;
    auto* generator = QRandomGenerator::system();
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += u'-';
        code += kCodeAlphabet.at(int(generator->bounded(quint32(kCodeAlphabet.size()))));
    }
    return code;
}

QString DocumentStore::normalizedCode(const QString& code)
{
    QString normalized;
    for (const QChar c : code.toUpper()) {
        if (c.isLetterOrNumber())
            normalized += c;
    }
    return normalized;
}

QString DocumentStore::qrPayload(const QString& number, const QString& code)
{
    return QStringLiteral("文书核验\n文号：%1\n核验码：%2").arg(number, code);
}

Result<QList<IssuedDocument>> DocumentStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<IssuedDocument> list;
    while (rows->next()) {
        IssuedDocument document;
        document.id = rows->value(0).toLongLong();
        document.number = rows->value(1).toString();
        document.kind = DocumentKinds::parse(rows->value(2).toString()).value_or(DocumentKind::Decision);
        document.year = rows->value(3).toInt();
        document.sequence = rows->value(4).toInt();
        document.caseId = rows->value(5).toLongLong();
        document.subject = rows->value(6).toString();
        document.title = rows->value(7).toString();
        document.templateVersion = rows->value(8).toInt();
        document.pages = rows->value(9).toInt();
        document.sha256 = rows->value(10).toString();
        document.verificationCode = rows->value(11).toString();
        document.issuedBy = rows->value(12).toString();
        document.issuedAt = rows->value(13).toString();
        document.voided = rows->value(14).toString() == QLatin1String("voided");
        document.voidReason = rows->value(15).toString();
        document.voidedBy = rows->value(16).toString();
        document.voidedAt = rows->value(17).toString();
        document.caseNumber = rows->value(18).toString();
        list << document;
    }
    return list;
}

Result<IssuedDocument> DocumentStore::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no issued document with the id %1.").arg(id));
    return found->first();
}

Result<IssuedDocument> DocumentStore::findByNumber(const QString& number)
{
    auto found = select(QStringLiteral(" WHERE number = ?"), {number.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no issued document numbered %1.").arg(number.trimmed()));
    return found->first();
}

Result<QList<IssuedDocument>> DocumentStore::ofCase(qint64 caseId)
{
    return select(QStringLiteral(" WHERE case_id = ? ORDER BY issued_at, id"), {caseId});
}

Result<QByteArray> DocumentStore::pdf(qint64 id)
{
    auto bytes = m_db.scalar(QStringLiteral("SELECT pdf FROM documents WHERE id = ?"), {id});
    if (!bytes)
        return bytes.error();
    if (!bytes->isValid())
        return Error::notFound(tr("There is no issued document with the id %1.").arg(id));
    return bytes->toByteArray();
}

Result<DocumentContent> DocumentStore::content(qint64 id)
{
    auto json = m_db.scalar(QStringLiteral("SELECT content FROM document_contents WHERE document_id = ?"), {id});
    if (!json)
        return json.error();
    if (json->isValid())
        return DocumentContentJson::fromJson(json->toString().toUtf8());
    auto document = find(id);
    if (!document)
        return document.error();
    return Error::notFound(tr("The document %1 was issued before CreditDesk kept the text of its documents, so it "
                              "cannot be printed again from here. Save its PDF and print that file.")
                               .arg(document->number));
}

Result<QList<IssuedDocument>> DocumentStore::list(const Actor& reader, const QString& text,
                                                  std::optional<DocumentKind> kind, int limit)
{
    if (auto allowed = Permissions::require(reader, Permission::ViewCases); !allowed)
        return allowed.error();
    QVariantList params;
    const QString where = DocumentList::whereSql(text, kind, params) + QStringLiteral(" ORDER BY ")
        + DocumentList::orderBy(-1, false) + QStringLiteral(" LIMIT ?");
    params << std::max(limit, 1);
    return select(where, params);
}

Status DocumentStore::recordPrinted(const Actor& actor, const QList<IssuedDocument>& documents,
                                    const QString& destination)
{
    if (auto allowed = Permissions::require(actor, Permission::ViewCases); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    for (const auto& document : documents) {
        if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("document.printed"), QStringLiteral("document"),
                                            document.number, true, QStringLiteral("to=") + destination);
            !audited)
            return audited;
    }
    return transaction.commit();
}

Result<DocumentContent> DocumentStore::draft(DocumentKind kind, const QHash<QString, QString>& values,
                                             int* templateVersion)
{
    auto documentTemplate = DocumentTemplateStore(m_db).current(kind);
    if (!documentTemplate)
        return documentTemplate.error();
    auto settings = DocumentSettings::load(m_db);
    if (!settings)
        return settings.error();
    DocumentContent content = DocumentTemplates::fill(*documentTemplate, values);
    content.authorityHeader = settings->authorityHeader;
    content.signer = settings->signer;
    content.date = Clock::currentDate();
    if (templateVersion)
        *templateVersion = documentTemplate->version;
    return content;
}

Result<int> DocumentStore::allocate(int year, DocumentKind kind)
{
    // One statement on both engines. On PostgreSQL the upsert locks the (year, kind) row until the issuing
    // transaction ends, so a second issuer waits and then sees the committed number, or the old one if the
    // first rolled back; on SQLite the writer lock taken by BEGIN IMMEDIATE does the same.
    auto next = m_db.exec(QStringLiteral("INSERT INTO document_sequences (year, kind, last_no) VALUES (?, ?, 1) "
                                         "ON CONFLICT (year, kind) DO UPDATE SET last_no = document_sequences.last_no "
                                         "+ 1 RETURNING last_no"),
                          {year, DocumentKinds::id(kind)});
    if (!next)
        return next.error();
    if (!next->next())
        return Error::storage(tr("No document number could be allocated."));
    const int sequence = next->value(0).toInt();
    next->finish();
    return sequence;
}

Result<IssuedDocument> DocumentStore::issue(const Actor& actor, DocumentContent content, const DocumentOrigin& origin)
{
    if (auto allowed = requireIssuer(actor); !allowed)
        return allowed.error();
    if (content.title.trimmed().isEmpty() || content.body.isEmpty())
        return Error::invalid(tr("A document needs a title and a text before it is issued."));
    QStringList unfilled = DocumentTemplates::unfilledFields(content);
    unfilled.removeAll(DocumentTemplates::numberField());
    if (!unfilled.isEmpty())
        return Error::invalid(
            tr("The document still has fields without a value: {%1}.").arg(unfilled.join(QStringLiteral("}, {"))));
    if (!content.date.isValid())
        content.date = Clock::currentDate();
    const int year = content.date.year();
    auto settings = DocumentSettings::load(m_db);
    if (!settings)
        return settings.error();
    auto fonts = DocumentFonts::load(m_db);
    if (!fonts)
        return fonts.error();

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto sequence = allocate(year, content.kind);
    if (!sequence)
        return sequence.error();
    content.number = settings->number(content.kind, year, *sequence);
    DocumentTemplates::replaceField(content, DocumentTemplates::numberField(), content.number);
    content.verificationCode = newVerificationCode();
    content.qrPayload = qrPayload(content.number, content.verificationCode);
    int pages = 0;
    auto bytes = DocumentRenderer(*fonts).pdf(content, DocumentRenderer::kPdfResolution, &pages);
    if (!bytes)
        return bytes.error();
    const QString sha256 = sha256Hex(*bytes);
    auto inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO documents (number, kind, year, seq, case_id, subject, title, template_version, "
            "pages, pdf, sha256, verification_code, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ")
            + m_db.nowSql() + QStringLiteral(") RETURNING id"),
        {content.number, DocumentKinds::id(content.kind), year, *sequence,
         origin.caseId > 0 ? QVariant(origin.caseId) : QVariant(), origin.subject.trimmed(), content.title.trimmed(),
         origin.templateVersion > 0 ? QVariant(origin.templateVersion) : QVariant(), pages, *bytes, sha256,
         content.verificationCode, actor.login});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    // Exactly what was rendered, so a printed copy says what the PDF says.
    auto stored = m_db.exec(QStringLiteral("INSERT INTO document_contents (document_id, content) VALUES (?, ?)"),
                            {id, QString::fromUtf8(DocumentContentJson::toJson(content))});
    if (!stored)
        return stored.error();
    const QString detail = QStringLiteral("kind=%1 case=%2 pages=%3 sha256=%4")
                               .arg(DocumentKinds::id(content.kind))
                               .arg(origin.caseId)
                               .arg(pages)
                               .arg(sha256);
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("document.issued"), QStringLiteral("document"),
                                        content.number, true, detail);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}

Result<IssuedDocument> DocumentStore::voidDocument(const Actor& actor, qint64 id, const QString& reason)
{
    if (auto allowed = requireVoider(actor); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Give the reason why the document is voided."));
    auto document = find(id);
    if (!document)
        return document.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto updated = m_db.exec(QStringLiteral("UPDATE documents SET status = 'voided', void_reason = ?, voided_by = ?, "
                                            "voided_at = ")
                                 + m_db.nowSql() + QStringLiteral(" WHERE id = ? AND status = 'issued'"),
                             {reason.trimmed(), actor.login, id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(tr("The document %1 was voided already.").arg(document->number));
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("document.voided"), QStringLiteral("document"),
                                        document->number, true, reason.trimmed());
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}

Result<DocumentVerification> DocumentStore::verification(const Result<QList<IssuedDocument>>& found)
{
    if (!found)
        return found.error();
    DocumentVerification result;
    if (found->isEmpty())
        return result;
    result.document = found->first();
    result.outcome
        = result.document->voided ? DocumentVerification::Outcome::Voided : DocumentVerification::Outcome::Genuine;
    return result;
}

Result<DocumentVerification> DocumentStore::verifyFile(const QByteArray& bytes)
{
    return verification(select(QStringLiteral(" WHERE sha256 = ?"), {sha256Hex(bytes)}));
}

Result<DocumentVerification> DocumentStore::verifyCode(const QString& number, const QString& code)
{
    auto found = select(QStringLiteral(" WHERE number = ?"), {number.trimmed()});
    if (!found)
        return found.error();
    const QString given = normalizedCode(code);
    if (!found->isEmpty() && (given.isEmpty() || normalizedCode(found->first().verificationCode) != given))
        found->clear();
    return verification(found);
}
