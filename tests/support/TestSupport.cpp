#include "TestSupport.h"

#include "security/Accounts.h"
#include "setup/Setup.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace TestSupport {
namespace {
QString s_failure;

QTemporaryDir& tempDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

QString failureReason()
{
    return s_failure;
}

QString postgresServerUrl()
{
    QFile file(QStringLiteral(CREDITDESK_PG_URL_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString creditctlPath()
{
    return QStringLiteral(CREDITCTL_PATH);
}

QString freshDatabaseUrl(const QString& engine)
{
    s_failure.clear();
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (engine == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:") + tempDir().filePath(name + QStringLiteral(".db"));
    const QString server = postgresServerUrl();
    if (server.isEmpty()) {
        s_failure = QStringLiteral("The throwaway PostgreSQL server is not running (no URL in " CREDITDESK_PG_URL_FILE
                                   "). Run the suite with scripts/test.sh or ctest, whose fixture starts it.");
        return {};
    }
    auto url = DatabaseUrl::parse(server);
    if (!url) {
        s_failure = url.error().message;
        return {};
    }
    {
        auto admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("testsupport-admin"));
        admin.setHostName(url->host);
        admin.setPort(url->port);
        admin.setUserName(url->user);
        admin.setDatabaseName(url->databaseName);
        if (!admin.open()) {
            s_failure = QStringLiteral("Cannot reach the test PostgreSQL server: ") + admin.lastError().text();
        } else {
            QSqlQuery create(admin);
            if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
                s_failure = QStringLiteral("CREATE DATABASE failed: ") + create.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testsupport-admin"));
    if (!s_failure.isEmpty())
        return {};
    url->databaseName = name;
    return url->toString();
}

std::unique_ptr<Database> freshDatabase(const QString& engine)
{
    const QString text = freshDatabaseUrl(engine);
    if (text.isEmpty())
        return nullptr;
    auto url = DatabaseUrl::parse(text);
    auto db = Database::open(*url);
    if (!db) {
        s_failure = db.error().fullText();
        return nullptr;
    }
    if (auto seeded = Setup::seedReferenceData(**db); !seeded) {
        s_failure = seeded.error().fullText();
        return nullptr;
    }
    return std::move(*db);
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}
} // namespace TestSupport

std::unique_ptr<Database> TestSupport::demoDatabase()
{
    auto db = freshDatabase(QStringLiteral("sqlite"));
    if (!db)
        return nullptr;
    if (!Setup::createFirstAdministrator(
            *db, {QStringLiteral("sysadmin"), QStringLiteral("张管理"), kDemoPassword, QStringLiteral("XYB"), {}})
        || !Setup::installDemo(*db, kDemoPassword))
        return nullptr;
    return db;
}

Actor TestSupport::signIn(Database& db, const QString& login)
{
    auto actor = Accounts(db).signIn(login, kDemoPassword);
    if (!actor)
        qWarning("sign-in of %s failed: %s", qPrintable(login), qPrintable(actor.error().message));
    return actor ? *actor : Actor{};
}
