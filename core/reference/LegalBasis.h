#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// The level of a legal basis (依据) in the hierarchy of Chinese norms. Which levels may found a list
// domain or a measure is decided by BasisGuard.
enum class BasisLevel
{
    Law, // 法律 (judicial interpretations of the Supreme People's Court are filed here too, see the seed)
    AdminRegulation, // 行政法规
    DepartmentRule, // 部门规章
    CentralPolicy, // 党中央、国务院政策文件
    LocalRegulation, // 地方性法规
    LocalGovernmentRule, // 地方政府规章
    NormativeDocument // 规范性文件
};

struct LegalBasis
{
    qint64 id = 0;
    QString code; // stable short key, e.g. "civil_procedure_law"
    QString title; // 《...》 without the brackets
    QString docNumber; // 文号, e.g. 国办发〔2020〕49号
    QString articles; // 第266条
    BasisLevel level = BasisLevel::Law;
    QString issuer;
    QDate inForceFrom;
    QDate inForceUntil; // invalid: open-ended; a repealed basis has its last day here
    QString note;
    int version = 1;

    bool inForceOn(QDate date) const
    {
        return inForceFrom.isValid() && inForceFrom <= date && (!inForceUntil.isValid() || date <= inForceUntil);
    }
    // 《title》docNumber articles, for messages and documents.
    QString citation() const;
};

class BasisLevels
{
    Q_DECLARE_TR_FUNCTIONS(BasisLevels)

public:
    static QList<BasisLevel> all();
    static QString id(BasisLevel level); // "law", "admin_regulation", ...
    static std::optional<BasisLevel> parse(const QString& id);
    static QString displayName(BasisLevel level); // translated
};
