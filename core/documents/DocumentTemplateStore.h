#pragma once

#include "DocumentTemplate.h"
#include "Result.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The templates in use and their history (table document_templates). Saving adds a version, never
// changes one; only the system administrator saves, and every save is audited in its transaction.
class DocumentTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplateStore)

public:
    explicit DocumentTemplateStore(Database& db)
        : m_db(db)
    { }

    // The highest version of the kind; NotFound when the database has none.
    Result<DocumentTemplate> current(DocumentKind kind);
    // Every version, newest first.
    Result<QList<DocumentTemplate>> history(DocumentKind kind);
    // Saves edited as the next version. edited.version is the version the editor started from (0 for the
    // first); someone else's save in between is a conflict. Refused with a message naming an unknown field.
    Result<DocumentTemplate> save(const Actor& actor, const DocumentTemplate& edited);
    // What the template looks like filled with sample values and the office's letterhead, for the editor's
    // preview before saving (render it with DocumentRenderer). Refused like save() when it is not valid.
    Result<DocumentContent> preview(const DocumentTemplate& edited);
    static QHash<QString, QString> sampleValues();

    // resources/seed/document_templates.json, parsed.
    static Result<QList<DocumentTemplate>> shipped();
    // Saves the shipped template of every kind that has none yet, as system:setup. Safe at every start.
    Status seedShipped();

private:
    Result<QList<DocumentTemplate>> select(const QString& where, const QVariantList& params);
    Database& m_db;
};
