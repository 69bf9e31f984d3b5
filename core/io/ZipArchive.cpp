#include "io/ZipArchive.h"

#include <zip.h>

namespace {
// A bound on one decompressed part, so that a zip bomb fails instead of exhausting memory.
constexpr zip_uint64_t maxPartSize = zip_uint64_t(1) << 30;
} // namespace

ZipArchive::ZipArchive(const QByteArray& bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_zip)
            zip_source_free(source);
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::contains(const QString& name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

ZipArchive::Entry ZipArchive::read(const QString& name, QByteArray& out) const
{
    const zip_int64_t index = m_zip ? zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) : -1;
    if (index < 0)
        return Entry::Missing;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)
        || stat.size > maxPartSize)
        return Entry::Damaged;
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Entry::Encrypted;
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return Entry::Damaged;
    out.resize(qsizetype(stat.size));
    const zip_int64_t count = zip_fread(file, out.data(), stat.size);
    zip_fclose(file);
    return count == zip_int64_t(stat.size) ? Entry::Read : Entry::Damaged;
}
