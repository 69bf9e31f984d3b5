#pragma once

#include <QString>

// Argon2id through libsodium: the stored string carries its own salt and cost parameters.
class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& stored, const QString& password);
};
