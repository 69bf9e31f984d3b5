#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Where the data lives: "sqlite:PATH" (one file, one office PC) or
// "postgresql://USER@HOST:PORT/DBNAME" (a shared server; the password comes from PGPASSWORD or a prompt).
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString user;
    QString host;
    int port = 5432;
    QString databaseName;
    QString password; // never part of the text form

    static Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl defaultSqlite(); // in the user's data directory
    static DatabaseUrl sqliteFile(const QString& path) // a SQLite file given by its path
    {
        DatabaseUrl url;
        url.path = path;
        return url;
    }
    QString toString() const; // without the password
    bool isSqlite() const { return engine == Engine::Sqlite; }
};
