#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The official documents the case types issue. Each has its own number sequence per year. Adding a kind:
// a value here, a row in DocumentKind.cpp, its default template (DocumentTemplateStore), and the values
// of documents.kind the database accepts (a migration).
enum class DocumentKind
{
    Notice, // 严重失信主体名单认定预先告知书
    Decision, // 严重失信主体名单认定决定书
    RepairNotice, // 信用修复告知书, served with the decision (两书同达)
    Removal, // 严重失信主体名单移出决定书
};

inline size_t qHash(DocumentKind kind, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(kind), seed);
}

// What CreditDesk needs to know of a kind of official document, in one row each (DocumentKind.cpp):
// templates, numbering, verification and printing are one path for every kind and read only this.
struct DocumentKindSpec
{
    DocumentKind kind;
    const char* id; // stored in documents.kind and used by creditctl
    const char* officialName; // printed, in Chinese whatever the interface language
    const char* displayName; // English source of the translated name (context DocumentKinds)
    // What follows the agency short name in the number when no setting overrides it.
    const char* numberMark;
    // The fields a template of the kind must use and the phrases its text must contain: what the
    // regulations require the document to say (docs/regulations.md).
    QStringList requiredFields;
    QStringList requiredPhrases;
};

class DocumentKinds
{
    Q_DECLARE_TR_FUNCTIONS(DocumentKinds)

public:
    static QList<DocumentKind> all();
    static const DocumentKindSpec& spec(DocumentKind kind);
    // Stable text stored in the database and used by creditctl: notice, decision, repair-notice, removal.
    static QString id(DocumentKind kind);
    static std::optional<DocumentKind> parse(const QString& id);
    // The Chinese name of the document, whatever the interface language (it is printed).
    static QString officialName(DocumentKind kind);
    static QString displayName(DocumentKind kind); // translated, for lists
    // What follows the agency short name in the number when no setting overrides it: the decision
    // carries the plain office number (庐信用办〔2026〕3号); the other kinds carry one character, as
    // offices do for 告知书 (庐信用办告〔2026〕3号), so that numbers of different kinds never collide.
    static QString defaultNumberMark(DocumentKind kind);
};
