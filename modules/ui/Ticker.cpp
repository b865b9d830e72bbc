#include "ui/Ticker.h"

namespace govops::ui {

Ticker::Ticker(QObject *parent) : QObject(parent), m_timer(this)
{
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer); // countdowns shown in seconds must not skip one
    connect(&m_timer, &QTimer::timeout, this, &Ticker::tick);
    m_timer.start();
}

} // namespace govops::ui
