#pragma once

#include "security/Actor.h"
#include "storage/Database.h"

#include <QString>
#include <QTest>
#include <memory>

namespace TestSupport {
// A URL of a fresh, empty database of the given engine ("sqlite" or "postgresql"). PostgreSQL
// databases are created on the throwaway server that the CTest fixture started; without that server
// the URL is empty and failureReason() says why, so the test fails instead of skipping.
QString freshDatabaseUrl(const QString& engine);
QString failureReason();
QString postgresServerUrl();
QString creditctlPath();
// The password the page tests give the first administrator and the demo accounts.
inline const QString kDemoPassword = QStringLiteral("Credit2026!");
// A fresh SQLite database with the first administrator (sysadmin) and the demo accounts, all with
// kDemoPassword; nullptr when set-up failed.
std::unique_ptr<Database> demoDatabase();
// Signs a demo account in with kDemoPassword (a warning and an empty actor when that fails).
Actor signIn(Database& db, const QString& login);
// A child widget or object by name, with a warning when there is none.
template <typename T> T child(QObject* parent, const char* name)
{
    T found = parent->findChild<T>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Opens a fresh, migrated database with the shipped reference data.
std::unique_ptr<Database> freshDatabase(const QString& engine);
// Adds the two engines as rows of a data-driven test ("engine" column).
void addEngineRows();
// The "engine" of the current global data row.
inline QString currentEngine()
{
    return *static_cast<QString*>(QTest::qGlobalData("engine", ::qMetaTypeId<QString>()));
}
} // namespace TestSupport

// Opens a fresh database for the current "engine" data row or fails the test.
#define FRESH_DATABASE(var)                                                                                            \
    auto var = TestSupport::freshDatabase(TestSupport::currentEngine());                                               \
    QVERIFY2(var, qPrintable(TestSupport::failureReason()))
