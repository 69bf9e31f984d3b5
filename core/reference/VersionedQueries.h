#pragma once

#include "CatalogItem.h"
#include "VersionedRows.h"
#include "storage/Database.h"

#include <functional>

// The read side that CatalogStore and MeasureStore share: classes of the national list, the newest
// version of each key, the versions in force on a date, one key's history and one version by id or by
// date. Row is CatalogItem or Measure; the store's `select` reads rows of alias "t" for a WHERE/ORDER BY
// tail, and the store words what is missing (translated in its own context).
template <typename Row> class VersionedQueries
{
public:
    using Select = std::function<Result<QList<Row>>(const QString& tail, const QVariantList& params)>;
    struct Wording
    {
        QString noSuchId; // %1: the row id
        QString notInForce; // %1: the key, %2: the date
    };

    VersionedQueries(Database& db, VersionedTable table, Select select, Wording wording)
        : m_db(db)
        , m_table(std::move(table))
        , m_select(std::move(select))
        , m_wording(std::move(wording))
    { }

    Result<QList<ReferenceClass>> classes()
    {
        auto rows = m_db.exec(
            QStringLiteral("SELECT class_no, name FROM reference_classes WHERE list_kind = ? ORDER BY class_no"),
            {m_table.listKind});
        if (!rows)
            return rows.error();
        QList<ReferenceClass> list;
        while (rows->next())
            list << ReferenceClass{rows->value(0).toInt(), rows->value(1).toString()};
        return list;
    }

    Result<QList<Row>> list(bool includeAbolished)
    {
        QString where = QStringLiteral(" WHERE ") + VersionedRows(m_db, m_table).latestCondition();
        if (!includeAbolished)
            where += QStringLiteral(" AND t.status = 'in_force'");
        return m_select(where + order(), {});
    }

    Result<QList<Row>> inForceOn(QDate date) { return inForceWhere(date, {}, {}); }

    // The versions in force on a date that also meet `condition` (SQL on alias "t", with its parameters).
    Result<QList<Row>> inForceWhere(QDate date, const QString& condition, const QVariantList& params)
    {
        if (!date.isValid())
            return Error::invalid(VersionedRows::tr("The date is not valid."));
        QString where = QStringLiteral(" WHERE ") + VersionedRows::inForceCondition();
        if (!condition.isEmpty())
            where += QStringLiteral(" AND ") + condition;
        return m_select(where + order(), QVariantList{day(date), day(date)} + params);
    }

    Result<QList<Row>> history(const QString& key)
    {
        return m_select(QStringLiteral(" WHERE t.%1 = ? ORDER BY t.version_no").arg(m_table.keyColumn), {key});
    }

    Result<Row> find(qint64 id)
    {
        return first(m_select(QStringLiteral(" WHERE t.id = ?"), {id}), m_wording.noSuchId.arg(id));
    }

    Result<Row> versionOn(const QString& key, QDate date)
    {
        if (!date.isValid())
            return Error::invalid(VersionedRows::tr("The date is not valid."));
        return first(
            m_select(QStringLiteral(" WHERE t.%1 = ? AND ").arg(m_table.keyColumn) + VersionedRows::inForceCondition(),
                     {key, day(date), day(date)}),
            m_wording.notInForce.arg(key, day(date)));
    }

private:
    static QString day(QDate date) { return date.toString(Qt::ISODate); }
    QString order() const { return QStringLiteral(" ORDER BY t.class_no, t.%1").arg(m_table.keyColumn); }

    static Result<Row> first(Result<QList<Row>> found, const QString& notFound)
    {
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error::notFound(notFound);
        return found->first();
    }

    Database& m_db;
    VersionedTable m_table;
    Select m_select;
    Wording m_wording;
};
