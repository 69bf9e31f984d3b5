#include "RecordFields.h"

#include <QHash>

namespace {
struct FieldHeaders
{
    RecordField field;
    const char16_t* header;
    QList<const char16_t*> aliases;
};

// The standard's column names first, then the long forms of its 2021 template and the short forms
// departments use in their own spreadsheets.
const QList<FieldHeaders>& table()
{
    static const QList<FieldHeaders> rows = {
        {RecordField::SubjectName, u"行政相对人名称", {u"当事人名称", u"被处罚单位名称"}},
        {RecordField::SubjectKind, u"行政相对人类别", {u"当事人类别", u"相对人类别"}},
        {RecordField::Uscc,
         u"统一社会信用代码",
         {u"行政相对人代码_1(统一社会信用代码)", u"行政相对人代码-1(统一社会信用代码)",
          u"行政相对人代码1(统一社会信用代码)", u"相对人统一社会信用代码"}},
        {RecordField::LegalRepresentative, u"法定代表人", {u"法定代表人(负责人)", u"法定代表人姓名"}},
        {RecordField::IdType, u"证件类型", {u"行政相对人证件类型"}},
        {RecordField::IdNumber, u"证件号码", {u"行政相对人证件号码", u"身份证号码", u"公民身份号码"}},
        {RecordField::DecisionNumber, u"行政处罚决定书文号", {u"处罚决定书文号", u"决定书文号", u"处罚文号"}},
        {RecordField::ViolationType, u"违法行为类型", {}},
        {RecordField::Facts, u"违法事实", {u"主要违法事实"}},
        {RecordField::Basis, u"处罚依据", {}},
        {RecordField::PenaltyKind, u"处罚类别", {u"处罚种类"}},
        {RecordField::Content, u"处罚内容", {u"处罚结果"}},
        {RecordField::Amount, u"罚款金额(万元)", {u"罚款金额"}},
        {RecordField::DecisionDate, u"处罚决定日期", {u"决定日期", u"处罚日期"}},
        {RecordField::PublishUntil, u"公示截止期", {u"公示截止日期"}},
        {RecordField::Authority, u"处罚机关", {u"处罚机关名称", u"作出处罚决定机关"}},
        {RecordField::Tier, u"失信程度", {u"失信严重程度", u"严重程度"}},
        {RecordField::Note, u"备注", {}},
    };
    return rows;
}

const QHash<QString, RecordField>& byKey()
{
    static const QHash<QString, RecordField> keys = [] {
        QHash<QString, RecordField> map;
        for (const auto& row : table()) {
            map.insert(RecordFields::headerKey(QString::fromUtf16(row.header)), row.field);
            for (const auto* alias : row.aliases)
                map.insert(RecordFields::headerKey(QString::fromUtf16(alias)), row.field);
        }
        return map;
    }();
    return keys;
}
} // namespace

QList<RecordField> RecordFields::all()
{
    QList<RecordField> fields;
    for (const auto& row : table())
        fields << row.field;
    return fields;
}

QList<RecordField> RecordFields::required()
{
    return {RecordField::SubjectName,  RecordField::SubjectKind, RecordField::DecisionNumber,
            RecordField::Facts,        RecordField::Basis,       RecordField::Content,
            RecordField::DecisionDate, RecordField::Authority,   RecordField::Tier};
}

QString RecordFields::header(RecordField field)
{
    for (const auto& row : table()) {
        if (row.field == field)
            return field == RecordField::Amount ? QStringLiteral("罚款金额（万元）") : QString::fromUtf16(row.header);
    }
    return {};
}

QString RecordFields::headerKey(const QString& header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000 || u == 0xFEFF || u == 0x200B || u == u'*' || u == 0xFF0A)
            continue;
        if (u == 0xFF08)
            key += u'(';
        else if (u == 0xFF09)
            key += u')';
        else if (u == 0xFF3F)
            key += u'_';
        else
            key += c;
    }
    return key;
}

std::optional<RecordField> RecordFields::fromHeader(const QString& header)
{
    const auto found = byKey().constFind(headerKey(header));
    if (found == byKey().constEnd())
        return std::nullopt;
    return *found;
}

QString RecordFields::displayName(RecordField field)
{
    switch (field) {
    case RecordField::SubjectName:
        return tr("Subject name");
    case RecordField::SubjectKind:
        return tr("Kind of subject");
    case RecordField::Uscc:
        return tr("Unified social credit code");
    case RecordField::LegalRepresentative:
        return tr("Legal representative");
    case RecordField::IdType:
        return tr("Certificate type");
    case RecordField::IdNumber:
        return tr("Certificate number");
    case RecordField::DecisionNumber:
        return tr("Decision number");
    case RecordField::ViolationType:
        return tr("Type of violation");
    case RecordField::Facts:
        return tr("Facts");
    case RecordField::Basis:
        return tr("Basis");
    case RecordField::PenaltyKind:
        return tr("Kind of penalty");
    case RecordField::Content:
        return tr("Content of the penalty");
    case RecordField::Amount:
        return tr("Fine (10,000 yuan)");
    case RecordField::DecisionDate:
        return tr("Decision date");
    case RecordField::PublishUntil:
        return tr("Publication ends");
    case RecordField::Authority:
        return tr("Deciding authority");
    case RecordField::Tier:
        return tr("Tier");
    case RecordField::Note:
        return tr("Note");
    }
    return {};
}
