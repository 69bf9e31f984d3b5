#pragma once

#include "security/Actor.h"

class Database;
class Navigator;

// The signed-in officer and the database the window works on.
struct Session
{
    Database* db = nullptr;
    Actor actor;
    Navigator* navigator = nullptr; // the shell's way to other features' screens; null in a screen's own test
};
