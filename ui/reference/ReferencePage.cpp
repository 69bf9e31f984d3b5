#include "ReferencePage.h"

#include "Clock.h"
#include "ReferenceBasisDialog.h"
#include "ReferenceCatalogItemDialog.h"
#include "ReferenceCleanupDialog.h"
#include "ReferenceDateDialog.h"
#include "ReferenceDomainDialog.h"
#include "ReferenceHistoryDialog.h"
#include "ReferenceListTab.h"
#include "ReferenceMeasureDialog.h"
#include "ReferenceProfileDialog.h"
#include "ReferenceTableModel.h"
#include "reference/CatalogStore.h"
#include "reference/CleanupStore.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "reference/MeasureStore.h"
#include "reference/ReferenceAccess.h"
#include "rules/RuleProfileStore.h"
#include "widgets/MessageBoxes.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString subjects(const QStringList& kinds)
{
    QStringList names;
    for (const QString& kind : kinds)
        names << ReferenceTerms::subjectKindName(kind);
    return names.join(QStringLiteral("、"));
}

QString itemStatusName(ItemStatus status)
{
    return status == ItemStatus::InForce ? ReferencePage::tr("in force") : ReferencePage::tr("abolished");
}

QString openEnd(QDate date)
{
    return date.isValid() ? day(date) : ReferencePage::tr("open-ended");
}

QString provisions(const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids)
        names << CleanupDocuments::provisionName(id);
    return names.join(QStringLiteral(", "));
}

template <typename T> Status statusOf(const Result<T>& result)
{
    return result ? Status() : Status(result.error());
}

// Fills a tab from the page's list: one row of cells per value, greyed where `inactive` says so.
template <typename T, typename Cells, typename Inactive>
void fill(ReferenceListTab* tab, const QList<T>& values, Cells cells, Inactive inactive)
{
    QList<QStringList> rows;
    QList<int> grey;
    for (const T& value : values) {
        if (inactive(value))
            grey << int(rows.size());
        rows << cells(value);
    }
    tab->model()->setInactiveRows(grey);
    tab->model()->setRows(rows);
}

const auto always = [](int) {
    return true;
};
const auto anyRow = [](int row) {
    return row >= 0;
};
} // namespace

ReferencePage::ReferencePage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("ReferencePage"));
    m_tabs->setObjectName(QStringLiteral("referenceTabs"));
    m_editor = bool(requireReferenceEditor(*m_session.db, m_session.actor));
    buildBasesTab();
    buildCatalogTab();
    buildMeasuresTab();
    buildDomainsTab();
    buildProfilesTab();
    buildCleanupTab();

    auto* layout = new QVBoxLayout(this);
    if (!m_editor) {
        auto* readOnly = new QLabel(
            tr("Read only: the reference data is maintained by the approvers of the credit office."), this);
        readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
        layout->addWidget(readOnly);
    }
    layout->addWidget(m_tabs);
    updateButtons();
}

void ReferencePage::refresh()
{
    // A few hundred rows in all: read on the GUI thread.
    loadBases();
    loadCatalog();
    loadMeasures();
    loadDomains();
    loadProfiles();
    loadCleanup();
    updateButtons();
}

void ReferencePage::showError(const Error& error)
{
    MessageBoxes::warning(this, tr("Catalog and lists"), error.message);
}

ReferenceListTab* ReferencePage::addListTab(const QString& name, const QString& title, const QStringList& headers,
                                            std::function<QString(int)> detail)
{
    auto* tab = new ReferenceListTab(name, headers, m_tabs);
    tab->setDetailProvider(std::move(detail));
    connect(tab, &ReferenceListTab::selectionChanged, this, &ReferencePage::updateButtons);
    m_tabs->addTab(tab, title);
    return tab;
}

