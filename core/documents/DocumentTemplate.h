#pragma once

#include "DocumentContent.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// A template of one kind of document, as the system administrator edits it: title, addressee and body
// with fields in braces ({当事人名称}) from a fixed list. In the body each line is a block: a line starting
// with "# " is a first-level heading (一、, 黑体), "## " a second-level heading (（一）, 楷体), any other
// non-empty line a paragraph.
struct DocumentTemplate
{
    DocumentKind kind = DocumentKind::Decision;
    int version = 0; // 0 before it is saved
    QString title;
    QString addressee;
    QString body;
    QString note; // why it was changed
    QString savedBy;
    QString savedAt;
};

// A field a template may use, with what it stands for (for the editor's field list).
struct TemplateField
{
    QString name; // without braces: 当事人名称
    QString description; // translated
};

class DocumentTemplates
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplates)

public:
    // Filled by DocumentStore::issue once the number is allocated, not by the caller.
    static QString numberField() { return QStringLiteral("文号"); }

    static QList<TemplateField> fields();
    static bool isField(const QString& name);
    // The fields a template of this kind must use, so the document says what the policy requires (the
    // decision: reasons, basis, measures, removal conditions). Remedies are fixed text, checked by phrase.
    static QStringList requiredFields(DocumentKind kind);
    static QStringList requiredPhrases(DocumentKind kind);

    // Every {name} in the text, in order of appearance, without duplicates.
    static QStringList fieldsIn(const QString& text);
    // Refuses an unknown field (naming it), a missing required field or phrase, an empty title or body.
    static Status validate(const DocumentTemplate& documentTemplate);

    // Replaces every field that has a value; fields without a value stay as "{name}" (DocumentStore::issue
    // refuses a document that still has one, except {文号}). A multi-line value becomes several paragraphs.
    static DocumentContent fill(const DocumentTemplate& documentTemplate, const QHash<QString, QString>& values);
    // The fields of content still in braces.
    static QStringList unfilledFields(const DocumentContent& content);
    // Replaces one field everywhere in content.
    static void replaceField(DocumentContent& content, const QString& name, const QString& value);

    // The template's body as blocks, fields untouched.
    static QList<DocumentBlock> blocks(const QString& body);
};
