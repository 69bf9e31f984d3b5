#include "IdleWatcher.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(int idleMinutes, QObject* parent)
    : QObject(parent)
    , m_idleMinutes(idleMinutes)
    , m_lastInput(Clock::currentDateTimeUtc())
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.setInterval(15 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_timer.start();
}

void IdleWatcher::reset()
{
    m_lastInput = Clock::currentDateTimeUtc();
}

void IdleWatcher::check()
{
    if (m_paused)
        return;
    if (m_lastInput.secsTo(Clock::currentDateTimeUtc()) >= 60LL * m_idleMinutes) {
        m_paused = true; // until the lock screen is answered
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_paused)
            m_lastInput = Clock::currentDateTimeUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
