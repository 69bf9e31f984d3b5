#pragma once

#include "CleanupDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

class Database;
struct Actor;

// The clean-up register (清理规范) and what in it is overdue.
class CleanupStore
{
    Q_DECLARE_TR_FUNCTIONS(CleanupStore)

public:
    explicit CleanupStore(Database& db)
        : m_db(db)
    { }

    Result<QList<CleanupDocument>> list();
    // Open reviews whose due date lies before `date`, oldest due first.
    Result<QList<CleanupDocument>> overdue(QDate date);
    Result<CleanupDocument> find(qint64 id);
    Result<CleanupDocument> add(const Actor& actor, const CleanupDocument& document);
    // document.version is the version the caller read.
    Result<CleanupDocument> update(const Actor& actor, const CleanupDocument& document);

    static Status validate(const CleanupDocument& document);

private:
    Result<QList<CleanupDocument>> select(const QString& where, const QVariantList& params);
    Database& m_db;
};
