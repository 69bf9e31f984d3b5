#include "CaseModule.h"
#include "listing/ListingModule.h"

// The case types CreditDesk runs: one line a type. Everything else about a type lives in its folder.
const QList<const CaseModule*>& CaseModules::all()
{
    static const QList<const CaseModule*> modules = {
        &ListingModule::module(),
    };
    return modules;
}

const CaseModule* CaseModules::find(const QString& typeId)
{
    for (const CaseModule* module : all()) {
        if (module->type.id == typeId)
            return module;
    }
    return nullptr;
}
