#pragma once

#include "query/PagedQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <functional>
#include <optional>

class Database;
class QTimer;
class WindowLoader;

// A read-only table over a PagedQuery of any size, for lists of millions of rows. Rows are read in
// windows on a thread of the model's own, on a reading connection (never the writer), so the GUI never
// waits for SQL: the first window shows as soon as it is read, the count follows, and a row not loaded
// yet shows a placeholder until its window arrives. A bounded number of windows is kept.
//
// Until the count is known, rowCount() is the number of rows loaded and views grow it by fetchMore();
// once it is known, rowCount() is the count and any row can be scrolled to.
class WindowedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Formats one cell of a loaded row for a role, on the GUI thread (masks, dates, terms...).
    using DisplayHook = std::function<QVariant(const QVariantList& row, int column, int role)>;
    // The query that lists the same rows sorted by a column.
    using SortFactory = std::function<PagedQuery(int column, Qt::SortOrder order)>;

    static constexpr int kWindowRows = 200;
    static constexpr int kMaxWindows = 50;

    // db must outlive the model. headers label the columns; a column without one has an empty header.
    WindowedTableModel(Database& db, int columnCount, const QStringList& headers = {}, QObject* parent = nullptr);
    // Waits for a read in progress to end, then closes the reading connection.
    ~WindowedTableModel() override;

    void setHeaders(const QStringList& headers);
    // Default: DisplayRole shows row[column] as read, other roles nothing.
    void setDisplayHook(DisplayHook hook);
    void setSortFactory(SortFactory factory);

    // Shows another list (a new filter, a new order): the model is reset and the old one's reads dropped.
    void setQuery(const PagedQuery& query);
    const PagedQuery& query() const { return m_query; }

    bool isLoading() const;
    // -1 until known.
    qint64 totalCount() const { return m_count; }
    // The raw values of a row, when its window is loaded.
    std::optional<QVariantList> rowValues(int row) const;
    // Runs the event loop until nothing is being read; false if timeoutMs passed first. For tests and
    // command-line callers: a window should react to loadingChanged instead.
    bool waitUntilIdle(int timeoutMs);
    // What a cell of a row not loaded yet shows.
    static QString placeholder();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void countKnown(qint64 count);
    // A read failed; message is for the officer (the detail went to the log). Nothing more is read
    // for this query.
    void failed(const QString& message);

    // To the loader, across threads.
    void startRequested(quint64 token, const PagedQuery& query, int windowRows, QPrivateSignal);
    void windowRequested(quint64 token, int window, QPrivateSignal);

private:
    void onWindowReady(quint64 token, int window, const QList<QVariantList>& rows);
    void onWindowSkipped(quint64 token, int window);
    void onCountReady(quint64 token, qint64 count);
    void onFailed(quint64 token, const QString& message);

    const QVariantList* loadedRow(int row) const;
    void want(int window) const;
    void requestWanted();
    void storeWindow(int window, QList<QVariantList> rows);
    void setRowCount(int rows);
    void windowChanged(int window, int rows);
    void updateLoading();

    QThread m_thread;
    WindowLoader* m_loader = nullptr;
    int m_columnCount = 0;
    QStringList m_headers;
    DisplayHook m_displayHook;
    SortFactory m_sortFactory;

    PagedQuery m_query;
    quint64 m_token = 0;
    int m_rowCount = 0;
    qint64 m_count = -1;
    bool m_endReached = false;
    bool m_countPending = false;
    bool m_failed = false;
    bool m_loading = false;
    struct Window
    {
        QList<QVariantList> rows;
        mutable quint64 lastUse = 0; // m_useClock when data() last read it
    };
    QHash<int, Window> m_windows;
    mutable quint64 m_useClock = 0;
    QSet<int> m_pending; // asked of the loader, not answered yet
    // Asked for by data() during a paint; sent together once the paint is over.
    mutable QList<int> m_wanted;
    QTimer* m_wantTimer = nullptr;
};