QPushButton* ReferencePage::addButton(ReferenceListTab* tab, const QString& text, const QString& objectName,
                                      Access access, std::function<bool(int)> allowed, std::function<void(int)> run)
{
    QPushButton* button = tab->addButton(text, objectName);
    button->setVisible(access == Access::Everyone || m_editor);
    connect(button, &QPushButton::clicked, this, [tab, run = std::move(run)] { run(tab->selectedRow()); });
    m_buttons.append({tab, button, access, std::move(allowed)});
    return button;
}

void ReferencePage::addVersionedButtons(ReferenceListTab* tab, const QString& name, std::function<bool(int)> inForce,
                                        std::function<void(int)> history, std::function<void(int)> edit,
                                        std::function<void(int)> abolish)
{
    const QString capital = name.left(1).toUpper() + name.mid(1);
    addButton(tab, tr("History…"), name + QStringLiteral("HistoryButton"), Access::Everyone, anyRow,
              std::move(history));
    addButton(tab, tr("Add…"), QStringLiteral("add%1Button").arg(capital), Access::Editors, always,
              [edit](int) { edit(-1); });
    auto* editButton
        = addButton(tab, tr("Edit…"), QStringLiteral("edit%1Button").arg(capital), Access::Editors, inForce, edit);
    addButton(tab, tr("Abolish…"), QStringLiteral("abolish%1Button").arg(capital), Access::Editors, inForce,
              std::move(abolish));
    openOnDoubleClick(tab, editButton);
}

