#pragma once

#include "ReferenceFormDialog.h"
#include "reference/CatalogItem.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class ReferenceBasisChecklist;
class ReferenceCheckBoxRow;

// Adds a local catalog item, or edits one: an edit never overwrites, it makes a new version in force
// from the chosen date while the old one keeps its range (records collected under it keep pointing to it).
class ReferenceCatalogItemDialog : public ReferenceFormDialog
{
    Q_OBJECT

public:
    // A new item when item.id is 0, else a revision of that version (the newest, as read).
    ReferenceCatalogItemDialog(Session& session, const CatalogItem& item, QWidget* parent = nullptr);

    bool isEditing() const { return m_item.id > 0; }
    // The version written by the last successful accept().
    const CatalogItem& saved() const { return m_saved; }

protected:
    Status save() override;

private:
    void buildForm();
    CatalogItem collect() const;

    CatalogItem m_item;
    CatalogItem m_saved;
    QComboBox* m_classComboBox = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QPlainTextEdit* m_conductEdit = nullptr;
    ReferenceCheckBoxRow* m_subjects = nullptr;
    QComboBox* m_disclosureComboBox = nullptr;
    QComboBox* m_scopeComboBox = nullptr;
    QLineEdit* m_sharingScopeEdit = nullptr;
    QLineEdit* m_sourceEdit = nullptr;
    QLineEdit* m_channelEdit = nullptr;
    QLineEdit* m_frequencyEdit = nullptr;
    QLineEdit* m_periodEdit = nullptr;
    ReferenceBasisChecklist* m_basisList = nullptr;
    QDateEdit* m_fromEdit = nullptr;
};
