#include "ReadSnapshot.h"

#include "Database.h"

ReadSnapshot::ReadSnapshot(Database& db)
    : m_db(db)
{
    if (m_db.transactionDepth() > 0)
        return;
    // SQLite in WAL mode: a deferred transaction reads one snapshot without blocking writers.
    // PostgreSQL: REPEATABLE READ gives every statement the snapshot of the first.
    m_active = m_db.exec(m_db.isSqlite() ? QStringLiteral("BEGIN")
                                         : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
                   .ok();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        (void)m_db.exec(QStringLiteral("COMMIT"));
}
