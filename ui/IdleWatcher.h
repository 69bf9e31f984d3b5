#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

// Watches keyboard and mouse input of the whole application and reports when nobody has touched it
// for the policy's number of minutes (等保: lock the screen after 15 idle minutes). Time comes from the
// Clock, so tests move it forward and call check().
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(int idleMinutes, QObject* parent = nullptr);
    void setIdleMinutes(int minutes) { m_idleMinutes = minutes; }
    void reset();
    void setPaused(bool paused) { m_paused = paused; }

public slots:
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int m_idleMinutes;
    QDateTime m_lastInput;
    QTimer m_timer;
    bool m_paused = false;
};
