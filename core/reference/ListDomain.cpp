#include "ListDomain.h"

QString ListDomains::statusId(DomainStatus status)
{
    switch (status) {
    case DomainStatus::Draft:
        return QStringLiteral("draft");
    case DomainStatus::InForce:
        return QStringLiteral("in_force");
    case DomainStatus::Repealed:
        return QStringLiteral("repealed");
    }
    return {};
}

std::optional<DomainStatus> ListDomains::parseStatus(const QString& id)
{
    for (DomainStatus status : {DomainStatus::Draft, DomainStatus::InForce, DomainStatus::Repealed}) {
        if (statusId(status) == id)
            return status;
    }
    return std::nullopt;
}

QString ListDomains::statusName(DomainStatus status)
{
    switch (status) {
    case DomainStatus::Draft:
        return tr("draft");
    case DomainStatus::InForce:
        return tr("in force");
    case DomainStatus::Repealed:
        return tr("repealed");
    }
    return {};
}

QString ListDomains::conductCategoryName(int category)
{
    switch (category) {
    case 1:
        return QStringLiteral("严重危害人民群众身体健康和生命安全的行为");
    case 2:
        return QStringLiteral("严重破坏市场公平竞争秩序和社会正常秩序的行为");
    case 3:
        return QStringLiteral("拒不履行法定义务且严重影响司法机关和行政机关公信力的行为");
    case 4:
        return QStringLiteral("拒不履行国防义务的行为");
    default:
        return {};
    }
}
