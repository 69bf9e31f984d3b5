#include "Transaction.h"

#include "Database.h"

#include <QSqlError>

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (m_db.transactionDepth()++ > 0)
        return;
    m_outermost = true;
    m_db.rollbackOnly() = false;
    // BEGIN IMMEDIATE takes SQLite's write lock up front: a busy database is then reported at the
    // start instead of as a failed upgrade half way through the work.
    if (m_db.isSqlite()) {
        if (auto begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            m_status = begun.error();
    } else if (!m_db.connection().transaction()) {
        m_status = m_db.errorFrom(m_db.connection().lastError(), QObject::tr("start a transaction"));
    }
    if (!m_status.ok()) {
        m_db.transactionDepth()--;
        m_done = true;
        m_outermost = false;
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Status(Error::storage(QObject::tr("The transaction was already finished."))) : m_status;
    m_done = true;
    m_db.transactionDepth()--;
    if (!m_outermost)
        return {};
    if (m_db.rollbackOnly()) {
        m_db.connection().rollback();
        return Error::storage(QObject::tr("Nothing was saved: part of the work failed."));
    }
    if (m_db.isSqlite()) {
        auto result = m_db.exec(QStringLiteral("COMMIT"));
        if (!result) {
            m_db.exec(QStringLiteral("ROLLBACK")).ok();
            return result.error();
        }
        return {};
    }
    if (!m_db.connection().commit()) {
        const auto error = m_db.errorFrom(m_db.connection().lastError(), QObject::tr("save"));
        m_db.connection().rollback();
        return error;
    }
    return {};
}

void Transaction::rollback()
{
    if (m_done)
        return;
    m_done = true;
    m_db.transactionDepth()--;
    if (!m_outermost) {
        m_db.rollbackOnly() = true;
        return;
    }
    if (m_db.isSqlite())
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    else
        m_db.connection().rollback();
}