void ReferencePage::openOnDoubleClick(ReferenceListTab* tab, QPushButton* button)
{
    connect(tab->table(), &QAbstractItemView::doubleClicked, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
}

void ReferencePage::updateButtons()
{
    for (const TabButton& b : std::as_const(m_buttons))
        b.button->setEnabled((b.access == Access::Everyone || m_editor) && b.allowed(b.tab->selectedRow()));
}

void ReferencePage::finishDialog(int result, ReferenceListTab* tab, const QString& savedKey)
{
    // Reload even when cancelled: a dialog closes itself on a conflict after saying so.
    refresh();
    if (result != QDialog::Accepted)
        return;
    if (tab && !savedKey.isEmpty())
        tab->selectKey(savedKey);
    emit dataChanged();
}

void ReferencePage::runDateOperation(const QString& title, const QString& explanation, const QString& dateLabel,
                                     QDate initial, const std::function<Status(QDate)>& operation)
{
    ReferenceDateDialog dialog(title, explanation, dateLabel, initial, operation, this);
    finishDialog(dialog.exec());
}

QString ReferencePage::basesText(const QList<qint64>& ids) const
{
    QStringList lines;
    for (qint64 id : ids) {
        const auto it = m_basisById.constFind(id);
        lines << (it == m_basisById.cend()
                      ? tr("basis #%1").arg(id)
                      : QStringLiteral("%1 (%2)").arg(it->citation(), BasisLevels::displayName(it->level)));
    }
    return lines.join(u'\n');
}

// --- Legal bases -------------------------------------------------------------------------------

void ReferencePage::buildBasesTab()
{
    m_basesTab = addListTab(QStringLiteral("bases"), tr("Legal bases"),
                            {tr("Title"), tr("Document number"), tr("Articles"), tr("Level"), tr("Issuer"),
                             tr("In force from"), tr("In force until")},
                            [this](int row) { return basisDetail(row); });
    addButton(m_basesTab, tr("Add…"), QStringLiteral("addBasisButton"), Access::Editors, always,
              [this](int) { editBasis(-1); });
    auto* edit = addButton(m_basesTab, tr("Edit…"), QStringLiteral("editBasisButton"), Access::Editors, anyRow,
                           [this](int row) { editBasis(row); });
    addButton(
        m_basesTab, tr("Repeal…"), QStringLiteral("repealBasisButton"), Access::Editors,
        [this](int row) { return row >= 0 && !m_bases.at(row).inForceUntil.isValid(); },
        [this](int row) { repealBasis(row); });
    openOnDoubleClick(m_basesTab, edit);
}

void ReferencePage::loadBases()
{
    auto bases = LegalBasisStore(*m_session.db).list();
    if (!bases)
        return showError(bases.error());
    m_bases = *bases;
    m_basisById.clear();
    for (const auto& b : std::as_const(m_bases))
        m_basisById.insert(b.id, b);
    fill(
        m_basesTab, m_bases,
        [](const LegalBasis& b) {
            return QStringList{b.title,  b.docNumber,        b.articles,         BasisLevels::displayName(b.level),
                               b.issuer, day(b.inForceFrom), day(b.inForceUntil)};
        },
        [](const LegalBasis& b) { return !b.inForceOn(Clock::currentDate()); });
}

QString ReferencePage::basisDetail(int row) const
{
    const LegalBasis& b = m_bases.at(row);
    return ReferenceHtml::table(
        b.citation(),
        {ReferenceHtml::row(tr("Title:"), b.title), ReferenceHtml::row(tr("Document number:"), b.docNumber),
         ReferenceHtml::row(tr("Articles:"), b.articles),
         ReferenceHtml::row(tr("Level:"), BasisLevels::displayName(b.level)),
         ReferenceHtml::row(tr("Issuer:"), b.issuer),
         ReferenceHtml::row(tr("In force:"), tr("%1 to %2").arg(day(b.inForceFrom), openEnd(b.inForceUntil))),
         ReferenceHtml::row(tr("Note:"), b.note)});
}

void ReferencePage::editBasis(int row)
{
    ReferenceBasisDialog dialog(m_session, row >= 0 ? m_bases.at(row) : LegalBasis(), this);
    const int result = dialog.exec();
    finishDialog(result, m_basesTab, dialog.saved().title);
}

void ReferencePage::repealBasis(int row)
{
    const LegalBasis basis = m_bases.at(row);
    runDateOperation(
        tr("Repeal legal basis"),
        tr("%1 stays on record for what already cites it, but from the day after the last day below it no longer "
           "founds a list domain or measure.")
            .arg(basis.citation()),
        tr("Last day in force:"), Clock::currentDate(), [&](QDate lastDay) {
            return statusOf(LegalBasisStore(*m_session.db).repeal(m_session.actor, basis.id, basis.version, lastDay));
        });
}

// --- Catalog -----------------------------------------------------------------------------------

void ReferencePage::buildCatalogTab()
{
    m_catalogTab = addListTab(QStringLiteral("catalog"), tr("Catalog"),
                              {tr("Key"), tr("Version"), tr("Class"), tr("Name"), tr("Subjects"), tr("Disclosure"),
                               tr("Scope"), tr("In force from"), tr("In force until"), tr("Status")},
                              [this](int row) { return catalogDetail(row); });
    addVersionedButtons(
        m_catalogTab, QStringLiteral("catalog"),
        [this](int row) { return row >= 0 && m_items.at(row).status == ItemStatus::InForce; },
        [this](int row) { catalogHistoryDialog(m_items.at(row).itemKey)->exec(); },
        [this](int row) { editCatalogItem(row); }, [this](int row) { abolishCatalogItem(row); });
}

void ReferencePage::loadCatalog()
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
        m_catalogTab, m_items,
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

QString ReferencePage::catalogDetail(int row) const
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
         row(tr("Status:"), itemStatusName(item.status)), row(tr("Legal bases:"), basesText(item.basisIds))});
}

std::unique_ptr<ReferenceHistoryDialog> ReferencePage::catalogHistoryDialog(const QString& itemKey)
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

void ReferencePage::editCatalogItem(int row)
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
    finishDialog(result, m_catalogTab, dialog.saved().itemKey);
}

void ReferencePage::abolishCatalogItem(int row)
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

// --- Measures ----------------------------------------------------------------------------------

