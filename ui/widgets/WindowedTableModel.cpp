#include "WindowedTableModel.h"

#include "query/WindowLoader.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <climits>
#include <utility>

namespace {
QAtomicInt s_readerCounter;

// How long waitUntilIdle sleeps at most before looking again.
constexpr int kIdlePollMs = 50;
} // namespace

WindowedTableModel::WindowedTableModel(Database& db, int columnCount, const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_headers(headers)
    , m_wantTimer(new QTimer(this))
{
    m_wantTimer->setSingleShot(true);
    m_wantTimer->setInterval(0);
    connect(m_wantTimer, &QTimer::timeout, this, &WindowedTableModel::requestWanted);

    const QString connectionName = QStringLiteral("creditdesk-list-%1").arg(s_readerCounter.fetchAndAddRelaxed(1));
    m_loader = new WindowLoader(db, connectionName);
    m_loader->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("list reader"));
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &WindowedTableModel::startRequested, m_loader, &WindowLoader::start, Qt::QueuedConnection);
    connect(this, &WindowedTableModel::windowRequested, m_loader, &WindowLoader::fetch, Qt::QueuedConnection);
    connect(m_loader, &WindowLoader::windowReady, this, &WindowedTableModel::onWindowReady, Qt::QueuedConnection);
    connect(m_loader, &WindowLoader::windowSkipped, this, &WindowedTableModel::onWindowSkipped, Qt::QueuedConnection);
    connect(m_loader, &WindowLoader::countReady, this, &WindowedTableModel::onCountReady, Qt::QueuedConnection);
    connect(m_loader, &WindowLoader::failed, this, &WindowedTableModel::onFailed, Qt::QueuedConnection);
    m_thread.start();
}

WindowedTableModel::~WindowedTableModel()
{
    // The statement being read runs to its end; everything queued behind it is dropped as stale.
    m_loader->setCurrentToken(m_token + 1);
    m_thread.quit();
    m_thread.wait();
}

void WindowedTableModel::setHeaders(const QStringList& headers)
{
    m_headers = headers;
    if (m_columnCount > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
}

void WindowedTableModel::setDisplayHook(DisplayHook hook)
{
    m_displayHook = std::move(hook);
    if (m_rowCount > 0 && m_columnCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, m_columnCount - 1));
}

void WindowedTableModel::setSortFactory(SortFactory factory)
{
    m_sortFactory = std::move(factory);
}

void WindowedTableModel::setQuery(const PagedQuery& query)
{
    beginResetModel();
    ++m_token;
    m_loader->setCurrentToken(m_token);
    m_query = query;
    m_windows.clear();
    m_pending.clear();
    m_wanted.clear();
    m_rowCount = 0;
    m_count = query.isEmpty() ? 0 : -1;
    m_endReached = query.isEmpty();
    m_countPending = !query.isEmpty() && !query.countSql.isEmpty();
    m_failed = false;
    endResetModel();
    if (!query.isEmpty()) {
        m_pending.insert(0);
        emit startRequested(m_token, m_query, kWindowRows, QPrivateSignal());
    }
    updateLoading();
}

bool WindowedTableModel::isLoading() const
{
    return !m_pending.isEmpty() || !m_wanted.isEmpty() || m_countPending;
}

std::optional<QVariantList> WindowedTableModel::rowValues(int row) const
{
    if (const QVariantList* values = loadedRow(row))
        return *values;
    return std::nullopt;
}

bool WindowedTableModel::waitUntilIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isLoading()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        connect(this, &WindowedTableModel::loadingChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(qBound(qint64(1), deadline.remainingTime(), qint64(kIdlePollMs)), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString WindowedTableModel::placeholder()
{
    return tr("…", "a row of a list that is still being read");
}

int WindowedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int WindowedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant WindowedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_columnCount)
        return {};
    const QVariantList* row = loadedRow(index.row());
    if (!row) {
        want(index.row() / kWindowRows);
        return role == Qt::DisplayRole ? QVariant(placeholder()) : QVariant();
    }
    if (m_displayHook)
        return m_displayHook(*row, index.column(), role);
    return role == Qt::DisplayRole ? row->value(index.column()) : QVariant();
}

QVariant WindowedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columnCount)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool WindowedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_count < 0 && !m_endReached && !m_failed;
}

void WindowedTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        want(m_rowCount / kWindowRows);
}

void WindowedTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_sortFactory)
        setQuery(m_sortFactory(column, order));
}

void WindowedTableModel::onWindowReady(quint64 token, int window, const QList<QVariantList>& rows)
{
    if (token != m_token)
        return;
    m_pending.remove(window);
    storeWindow(window, rows);
    const int first = window * kWindowRows;
    const int end = first + int(rows.size());
    if (m_count < 0 && first == m_rowCount) {
        // The count is not known: rows exist once read, and a short window is the end of the list.
        if (rows.size() < kWindowRows) {
            m_endReached = true;
            if (m_query.countSql.isEmpty()) {
                m_count = end;
                emit countKnown(m_count);
            }
        }
        setRowCount(end);
    } else {
        windowChanged(window, int(rows.size()));
    }
    updateLoading();
}

void WindowedTableModel::onWindowSkipped(quint64 token, int window)
{
    if (token != m_token)
        return;
    m_pending.remove(window);
    // A view still showing these rows asks for them again when it repaints them.
    windowChanged(window, kWindowRows);
    updateLoading();
}

void WindowedTableModel::onCountReady(quint64 token, qint64 count)
{
    if (token != m_token)
        return;
    m_countPending = false;
    m_count = count;
    setRowCount(int(qMin<qint64>(count, INT_MAX)));
    emit countKnown(count);
    updateLoading();
}

void WindowedTableModel::onFailed(quint64 token, const QString& message)
{
    if (token != m_token)
        return;
    m_failed = true;
    m_pending.clear();
    m_wanted.clear();
    m_countPending = false;
    updateLoading();
    emit failed(message);
}

const QVariantList* WindowedTableModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto window = m_windows.constFind(row / kWindowRows);
    if (window == m_windows.constEnd())
        return nullptr;
    window->lastUse = ++m_useClock;
    const int offset = row % kWindowRows;
    return offset < window->rows.size() ? &window->rows.at(offset) : nullptr;
}

void WindowedTableModel::want(int window) const
{
    if (m_failed || m_query.isEmpty() || m_windows.contains(window) || m_pending.contains(window)
        || m_wanted.contains(window))
        return;
    m_wanted.append(window);
    m_wantTimer->start();
}

void WindowedTableModel::requestWanted()
{
    const QList<int> wanted = std::exchange(m_wanted, {});
    for (int window : wanted) {
        if (m_windows.contains(window) || m_pending.contains(window))
            continue;
        m_pending.insert(window);
        emit windowRequested(m_token, window, QPrivateSignal());
    }
    updateLoading();
}

// Keeps the kMaxWindows windows used last: those around where the officer is looking, and the top of
// the list that another view (or a model tester) keeps asking for.
void WindowedTableModel::storeWindow(int window, QList<QVariantList> rows)
{
    m_windows.insert(window, Window{std::move(rows), ++m_useClock});
    while (m_windows.size() > kMaxWindows) {
        auto oldest = m_windows.begin();
        for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_windows.erase(oldest);
    }
}

void WindowedTableModel::setRowCount(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

void WindowedTableModel::windowChanged(int window, int rows)
{
    const int first = window * kWindowRows;
    const int last = qMin(first + rows, m_rowCount) - 1;
    if (first <= last && m_columnCount > 0)
        emit dataChanged(index(first, 0), index(last, m_columnCount - 1));
}

void WindowedTableModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}
