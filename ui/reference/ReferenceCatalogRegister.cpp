#include "ReferenceCatalogRegister.h"

#include "Clock.h"
#include "ReferenceBasesRegister.h"
#include "ReferenceCatalogItemDialog.h"
#include "ReferenceHistoryDialog.h"
#include "reference/CatalogStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace ReferenceText;

QString ReferenceCatalogRegister::title()
{
    return tr("Catalog");
}

ReferenceCatalogRegister::ReferenceCatalogRegister(Session& session, bool editor, const ReferenceBasesRegister& bases,
                                                   QWidget* parent)
    : ReferenceRegister(session, editor, QStringLiteral("catalog"),
                        {tr("Key"), tr("Version"), tr("Class"), tr("Name"), tr("Subjects"), tr("Disclosure"),
                         tr("Scope"), tr("In force from"), tr("In force until"), tr("Status")},
                        parent)
    , m_bases(bases)
{
    setDetailProvider([this](int row) { return catalogDetail(row); });
    addVersionedButtons(
        QStringLiteral("catalog"),
        [this](int row) { return row >= 0 && m_items.at(row).status == ItemStatus::InForce; },
        [this](int row) { catalogHistoryDialog(m_items.at(row).itemKey)->exec(); },
        [this](int row) { editCatalogItem(row); }, [this](int row) { abolishCatalogItem(row); });
}

void ReferenceCatalogRegister::load()
{
    CatalogStore store(*m_session.db);
    auto classes = store.classes();
    auto items = store.list();
    if (!classes || !items)
        return showError(!classes ? classes.error() : items.error());
    m_catalogClasses.clear();
    for (const auto& c : std::as_const(*classes))
        m_catalogClasses.insert(c.classNo, c.name);
    m_items = *items;
    fill(
        this, m_items,
        [this](const CatalogItem& item) {
            return QStringList{item.itemKey,
                               QString::number(item.versionNo),
                               QStringLiteral("%1 %2").arg(item.classNo).arg(m_catalogClasses.value(item.classNo)),
                               item.name,
                               subjects(item.subjectKinds),
                               ReferenceTerms::disclosureName(item.disclosure),
                               ReferenceTerms::scopeName(item.scope),
                               day(item.effectiveFrom),
                               day(item.effectiveUntil),
                               itemStatusName(item.status)};
        },
        [](const CatalogItem& item) { return item.status != ItemStatus::InForce; });
}

QString ReferenceCatalogRegister::catalogDetail(int row) const
{
    const CatalogItem& item = m_items.at(row);
    using ReferenceHtml::row;
    return ReferenceHtml::table(
        QStringLiteral("%1 %2").arg(item.itemKey, item.name),
        {row(tr("Version:"),
             tr("%1, in force %2 to %3")
                 .arg(item.versionNo)
                 .arg(day(item.effectiveFrom), openEnd(item.effectiveUntil))),
         row(tr("Class:"), QStringLiteral("%1 %2").arg(item.classNo).arg(m_catalogClasses.value(item.classNo))),
         row(tr("Conduct or fact recorded:"), item.conduct),
         row(tr("Subjects concerned:"), subjects(item.subjectKinds)),
         row(tr("Disclosure:"), ReferenceTerms::disclosureName(item.disclosure)),
         row(tr("Sharing scope:"), item.sharingScope), row(tr("Source department:"), item.sourceDepartment),
         row(tr("Collection channel:"), item.channel), row(tr("Update frequency:"), item.updateFrequency),
         row(tr("Disclosure period:"), item.disclosurePeriod), row(tr("Scope:"), ReferenceTerms::scopeName(item.scope)),
         row(tr("Status:"), itemStatusName(item.status)), row(tr("Legal bases:"), m_bases.basesText(item.basisIds))});
}

std::unique_ptr<ReferenceHistoryDialog> ReferenceCatalogRegister::catalogHistoryDialog(const QString& itemKey)
{
    CatalogStore store(*m_session.db);
    auto history = store.history(itemKey);
    QList<QStringList> rows;
    if (history) {
        for (const auto& v : std::as_const(*history))
            rows << QStringList{QString::number(v.versionNo),
                                day(v.effectiveFrom),
                                openEnd(v.effectiveUntil),
                                itemStatusName(v.status),
                                v.name,
                                ReferenceTerms::disclosureName(v.disclosure),
                                QString::number(v.id)};
    }
    auto versionOn = [db = m_session.db, itemKey](QDate date) {
        auto version = CatalogStore(*db).versionOn(itemKey, date);
        if (!version)
            return version.error().message;
        return tr("Version %1 (record id %2): %3").arg(version->versionNo).arg(version->id).arg(version->name);
    };
    auto dialog = std::make_unique<ReferenceHistoryDialog>(tr("Versions of catalog item %1").arg(itemKey),
                                                           QStringList{tr("Version"), tr("In force from"),
                                                                       tr("In force until"), tr("Status"), tr("Name"),
                                                                       tr("Disclosure"), tr("Record id")},
                                                           rows, versionOn, this);
    if (!history)
        dialog->versionOnLabel()->setText(history.error().message);
    return dialog;
}

void ReferenceCatalogRegister::editCatalogItem(int row)
{
    CatalogItem item;
    if (row >= 0) {
        item = m_items.at(row);
    } else {
        // Local supplementary items are what an office adds; the national catalog comes with the seed.
        item.scope = Scope::Local;
        item.subjectKinds = ReferenceTerms::subjectKinds().mid(0, 1);
    }
    ReferenceCatalogItemDialog dialog(m_session, item, this);
    const int result = dialog.exec();
    finishDialog(result, dialog.saved().itemKey);
}

void ReferenceCatalogRegister::abolishCatalogItem(int row)
{
    const CatalogItem item = m_items.at(row);
    runDateOperation(tr("Abolish catalog item"),
                     tr("%1 %2 is not deleted: its current version ends the day before the date below and is marked "
                        "abolished. Records collected under it keep it.")
                         .arg(item.itemKey, item.name),
                     tr("No longer in force from:"), Clock::currentDate().addDays(1), [&](QDate from) {
                         return statusOf(
                             CatalogStore(*m_session.db).abolish(m_session.actor, item.id, item.version, from));
                     });
}
