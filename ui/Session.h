#pragma once

#include "security/Actor.h"

class Database;

// The signed-in officer and the database the window works on.
struct Session
{
    Database* db = nullptr;
    Actor actor;
};
