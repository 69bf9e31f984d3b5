#pragma once

#include "PagedQuery.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>
#include <atomic>

class Database;

// Reads the windows and the count of one PagedQuery at a time, on a reading connection of its own, in
// the thread it was moved to. WindowedTableModel drives it by queued calls only; it answers by signals.
// The newest window asked for is read first, so a fast scroll shows where it stopped, not where it
// passed; the count waits for the first window, because rows on screen matter more than a total.
class WindowLoader : public QObject
{
    Q_OBJECT

public:
    // db must outlive the loader; only its reader factory is used, never its writer connection.
    WindowLoader(const Database& db, const QString& connectionName);
    // Closes the reading connection: must run in the loader's thread (deleteLater on QThread::finished).
    ~WindowLoader() override;

    // Callable from any thread: work for an older token is dropped without being read.
    void setCurrentToken(quint64 token) { m_current.store(token); }

public slots:
    // Forgets all work, reads window 0 of query and then its count.
    void start(quint64 token, const PagedQuery& query, int windowRows);
    void fetch(quint64 token, int window);

signals:
    void windowReady(quint64 token, int window, const QList<QVariantList>& rows);
    // Asked for but given up because newer windows were asked for since: ask again if still wanted.
    void windowSkipped(quint64 token, int window);
    void countReady(quint64 token, qint64 count);
    // The query failed; nothing more is read for this token. message is for the officer.
    void failed(quint64 token, const QString& message);

private:
    void schedule();
    void processNext();
    void readWindow(int window);
    void readCount();
    bool openReader();
    void fail(const QString& message, const QString& detail);
    bool stale() const { return m_current.load() != m_token; }

    const Database& m_db;
    const QString m_connectionName;
    QSqlDatabase m_reader;
    std::atomic<quint64> m_current{0};
    quint64 m_token = 0;
    PagedQuery m_query;
    int m_windowRows = 200;
    QList<int> m_queue; // newest last
    bool m_countPending = false;
    bool m_windowDelivered = false;
    bool m_scheduled = false;
    bool m_failed = false;
};
