#include "ShellNavigator.h"

#include "Session.h"
#include "cases/CaseDetailDialog.h"
#include "cases/CaseScreens.h"
#include "registry/RegistrySubjectDetailDialog.h"

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
    const CaseScreens* screens = CaseScreenModules::find(caseType);
    if (!screens || !screens->draftNew)
        return;
    if (const qint64 created = screens->draftNew(m_session, parent, subjectId))
        openCase(created, parent);
}
