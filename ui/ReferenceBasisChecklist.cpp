#include "ReferenceBasisChecklist.h"

ReferenceBasisChecklist::ReferenceBasisChecklist(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("basisChecklist"));
    setMinimumHeight(120);
}

void ReferenceBasisChecklist::setBases(const QList<LegalBasis>& bases, const QList<qint64>& checked)
{
    clear();
    for (const auto& basis : bases) {
        QString text = QStringLiteral("%1 — %2").arg(basis.citation(), BasisLevels::displayName(basis.level));
        if (basis.inForceUntil.isValid())
            text += tr(" (in force until %1)").arg(basis.inForceUntil.toString(Qt::ISODate));
        auto* item = new QListWidgetItem(text, this);
        item->setData(Qt::UserRole, basis.id);
        item->setToolTip(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(basis.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> ReferenceBasisChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids << item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void ReferenceBasisChecklist::setChecked(qint64 id, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toLongLong() == id)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}
