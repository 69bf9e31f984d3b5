#include "BasisGuard.h"

#include <algorithm>

namespace {
QString subjectName(GuardSubject subject)
{
    return subject == GuardSubject::ListDomain ? BasisGuard::tr("The list domain") : BasisGuard::tr("The measure");
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Why a basis that is cited does not count on the given day, or nothing when it does count.
QString whyNotInForce(const LegalBasis& basis, QDate date)
{
    if (basis.inForceOn(date))
        return {};
    if (basis.inForceUntil.isValid() && basis.inForceUntil < date)
        return BasisGuard::tr("%1 is no longer in force on %2 (its last day was %3)")
            .arg(basis.citation(), day(date), day(basis.inForceUntil));
    return BasisGuard::tr("%1 is not yet in force on %2 (it takes effect on %3)")
        .arg(basis.citation(), day(date), day(basis.inForceFrom));
}
} // namespace

bool BasisGuard::levelAllowed(GuardSubject subject, Scope scope, BasisLevel level)
{
    if (scope == Scope::Local)
        return level == BasisLevel::LocalRegulation;
    switch (level) {
    case BasisLevel::Law:
    case BasisLevel::AdminRegulation:
    case BasisLevel::CentralPolicy:
        return true;
    case BasisLevel::DepartmentRule:
        return subject == GuardSubject::ListDomain;
    default:
        return false;
    }
}

Status BasisGuard::check(GuardSubject subject, Scope scope, QDate effective, const QList<LegalBasis>& bases)
{
    const QString what = subjectName(subject);
    if (!effective.isValid())
        return Error::invalid(tr("%1 needs the date on which it takes effect.").arg(what));
    if (bases.isEmpty())
        return Error::invalid(
            tr("%1 cites no legal basis. Every list domain and measure must cite its legal basis directly "
               "(国办发〔2020〕49号).")
                .arg(what));
    const bool onlyNormative = std::all_of(bases.cbegin(), bases.cend(), [](const LegalBasis& basis) {
        return basis.level == BasisLevel::NormativeDocument;
    });
    if (onlyNormative)
        return Error::invalid(tr("%1 rests only on a normative document (%2): a normative document alone is never "
                                 "a sufficient basis.")
                                  .arg(what, bases.first().citation()));

    QStringList reasons;
    for (const auto& basis : bases) {
        if (!levelAllowed(subject, scope, basis.level))
            continue;
        const QString notInForce = whyNotInForce(basis, effective);
        if (notInForce.isEmpty())
            return {};
        reasons << notInForce;
    }
    QStringList cited;
    for (const auto& basis : bases)
        cited << tr("%1 is a %2").arg(basis.citation(), BasisLevels::displayName(basis.level));
    if (scope == Scope::Local) {
        if (reasons.isEmpty())
            return Error::invalid(tr("%1 is a local addition and needs a local regulation (地方性法规) among its "
                                     "bases; %2.")
                                      .arg(what, cited.join(QStringLiteral("; "))));
        return Error::invalid(tr("%1 is a local addition and needs a local regulation in force when it takes effect: "
                                 "%2.")
                                  .arg(what, reasons.join(QStringLiteral("; "))));
    }
    if (reasons.isEmpty()) {
        const QString allowed = subject == GuardSubject::ListDomain
            ? tr("a law, an administrative regulation, a Party Central / State Council policy document or a "
                 "departmental rule")
            : tr("a law, an administrative regulation or a Party Central / State Council policy document");
        return Error::invalid(
            tr("%1 must rest on %2 (national scope); %3.").arg(what, allowed, cited.join(QStringLiteral("; "))));
    }
    return Error::invalid(
        tr("%1 has no basis in force on %2: %3.").arg(what, day(effective), reasons.join(QStringLiteral("; "))));
}
