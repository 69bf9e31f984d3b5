// creditdesk: the officers' window on CreditDesk.

#include "AppSettings.h"
#include "Clock.h"
#include "I18n.h"
#include "InterfaceFont.h"
#include "MessageBoxes.h"
#include "Startup.h"
#include "registry/RecordStore.h"
#include "security/Actor.h"
#include "storage/Database.h"
#include "storage/Setup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>

namespace {
Result<std::unique_ptr<Database>> openDatabase(DatabaseUrl url)
{
    Database::Options options;
    options.exclusive = true;
    auto db = Database::open(url, options);
    // A shared server without PGPASSWORD: ask, at most three times.
    for (int attempt = 0; !db && !url.isSqlite() && attempt < 3; ++attempt) {
        if (!db.error().detail.contains(QLatin1String("password")))
            break;
        bool ok = false;
        const QString password = QInputDialog::getText(nullptr, QObject::tr("PostgreSQL password"),
                                                       QObject::tr("Password of %1 on %2:").arg(url.user, url.host),
                                                       QLineEdit::Password, {}, &ok);
        if (!ok)
            break;
        url.password = password;
        db = Database::open(url, options);
    }
    return db;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationDisplayName(QObject::tr("CreditDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    I18n::install(app, AppSettings::language());
    applyInterfaceFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("CreditDesk — case handling for the social credit office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QObject::tr("Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME."),
                                      QStringLiteral("URL"));
    parser.addOption(dbOption);
    parser.process(app);

    QString text = parser.value(dbOption);
    if (text.isEmpty())
        text = AppSettings::databaseUrl();
    auto url = text.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultSqlite()) : DatabaseUrl::parse(text);
    if (!url) {
        MessageBoxes::critical(nullptr, QObject::tr("CreditDesk"), url.error().message);
        return 2;
    }
    auto db = openDatabase(*url);
    if (!db) {
        MessageBoxes::critical(nullptr, QObject::tr("CreditDesk"), db.error().fullText());
        return 3;
    }
    if (auto seeded = Setup::seedReferenceData(**db); !seeded) {
        MessageBoxes::critical(nullptr, QObject::tr("CreditDesk"), seeded.error().fullText());
        return 3;
    }
    // Publication stops on its own when the period is over (DOMAIN.md §2): on every start, and by
    // `creditctl maintenance` for a database that no one opens for a while. A failure is not fatal.
    if (auto ended
        = RecordStore(**db).endExpiredPublication(Actor::system(QStringLiteral("creditdesk")), Clock::currentDate());
        !ended)
        qWarning("%s", qPrintable(ended.error().fullText()));

    Startup startup(**db);
    QObject::connect(&startup, &Startup::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    app.setQuitOnLastWindowClosed(true);
    startup.begin();
    return app.exec();
}
