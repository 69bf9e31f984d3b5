#pragma once

#include <QString>

// The SHA-256 of a file's bytes as lower-case hex, read in blocks (files of any size); empty when the
// file cannot be read. Imports and backups record it so a file can later be shown to be the same one.
QString fileSha256(const QString& path);
