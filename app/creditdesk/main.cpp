// creditdesk: the officers' window on CreditDesk.

#include "AppSettings.h"
#include "Clock.h"
#include "I18n.h"
#include "InterfaceFont.h"
#include "Startup.h"
#include "backup/DatabaseBackup.h"
#include "registry/RecordStore.h"
#include "security/Actor.h"
#include "setup/Setup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>

namespace {
Result<std::unique_ptr<Database>> openDatabase(DatabaseUrl url)
{
    Database::Options options;
    options.exclusive = true;
    options.migrate = false; // after the quick check: nothing is written to a damaged file
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

bool looksDamaged(const Error& error)
{
    const QString text = error.fullText();
    return text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database"))
        || text.contains(QLatin1String("disk I/O error"));
}

// A damaged local database: offer the newest backup in the configured folder. True when restored.
bool offerRestore(const DatabaseUrl& url, const QString& problem)
{
    const QString title = QObject::tr("CreditDesk");
    const QString folder = AppSettings::backupFolder(url);
    const QStringList backups = DatabaseBackup::backupsIn(folder, url);
    if (backups.isEmpty()) {
        MessageBoxes::critical(nullptr, title,
                               QObject::tr("The database %1 is damaged: %2\n\nNo backup was found in %3. Restore one "
                                           "with: creditctl --db sqlite:%1 restore FILE")
                                   .arg(url.path, problem, QDir::toNativeSeparators(folder)));
        return false;
    }
    const QFileInfo newest(backups.first());
    if (!MessageBoxes::question(
            nullptr, title,
            QObject::tr("The database %1 is damaged: %2\n\nRestore the newest backup, %3 (made %4)? The damaged file "
                        "is kept beside it. Work saved after that backup is not in it.")
                .arg(url.path, problem, newest.fileName(),
                     newest.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")))))
        return false;
    auto restored
        = DatabaseBackup::restore(newest.absoluteFilePath(), url, Actor::system(QStringLiteral("creditdesk")));
    if (!restored) {
        MessageBoxes::critical(nullptr, title, restored.error().message);
        return false;
    }
    MessageBoxes::information(nullptr, title,
                              QObject::tr("The database was restored from %1. The damaged file is kept as %2.")
                                  .arg(newest.fileName(), restored->keptAside));
    return true;
}

// Before the first write: a damaged file is found at start, not half way through an officer's work.
Status checkBeforeWriting(std::unique_ptr<Database>& db)
{
    auto problems = db->quickCheck();
    if (problems && problems->isEmpty())
        return {};
    const QString problem = problems ? problems->mid(0, 3).join(QStringLiteral("; ")) : problems.error().message;
    db->close();
    if (!offerRestore(db->url(), problem))
        return Error::storage(QObject::tr("The database %1 is damaged and was not opened.").arg(db->url().path),
                              problem);
    return db->reconnect();
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
    if (!db && url->isSqlite() && QFileInfo::exists(url->path) && looksDamaged(db.error())
        && offerRestore(*url, db.error().message))
        db = openDatabase(*url);
    if (!db) {
        MessageBoxes::critical(nullptr, QObject::tr("CreditDesk"), db.error().fullText());
        return 3;
    }
    if (url->isSqlite()) {
        if (auto checked = checkBeforeWriting(*db); !checked)
            return 3;
    }
    if (auto migrated = Migrator(**db).migrate(); !migrated) {
        MessageBoxes::critical(nullptr, QObject::tr("CreditDesk"), migrated.error().fullText());
        return 3;
    }
    if (auto seeded = Setup::seedReferenceData(**db); !seeded) {
        MessageBoxes::critical(nullptr, QObject::tr("CreditDesk"), seeded.error().fullText());
        return 3;
    }
    // Publication stops on its own when the period is over (docs/regulations.md §2): on every start, and by
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
