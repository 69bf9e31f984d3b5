#include "CaseScreens.h"
#include "cases/listing/ListingScreens.h"

#include <QCoreApplication>

namespace CaseScreenModules {

const QList<const CaseScreens*>& all()
{
    static const QList<const CaseScreens*> screens = {
        &ListingScreens::screens(),
    };
    return screens;
}

const CaseScreens* find(const QString& typeId)
{
    for (const CaseScreens* screens : all()) {
        if (screens->typeId == typeId)
            return screens;
    }
    return nullptr;
}

QString newCaseLabel(const CaseScreens& screens)
{
    return QCoreApplication::translate("CaseScreens", screens.newCaseLabel);
}

} // namespace CaseScreenModules
