#pragma once

#include "Page.h"
#include "reference/CatalogItem.h"
#include "reference/CleanupDocument.h"
#include "reference/LegalBasis.h"
#include "reference/ListDomain.h"
#include "reference/Measure.h"
#include "rules/RuleProfile.h"

#include <QHash>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class ReferenceHistoryDialog;
class ReferenceListTab;

// The area "catalog and lists" (目录与清单): legal bases, the credit information catalog, the measures
// list, the list domains, the rule profiles by date and the clean-up register. Everyone reads; the
// buttons that change anything show only to approvers of the credit office, whom the stores also check.
class ReferencePage : public Page
{
    Q_OBJECT

public:
    ReferencePage(Session& session, QWidget* parent);
    void refresh() override;

    bool isEditor() const { return m_editor; }
    QTabWidget* tabs() const { return m_tabs; }
    ReferenceListTab* basesTab() const { return m_basesTab; }
    ReferenceListTab* catalogTab() const { return m_catalogTab; }
    ReferenceListTab* measuresTab() const { return m_measuresTab; }
    ReferenceListTab* domainsTab() const { return m_domainsTab; }
    ReferenceListTab* profilesTab() const { return m_profilesTab; }
    ReferenceListTab* cleanupTab() const { return m_cleanupTab; }
    const QList<CatalogItem>& catalogItems() const { return m_items; }
    const QList<ListDomain>& listDomains() const { return m_domains; }

    // The version history of a catalog item or measure, as History… opens it.
    std::unique_ptr<ReferenceHistoryDialog> catalogHistoryDialog(const QString& itemKey);
    std::unique_ptr<ReferenceHistoryDialog> measureHistoryDialog(const QString& measureKey);

private:
    void buildBasesTab();
    void buildCatalogTab();
    void buildMeasuresTab();
    void buildDomainsTab();
    void buildProfilesTab();
    void buildCleanupTab();
    void loadBases();
    void loadCatalog();
    void loadMeasures();
    void loadDomains();
    void loadProfiles();
    void loadCleanup();
    void showProfileOn();
    void updateButtons();

    QString basesText(const QList<qint64>& ids) const;
    QString catalogDetail(int row) const;
    QString measureDetail(int row) const;
    QString domainDetail(int row) const;
    QString profileDetail(int row) const;
    QString cleanupDetail(int row) const;

    void editCatalogItem(bool add);
    void abolishCatalogItem();
    void abolishMeasure();
    void repealBasis();
    void putDomainInForce();
    void repealDomain();
    // Runs a dialog that changes something, then reloads and tells the window.
    void finishDialog(int result);
    void showError(const Error& error);

    bool m_editor = false;
    QTabWidget* m_tabs;
    ReferenceListTab* m_basesTab = nullptr;
    ReferenceListTab* m_catalogTab = nullptr;
    ReferenceListTab* m_measuresTab = nullptr;
    ReferenceListTab* m_domainsTab = nullptr;
    ReferenceListTab* m_profilesTab = nullptr;
    ReferenceListTab* m_cleanupTab = nullptr;
    QDateEdit* m_profileDateEdit = nullptr;
    QLabel* m_profileOnLabel = nullptr;
    QCheckBox* m_overdueCheckBox = nullptr;
    QPushButton* m_repealBasisButton = nullptr;
    QPushButton* m_catalogHistoryButton = nullptr;
    QPushButton* m_addCatalogButton = nullptr;
    QPushButton* m_editCatalogButton = nullptr;
    QPushButton* m_abolishCatalogButton = nullptr;
    QPushButton* m_measureHistoryButton = nullptr;
    QPushButton* m_abolishMeasureButton = nullptr;
    QPushButton* m_putInForceButton = nullptr;
    QPushButton* m_repealDomainButton = nullptr;

    QList<LegalBasis> m_bases;
    QHash<qint64, LegalBasis> m_basisById;
    QList<CatalogItem> m_items;
    QHash<int, QString> m_catalogClasses;
    QList<Measure> m_measures;
    QHash<int, QString> m_measureClasses;
    QList<ListDomain> m_domains;
    QList<RuleProfile> m_profiles;
    QList<CleanupDocument> m_cleanup;
};
