#include "ReferenceBasisChecklist.h"

ReferenceBasisChecklist::ReferenceBasisChecklist(QWidget* parent)
    : ReferenceChecklist(QStringLiteral("basisChecklist"), parent)
{
    setMinimumHeight(120);
}

void ReferenceBasisChecklist::setBases(const QList<LegalBasis>& bases, const QList<qint64>& checked)
{
    clear();
    for (const auto& basis : bases) {
        QString text = QStringLiteral("%1 — %2").arg(basis.citation(), BasisLevels::displayName(basis.level));
        if (basis.inForceUntil.isValid())
            text += tr(" (in force until %1)").arg(basis.inForceUntil.toString(Qt::ISODate));
        addEntry(basis.id, text, checked.contains(basis.id));
    }
}

QList<qint64> ReferenceBasisChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (const QVariant& id : checkedValues())
        ids << id.toLongLong();
    return ids;
}
