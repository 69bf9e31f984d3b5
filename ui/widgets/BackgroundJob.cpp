#include "BackgroundJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
{ }

BackgroundJob::~BackgroundJob()
{
    m_cancelled = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start(const DatabaseUrl& url, Database& fallback, Job job)
{
    run([this, url, fallback = &fallback, job] {
        // A second connection, not exclusive (the GUI holds the SQLite lock file) and not migrating
        // (the GUI's connection did that). Writers on SQLite take turns through the busy timeout.
        auto db = Database::open(url, Database::Options{.exclusive = false, .migrate = false});
        if (!db) {
            // PostgreSQL without PGPASSWORD: the password the officer typed is not kept anywhere a
            // second connection could take it from. Rather than ask again, run on the GUI thread's
            // connection; the progress callback keeps the window painting and the Cancel button live.
            QMetaObject::invokeMethod(
                this, [this, fallback, job] { runOnGuiThread(*fallback, job); }, Qt::QueuedConnection);
            return false;
        }
        job(db->get(), [this](qint64 done, qint64 total) {
            emit progressed(done, total);
            return !m_cancelled;
        });
        return true;
    });
}

void BackgroundJob::startWithoutDatabase(Job job)
{
    run([this, job] {
        job(nullptr, [this](qint64 done, qint64 total) {
            emit progressed(done, total);
            return !m_cancelled;
        });
        return true;
    });
}

void BackgroundJob::run(std::function<bool()> body)
{
    Q_ASSERT(!m_running);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    m_running = true;
    m_ranOnGuiThread = false;
    m_thread = QThread::create([this, body] {
        if (body())
            QMetaObject::invokeMethod(this, &BackgroundJob::done, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("background job"));
    m_thread->start();
}

void BackgroundJob::runOnGuiThread(Database& db, const Job& job)
{
    m_ranOnGuiThread = true;
    job(&db, [this](qint64 done, qint64 total) {
        emit progressed(done, total);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return !m_cancelled;
    });
    done();
}

void BackgroundJob::done()
{
    m_running = false;
    emit finished();
}

bool BackgroundJob::waitUntilDone(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}
