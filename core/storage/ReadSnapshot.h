#pragma once

class Database;

// Several SELECTs that must see one consistent state (the audit chain and its head row, say) while
// other officers keep writing. A no-op inside a Transaction, which already sees one state.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_active = false;
};
