#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The columns of the national administrative-penalty data standard (行政处罚信息数据标准) that a
// credit record is read from, and the fields an officer fills in the record form. The Chinese header
// names are the file format, not interface text: they are matched, never translated.
enum class RecordField
{
    SubjectName, // 行政相对人名称
    SubjectKind, // 行政相对人类别
    Uscc, // 统一社会信用代码
    LegalRepresentative, // 法定代表人
    IdType, // 证件类型
    IdNumber, // 证件号码
    DecisionNumber, // 行政处罚决定书文号
    ViolationType, // 违法行为类型
    Facts, // 违法事实
    Basis, // 处罚依据
    PenaltyKind, // 处罚类别
    Content, // 处罚内容
    Amount, // 罚款金额（万元）
    DecisionDate, // 处罚决定日期
    PublishUntil, // 公示截止期
    Authority, // 处罚机关
    Tier, // 失信程度
    Note, // 备注
};

class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(RecordFields)

public:
    static QList<RecordField> all();
    // Required in every row of a file.
    static QList<RecordField> required();
    // The standard's header for the field, as the report names a missing column.
    static QString header(RecordField field);
    // The field a header names, after trimming blanks and required-markers (*) and folding full-width
    // brackets; the standard's long aliases (行政相对人代码_1(统一社会信用代码)) are known too.
    static std::optional<RecordField> fromHeader(const QString& header);
    // The same header as fromHeader() compares it.
    static QString headerKey(const QString& header);
    // The field's name on the record form, translated.
    static QString displayName(RecordField field);
};
