#pragma once

#include <QString>

// The verdict on one typed identity code. `reason` is empty when the code is valid; otherwise it is a
// translated clause for the officer that says what is wrong and where ("check character should be X,
// is 3"), lower-case and without a full stop, so a form can put it after the field's name.
struct CodeCheck
{
    QString input; // exactly as typed
    QString normalized; // trimmed, half-width, upper-case: what is stored when valid
    bool valid = false;
    QString reason;
};
