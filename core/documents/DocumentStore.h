#pragma once

#include "DocumentContent.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <optional>

class Database;
struct Actor;

// An issued document as stored: its number, the PDF's SHA-256 and the verification code printed under
// the QR code. The PDF bytes themselves are read with DocumentStore::pdf().
struct IssuedDocument
{
    qint64 id = 0;
    QString number;
    DocumentKind kind = DocumentKind::Decision;
    int year = 0;
    int sequence = 0;
    qint64 caseId = 0; // 0: not issued from a case
    QString caseNumber; // of caseId, for lists
    QString subject; // whom it concerns, for lists
    QString title;
    int templateVersion = 0;
    int pages = 0;
    QString sha256;
    QString verificationCode;
    QString issuedBy; // login
    QString issuedAt; // UTC ISO 8601
    bool voided = false;
    QString voidReason;
    QString voidedBy;
    QString voidedAt;
};

// Where a document comes from, recorded with it but not printed.
struct DocumentOrigin
{
    qint64 caseId = 0;
    QString subject;
    int templateVersion = 0;
};

struct DocumentVerification
{
    enum class Outcome
    {
        Genuine, // exactly an issued document that is in force
        Voided, // an issued document that was voided since
        Unknown, // no such file, or no such number with that code
    };
    Outcome outcome = Outcome::Unknown;
    std::optional<IssuedDocument> document; // set unless Unknown
    bool genuine() const { return outcome == Outcome::Genuine; }
};

// Numbers, renders, stores and verifies official documents (tables documents and document_sequences).
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)

public:
    explicit DocumentStore(Database& db)
        : m_db(db)
    { }

    // The current template of the kind filled with values, under the office's letterhead and dated
    // today: what the case engine hands to issue().
    Result<DocumentContent> draft(DocumentKind kind, const QHash<QString, QString>& values,
                                  int* templateVersion = nullptr);

    // Allocates the next number of (year of content.date, kind) — content.date defaults to today — puts it in
    // the number line and in {文号}, draws a verification code, renders the PDF with its QR code and
    // stores the bytes and their SHA-256, audited. Runs inside the caller's transaction when there is one
    // (a case transition), so a failed transition takes the number back: numbers have no gaps. Refuses
    // content that still has an unfilled field. Officers, reviewers and approvers may issue.
    Result<IssuedDocument> issue(const Actor& actor, DocumentContent content, const DocumentOrigin& origin = {});
    // Voids an issued document (approvers only). It keeps its number and its PDF; a reason is required.
    Result<IssuedDocument> voidDocument(const Actor& actor, qint64 id, const QString& reason);

    Result<IssuedDocument> find(qint64 id);
    Result<IssuedDocument> findByNumber(const QString& number);
    // The documents of a case, in the order they were issued.
    Result<QList<IssuedDocument>> ofCase(qint64 caseId);
    Result<QByteArray> pdf(qint64 id);
    // What the document says, exactly as it was rendered into its PDF (number, date, verification code and
    // QR payload set), for painting it again on a printer with DocumentRenderer. NotFound for a document
    // issued before CreditDesk kept the content.
    Result<DocumentContent> content(qint64 id);
    // The newest issued documents first, without their PDFs. text matches a part of the number, the subject
    // or the title; an empty text and no kind match everything.
    // Whoever may read cases may list their documents.
    Result<QList<IssuedDocument>> list(const Actor& reader, const QString& text, std::optional<DocumentKind> kind,
                                       int limit);
    // Audits that the documents were printed (or written to PDF files) by actor, one row per document, in
    // one transaction. destination names the printer or the folder. Whoever may read cases may print.
    Status recordPrinted(const Actor& actor, const QList<IssuedDocument>& documents, const QString& destination);

    // Genuine when the bytes are exactly those of an issued document that is not voided.
    Result<DocumentVerification> verifyFile(const QByteArray& bytes);
    // For a paper copy: the number and the code printed under its QR code (case and dashes do not matter).
    Result<DocumentVerification> verifyCode(const QString& number, const QString& code);

    // Ten characters without 0, 1, I, O, grouped as XXXXX-XXXXX (50 bits from the system's generator).
    static QString newVerificationCode();
    static QString normalizedCode(const QString& code);
    static QString qrPayload(const QString& number, const QString& code);

private:
    Result<QList<IssuedDocument>> select(const QString& where, const QVariantList& params);
    Result<int> allocate(int year, DocumentKind kind);
    Result<DocumentVerification> verification(const Result<QList<IssuedDocument>>& found);
    Database& m_db;
};