void ReferencePage::buildMeasuresTab()
{
    m_measuresTab
        = addListTab(QStringLiteral("measures"), tr("Measures"),
                     {tr("Key"), tr("Version"), tr("Class"), tr("Name"), tr("Implementing department"), tr("Subjects"),
                      tr("Follows from"), tr("Scope"), tr("In force from"), tr("In force until"), tr("Status")},
                     [this](int row) { return measureDetail(row); });
    addVersionedButtons(
        m_measuresTab, QStringLiteral("measure"),
        [this](int row) { return row >= 0 && m_measures.at(row).status == ItemStatus::InForce; },
        [this](int row) { measureHistoryDialog(m_measures.at(row).measureKey)->exec(); },
        [this](int row) { editMeasure(row); }, [this](int row) { abolishMeasure(row); });
}

void ReferencePage::loadMeasures()
{
    MeasureStore store(*m_session.db);
    auto classes = store.classes();
    auto measures = store.list();
    if (!classes || !measures)
        return showError(!classes ? classes.error() : measures.error());
    m_measureClasses.clear();
    for (const auto& c : std::as_const(*classes))
        m_measureClasses.insert(c.classNo, c.name);
    m_measures = *measures;
    fill(
        m_measuresTab, m_measures,
        [this](const Measure& m) {
            return QStringList{m.measureKey,
                               QString::number(m.versionNo),
                               QStringLiteral("%1 %2").arg(m.classNo).arg(m_measureClasses.value(m.classNo)),
                               m.name,
                               m.implementingDepartment,
                               subjects(m.subjectKinds),
                               (m.followsListDomains + m.followsRecordKinds).join(QStringLiteral(", ")),
                               ReferenceTerms::scopeName(m.scope),
                               day(m.effectiveFrom),
                               day(m.effectiveUntil),
                               itemStatusName(m.status)};
        },
        [](const Measure& m) { return m.status != ItemStatus::InForce; });
}

QString ReferencePage::measureDetail(int index) const
{
    const Measure& m = m_measures.at(index);
    using ReferenceHtml::row;
    return ReferenceHtml::table(
        QStringLiteral("%1 %2").arg(m.measureKey, m.name),
        {row(tr("Version:"),
             tr("%1, in force %2 to %3").arg(m.versionNo).arg(day(m.effectiveFrom), openEnd(m.effectiveUntil))),
         row(tr("Class:"), QStringLiteral("%1 %2").arg(m.classNo).arg(m_measureClasses.value(m.classNo))),
         row(tr("Content:"), m.content), row(tr("Implementing department:"), m.implementingDepartment),
         row(tr("Subjects it may apply to:"), subjects(m.subjectKinds)),
         row(tr("Follows from list domains:"), m.followsListDomains.join(QStringLiteral(", "))),
         row(tr("Follows from record kinds:"), m.followsRecordKinds.join(QStringLiteral(", "))),
         row(tr("Scope:"), ReferenceTerms::scopeName(m.scope)), row(tr("Status:"), itemStatusName(m.status)),
         row(tr("Legal bases:"), basesText(m.basisIds))});
}

std::unique_ptr<ReferenceHistoryDialog> ReferencePage::measureHistoryDialog(const QString& measureKey)
{
    auto history = MeasureStore(*m_session.db).history(measureKey);
    QList<QStringList> rows;
    if (history) {
        for (const auto& v : std::as_const(*history))
            rows << QStringList{QString::number(v.versionNo),
                                day(v.effectiveFrom),
                                openEnd(v.effectiveUntil),
                                itemStatusName(v.status),
                                v.name,
                                QString::number(v.id)};
    }
    auto versionOn = [db = m_session.db, measureKey](QDate date) {
        auto version = MeasureStore(*db).versionOn(measureKey, date);
        if (!version)
            return version.error().message;
        return tr("Version %1 (record id %2): %3").arg(version->versionNo).arg(version->id).arg(version->name);
    };
    auto dialog
        = std::make_unique<ReferenceHistoryDialog>(tr("Versions of measure %1").arg(measureKey),
                                                   QStringList{tr("Version"), tr("In force from"), tr("In force until"),
                                                               tr("Status"), tr("Name"), tr("Record id")},
                                                   rows, versionOn, this);
    if (!history)
        dialog->versionOnLabel()->setText(history.error().message);
    return dialog;
}

