#pragma once

#include "ReferenceFormDialog.h"
#include "reference/Measure.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class ReferenceBasisChecklist;
class ReferenceCheckBoxRow;
class ReferenceChecklist;

// Adds a measure to the local supplementary list, or revises one into a new version from a date, like
// the catalog item dialog. A measure follows from list domains or record kinds, ticked from the
// registers: there is no way to make it follow from a credit score. The basis guard decides on save.
class ReferenceMeasureDialog : public ReferenceFormDialog
{
    Q_OBJECT

public:
    // A new measure when measure.id is 0, else a revision of that version (the newest, as read).
    ReferenceMeasureDialog(Session& session, const Measure& measure, QWidget* parent = nullptr);

    bool isEditing() const { return m_measure.id > 0; }
    const Measure& saved() const { return m_saved; }

protected:
    Status save() override;

private:
    void buildForm();
    void loadFollows();
    Measure collect() const;

    Measure m_measure;
    Measure m_saved;
    QComboBox* m_classComboBox = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QPlainTextEdit* m_contentEdit = nullptr;
    QLineEdit* m_departmentEdit = nullptr;
    ReferenceCheckBoxRow* m_subjects = nullptr;
    QComboBox* m_scopeComboBox = nullptr;
    ReferenceChecklist* m_domainList = nullptr;
    ReferenceChecklist* m_recordKindList = nullptr;
    ReferenceBasisChecklist* m_basisList = nullptr;
    QDateEdit* m_fromEdit = nullptr;
};
