#include "ReferenceChecklist.h"

#include <QCheckBox>
#include <QHBoxLayout>

ReferenceChecklist::ReferenceChecklist(const QString& objectName, QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(objectName);
    setMinimumHeight(100);
}

void ReferenceChecklist::addEntry(const QVariant& id, const QString& text, bool checked)
{
    auto* item = new QListWidgetItem(text, this);
    item->setData(Qt::UserRole, id);
    item->setToolTip(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ReferenceChecklist::setEntries(const QList<std::pair<QString, QString>>& entries, const QStringList& checked)
{
    clear();
    for (const auto& [id, text] : entries)
        addEntry(id, text, checked.contains(id));
}

QVariantList ReferenceChecklist::checkedValues() const
{
    QVariantList values;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            values << item(row)->data(Qt::UserRole);
    }
    return values;
}

QStringList ReferenceChecklist::checkedStrings() const
{
    QStringList values;
    for (const QVariant& value : checkedValues())
        values << value.toString();
    return values;
}

void ReferenceChecklist::setValueChecked(const QVariant& id, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole) == id)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

ReferenceCheckBoxRow::ReferenceCheckBoxRow(const QStringList& ids, const std::function<QString(const QString&)>& nameOf,
                                           const QString& prefix, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString& id : ids) {
        auto* box = new QCheckBox(nameOf(id), this);
        box->setObjectName(prefix + id);
        m_boxes.append({id, box});
        layout->addWidget(box);
    }
    layout->addStretch();
}

void ReferenceCheckBoxRow::setChecked(const QStringList& ids)
{
    for (const auto& [id, box] : std::as_const(m_boxes))
        box->setChecked(ids.contains(id));
}

QStringList ReferenceCheckBoxRow::checked() const
{
    QStringList ids;
    for (const auto& [id, box] : m_boxes) {
        if (box->isChecked())
            ids << id;
    }
    return ids;
}