void ReferencePage::editMeasure(int row)
{
    Measure measure;
    if (row >= 0) {
        measure = m_measures.at(row);
    } else {
        // As with the catalog: the national list comes with the seed, an office adds local measures.
        measure.scope = Scope::Local;
        measure.subjectKinds = ReferenceTerms::subjectKinds().mid(0, 1);
    }
    ReferenceMeasureDialog dialog(m_session, measure, this);
    const int result = dialog.exec();
    finishDialog(result, m_measuresTab, dialog.saved().measureKey);
}

void ReferencePage::abolishMeasure(int row)
{
    const Measure measure = m_measures.at(row);
    runDateOperation(
        tr("Abolish measure"),
        tr("%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished.")
            .arg(measure.measureKey, measure.name),
        tr("No longer in force from:"), Clock::currentDate().addDays(1), [&](QDate from) {
            return statusOf(MeasureStore(*m_session.db).abolish(m_session.actor, measure.id, measure.version, from));
        });
}

// --- List domains ------------------------------------------------------------------------------

void ReferencePage::buildDomainsTab()
{
    m_domainsTab = addListTab(QStringLiteral("domains"), tr("List domains"),
                              {tr("Code"), tr("Name"), tr("Deciding authority"), tr("Serious conduct"),
                               tr("Listing period"), tr("Statement period"), tr("Objection decision"), tr("Scope"),
                               tr("Status"), tr("In force from"), tr("In force until")},
                              [this](int row) { return domainDetail(row); });
    const auto withStatus = [this](DomainStatus status) {
        return [this, status](int row) {
            return row >= 0 && m_domains.at(row).status == status;
        };
    };
    addButton(m_domainsTab, tr("Add draft…"), QStringLiteral("addDomainButton"), Access::Editors, always,
              [this](int) { editDomain(-1); });
    // A domain in force may still have its periods corrected (the guard re-checks its bases); a repealed
    // one is history.
    auto* edit = addButton(
        m_domainsTab, tr("Edit…"), QStringLiteral("editDomainButton"), Access::Editors,
        [this](int row) { return row >= 0 && m_domains.at(row).status != DomainStatus::Repealed; },
        [this](int row) { editDomain(row); });
    addButton(m_domainsTab, tr("Put in force…"), QStringLiteral("putInForceButton"), Access::Editors,
              withStatus(DomainStatus::Draft), [this](int row) { putDomainInForce(row); });
    addButton(m_domainsTab, tr("Repeal…"), QStringLiteral("repealDomainButton"), Access::Editors,
              withStatus(DomainStatus::InForce), [this](int row) { repealDomain(row); });
    openOnDoubleClick(m_domainsTab, edit);
}

void ReferencePage::loadDomains()
{
    auto domains = ListDomainStore(*m_session.db).list();
    if (!domains)
        return showError(domains.error());
    m_domains = *domains;
    fill(
        m_domainsTab, m_domains,
        [](const ListDomain& d) {
            return QStringList{d.code,
                               d.name,
                               d.decidingAuthority,
                               ListDomains::conductCategoryName(d.conductCategory),
                               tr("%n month(s)", nullptr, d.listingPeriodMonths),
                               tr("%n working day(s)", nullptr, d.statementWorkdays),
                               tr("%n working day(s)", nullptr, d.objectionDecisionWorkdays),
                               ReferenceTerms::scopeName(d.scope),
                               ListDomains::statusName(d.status),
                               day(d.effectiveFrom),
                               day(d.effectiveUntil)};
        },
        [](const ListDomain& d) { return d.status == DomainStatus::Repealed; });
}

