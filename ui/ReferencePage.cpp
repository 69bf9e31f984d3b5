#include "ReferencePage.h"

#include "Clock.h"
#include "MessageBoxes.h"
#include "ReferenceCatalogItemDialog.h"
#include "ReferenceDateDialog.h"
#include "ReferenceHistoryDialog.h"
#include "ReferenceListTab.h"
#include "ReferenceTableModel.h"
#include "reference/CatalogStore.h"
#include "reference/CleanupStore.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "reference/MeasureStore.h"
#include "reference/ReferenceAccess.h"
#include "rules/RuleProfileStore.h"

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
    for (auto* tab : {m_basesTab, m_catalogTab, m_measuresTab, m_domainsTab, m_profilesTab, m_cleanupTab})
        connect(tab, &ReferenceListTab::selectionChanged, this, &ReferencePage::updateButtons);
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

void ReferencePage::finishDialog(int result)
{
    // Reload even when cancelled: a dialog closes itself on a conflict after saying so.
    refresh();
    if (result == QDialog::Accepted)
        emit dataChanged();
}

void ReferencePage::updateButtons()
{
    const bool catalogRow = m_catalogTab->selectedRow() >= 0;
    const bool measureRow = m_measuresTab->selectedRow() >= 0;
    m_catalogHistoryButton->setEnabled(catalogRow);
    m_measureHistoryButton->setEnabled(measureRow);
    m_editCatalogButton->setEnabled(m_editor && catalogRow
                                    && m_items.at(m_catalogTab->selectedRow()).status == ItemStatus::InForce);
    m_abolishCatalogButton->setEnabled(m_editCatalogButton->isEnabled());
    m_addCatalogButton->setEnabled(m_editor);
    m_abolishMeasureButton->setEnabled(m_editor && measureRow
                                       && m_measures.at(m_measuresTab->selectedRow()).status == ItemStatus::InForce);
    const int basis = m_basesTab->selectedRow();
    m_repealBasisButton->setEnabled(m_editor && basis >= 0 && !m_bases.at(basis).inForceUntil.isValid());
    const int domain = m_domainsTab->selectedRow();
    const DomainStatus status = domain >= 0 ? m_domains.at(domain).status : DomainStatus::Repealed;
    m_putInForceButton->setEnabled(m_editor && status == DomainStatus::Draft);
    m_repealDomainButton->setEnabled(m_editor && status == DomainStatus::InForce);
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
    m_basesTab = new ReferenceListTab(QStringLiteral("bases"),
                                      {tr("Title"), tr("Document number"), tr("Articles"), tr("Level"), tr("Issuer"),
                                       tr("In force from"), tr("In force until")},
                                      m_tabs);
    m_basesTab->setDetailProvider([this](int row) {
        const LegalBasis& b = m_bases.at(row);
        return ReferenceHtml::table(
            b.citation(),
            {ReferenceHtml::row(tr("Title:"), b.title), ReferenceHtml::row(tr("Document number:"), b.docNumber),
             ReferenceHtml::row(tr("Articles:"), b.articles),
             ReferenceHtml::row(tr("Level:"), BasisLevels::displayName(b.level)),
             ReferenceHtml::row(tr("Issuer:"), b.issuer),
             ReferenceHtml::row(tr("In force:"), tr("%1 to %2").arg(day(b.inForceFrom), openEnd(b.inForceUntil))),
             ReferenceHtml::row(tr("Note:"), b.note)});
    });
    m_repealBasisButton = m_basesTab->addButton(tr("Repeal…"), QStringLiteral("repealBasisButton"));
    m_repealBasisButton->setVisible(m_editor);
    connect(m_repealBasisButton, &QPushButton::clicked, this, &ReferencePage::repealBasis);
    m_tabs->addTab(m_basesTab, tr("Legal bases"));
}

void ReferencePage::loadBases()
{
    auto bases = LegalBasisStore(*m_session.db).list();
    if (!bases)
        return showError(bases.error());
    m_bases = *bases;
    m_basisById.clear();
    QList<QStringList> rows;
    QList<int> inactive;
    for (const auto& b : std::as_const(m_bases)) {
        m_basisById.insert(b.id, b);
        if (!b.inForceOn(Clock::currentDate()))
            inactive << int(rows.size());
        rows << QStringList{b.title,  b.docNumber,        b.articles,         BasisLevels::displayName(b.level),
                            b.issuer, day(b.inForceFrom), day(b.inForceUntil)};
    }
    m_basesTab->model()->setInactiveRows(inactive);
    m_basesTab->model()->setRows(rows);
}

