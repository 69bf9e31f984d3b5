#pragma once

#include "storage/DatabaseUrl.h"

#include <QObject>
#include <atomic>
#include <functional>

class Database;
class QThread;

// Runs one long job of the registry screens (an import, an export, reading a big file) off the GUI
// thread, with a Database connection of its own: a QSqlDatabase belongs to the thread that opened it,
// so the GUI's connection is never used from the worker. The job reports progress, which a Cancel
// button can turn into "stop". Destroying the worker cancels the job and waits for it.
class RegistryWorker : public QObject
{
    Q_OBJECT

public:
    // Returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // db is null for a job started without a database.
    using Job = std::function<void(Database* db, const Progress& progress)>;

    explicit RegistryWorker(QObject* parent = nullptr);
    ~RegistryWorker() override;

    // Opens the database at `url` on the worker thread and runs the job there. When that connection
    // cannot be opened, the job runs on `fallback` on the GUI thread instead (see start()).
    void start(const DatabaseUrl& url, Database& fallback, Job job);
    void startWithoutDatabase(Job job);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    // Whether the last job ran on the GUI thread's connection because its own could not be opened.
    bool ranOnGuiThread() const { return m_ranOnGuiThread; }
    // Runs the event loop until the job is over; false if timeoutMs passed first. For tests.
    bool waitUntilDone(int timeoutMs);

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void run(std::function<bool()> body); // body returns false when it handed the job on
    void runOnGuiThread(Database& db, const Job& job);
    void done();

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    bool m_running = false;
    bool m_ranOnGuiThread = false;
};
