#include "DemoCloud.h"

#include "Logging.h"
#include "iaas/OpenStackClient.h"
#include "iaas/simulator/SimulatorServer.h"
#include "storage/WhenDone.h"

#include <QFuture>

using namespace Qt::StringLiterals;

namespace govops::app {

DemoCloud::DemoCloud(QObject *parent) : QObject(parent), m_simulator(new iaas::sim::SimulatorServer)
{
    m_thread.setObjectName(u"demo-cloud"_s);
    m_simulator->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_simulator, &QObject::deleteLater);
    m_thread.start();
}

DemoCloud::~DemoCloud()
{
    m_client.reset();
    m_thread.quit();
    m_thread.wait(); // the simulator only answers loopback requests; it stops at once
}

void DemoCloud::start()
{
    emit stateChanged(ShellStatus::ApiState::Simulator, tr("starting the simulator"));
    QMetaObject::invokeMethod(m_simulator, [this] {
        const quint16 port = m_simulator->listen();
        const QUrl authUrl = m_simulator->authUrl();
        const QString region = m_simulator->region();
        QMetaObject::invokeMethod(this, [this, port, authUrl, region] {
            if (port == 0) {
                qCWarning(lcApp) << "The demo cloud simulator found no free loopback port";
                emit stateChanged(ShellStatus::ApiState::Unreachable, tr("the simulator could not start"));
                return;
            }
            using Demo = iaas::sim::DemoCredentials;
            iaas::OpenStackConfig config;
            config.authUrl = authUrl;
            config.region = region;
            config.credentials = iaas::PasswordCredentials{.userName = QString::fromLatin1(Demo::adminUser),
                                                           .userDomainName = QString::fromLatin1(Demo::domain),
                                                           .password = QString::fromLatin1(Demo::password),
                                                           .projectName = QString::fromLatin1(Demo::project),
                                                           .projectId = {},
                                                           .projectDomainName = QString::fromLatin1(Demo::domain)};
            m_client = std::make_unique<iaas::OpenStackClient>(config);
            storage::whenDone(this, m_client->authenticate(), [this, authUrl](const core::Status &signedIn) {
                if (signedIn) {
                    qCInfo(lcApp).noquote() << "Demo cloud simulator at" << authUrl.toString();
                    emit stateChanged(ShellStatus::ApiState::Simulator, authUrl.authority());
                } else {
                    qCWarning(lcApp).noquote() << "Demo cloud sign-in failed:" << signedIn.error().detail;
                    emit stateChanged(ShellStatus::ApiState::Unreachable, signedIn.error().message);
                }
            });
        });
    });
}

} // namespace govops::app
