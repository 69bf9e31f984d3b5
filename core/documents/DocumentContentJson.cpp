#include "DocumentContentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace {
// Stable ids of the block kinds, as for DocumentKinds::id: the enum's order is free to change.
struct BlockKindRow
{
    DocumentBlock::Kind kind;
    QLatin1String id;
};
constexpr BlockKindRow kBlockKinds[] = {
    {DocumentBlock::Kind::Paragraph, QLatin1String("paragraph")},
    {DocumentBlock::Kind::Heading1, QLatin1String("heading1")},
    {DocumentBlock::Kind::Heading2, QLatin1String("heading2")},
};

QString blockKindId(DocumentBlock::Kind kind)
{
    for (const auto& row : kBlockKinds) {
        if (row.kind == kind)
            return row.id;
    }
    return kBlockKinds[0].id;
}

std::optional<DocumentBlock::Kind> blockKind(const QString& id)
{
    for (const auto& row : kBlockKinds) {
        if (id == row.id)
            return row.kind;
    }
    return std::nullopt;
}
} // namespace

QByteArray DocumentContentJson::toJson(const DocumentContent& content)
{
    QJsonArray body;
    for (const auto& block : content.body)
        body.append(
            QJsonObject{{QStringLiteral("kind"), blockKindId(block.kind)}, {QStringLiteral("text"), block.text}});
    const QJsonObject object{
        {QStringLiteral("kind"), DocumentKinds::id(content.kind)},
        {QStringLiteral("authorityHeader"), content.authorityHeader},
        {QStringLiteral("number"), content.number},
        {QStringLiteral("title"), content.title},
        {QStringLiteral("addressee"), content.addressee},
        {QStringLiteral("body"), body},
        {QStringLiteral("signer"), content.signer},
        {QStringLiteral("date"), content.date.toString(Qt::ISODate)},
        {QStringLiteral("verificationCode"), content.verificationCode},
        {QStringLiteral("qrPayload"), content.qrPayload},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<DocumentContent> DocumentContentJson::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error::invalid(tr("The stored text of the document cannot be read."), parseError.errorString());
    const QJsonObject object = document.object();
    const auto text = [&object](const char* key) {
        return object.value(QLatin1String(key)).toString();
    };
    const auto kind = DocumentKinds::parse(text("kind"));
    if (!kind)
        return Error::invalid(tr("The stored text of the document names an unknown kind of document."), text("kind"));
    DocumentContent content;
    content.kind = *kind;
    content.authorityHeader = text("authorityHeader");
    content.number = text("number");
    content.title = text("title");
    content.addressee = text("addressee");
    content.signer = text("signer");
    content.date = QDate::fromString(text("date"), Qt::ISODate);
    content.verificationCode = text("verificationCode");
    content.qrPayload = text("qrPayload");
    for (const auto& entry : object.value(QLatin1String("body")).toArray()) {
        const QJsonObject block = entry.toObject();
        const auto blockKindOf = blockKind(block.value(QLatin1String("kind")).toString());
        if (!blockKindOf)
            return Error::invalid(tr("The stored text of the document has a block of an unknown kind."),
                                  block.value(QLatin1String("kind")).toString());
        content.body << DocumentBlock{*blockKindOf, block.value(QLatin1String("text")).toString()};
    }
    return content;
}
