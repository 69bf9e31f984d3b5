#include "ListingModule.h"

const CaseModule& ListingModule::module()
{
    static const CaseModule listing{table(), hooks()};
    return listing;
}
