#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Database;
class QThread;

// The window's one way to run work off the GUI thread (an import, an export, a batch print, a backup,
// reading a big file or a slow list), with a Database connection of its own: a QSqlDatabase belongs to
// the thread that opened it, so the GUI's connection is never used from the job. The job reports
// progress, which a Cancel button can turn into "stop". Destroying the object cancels the job and waits
// for it. (The lists' WindowedTableModel keeps one reader thread for its whole life instead: it serves a
// stream of window requests on one prepared connection, which is not a job.)
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // Returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // db is null for a job started without a database.
    using Job = std::function<void(Database* db, const Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

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

    // One read off the GUI thread: read() on a job of its own, then done() on the GUI thread with its result.
    // The job belongs to `receiver`: when the receiver goes first, the read is cancelled and done() not called.
    // Reads may overlap (a filter typed while the last one runs); the caller tells stale results apart.
    template <typename T>
    static void read(const DatabaseUrl& url, Database& fallback, QObject* receiver,
                     std::function<Result<T>(Database&)> read, std::function<void(const Result<T>&)> done)
    {
        auto* job = new BackgroundJob(receiver);
        auto result = std::make_shared<std::optional<Result<T>>>();
        connect(job, &BackgroundJob::finished, receiver, [job, result, done] {
            if (*result)
                done(**result);
            job->deleteLater();
        });
        job->start(url, fallback, [result, read](Database* db, const Progress&) { result->emplace(read(*db)); });
    }

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
