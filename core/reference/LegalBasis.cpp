#include "LegalBasis.h"

QString LegalBasis::citation() const
{
    QString text = QStringLiteral("《%1》").arg(title);
    if (!docNumber.isEmpty())
        text += QStringLiteral("（%1）").arg(docNumber);
    if (!articles.isEmpty())
        text += articles;
    return text;
}

QList<BasisLevel> BasisLevels::all()
{
    return {BasisLevel::Law,
            BasisLevel::AdminRegulation,
            BasisLevel::DepartmentRule,
            BasisLevel::CentralPolicy,
            BasisLevel::LocalRegulation,
            BasisLevel::LocalGovernmentRule,
            BasisLevel::NormativeDocument};
}

QString BasisLevels::id(BasisLevel level)
{
    switch (level) {
    case BasisLevel::Law:
        return QStringLiteral("law");
    case BasisLevel::AdminRegulation:
        return QStringLiteral("admin_regulation");
    case BasisLevel::DepartmentRule:
        return QStringLiteral("department_rule");
    case BasisLevel::CentralPolicy:
        return QStringLiteral("central_policy");
    case BasisLevel::LocalRegulation:
        return QStringLiteral("local_regulation");
    case BasisLevel::LocalGovernmentRule:
        return QStringLiteral("local_government_rule");
    case BasisLevel::NormativeDocument:
        return QStringLiteral("normative_document");
    }
    return {};
}

std::optional<BasisLevel> BasisLevels::parse(const QString& text)
{
    for (BasisLevel level : all()) {
        if (id(level) == text)
            return level;
    }
    return std::nullopt;
}

QString BasisLevels::displayName(BasisLevel level)
{
    switch (level) {
    case BasisLevel::Law:
        return tr("law");
    case BasisLevel::AdminRegulation:
        return tr("administrative regulation");
    case BasisLevel::DepartmentRule:
        return tr("departmental rule");
    case BasisLevel::CentralPolicy:
        return tr("Party Central / State Council policy document");
    case BasisLevel::LocalRegulation:
        return tr("local regulation");
    case BasisLevel::LocalGovernmentRule:
        return tr("local government rule");
    case BasisLevel::NormativeDocument:
        return tr("normative document");
    }
    return {};
}
