#pragma once

#include <QByteArray>
#include <QString>

struct zip;

// Read-only view of a zip archive held in memory (libzip); the bytes must outlive it.
class ZipArchive
{
public:
    enum class Entry
    {
        Read,
        Missing,
        Encrypted,
        Damaged, // unreadable, failed its CRC, or larger than a part can sensibly be
    };

    explicit ZipArchive(const QByteArray& bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Names are matched without regard to case, as Open Packaging Conventions require.
    bool contains(const QString& name) const;
    Entry read(const QString& name, QByteArray& out) const;

private:
    struct zip* m_zip = nullptr;
};
