#include "ReferencePage.h"

#include "ReferenceBasesRegister.h"
#include "ReferenceCatalogRegister.h"
#include "ReferenceCleanupRegister.h"
#include "ReferenceDomainsRegister.h"
#include "ReferenceHistoryDialog.h"
#include "ReferenceMeasuresRegister.h"
#include "ReferenceProfilesRegister.h"
#include "reference/ReferenceAccess.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

ReferencePage::ReferencePage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_editor(bool(requireReferenceEditor(*session.db, session.actor)))
    , m_tabs(new QTabWidget(this))
    , m_bases(new ReferenceBasesRegister(session, m_editor, m_tabs))
    , m_catalog(new ReferenceCatalogRegister(session, m_editor, *m_bases, m_tabs))
    , m_measures(new ReferenceMeasuresRegister(session, m_editor, *m_bases, m_tabs))
    , m_domains(new ReferenceDomainsRegister(session, m_editor, *m_bases, m_tabs))
    , m_profiles(new ReferenceProfilesRegister(session, m_editor, m_tabs))
    , m_cleanup(new ReferenceCleanupRegister(session, m_editor, m_tabs))
{
    setObjectName(QStringLiteral("ReferencePage"));
    m_tabs->setObjectName(QStringLiteral("referenceTabs"));
    add(m_bases, ReferenceBasesRegister::title());
    add(m_catalog, ReferenceCatalogRegister::title());
    add(m_measures, ReferenceMeasuresRegister::title());
    add(m_domains, ReferenceDomainsRegister::title());
    add(m_profiles, ReferenceProfilesRegister::title());
    add(m_cleanup, ReferenceCleanupRegister::title());

    auto* layout = new QVBoxLayout(this);
    if (!m_editor) {
        auto* readOnly = new QLabel(
            tr("Read only: the reference data is maintained by the approvers of the credit office."), this);
        readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
        layout->addWidget(readOnly);
    }
    layout->addWidget(m_tabs);
    for (ReferenceRegister* reg : std::as_const(m_registers))
        reg->updateButtons();
}

void ReferencePage::add(ReferenceRegister* reg, const QString& title)
{
    m_tabs->addTab(reg, title);
    connect(reg, &ReferenceRegister::reloadRequested, this, &ReferencePage::refresh);
    connect(reg, &ReferenceRegister::dataChanged, this, &Page::dataChanged);
    m_registers << reg;
}

void ReferencePage::refresh()
{
    // A few hundred rows in all: read on the GUI thread, the bases first (the others' details cite them).
    for (ReferenceRegister* reg : std::as_const(m_registers))
        reg->load();
    for (ReferenceRegister* reg : std::as_const(m_registers))
        reg->updateButtons();
}

ReferenceListTab* ReferencePage::basesTab() const
{
    return m_bases;
}
ReferenceListTab* ReferencePage::catalogTab() const
{
    return m_catalog;
}
ReferenceListTab* ReferencePage::measuresTab() const
{
    return m_measures;
}
ReferenceListTab* ReferencePage::domainsTab() const
{
    return m_domains;
}
ReferenceListTab* ReferencePage::profilesTab() const
{
    return m_profiles;
}
ReferenceListTab* ReferencePage::cleanupTab() const
{
    return m_cleanup;
}
const QList<LegalBasis>& ReferencePage::legalBases() const
{
    return m_bases->bases();
}
const QList<CatalogItem>& ReferencePage::catalogItems() const
{
    return m_catalog->items();
}
const QList<Measure>& ReferencePage::measures() const
{
    return m_measures->measures();
}
const QList<ListDomain>& ReferencePage::listDomains() const
{
    return m_domains->domains();
}
const QList<RuleProfile>& ReferencePage::ruleProfiles() const
{
    return m_profiles->profiles();
}
const QList<CleanupDocument>& ReferencePage::cleanupDocuments() const
{
    return m_cleanup->documents();
}

std::unique_ptr<ReferenceHistoryDialog> ReferencePage::catalogHistoryDialog(const QString& itemKey)
{
    return m_catalog->catalogHistoryDialog(itemKey);
}

std::unique_ptr<ReferenceHistoryDialog> ReferencePage::measureHistoryDialog(const QString& measureKey)
{
    return m_measures->measureHistoryDialog(measureKey);
}
