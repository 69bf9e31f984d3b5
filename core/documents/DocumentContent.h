#pragma once

#include "DocumentKind.h"

#include <QDate>
#include <QList>
#include <QString>

// One block of the body. Headings carry their own ordinal ("一、", "（一）") as the drafter wrote it.
struct DocumentBlock
{
    enum class Kind
    {
        Paragraph, // 仿宋, first line indented two characters
        Heading1, // 一、 in 黑体
        Heading2, // （一） in 楷体
    };

    Kind kind = Kind::Paragraph;
    QString text;

    bool operator==(const DocumentBlock&) const = default;
};

// What an official document says, independent of how it is laid out. Templates fill it, the renderer
// draws it, DocumentStore numbers and stores it.
struct DocumentContent
{
    DocumentKind kind = DocumentKind::Decision;
    QString authorityHeader; // 发文机关标志, printed in red at the top of the first page
    QString number; // 文号, e.g. 庐信用办〔2026〕3号; left empty for DocumentStore::issue to allocate
    QString title;
    QString addressee; // 主送机关 or the party, printed with a full-width colon after it
    QList<DocumentBlock> body;
    QString signer; // 发文机关署名 above the date
    QDate date; // 成文日期; DocumentStore::issue uses today when it is not set
    QString verificationCode; // printed under the QR code; set by DocumentStore::issue
    QString qrPayload; // what the QR code carries; no QR code when empty

    // Every text of the document, in reading order (for checks that look for unfilled fields).
    QStringList texts() const
    {
        QStringList all = {authorityHeader, number, title, addressee, signer};
        for (const auto& block : body)
            all << block.text;
        return all;
    }
};
