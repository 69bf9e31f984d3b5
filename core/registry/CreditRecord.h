#pragma once

#include <QDate>
#include <QString>
#include <optional>

// One credit record (信用记录): one fact a department decided about one subject, collected under the
// catalog item version in force at the time, published over the window the rule profile in force on
// the decision date gives.
struct CreditRecord
{
    qint64 id = 0;
    qint64 subjectId = 0;
    qint64 catalogItemId = 0; // the catalog_items row (the version), not the item key
    qint64 sourceDepartmentId = 0;
    QString decisionNumber; // 行政处罚决定书文号
    QString authority; // 处罚机关
    QString facts; // 违法事实
    QString basis; // 处罚依据
    QString content; // 处罚内容
    QString violationType;
    QString penaltyKind;
    std::optional<qint64> amountFen; // 罚款金额, in 分
    QString tier; // minor, general, serious
    QDate decisionDate;
    qint64 ruleProfileId = 0;
    QDate repairableFrom;
    QDate publishUntil;
    QString status = QStringLiteral("publishing"); // RecordTerms::statuses()
    QString note;
    qint64 importId = 0;
    QString createdBy;
    QString createdAt;
    int version = 1;
};
