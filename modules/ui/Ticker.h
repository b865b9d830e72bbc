#pragma once

#include <QObject>
#include <QTimer>

namespace govops::ui {

// The app's one 1 Hz timer. Every countdown in every panel repaints on its tick and computes the remaining time
// from its deadline and the Clock at paint time; nothing keeps a timer per ticket. Runs from construction.
class Ticker : public QObject
{
    Q_OBJECT
public:
    explicit Ticker(QObject *parent = nullptr);

    static constexpr int IntervalMs = 1000;
    bool isActive() const { return m_timer.isActive(); }

public slots:
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }

signals:
    void tick();

private:
    QTimer m_timer;
};

} // namespace govops::ui
