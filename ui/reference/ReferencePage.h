#pragma once

#include "Page.h"
#include "reference/CatalogItem.h"
#include "reference/CleanupDocument.h"
#include "reference/LegalBasis.h"
#include "reference/ListDomain.h"
#include "reference/Measure.h"
#include "rules/RuleProfile.h"

#include <memory>

class QTabWidget;
class ReferenceBasesRegister;
class ReferenceCatalogRegister;
class ReferenceCleanupRegister;
class ReferenceDomainsRegister;
class ReferenceHistoryDialog;
class ReferenceListTab;
class ReferenceMeasuresRegister;
class ReferenceProfilesRegister;
class ReferenceRegister;

// The area "catalog and lists" (目录与清单): one tab per register (ReferenceRegister), read again
// together, since a register's detail may cite another's rows (the legal bases).
class ReferencePage : public Page
{
    Q_OBJECT

public:
    ReferencePage(Session& session, QWidget* parent);
    void refresh() override;

    bool isEditor() const { return m_editor; }
    QTabWidget* tabs() const { return m_tabs; }
    ReferenceListTab* basesTab() const;
    ReferenceListTab* catalogTab() const;
    ReferenceListTab* measuresTab() const;
    ReferenceListTab* domainsTab() const;
    ReferenceListTab* profilesTab() const;
    ReferenceListTab* cleanupTab() const;
    const QList<LegalBasis>& legalBases() const;
    const QList<CatalogItem>& catalogItems() const;
    const QList<Measure>& measures() const;
    const QList<ListDomain>& listDomains() const;
    const QList<RuleProfile>& ruleProfiles() const;
    const QList<CleanupDocument>& cleanupDocuments() const;

    // The version history of a catalog item or measure, as History… opens it.
    std::unique_ptr<ReferenceHistoryDialog> catalogHistoryDialog(const QString& itemKey);
    std::unique_ptr<ReferenceHistoryDialog> measureHistoryDialog(const QString& measureKey);

private:
    void add(ReferenceRegister* reg, const QString& title);

    bool m_editor = false;
    QTabWidget* m_tabs;
    QList<ReferenceRegister*> m_registers; // in the order they are read: the bases first
    ReferenceBasesRegister* m_bases;
    ReferenceCatalogRegister* m_catalog;
    ReferenceMeasuresRegister* m_measures;
    ReferenceDomainsRegister* m_domains;
    ReferenceProfilesRegister* m_profiles;
    ReferenceCleanupRegister* m_cleanup;
};
