#pragma once

#include "cases/CaseScreens.h"

// The listing's screens: its draft dialog (ListingDraftDialog) for a new case and for editing a draft.
namespace ListingScreens {
const CaseScreens& screens();
}
