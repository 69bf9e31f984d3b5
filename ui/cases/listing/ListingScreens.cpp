#include "ListingScreens.h"

#include "ListingDraftDialog.h"

#include <QCoreApplication>

const CaseScreens& ListingScreens::screens()
{
    static const CaseScreens screens{
        QStringLiteral("listing"),
        QT_TRANSLATE_NOOP("CaseScreens", "New listing draft…"),
        [](Session& session, QWidget* parent, qint64 subjectId) -> qint64 {
            ListingDraftDialog dialog(session, parent, 0, 0, subjectId);
            return dialog.exec() == QDialog::Accepted ? dialog.caseId() : 0;
        },
        [](Session& session, QWidget* parent, qint64 caseId, int version) {
            ListingDraftDialog dialog(session, parent, caseId, version);
            return dialog.exec() == QDialog::Accepted;
        },
    };
    return screens;
}
