#include "ReferenceCleanupDialog.h"

#include "Clock.h"
#include "ReferenceChecklist.h"
#include "ReferenceOptionalDateEdit.h"
#include "reference/CleanupStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

ReferenceCleanupDialog::ReferenceCleanupDialog(Session& session, const CleanupDocument& document, QWidget* parent)
    : ReferenceFormDialog(session, QStringLiteral("ReferenceCleanupDialog"),
                          document.id > 0 ? tr("Review of a policy document") : tr("Add document under review"), parent)
    , m_document(document)
    , m_titleEdit(addLineEdit(tr("Title:"), QStringLiteral("titleEdit"), document.title))
    , m_docNumberEdit(addLineEdit(tr("Document number:"), QStringLiteral("docNumberEdit"), document.docNumber))
    , m_issuerEdit(addLineEdit(tr("Issuer:"), QStringLiteral("issuerEdit"), document.issuer))
    , m_provides(new ReferenceCheckBoxRow(CleanupDocuments::provisionKinds(), &CleanupDocuments::provisionName,
                                          QStringLiteral("providesCheckBox_"), this))
    , m_decisionComboBox(addComboBox(tr("Decision:"), QStringLiteral("decisionComboBox")))
    , m_reasonEdit(addTextEdit(tr("Reason:"), QStringLiteral("reasonEdit"), document.reason))
    , m_departmentEdit(
          addLineEdit(tr("Responsible department:"), QStringLiteral("departmentEdit"), document.responsibleDepartment))
    , m_dueEdit(new ReferenceOptionalDateEdit(tr("due on"), QStringLiteral("due"), this))
    , m_progressEdit(addTextEdit(tr("Progress:"), QStringLiteral("progressEdit"), document.progress))
    , m_completedEdit(new ReferenceOptionalDateEdit(tr("completed on"), QStringLiteral("completed"), this))
{
    // Rows in reading order: what the document provides right after who issued it, dates by progress.
    form()->insertRow(3, tr("Provides:"), m_provides);
    form()->insertRow(form()->rowCount() - 1, tr("Due:"), m_dueEdit);
    form()->addRow(tr("Completed:"), m_completedEdit);
    m_provides->setChecked(document.provides);
    for (auto decision : {CleanupDecision::Pending, CleanupDecision::Keep, CleanupDecision::Revise,
                          CleanupDecision::Abolish, CleanupDecision::Legislate})
        m_decisionComboBox->addItem(CleanupDocuments::decisionName(decision), int(decision));
    m_decisionComboBox->setCurrentIndex(m_decisionComboBox->findData(int(document.decision)));
    m_dueEdit->setDate(document.dueDate, Clock::currentDate().addMonths(3));
    m_completedEdit->setDate(document.completedOn, Clock::currentDate());
    okButton()->setText(isEditing() ? tr("Save") : tr("Add"));
    setNote(tr("Every document that adds catalog items, lists, measures or repair rules is reviewed: keep, revise "
               "or abolish it (国办发〔2020〕49号). An open review past its due date shows as overdue."));
}

CleanupDocument ReferenceCleanupDialog::collect() const
{
    CleanupDocument document = m_document;
    document.title = m_titleEdit->text().trimmed();
    document.docNumber = m_docNumberEdit->text().trimmed();
    document.issuer = m_issuerEdit->text().trimmed();
    document.provides = m_provides->checked();
    document.decision = CleanupDecision(m_decisionComboBox->currentData().toInt());
    document.reason = m_reasonEdit->toPlainText().trimmed();
    document.responsibleDepartment = m_departmentEdit->text().trimmed();
    document.dueDate = m_dueEdit->date();
    document.progress = m_progressEdit->toPlainText().trimmed();
    document.completedOn = m_completedEdit->date();
    return document;
}

Status ReferenceCleanupDialog::save()
{
    CleanupStore store(*m_session.db);
    auto result = isEditing() ? store.update(m_session.actor, collect()) : store.add(m_session.actor, collect());
    if (!result)
        return result.error();
    m_saved = *result;
    return {};
}
