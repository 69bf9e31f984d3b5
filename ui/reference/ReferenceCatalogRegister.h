#pragma once

#include "ReferenceRegister.h"
#include "reference/CatalogItem.h"

#include <QHash>
#include <memory>

class ReferenceBasesRegister;
class ReferenceHistoryDialog;

// The public credit information catalog (公共信用信息目录), versioned item by item.
class ReferenceCatalogRegister : public ReferenceRegister
{
    Q_OBJECT

public:
    ReferenceCatalogRegister(Session& session, bool editor, const ReferenceBasesRegister& bases, QWidget* parent);
    static QString title();
    void load() override;
    const QList<CatalogItem>& items() const { return m_items; }
    // The version history of an item, as History… opens it.
    std::unique_ptr<ReferenceHistoryDialog> catalogHistoryDialog(const QString& itemKey);

private:
    QString catalogDetail(int row) const;
    void editCatalogItem(int row); // -1 adds one
    void abolishCatalogItem(int row);

    const ReferenceBasesRegister& m_bases;
    QList<CatalogItem> m_items;
    QHash<int, QString> m_catalogClasses;
};
