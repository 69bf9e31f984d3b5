#include "WindowLoader.h"

#include "PagedReader.h"
#include "storage/Database.h"

#include <QDebug>

namespace {
// Windows asked for and not yet read; older ones are given up first. A screen needs two or three.
constexpr int kMaxQueuedWindows = 8;
} // namespace

WindowLoader::WindowLoader(const Database& db, const QString& connectionName)
    : m_db(db)
    , m_connectionName(connectionName)
{ }

WindowLoader::~WindowLoader()
{
    if (!m_reader.isValid())
        return;
    m_reader = QSqlDatabase();
    Database::closeReader(m_connectionName);
}

void WindowLoader::start(quint64 token, const PagedQuery& query, int windowRows)
{
    m_token = token;
    m_query = query;
    m_windowRows = windowRows;
    m_queue = {0};
    m_countPending = !query.countSql.isEmpty();
    m_windowDelivered = false;
    m_failed = false;
    schedule();
}

void WindowLoader::fetch(quint64 token, int window)
{
    if (token != m_token || m_failed)
        return;
    m_queue.removeOne(window);
    m_queue.append(window);
    if (m_queue.size() > kMaxQueuedWindows)
        emit windowSkipped(token, m_queue.takeFirst());
    schedule();
}

// Each read is its own event, so the requests that arrived meanwhile are queued (and a newer token
// seen) before the next read is chosen.
void WindowLoader::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &WindowLoader::processNext, Qt::QueuedConnection);
}

void WindowLoader::processNext()
{
    m_scheduled = false;
    if (stale()) {
        m_queue.clear();
        m_countPending = false;
        return;
    }
    if (m_countPending && (m_windowDelivered || m_queue.isEmpty()))
        readCount();
    else if (!m_queue.isEmpty())
        readWindow(m_queue.takeLast());
    if (m_countPending || !m_queue.isEmpty())
        schedule();
}

void WindowLoader::readWindow(int window)
{
    if (!openReader())
        return;
    auto rows = PagedReader::fetchWindow(m_reader, m_query, window * m_windowRows, m_windowRows);
    if (!rows)
        return fail(rows.error().message, rows.error().detail);
    m_windowDelivered = true;
    emit windowReady(m_token, window, *rows);
}

void WindowLoader::readCount()
{
    m_countPending = false;
    if (!openReader())
        return;
    auto total = PagedReader::count(m_reader, m_query);
    if (!total)
        return fail(total.error().message, total.error().detail);
    emit countReady(m_token, *total);
}

bool WindowLoader::openReader()
{
    if (m_reader.isOpen())
        return true;
    auto reader = m_db.openReader(m_connectionName);
    if (!reader) {
        fail(reader.error().message, reader.error().detail);
        return false;
    }
    m_reader = *reader;
    return true;
}

void WindowLoader::fail(const QString& message, const QString& detail)
{
    qWarning().noquote() << "list query failed:" << message << detail;
    m_queue.clear();
    m_countPending = false;
    m_failed = true;
    emit failed(m_token, message);
}
