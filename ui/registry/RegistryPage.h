#pragma once

#include "Page.h"

class QPushButton;
class QTabWidget;
class RegistryRecordsTab;
class RegistrySubjectsTab;
class BackgroundJob;

// 信用主体与记录: the credit records and credit subjects lists, the import of department files and
// the export of the list shown. Lists and exports read off the GUI thread, so a registry of millions
// of rows never freezes the window.
class RegistryPage : public Page
{
    Q_OBJECT

public:
    RegistryPage(Session& session, QWidget* parent);

    void refresh() override;

    QTabWidget* tabs() const { return m_tabs; }
    RegistryRecordsTab* recordsTab() const { return m_recordsTab; }
    RegistrySubjectsTab* subjectsTab() const { return m_subjectsTab; }
    BackgroundJob* exportWorker() const { return m_exportWorker; }
    // Saves the list of the current tab, as filtered, to `path` (CSV or XLSX by the extension) on a
    // worker thread with a progress window; says how it went through MessageBoxes.
    void exportTo(const QString& path);

private:
    void importFile();
    void exportList();
    void listsChanged();

    QTabWidget* m_tabs;
    RegistryRecordsTab* m_recordsTab;
    RegistrySubjectsTab* m_subjectsTab;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    BackgroundJob* m_exportWorker;
};
