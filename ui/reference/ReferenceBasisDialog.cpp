#include "ReferenceBasisDialog.h"

#include "Clock.h"
#include "ReferenceOptionalDateEdit.h"
#include "reference/LegalBasisStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

ReferenceBasisDialog::ReferenceBasisDialog(Session& session, const LegalBasis& basis, QWidget* parent)
    : ReferenceFormDialog(session, QStringLiteral("ReferenceBasisDialog"),
                          basis.id > 0 ? tr("Edit legal basis") : tr("Add legal basis"), parent)
    , m_basis(basis)
    , m_codeEdit(addLineEdit(tr("Key:"), QStringLiteral("codeEdit"), basis.code))
    , m_titleEdit(addLineEdit(tr("Title (without 《》):"), QStringLiteral("titleEdit"), basis.title))
    , m_docNumberEdit(addLineEdit(tr("Document number:"), QStringLiteral("docNumberEdit"), basis.docNumber))
    , m_articlesEdit(addLineEdit(tr("Articles:"), QStringLiteral("articlesEdit"), basis.articles))
    , m_levelComboBox(addComboBox(tr("Level:"), QStringLiteral("levelComboBox")))
    , m_issuerEdit(addLineEdit(tr("Issuer:"), QStringLiteral("issuerEdit"), basis.issuer))
    , m_fromEdit(addDateEdit(tr("In force from:"), QStringLiteral("fromEdit"),
                             basis.inForceFrom.isValid() ? basis.inForceFrom : Clock::currentDate()))
    , m_untilEdit(new ReferenceOptionalDateEdit(tr("last day"), QStringLiteral("until"), this))
    , m_noteEdit(addTextEdit(tr("Note:"), QStringLiteral("noteEdit"), basis.note))
{
    form()->insertRow(form()->rowCount() - 1, tr("In force until:"), m_untilEdit);
    m_untilEdit->setDate(basis.inForceUntil, Clock::currentDate());
    for (BasisLevel level : BasisLevels::all())
        m_levelComboBox->addItem(BasisLevels::displayName(level), int(level));
    m_levelComboBox->setCurrentIndex(m_levelComboBox->findData(int(basis.level)));
    m_codeEdit->setPlaceholderText(tr("small Latin letters, digits and _, e.g. civil_procedure_law"));
    // Decisions and documents cite the key, so it stays as first given.
    m_codeEdit->setReadOnly(isEditing());
    okButton()->setText(isEditing() ? tr("Save") : tr("Add"));
    setNote(tr("Which levels may found a list domain or a measure is decided when one is put in force: a "
               "normative document alone is never enough."));
}

LegalBasis ReferenceBasisDialog::collect() const
{
    LegalBasis basis = m_basis;
    basis.code = m_codeEdit->text().trimmed();
    basis.title = m_titleEdit->text().trimmed();
    basis.docNumber = m_docNumberEdit->text().trimmed();
    basis.articles = m_articlesEdit->text().trimmed();
    basis.level = BasisLevel(m_levelComboBox->currentData().toInt());
    basis.issuer = m_issuerEdit->text().trimmed();
    basis.inForceFrom = m_fromEdit->date();
    basis.inForceUntil = m_untilEdit->date();
    basis.note = m_noteEdit->toPlainText().trimmed();
    return basis;
}

Status ReferenceBasisDialog::save()
{
    LegalBasisStore store(*m_session.db);
    auto result = isEditing() ? store.update(m_session.actor, collect()) : store.add(m_session.actor, collect());
    if (!result)
        return result.error();
    m_saved = *result;
    return {};
}