void ReferencePage::repealBasis()
{
    const int row = m_basesTab->selectedRow();
    if (row < 0)
        return;
    const LegalBasis basis = m_bases.at(row);
    ReferenceDateDialog dialog(
        tr("Repeal legal basis"),
        tr("%1 stays on record for what already cites it, but from the day after the last day below it no longer "
           "founds a list domain or measure.")
            .arg(basis.citation()),
        tr("Last day in force:"), Clock::currentDate(),
        [&](QDate lastDay) -> Status {
            auto repealed = LegalBasisStore(*m_session.db).repeal(m_session.actor, basis.id, basis.version, lastDay);
            return repealed ? Status() : Status(repealed.error());
        },
        this);
    finishDialog(dialog.exec());
}

// --- Catalog -----------------------------------------------------------------------------------

void ReferencePage::buildCatalogTab()
{
    m_catalogTab
        = new ReferenceListTab(QStringLiteral("catalog"),
                               {tr("Key"), tr("Version"), tr("Class"), tr("Name"), tr("Subjects"), tr("Disclosure"),
                                tr("Scope"), tr("In force from"), tr("In force until"), tr("Status")},
                               m_tabs);
    m_catalogTab->setDetailProvider([this](int row) { return catalogDetail(row); });
    m_catalogHistoryButton = m_catalogTab->addButton(tr("History…"), QStringLiteral("catalogHistoryButton"));
    m_addCatalogButton = m_catalogTab->addButton(tr("Add…"), QStringLiteral("addCatalogButton"));
    m_editCatalogButton = m_catalogTab->addButton(tr("Edit…"), QStringLiteral("editCatalogButton"));
    m_abolishCatalogButton = m_catalogTab->addButton(tr("Abolish…"), QStringLiteral("abolishCatalogButton"));
    for (auto* button : {m_addCatalogButton, m_editCatalogButton, m_abolishCatalogButton})
        button->setVisible(m_editor);
    connect(m_catalogHistoryButton, &QPushButton::clicked, this, [this] {
        const int row = m_catalogTab->selectedRow();
        if (row >= 0)
            catalogHistoryDialog(m_items.at(row).itemKey)->exec();
    });
    connect(m_addCatalogButton, &QPushButton::clicked, this, [this] { editCatalogItem(true); });
    connect(m_editCatalogButton, &QPushButton::clicked, this, [this] { editCatalogItem(false); });
    connect(m_abolishCatalogButton, &QPushButton::clicked, this, &ReferencePage::abolishCatalogItem);
    connect(m_catalogTab->table(), &QAbstractItemView::doubleClicked, this, [this] {
        if (m_editCatalogButton->isVisible() && m_editCatalogButton->isEnabled())
            editCatalogItem(false);
    });
    m_tabs->addTab(m_catalogTab, tr("Catalog"));
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
    QList<QStringList> rows;
    QList<int> inactive;
    for (const auto& item : std::as_const(m_items)) {
        if (item.status != ItemStatus::InForce)
            inactive << int(rows.size());
        rows << QStringList{item.itemKey,
                            QString::number(item.versionNo),
                            QStringLiteral("%1 %2").arg(item.classNo).arg(m_catalogClasses.value(item.classNo)),
                            item.name,
                            subjects(item.subjectKinds),
                            ReferenceTerms::disclosureName(item.disclosure),
                            ReferenceTerms::scopeName(item.scope),
                            day(item.effectiveFrom),
                            day(item.effectiveUntil),
                            itemStatusName(item.status)};
    }
    m_catalogTab->model()->setInactiveRows(inactive);
    m_catalogTab->model()->setRows(rows);
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

void ReferencePage::editCatalogItem(bool add)
{
    const int row = m_catalogTab->selectedRow();
    if (!add && row < 0)
        return;
    CatalogItem item;
    if (add) {
        // Local supplementary items are what an office adds; the national catalog comes with the seed.
        item.scope = Scope::Local;
        item.subjectKinds = ReferenceTerms::subjectKinds().mid(0, 1);
    } else {
        item = m_items.at(row);
    }
    ReferenceCatalogItemDialog dialog(m_session, item, this);
    finishDialog(dialog.exec());
}

void ReferencePage::abolishCatalogItem()
{
    const int row = m_catalogTab->selectedRow();
    if (row < 0)
        return;
    const CatalogItem item = m_items.at(row);
    ReferenceDateDialog dialog(
        tr("Abolish catalog item"),
        tr("%1 %2 is not deleted: its current version ends the day before the date below and is marked "
           "abolished. Records collected under it keep it.")
            .arg(item.itemKey, item.name),
        tr("No longer in force from:"), Clock::currentDate().addDays(1),
        [&](QDate from) -> Status {
            auto done = CatalogStore(*m_session.db).abolish(m_session.actor, item.id, item.version, from);
            return done ? Status() : Status(done.error());
        },
        this);
    finishDialog(dialog.exec());
}

// --- Measures ----------------------------------------------------------------------------------

void ReferencePage::buildMeasuresTab()
{
    m_measuresTab = new ReferenceListTab(QStringLiteral("measures"),
                                         {tr("Key"), tr("Version"), tr("Class"), tr("Name"),
                                          tr("Implementing department"), tr("Subjects"), tr("Follows from"),
                                          tr("Scope"), tr("In force from"), tr("In force until"), tr("Status")},
                                         m_tabs);
    m_measuresTab->setDetailProvider([this](int row) { return measureDetail(row); });
    m_measureHistoryButton = m_measuresTab->addButton(tr("History…"), QStringLiteral("measureHistoryButton"));
    m_abolishMeasureButton = m_measuresTab->addButton(tr("Abolish…"), QStringLiteral("abolishMeasureButton"));
    m_abolishMeasureButton->setVisible(m_editor);
    connect(m_measureHistoryButton, &QPushButton::clicked, this, [this] {
        const int row = m_measuresTab->selectedRow();
        if (row >= 0)
            measureHistoryDialog(m_measures.at(row).measureKey)->exec();
    });
    connect(m_abolishMeasureButton, &QPushButton::clicked, this, &ReferencePage::abolishMeasure);
    m_tabs->addTab(m_measuresTab, tr("Measures"));
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
    QList<QStringList> rows;
    QList<int> inactive;
    for (const auto& m : std::as_const(m_measures)) {
        if (m.status != ItemStatus::InForce)
            inactive << int(rows.size());
        rows << QStringList{m.measureKey,
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
    }
    m_measuresTab->model()->setInactiveRows(inactive);
    m_measuresTab->model()->setRows(rows);
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

void ReferencePage::abolishMeasure()
{
    const int row = m_measuresTab->selectedRow();
    if (row < 0)
        return;
    const Measure measure = m_measures.at(row);
    ReferenceDateDialog dialog(
        tr("Abolish measure"),
        tr("%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished.")
            .arg(measure.measureKey, measure.name),
        tr("No longer in force from:"), Clock::currentDate().addDays(1),
        [&](QDate from) -> Status {
            auto done = MeasureStore(*m_session.db).abolish(m_session.actor, measure.id, measure.version, from);
            return done ? Status() : Status(done.error());
        },
        this);
    finishDialog(dialog.exec());
}

// --- List domains ------------------------------------------------------------------------------

void ReferencePage::buildDomainsTab()
{
    m_domainsTab = new ReferenceListTab(QStringLiteral("domains"),
                                        {tr("Code"), tr("Name"), tr("Deciding authority"), tr("Serious conduct"),
                                         tr("Listing period"), tr("Statement period"), tr("Objection decision"),
                                         tr("Scope"), tr("Status"), tr("In force from"), tr("In force until")},
                                        m_tabs);
    m_domainsTab->setDetailProvider([this](int row) { return domainDetail(row); });
    m_putInForceButton = m_domainsTab->addButton(tr("Put in force…"), QStringLiteral("putInForceButton"));
    m_repealDomainButton = m_domainsTab->addButton(tr("Repeal…"), QStringLiteral("repealDomainButton"));
    m_putInForceButton->setVisible(m_editor);
    m_repealDomainButton->setVisible(m_editor);
    connect(m_putInForceButton, &QPushButton::clicked, this, &ReferencePage::putDomainInForce);
    connect(m_repealDomainButton, &QPushButton::clicked, this, &ReferencePage::repealDomain);
    m_tabs->addTab(m_domainsTab, tr("List domains"));
}

void ReferencePage::loadDomains()
{
    auto domains = ListDomainStore(*m_session.db).list();
    if (!domains)
        return showError(domains.error());
    m_domains = *domains;
    QList<QStringList> rows;
    QList<int> inactive;
    for (const auto& d : std::as_const(m_domains)) {
        if (d.status == DomainStatus::Repealed)
            inactive << int(rows.size());
        rows << QStringList{d.code,
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
    }
    m_domainsTab->model()->setInactiveRows(inactive);
    m_domainsTab->model()->setRows(rows);
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

void ReferencePage::putDomainInForce()
{
    const int row = m_domainsTab->selectedRow();
    if (row < 0)
        return;
    const ListDomain domain = m_domains.at(row);
    ReferenceDateDialog dialog(
        tr("Put list domain in force"),
        tr("%1 takes effect on the date below, provided its legal bases allow it on that day.").arg(domain.name),
        tr("In force from:"), Clock::currentDate(),
        [&](QDate from) -> Status {
            auto done = ListDomainStore(*m_session.db).putInForce(m_session.actor, domain.id, domain.version, from);
            return done ? Status() : Status(done.error());
        },
        this);
    finishDialog(dialog.exec());
}

void ReferencePage::repealDomain()
{
    const int row = m_domainsTab->selectedRow();
    if (row < 0)
        return;
    const ListDomain domain = m_domains.at(row);
    ReferenceDateDialog dialog(
        tr("Repeal list domain"),
        tr("%1 is not deleted: existing listings keep it; its last day in force is the day before the date below.")
            .arg(domain.name),
        tr("No longer in force from:"), Clock::currentDate().addDays(1),
        [&](QDate from) -> Status {
            auto done = ListDomainStore(*m_session.db).repeal(m_session.actor, domain.id, domain.version, from);
            return done ? Status() : Status(done.error());
        },
        this);
    finishDialog(dialog.exec());
}

// --- Rule profiles -----------------------------------------------------------------------------

void ReferencePage::buildProfilesTab()
{
    m_profilesTab = new ReferenceListTab(QStringLiteral("profiles"),
                                         {tr("Name"), tr("In force from"), tr("In force until"),
                                          tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::Minor)),
                                          tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::General)),
                                          tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::Serious)),
                                          tr("Basis")},
                                         m_tabs);
    m_profilesTab->setDetailProvider([this](int row) { return profileDetail(row); });
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
    m_tabs->addTab(m_profilesTab, tr("Rule profiles"));
}

