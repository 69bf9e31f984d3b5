#pragma once

#include "ReferenceFormDialog.h"
#include "reference/LegalBasis.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class ReferenceOptionalDateEdit;

// Adds a legal basis to the register or corrects one. The key never changes once given: decisions and
// documents cite it. Repealing is the page's Repeal… (a last day), not an edit.
class ReferenceBasisDialog : public ReferenceFormDialog
{
    Q_OBJECT

public:
    // A new basis when basis.id is 0, else a correction of it (basis.version as read).
    ReferenceBasisDialog(Session& session, const LegalBasis& basis, QWidget* parent = nullptr);

    bool isEditing() const { return m_basis.id > 0; }
    const LegalBasis& saved() const { return m_saved; }

protected:
    Status save() override;

private:
    LegalBasis collect() const;

    LegalBasis m_basis;
    LegalBasis m_saved;
    QLineEdit* m_codeEdit;
    QLineEdit* m_titleEdit;
    QLineEdit* m_docNumberEdit;
    QLineEdit* m_articlesEdit;
    QComboBox* m_levelComboBox;
    QLineEdit* m_issuerEdit;
    QDateEdit* m_fromEdit;
    ReferenceOptionalDateEdit* m_untilEdit;
    QPlainTextEdit* m_noteEdit;
};