QString ReferencePage::domainDetail(int index) const
{
    const ListDomain& d = m_domains.at(index);
    using ReferenceHtml::row;
    auto flagged = [&](const QString& id) {
        return d.unconfirmed.contains(id);
    };
    return ReferenceHtml::table(
        d.name,
        {row(tr("Code:"), d.code), row(tr("Deciding authority:"), d.decidingAuthority),
         row(tr("Serious conduct (49号):"), ListDomains::conductCategoryName(d.conductCategory)),
         row(tr("Listing period:"), tr("%n month(s)", nullptr, d.listingPeriodMonths),
             flagged(QStringLiteral("listing_period_months"))),
         row(tr("Early removal:"), d.earlyRemovalRule, flagged(QStringLiteral("early_removal_rule"))),
         row(tr("Statement after prior notice:"), tr("%n working day(s)", nullptr, d.statementWorkdays),
             flagged(QStringLiteral("statement_workdays"))),
         row(tr("Objection decision:"), tr("%n working day(s)", nullptr, d.objectionDecisionWorkdays),
             flagged(QStringLiteral("objection_decision_workdays"))),
         row(tr("Scope:"), ReferenceTerms::scopeName(d.scope)), row(tr("Status:"), ListDomains::statusName(d.status)),
         row(tr("In force:"),
             d.effectiveFrom.isValid() ? tr("%1 to %2").arg(day(d.effectiveFrom), openEnd(d.effectiveUntil))
                                       : QString()),
         row(tr("Legal bases:"), basesText(d.basisIds))});
}

void ReferencePage::editDomain(int row)
{
    ListDomain domain;
    if (row < 0)
        domain.scope = Scope::Local;
    else
        domain = m_domains.at(row);
    ReferenceDomainDialog dialog(m_session, domain, this);
    const int result = dialog.exec();
    finishDialog(result, m_domainsTab, dialog.saved().code);
}

void ReferencePage::putDomainInForce(int row)
{
    const ListDomain domain = m_domains.at(row);
    runDateOperation(
        tr("Put list domain in force"),
        tr("%1 takes effect on the date below, provided its legal bases allow it on that day.").arg(domain.name),
        tr("In force from:"), Clock::currentDate(), [&](QDate from) {
            return statusOf(
                ListDomainStore(*m_session.db).putInForce(m_session.actor, domain.id, domain.version, from));
        });
}

void ReferencePage::repealDomain(int row)
{
    const ListDomain domain = m_domains.at(row);
    runDateOperation(
        tr("Repeal list domain"),
        tr("%1 is not deleted: existing listings keep it; its last day in force is the day before the date below.")
            .arg(domain.name),
        tr("No longer in force from:"), Clock::currentDate().addDays(1), [&](QDate from) {
            return statusOf(ListDomainStore(*m_session.db).repeal(m_session.actor, domain.id, domain.version, from));
        });
}

// --- Rule profiles -----------------------------------------------------------------------------

void ReferencePage::buildProfilesTab()
{
    m_profilesTab
        = addListTab(QStringLiteral("profiles"), tr("Rule profiles"),
                     {tr("Name"), tr("In force from"), tr("In force until"),
                      tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::Minor)),
                      tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::General)),
                      tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::Serious)), tr("Basis")},
                     [this](int row) { return profileDetail(row); });
    m_profileDateEdit = new QDateEdit(Clock::currentDate(), m_profilesTab);
    m_profileDateEdit->setObjectName(QStringLiteral("profileDateEdit"));
    m_profileDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_profileDateEdit->setCalendarPopup(true);
    m_profileOnLabel = new QLabel(m_profilesTab);
    m_profileOnLabel->setObjectName(QStringLiteral("profileOnLabel"));
    m_profilesTab->addControl(new QLabel(tr("Profile in force on:"), m_profilesTab));
    m_profilesTab->addControl(m_profileDateEdit);
    m_profilesTab->addControl(m_profileOnLabel);
    connect(m_profileDateEdit, &QDateEdit::dateChanged, this, &ReferencePage::showProfileOn);

    addButton(m_profilesTab, tr("Add future profile…"), QStringLiteral("addProfileButton"), Access::Editors, always,
              [this](int) { editProfile(-1); });
    // The store says which profiles may still change (not yet in force, for an officer).
    auto* edit = addButton(
        m_profilesTab, tr("Edit…"), QStringLiteral("editProfileButton"), Access::Editors,
        [this](int row) {
            return row >= 0 && RuleProfileStore::checkEditable(m_session.actor, m_profiles.at(row)).ok();
        },
        [this](int row) { editProfile(row); });
    openOnDoubleClick(m_profilesTab, edit);
}

