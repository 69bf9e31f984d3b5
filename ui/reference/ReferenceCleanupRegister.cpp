#include "ReferenceCleanupRegister.h"

#include "Clock.h"
#include "ReferenceCleanupDialog.h"
#include "reference/CleanupStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace ReferenceText;

QString ReferenceCleanupRegister::title()
{
    return tr("Clean-up register");
}

ReferenceCleanupRegister::ReferenceCleanupRegister(Session& session, bool editor, QWidget* parent)
    : ReferenceRegister(session, editor, QStringLiteral("cleanup"),
                        {tr("Title"), tr("Document number"), tr("Issuer"), tr("Provides"), tr("Decision"),
                         tr("Responsible department"), tr("Due"), tr("Completed"), tr("Progress")},
                        parent)
{
    setDetailProvider([this](int row) { return cleanupDetail(row); });
    m_overdueCheckBox = new QCheckBox(tr("Overdue only"), this);
    m_overdueCheckBox->setObjectName(QStringLiteral("overdueCheckBox"));
    addControl(m_overdueCheckBox);
    connect(m_overdueCheckBox, &QCheckBox::toggled, this, &ReferenceCleanupRegister::load);
    addButton(tr("Add…"), QStringLiteral("addCleanupButton"), Access::Editors, always,
              [this](int) { editCleanup(-1); });
    auto* edit = addButton(tr("Edit…"), QStringLiteral("editCleanupButton"), Access::Editors, anyRow,
                           [this](int row) { editCleanup(row); });
    openOnDoubleClick(edit);
}

void ReferenceCleanupRegister::load()
{
    CleanupStore store(*m_session.db);
    auto documents = m_overdueCheckBox->isChecked() ? store.overdue(Clock::currentDate()) : store.list();
    if (!documents)
        return showError(documents.error());
    m_cleanup = *documents;
    fill(
        this, m_cleanup,
        [](const CleanupDocument& d) {
            return QStringList{d.title,
                               d.docNumber,
                               d.issuer,
                               provisions(d.provides),
                               CleanupDocuments::decisionName(d.decision),
                               d.responsibleDepartment,
                               day(d.dueDate),
                               day(d.completedOn),
                               d.progress};
        },
        [](const CleanupDocument& d) { return d.completedOn.isValid(); });
}

void ReferenceCleanupRegister::editCleanup(int row)
{
    ReferenceCleanupDialog dialog(m_session, row >= 0 ? m_cleanup.at(row) : CleanupDocument(), this);
    const int result = dialog.exec();
    finishDialog(result, dialog.saved().title);
}

QString ReferenceCleanupRegister::cleanupDetail(int index) const
{
    const CleanupDocument& d = m_cleanup.at(index);
    using ReferenceHtml::row;
    const bool overdue = d.overdueOn(Clock::currentDate());
    return ReferenceHtml::table(
        d.title,
        {row(tr("Document number:"), d.docNumber), row(tr("Issuer:"), d.issuer),
         row(tr("Provides:"), provisions(d.provides)), row(tr("Decision:"), CleanupDocuments::decisionName(d.decision)),
         row(tr("Reason:"), d.reason), row(tr("Responsible department:"), d.responsibleDepartment),
         row(tr("Due:"), overdue ? tr("%1 (overdue)").arg(day(d.dueDate)) : day(d.dueDate)),
         row(tr("Progress:"), d.progress), row(tr("Completed:"), day(d.completedOn))});
}
