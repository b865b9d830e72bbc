#pragma once

#include "ShellStatus.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace govops::iaas {
class OpenStackClient;
namespace sim {
class SimulatorServer;
}
} // namespace govops::iaas

namespace govops::app {

// The cloud behind `govops --demo`: the bundled OpenStack simulator, serving on loopback from its own
// thread so that its answers never wait for a paint, and the console's real client signed in to it.
class DemoCloud : public QObject
{
    Q_OBJECT
public:
    explicit DemoCloud(QObject *parent = nullptr);
    ~DemoCloud() override;

    // Starts the simulator and signs in; stateChanged() tells how it went.
    void start();
    iaas::OpenStackClient *client() const { return m_client.get(); }

signals:
    void stateChanged(govops::app::ShellStatus::ApiState state, const QString &detail);

private:
    QThread m_thread;
    iaas::sim::SimulatorServer *m_simulator; // lives on m_thread; deleted there
    std::unique_ptr<iaas::OpenStackClient> m_client;
};

} // namespace govops::app