void ReferencePage::loadProfiles()
{
    auto profiles = RuleProfileStore(*m_session.db).list();
    if (!profiles)
        return showError(profiles.error());
    m_profiles = *profiles;
    fill(
        m_profilesTab, m_profiles,
        [](const RuleProfile& p) {
            return QStringList{p.name,
                               day(p.effectiveFrom),
                               openEnd(p.effectiveUntil),
                               RuleProfiles::describe(p.minor),
                               RuleProfiles::describe(p.general),
                               RuleProfiles::describe(p.serious),
                               p.basis};
        },
        [](const RuleProfile& p) { return p.effectiveUntil.isValid() && p.effectiveUntil < Clock::currentDate(); });
    showProfileOn();
}

void ReferencePage::showProfileOn()
{
    const QDate date = m_profileDateEdit->date();
    auto profile = RuleProfileStore(*m_session.db).profileOn(date);
    if (!profile) {
        m_profileOnLabel->setText(profile.error().message);
        return;
    }
    m_profileOnLabel->setText(
        tr("%1 (%2 to %3)").arg(profile->name, day(profile->effectiveFrom), openEnd(profile->effectiveUntil)));
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == profile->id)
            m_profilesTab->selectRow(row);
    }
}

QString ReferencePage::profileDetail(int index) const
{
    const RuleProfile& p = m_profiles.at(index);
    using ReferenceHtml::row;
    auto flagged = [&](const QString& id) {
        return p.unconfirmed.contains(id);
    };
    QStringList rows{row(tr("Basis:"), p.basis),
                     row(tr("In force:"), tr("%1 to %2").arg(day(p.effectiveFrom), openEnd(p.effectiveUntil)))};
    const QList<std::pair<PublicationTier, QString>> tiers{{PublicationTier::Minor, QStringLiteral("minor")},
                                                           {PublicationTier::General, QStringLiteral("general")},
                                                           {PublicationTier::Serious, QStringLiteral("serious")}};
    for (const auto& [tier, id] : tiers)
        rows << row(tr("Publication, %1:").arg(RuleProfiles::tierName(tier)),
                    RuleProfiles::describe(p.publication(tier)), flagged(QStringLiteral("publication_months.") + id));
    rows << row(tr("Repair conditions:"), p.repairConditions, flagged(QStringLiteral("repair_conditions")));
    const QList<std::pair<QString, Deadline>> deadlines{{QStringLiteral("notice_statement"), p.noticeStatement},
                                                        {QStringLiteral("objection_mark"), p.objectionMark},
                                                        {QStringLiteral("objection_decide"), p.objectionDecide},
                                                        {QStringLiteral("repair_accept"), p.repairAccept},
                                                        {QStringLiteral("repair_decide"), p.repairDecide}};
    for (const auto& [id, deadline] : deadlines) {
        QString label = RuleProfiles::deadlineName(id);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        rows << row(label + u':', RuleProfiles::describe(deadline), flagged(QStringLiteral("deadlines.") + id));
    }
    const RepeatRepairLimit& limit = p.repeatLimit;
    rows << row(tr("Repeat-repair limits:"),
                limit.enabled ? tr("on: at least %n month(s) between repairs", nullptr, limit.minGapMonths)
                        + tr(", at most %1 repairs in %2 years").arg(limit.maxCount).arg(limit.windowYears)
                              : tr("off"),
                flagged(QStringLiteral("repeat_repair_limit")));
    return ReferenceHtml::table(p.name, rows);
}

