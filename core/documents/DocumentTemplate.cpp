#include "DocumentTemplate.h"

#include <QRegularExpression>

namespace {
const QRegularExpression& fieldPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\s]{1,20})\\}"));
    return pattern;
}

QString substitute(const QString& text, const QHash<QString, QString>& values)
{
    QString result;
    qsizetype last = 0;
    auto matches = fieldPattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result += text.mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        result += value != values.constEnd() ? value.value() : match.captured(0);
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}
} // namespace

QList<TemplateField> DocumentTemplates::fields()
{
    return {
        {QStringLiteral("当事人名称"), tr("Name of the party")},
        {QStringLiteral("统一社会信用代码"), tr("Unified social credit code (or identity number) of the party")},
        {QStringLiteral("列入领域"), tr("The serious-dishonesty list, e.g. 安全生产严重失信主体名单")},
        {QStringLiteral("认定机关"), tr("Full name of the deciding authority")},
        {QStringLiteral("认定理由"), tr("Facts and reasons of the listing")},
        {QStringLiteral("认定依据"), tr("Legal basis of the listing")},
        {QStringLiteral("惩戒措施"), tr("Punishment measures, one a line, each with its basis")},
        {QStringLiteral("列入期限"), tr("Listing period")},
        {QStringLiteral("列入日期"), tr("Date from which the listing runs")},
        {QStringLiteral("移出条件"), tr("Conditions for removal from the list")},
        {QStringLiteral("陈述申辩期限"), tr("Period to state one's case or object, e.g. 5个工作日")},
        {QStringLiteral("陈述申辩情况"), tr("What the party stated and how the objection was verified")},
        {QStringLiteral("告知书文号"), tr("Number of the prior notice")},
        {QStringLiteral("告知日期"), tr("Date of the prior notice")},
        {QStringLiteral("认定决定文号"), tr("Number of the listing decision")},
        {QStringLiteral("认定日期"), tr("Date of the listing decision")},
        {QStringLiteral("移出日期"), tr("Date of removal from the list")},
        {QStringLiteral("移出理由"), tr("Why the party is removed")},
        {QStringLiteral("移出依据"), tr("Legal basis of the removal")},
        {QStringLiteral("复议机关"), tr("Authority that hears administrative reconsideration")},
        {QStringLiteral("管辖法院"), tr("Court with jurisdiction over administrative litigation")},
        {QStringLiteral("联系人"), tr("Contact officer")},
        {QStringLiteral("联系电话"), tr("Contact telephone")},
        {QStringLiteral("联系地址"), tr("Address of the office")},
        {numberField(), tr("Number of this document (given when it is issued)")},
        {QStringLiteral("日期"), tr("Date of this document")},
    };
}

bool DocumentTemplates::isField(const QString& name)
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const auto& field : fields())
            set.insert(field.name);
        return set;
    }();
    return names.contains(name);
}

QStringList DocumentTemplates::requiredFields(DocumentKind kind)
{
    return DocumentKinds::spec(kind).requiredFields;
}

QStringList DocumentTemplates::requiredPhrases(DocumentKind kind)
{
    return DocumentKinds::spec(kind).requiredPhrases;
}

QStringList DocumentTemplates::fieldsIn(const QString& text)
{
    QStringList names;
    auto matches = fieldPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Status DocumentTemplates::validate(const DocumentTemplate& documentTemplate)
{
    const QString name = DocumentKinds::officialName(documentTemplate.kind);
    if (documentTemplate.title.trimmed().isEmpty())
        return Error::invalid(tr("The template of the %1 has no title.").arg(name));
    if (blocks(documentTemplate.body).isEmpty())
        return Error::invalid(tr("The template of the %1 has no text.").arg(name));
    const QString all = documentTemplate.title + u'\n' + documentTemplate.addressee + u'\n' + documentTemplate.body;
    const QStringList used = fieldsIn(all);
    for (const auto& field : used) {
        if (!isField(field))
            return Error::invalid(
                tr("The template uses the unknown field {%1}. Use only the fields of the list.").arg(field));
    }
    QString stripped = all;
    stripped.remove(fieldPattern());
    if (stripped.contains(u'{') || stripped.contains(u'}'))
        return Error::invalid(tr("The template has a brace that does not belong to a field: write fields as "
                                 "{当事人名称}, without spaces."));
    for (const auto& field : requiredFields(documentTemplate.kind)) {
        if (!used.contains(field))
            return Error::invalid(tr("The template of the %1 must use the field {%2}.").arg(name, field));
    }
    for (const auto& phrase : requiredPhrases(documentTemplate.kind)) {
        if (!stripped.contains(phrase))
            return Error::invalid(tr("The template of the %1 must mention \"%2\".").arg(name, phrase));
    }
    return {};
}

QList<DocumentBlock> DocumentTemplates::blocks(const QString& body)
{
    QList<DocumentBlock> list;
    const auto lines = body.split(u'\n');
    for (const auto& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("## ")))
            list << DocumentBlock{DocumentBlock::Kind::Heading2, line.mid(3).trimmed()};
        else if (line.startsWith(QLatin1String("# ")))
            list << DocumentBlock{DocumentBlock::Kind::Heading1, line.mid(2).trimmed()};
        else
            list << DocumentBlock{DocumentBlock::Kind::Paragraph, line};
    }
    return list;
}

DocumentContent DocumentTemplates::fill(const DocumentTemplate& documentTemplate, const QHash<QString, QString>& values)
{
    DocumentContent content;
    content.kind = documentTemplate.kind;
    content.title = substitute(documentTemplate.title, values).simplified();
    content.addressee = substitute(documentTemplate.addressee, values).simplified();
    for (const auto& block : blocks(documentTemplate.body)) {
        // Values are filled after the markers are read, so a value can never turn itself into a heading.
        const auto lines = substitute(block.text, values).split(u'\n');
        bool first = true;
        for (const auto& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            content.body << DocumentBlock{first ? block.kind : DocumentBlock::Kind::Paragraph, line.trimmed()};
            first = false;
        }
    }
    return content;
}

QStringList DocumentTemplates::unfilledFields(const DocumentContent& content)
{
    QStringList unfilled;
    for (const auto& field : fieldsIn(content.texts().join(u'\n'))) {
        if (isField(field))
            unfilled << field;
    }
    return unfilled;
}

void DocumentTemplates::replaceField(DocumentContent& content, const QString& name, const QString& value)
{
    const QHash<QString, QString> values = {{name, value}};
    for (QString* text : {&content.authorityHeader, &content.title, &content.addressee, &content.signer})
        *text = substitute(*text, values);
    for (auto& block : content.body)
        block.text = substitute(block.text, values);
}
