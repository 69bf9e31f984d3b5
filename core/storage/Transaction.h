#pragma once

#include "Result.h"

class Database;

// One unit of work on the writer connection: begun on construction, rolled back on destruction unless
// committed. Nested transactions join the outermost one; if an inner one is abandoned the whole unit
// rolls back, so an action and its audit row are never committed apart.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& status() const { return m_status; }
    bool ok() const { return m_status.ok(); }
    Status commit();
    void rollback();

private:
    Database& m_db;
    Status m_status;
    bool m_outermost = false;
    bool m_done = false;
};
