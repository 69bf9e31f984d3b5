#pragma once

#include "Page.h"
#include "Result.h"
#include "reference/CatalogItem.h"
#include "reference/CleanupDocument.h"
#include "reference/LegalBasis.h"
#include "reference/ListDomain.h"
#include "reference/Measure.h"
#include "rules/RuleProfile.h"

#include <QHash>
#include <functional>
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
    const QList<LegalBasis>& legalBases() const { return m_bases; }
    const QList<CatalogItem>& catalogItems() const { return m_items; }
    const QList<Measure>& measures() const { return m_measures; }
    const QList<ListDomain>& listDomains() const { return m_domains; }
    const QList<RuleProfile>& ruleProfiles() const { return m_profiles; }
    const QList<CleanupDocument>& cleanupDocuments() const { return m_cleanup; }

    // The version history of a catalog item or measure, as History… opens it.
    std::unique_ptr<ReferenceHistoryDialog> catalogHistoryDialog(const QString& itemKey);
    std::unique_ptr<ReferenceHistoryDialog> measureHistoryDialog(const QString& measureKey);

private:
    enum class Access
    {
        Everyone,
        Editors
    };
    // A button under a tab: who sees it, whether the selected row (-1: none) allows it.
    struct TabButton
    {
        ReferenceListTab* tab;
        QPushButton* button;
        Access access;
        std::function<bool(int)> allowed;
    };

    ReferenceListTab* addListTab(const QString& name, const QString& title, const QStringList& headers,
                                 std::function<QString(int)> detail);
    // `run` gets the selected row (-1: none) when the button is clicked.
    QPushButton* addButton(ReferenceListTab* tab, const QString& text, const QString& objectName, Access access,
                           std::function<bool(int)> allowed, std::function<void(int)> run);
    // Double-clicking a row clicks `button` when it is shown and enabled.
    void openOnDoubleClick(ReferenceListTab* tab, QPushButton* button);
    // History…, Add…, Edit… and Abolish… of a versioned list (catalog, measures), named
    // <name>HistoryButton, add<Name>Button, edit<Name>Button, abolish<Name>Button; edit and abolish
    // only for rows `inForce` accepts. `edit` gets -1 for a new item.
    void addVersionedButtons(ReferenceListTab* tab, const QString& name, std::function<bool(int)> inForce,
                             std::function<void(int)> history, std::function<void(int)> edit,
                             std::function<void(int)> abolish);

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
    QString basisDetail(int row) const;
    QString catalogDetail(int row) const;
    QString measureDetail(int row) const;
    QString domainDetail(int row) const;
    QString profileDetail(int row) const;
    QString cleanupDetail(int row) const;

    // Each takes the selected row; -1 adds a new one.
    void editBasis(int row);
    void editCatalogItem(int row);
    void editMeasure(int row);
    void editDomain(int row);
    void editProfile(int row);
    void editCleanup(int row);
    void repealBasis(int row);
    void abolishCatalogItem(int row);
    void abolishMeasure(int row);
    void putDomainInForce(int row);
    void repealDomain(int row);
    // Asks for the one date an operation needs and runs it (ReferenceDateDialog).
    void runDateOperation(const QString& title, const QString& explanation, const QString& dateLabel, QDate initial,
                          const std::function<Status(QDate)>& operation);
    // After a dialog that changes something: reload, select what was saved, tell the window.
    void finishDialog(int result, ReferenceListTab* tab = nullptr, const QString& savedKey = {});
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
    QList<TabButton> m_buttons;

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