void ReferencePage::loadProfiles()
{
    auto profiles = RuleProfileStore(*m_session.db).list();
    if (!profiles)
        return showError(profiles.error());
    m_profiles = *profiles;
    QList<QStringList> rows;
    for (const auto& p : std::as_const(m_profiles))
        rows << QStringList{p.name,
                            day(p.effectiveFrom),
                            openEnd(p.effectiveUntil),
                            RuleProfiles::describe(p.minor),
                            RuleProfiles::describe(p.general),
                            RuleProfiles::describe(p.serious),
                            p.basis};
    m_profilesTab->model()->setRows(rows);
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

// --- Clean-up register -------------------------------------------------------------------------

void ReferencePage::buildCleanupTab()
{
    m_cleanupTab
        = new ReferenceListTab(QStringLiteral("cleanup"),
                               {tr("Title"), tr("Document number"), tr("Issuer"), tr("Provides"), tr("Decision"),
                                tr("Responsible department"), tr("Due"), tr("Completed"), tr("Progress")},
                               m_tabs);
    m_cleanupTab->setDetailProvider([this](int row) { return cleanupDetail(row); });
    m_overdueCheckBox = new QCheckBox(tr("Overdue only"), m_cleanupTab);
    m_overdueCheckBox->setObjectName(QStringLiteral("overdueCheckBox"));
    m_cleanupTab->addControl(m_overdueCheckBox);
    connect(m_overdueCheckBox, &QCheckBox::toggled, this, &ReferencePage::loadCleanup);
    m_tabs->addTab(m_cleanupTab, tr("Clean-up register"));
}

void ReferencePage::loadCleanup()
{
    CleanupStore store(*m_session.db);
    auto documents = m_overdueCheckBox->isChecked() ? store.overdue(Clock::currentDate()) : store.list();
    if (!documents)
        return showError(documents.error());
    m_cleanup = *documents;
    QList<QStringList> rows;
    for (const auto& d : std::as_const(m_cleanup)) {
        QStringList provides;
        for (const QString& id : d.provides)
            provides << CleanupDocuments::provisionName(id);
        rows << QStringList{d.title,
                            d.docNumber,
                            d.issuer,
                            provides.join(QStringLiteral(", ")),
                            CleanupDocuments::decisionName(d.decision),
                            d.responsibleDepartment,
                            day(d.dueDate),
                            day(d.completedOn),
                            d.progress};
    }
    m_cleanupTab->model()->setRows(rows);
}

QString ReferencePage::cleanupDetail(int index) const
{
    const CleanupDocument& d = m_cleanup.at(index);
    using ReferenceHtml::row;
    QStringList provides;
    for (const QString& id : d.provides)
        provides << CleanupDocuments::provisionName(id);
    const bool overdue = d.overdueOn(Clock::currentDate());
    return ReferenceHtml::table(d.title,
                                {row(tr("Document number:"), d.docNumber), row(tr("Issuer:"), d.issuer),
                                 row(tr("Provides:"), provides.join(QStringLiteral(", "))),
                                 row(tr("Decision:"), CleanupDocuments::decisionName(d.decision)),
                                 row(tr("Reason:"), d.reason),
                                 row(tr("Responsible department:"), d.responsibleDepartment),
                                 row(tr("Due:"), overdue ? tr("%1 (overdue)").arg(day(d.dueDate)) : day(d.dueDate)),
                                 row(tr("Progress:"), d.progress), row(tr("Completed:"), day(d.completedOn))});
}
