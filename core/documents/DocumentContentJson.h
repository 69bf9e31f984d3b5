#pragma once

#include "DocumentContent.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

// DocumentContent as JSON, the form in which DocumentStore keeps what an issued document says
// (table document_contents). The one place that knows the field names, so what is stored today can be
// read by every later version: add fields, never rename them.
class DocumentContentJson
{
    Q_DECLARE_TR_FUNCTIONS(DocumentContentJson)

public:
    static QByteArray toJson(const DocumentContent& content);
    // Invalid with the parser's detail when the text is not a stored document content.
    static Result<DocumentContent> fromJson(const QByteArray& json);
};
