#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantList>

// One list as SQL: the rows in their order, and how many there are. Read one window at a time with
// PagedReader; WindowedTableModel shows one lazily.
struct PagedQuery
{
    // SELECT ... FROM ... WHERE ... ORDER BY ..., without LIMIT or OFFSET. The ORDER BY must end with a
    // unique key: windows are read with OFFSET, so rows that tie would move between windows.
    QString selectSql;
    // SELECT COUNT(*) FROM ... WHERE ... with the same filter; empty when the count is only known once
    // the last window has been read.
    QString countSql;
    // Positional (?) parameters, shared by both statements.
    QVariantList params;

    bool isEmpty() const { return selectSql.isEmpty(); }
};

Q_DECLARE_METATYPE(PagedQuery)
