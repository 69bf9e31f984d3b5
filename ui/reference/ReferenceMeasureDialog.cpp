#include "ReferenceMeasureDialog.h"

#include "ReferenceBasisChecklist.h"
#include "ReferenceChecklist.h"
#include "reference/ListDomainStore.h"
#include "reference/MeasureStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

ReferenceMeasureDialog::ReferenceMeasureDialog(Session& session, const Measure& measure, QWidget* parent)
    : ReferenceFormDialog(session, QStringLiteral("ReferenceMeasureDialog"),
                          measure.id > 0 ? tr("Edit measure %1").arg(measure.measureKey) : tr("Add measure"), parent)
    , m_measure(measure)
{
    buildForm();
}

void ReferenceMeasureDialog::buildForm()
{
    auto classes = MeasureStore(*m_session.db).classes();
    if (!classes)
        showLoadError(classes.error());
    m_classComboBox = addClassComboBox(classes ? *classes : QList<ReferenceClass>(), m_measure.classNo);
    m_nameEdit = addLineEdit(tr("Name:"), QStringLiteral("nameEdit"), m_measure.name);
    m_contentEdit = addTextEdit(tr("Content:"), QStringLiteral("contentEdit"), m_measure.content);
    m_departmentEdit = addLineEdit(tr("Implementing department:"), QStringLiteral("departmentEdit"),
                                   m_measure.implementingDepartment);
    m_subjects = addSubjectKinds(tr("Subjects it may apply to:"), m_measure.subjectKinds);
    m_scopeComboBox = addScopeComboBox(m_measure.scope);
    m_domainList = new ReferenceChecklist(QStringLiteral("domainChecklist"), this);
    m_recordKindList = new ReferenceChecklist(QStringLiteral("recordKindChecklist"), this);
    form()->addRow(tr("Follows from list domains:"), m_domainList);
    form()->addRow(tr("Follows from record kinds:"), m_recordKindList);
    loadFollows();
    m_basisList = addBasisChecklist(m_measure.basisIds);
    m_fromEdit = addVersionDate(isEditing(), m_measure.versionNo, m_measure.effectiveFrom);
    // Scope and class identify the measure's key; they stay as they are in a revision.
    m_scopeComboBox->setEnabled(!isEditing());
    m_classComboBox->setEnabled(!isEditing());
}

void ReferenceMeasureDialog::loadFollows()
{
    auto domains = ListDomainStore(*m_session.db).list();
    auto kinds = MeasureStore(*m_session.db).recordKinds();
    if (!domains || !kinds)
        return showLoadError(!domains ? domains.error() : kinds.error());
    QList<std::pair<QString, QString>> domainEntries;
    for (const auto& d : std::as_const(*domains))
        domainEntries.append({d.code, tr("%1 (%2)").arg(d.name, ListDomains::statusName(d.status))});
    m_domainList->setEntries(domainEntries, m_measure.followsListDomains);
    QList<std::pair<QString, QString>> kindEntries;
    for (const auto& k : std::as_const(*kinds))
        kindEntries.append({k.code, k.name});
    m_recordKindList->setEntries(kindEntries, m_measure.followsRecordKinds);
}

Measure ReferenceMeasureDialog::collect() const
{
    Measure measure = m_measure;
    measure.classNo = m_classComboBox->currentData().toInt();
    measure.name = m_nameEdit->text().trimmed();
    measure.content = m_contentEdit->toPlainText().trimmed();
    measure.implementingDepartment = m_departmentEdit->text().trimmed();
    measure.subjectKinds = m_subjects->checked();
    measure.scope = Scope(m_scopeComboBox->currentData().toInt());
    measure.followsListDomains = m_domainList->checkedStrings();
    measure.followsRecordKinds = m_recordKindList->checkedStrings();
    measure.basisIds = m_basisList->checkedIds();
    measure.effectiveFrom = m_fromEdit->date();
    return measure;
}

Status ReferenceMeasureDialog::save()
{
    const Measure measure = collect();
    MeasureStore store(*m_session.db);
    auto result = isEditing()
        ? store.revise(m_session.actor, m_measure.id, m_measure.version, measure, measure.effectiveFrom)
        : store.add(m_session.actor, measure);
    if (!result)
        return result.error();
    m_saved = *result;
    return {};
}
