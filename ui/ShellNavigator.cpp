#include "ShellNavigator.h"

#include "CaseDetailDialog.h"
#include "ListingDraftDialog.h"
#include "RegistrySubjectDetailDialog.h"
#include "Session.h"

void ShellNavigator::openCase(qint64 caseId, QWidget* parent)
{
    CaseDetailDialog dialog(m_session, caseId, parent);
    dialog.exec();
}

void ShellNavigator::openSubject(qint64 subjectId, QWidget* parent)
{
    RegistrySubjectDetailDialog dialog(m_session, subjectId, parent);
    dialog.exec();
}

void ShellNavigator::startCase(const QString& caseType, qint64 subjectId, QWidget* parent)
{
    if (caseType != QLatin1String("listing"))
        return; // the listing is the only case type drafted in the window so far
    ListingDraftDialog draft(m_session, parent, 0, 0, subjectId);
    if (draft.exec() != QDialog::Accepted)
        return;
    openCase(draft.caseId(), parent);
}
