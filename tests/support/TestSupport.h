#pragma once

#include <QString>

namespace TestSupport {
// A URL of a fresh, empty database of the given engine ("sqlite" or "postgresql").
// PostgreSQL databases are created on the throwaway server the CTest fixture started; when that
// server is not there the call fails the test instead of skipping it.
QString freshDatabaseUrl(const QString& engine);
QString postgresServerUrl();
QString creditctlPath();
} // namespace TestSupport