void ReferencePage::editProfile(int row)
{
    RuleProfile profile;
    if (row >= 0) {
        profile = m_profiles.at(row);
    } else if (!m_profiles.isEmpty()) {
        // A new profile starts from the settings of the last one; the dialog suggests its start date.
        profile = m_profiles.last();
        profile.id = 0;
        profile.version = 1;
    }
    ReferenceProfileDialog dialog(m_session, profile, this);
    const int result = dialog.exec();
    finishDialog(result, m_profilesTab, dialog.saved().name);
}

// --- Clean-up register -------------------------------------------------------------------------

void ReferencePage::buildCleanupTab()
{
    m_cleanupTab = addListTab(QStringLiteral("cleanup"), tr("Clean-up register"),
                              {tr("Title"), tr("Document number"), tr("Issuer"), tr("Provides"), tr("Decision"),
                               tr("Responsible department"), tr("Due"), tr("Completed"), tr("Progress")},
                              [this](int row) { return cleanupDetail(row); });
    m_overdueCheckBox = new QCheckBox(tr("Overdue only"), m_cleanupTab);
    m_overdueCheckBox->setObjectName(QStringLiteral("overdueCheckBox"));
    m_cleanupTab->addControl(m_overdueCheckBox);
    connect(m_overdueCheckBox, &QCheckBox::toggled, this, &ReferencePage::loadCleanup);
    addButton(m_cleanupTab, tr("Add…"), QStringLiteral("addCleanupButton"), Access::Editors, always,
              [this](int) { editCleanup(-1); });
    auto* edit = addButton(m_cleanupTab, tr("Edit…"), QStringLiteral("editCleanupButton"), Access::Editors, anyRow,
                           [this](int row) { editCleanup(row); });
    openOnDoubleClick(m_cleanupTab, edit);
}

void ReferencePage::loadCleanup()
{
    CleanupStore store(*m_session.db);
    auto documents = m_overdueCheckBox->isChecked() ? store.overdue(Clock::currentDate()) : store.list();
    if (!documents)
        return showError(documents.error());
    m_cleanup = *documents;
    fill(
        m_cleanupTab, m_cleanup,
        [](const CleanupDocument& d) {
            return QStringList{d.title,
                               d.docNumber,
                               d.issuer,
                               provisions(d.provides),
                               CleanupDocuments::decisionName(d.decision),
                               d.responsibleDepartment,
                               day(d.dueDate),
                               day(d.completedOn),
                               d.progress};
        },
        [](const CleanupDocument& d) { return d.completedOn.isValid(); });
}

void ReferencePage::editCleanup(int row)
{
    ReferenceCleanupDialog dialog(m_session, row >= 0 ? m_cleanup.at(row) : CleanupDocument(), this);
    const int result = dialog.exec();
    finishDialog(result, m_cleanupTab, dialog.saved().title);
}

QString ReferencePage::cleanupDetail(int index) const
{
    const CleanupDocument& d = m_cleanup.at(index);
    using ReferenceHtml::row;
    const bool overdue = d.overdueOn(Clock::currentDate());
    return ReferenceHtml::table(
        d.title,
        {row(tr("Document number:"), d.docNumber), row(tr("Issuer:"), d.issuer),
         row(tr("Provides:"), provisions(d.provides)), row(tr("Decision:"), CleanupDocuments::decisionName(d.decision)),
         row(tr("Reason:"), d.reason), row(tr("Responsible department:"), d.responsibleDepartment),
         row(tr("Due:"), overdue ? tr("%1 (overdue)").arg(day(d.dueDate)) : day(d.dueDate)),
         row(tr("Progress:"), d.progress), row(tr("Completed:"), day(d.completedOn))});
}
