#pragma once

// Shared helpers for the client-against-simulator tests. All waiting goes through the event loop
// (QSignalSpy::wait on a QFutureWatcher), never a blocking QFuture::waitForFinished().

#include "iaas/OpenStackClient.h"
#include "iaas/simulator/SimulatorServer.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTimer>

#include <optional>

namespace govops::iaas::test {

// The future's result once it finishes, or nullopt on timeout / cancellation.
template <typename T>
std::optional<T> waitFor(QFuture<T> future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!finished.wait(timeoutMs))
            return std::nullopt;
    }
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

inline OpenStackConfig configFor(const sim::SimulatorServer &sim)
{
    OpenStackConfig c;
    c.authUrl = sim.authUrl();
    c.region = sim.region();
    PasswordCredentials pw;
    pw.userName = QString::fromLatin1(sim::DemoCredentials::adminUser);
    pw.password = QString::fromLatin1(sim::DemoCredentials::password);
    pw.projectName = QString::fromLatin1(sim::DemoCredentials::project);
    c.credentials = pw;
    c.requestTimeout = std::chrono::milliseconds(5000);
    return c;
}

// Counts ticks of a short timer on this thread: proof the event loop kept running meanwhile.
class Heartbeat
{
public:
    explicit Heartbeat(int intervalMs = 20)
    {
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { ++m_ticks; });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace govops::iaas::test
