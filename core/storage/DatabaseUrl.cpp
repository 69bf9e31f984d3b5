#include "DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

Result<DatabaseUrl> DatabaseUrl::parse(const QString& input)
{
    const QString text = input.trimmed();
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.engine = Engine::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2); // sqlite:///abs/path
        if (url.path.isEmpty())
            return Error::invalid(tr("The SQLite database URL has no file path: write sqlite:/path/to/file.db"));
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(url.path));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return Error::invalid(tr("The PostgreSQL URL \"%1\" is not valid: %2").arg(text, parsed.errorString()));
        url.engine = Engine::Postgres;
        url.user = parsed.userName();
        url.password = parsed.password();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.databaseName = parsed.path().mid(1);
        if (url.host.isEmpty())
            return Error::invalid(tr("The PostgreSQL URL \"%1\" names no host").arg(text));
        if (url.databaseName.isEmpty() || url.databaseName.contains(u'/'))
            return Error::invalid(tr("The PostgreSQL URL \"%1\" must end with /DATABASE_NAME").arg(text));
        if (url.port <= 0 || url.port > 65535)
            return Error::invalid(tr("The PostgreSQL URL \"%1\" has an invalid port").arg(text));
        return url;
    }
    return Error::invalid(
        tr("Unknown database URL \"%1\": use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME").arg(text));
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    DatabaseUrl url;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    url.path = QDir(dir).filePath(QStringLiteral("creditdesk.db"));
    return url;
}

QString DatabaseUrl::toString() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    return text + host + u':' + QString::number(port) + u'/' + databaseName;
}
