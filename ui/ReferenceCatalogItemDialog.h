#pragma once

#include "Session.h"
#include "reference/CatalogItem.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ReferenceBasisChecklist;

// Adds a local catalog item, or edits one: an edit never overwrites, it makes a new version in force
// from the chosen date while the old one keeps its range (records collected under it keep pointing to it).
class ReferenceCatalogItemDialog : public QDialog
{
    Q_OBJECT

public:
    // A new item when item.id is 0, else a revision of that version (the newest, as read).
    ReferenceCatalogItemDialog(Session& session, const CatalogItem& item, QWidget* parent = nullptr);

    bool isEditing() const { return m_item.id > 0; }
    // The version written by the last successful accept().
    const CatalogItem& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    void buildForm();
    void load();
    CatalogItem collect() const;

    Session& m_session;
    CatalogItem m_item;
    CatalogItem m_saved;
    QComboBox* m_classComboBox;
    QLineEdit* m_nameEdit;
    QPlainTextEdit* m_conductEdit;
    QHash<QString, QCheckBox*> m_subjectCheckBoxes;
    QComboBox* m_disclosureComboBox;
    QComboBox* m_scopeComboBox;
    QLineEdit* m_sharingScopeEdit;
    QLineEdit* m_sourceEdit;
    QLineEdit* m_channelEdit;
    QLineEdit* m_frequencyEdit;
    QLineEdit* m_periodEdit;
    ReferenceBasisChecklist* m_basisList;
    QDateEdit* m_fromEdit;
    QLabel* m_errorLabel;
};
