#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "iaas/IaasTypes.h"
#include "iaas/OpenStackConfig.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace govops::iaas {

namespace detail {
class Operation;
class AuthOperation;
struct HttpAnswer;
struct RequestSpec;
template <typename T> class ListOperation;
} // namespace detail

// Asynchronous client for the OpenStack subset the console needs: Keystone v3 (token + catalog,
// projects), Nova (servers, flavors, hypervisors), Cinder (volumes) and Neutron (networks,
// security groups). Every call returns at once with a QFuture that finishes on this object's
// thread once the whole listing is in (paging with limit/marker is followed to the end) or with
// a core::Error that names the endpoint and what was wrong (see IaasError.h for the kinds).
//
// - Authentication happens on first use; the token is cached and renewed before it expires
//   (tokenRenewMargin, at most half its life). A 401 from a service drops the token, authenticates
//   again and repeats that request once; a second 401 is an error (FailureKind::Unauthorized).
// - HTTPS verifies the peer against the system CAs plus config.caFile; there is no switch to turn
//   verification off, and TLS errors are never ignored.
// - Neither credentials nor tokens are logged (category "govops.iaas").
// - Cancel a call with QFuture::cancel(); the request in flight is aborted. Destroying the
//   client cancels every call still running.
// - listServers() reports progress on its future: progressValue = servers received so far.
//
// The QNetworkAccessManager (given or owned) must live on this object's thread.
class OpenStackClient : public QObject
{
    Q_OBJECT
public:
    enum class Service { Identity, Compute, Volume, Network };

    explicit OpenStackClient(OpenStackConfig config, QNetworkAccessManager *network = nullptr,
                             const core::Clock *clock = nullptr, QObject *parent = nullptr);
    ~OpenStackClient() override;

    // Authenticates now if no fresh token is cached (otherwise the first call does it).
    QFuture<core::Status> authenticate();

    QFuture<core::Result<QList<Project>>> listProjects();
    QFuture<core::Result<QList<Server>>> listServers();           // all projects (all_tenants=1)
    QFuture<core::Result<QList<Flavor>>> listFlavors();           // public and private (admin)
    QFuture<core::Result<QList<Hypervisor>>> listHypervisors();
    QFuture<core::Result<QList<Volume>>> listVolumes();           // all projects; NoEndpoint without Cinder
    QFuture<core::Result<QList<Network>>> listNetworks();         // NoEndpoint without Neutron
    QFuture<core::Result<QList<SecurityGroup>>> listSecurityGroups();

    // Known after authentication: whether the catalog lists the service for the region and
    // interface (Cinder and Neutron are optional in a deployment).
    bool hasService(Service service) const;
    QDateTime tokenExpiresAt() const;    // invalid while no token is cached
    QString scopedProjectId() const;     // the project the token is scoped to
    QStringList roles() const;
    int authenticationCount() const;     // tokens obtained so far (diagnostics, tests)
    QString effectiveComputeMicroversion() const;   // empty after a fallback to 2.1
    // Any other service's endpoint from the catalog (e.g. {"metric"} for the charts), for the
    // configured region and interface; FailureKind::NoEndpoint when absent or not authenticated.
    core::Result<QUrl> catalogEndpoint(const QStringList &serviceTypes) const;

    // Forgets the cached token (e.g. after the credentials changed in the keyring).
    void setCredentials(Credentials credentials);
    void dropToken();

signals:
    void authenticated(const QDateTime &expiresAt);

private:
    friend class detail::Operation;
    friend class detail::AuthOperation;
    template <typename T> friend class detail::ListOperation;

    using TokenCallback = std::function<void(const core::Result<QByteArray> &)>;
    using AnswerCallback = std::function<void(core::Result<detail::HttpAnswer>)>;

    void withToken(QObject *context, TokenCallback callback);
    void startAuthentication();
    void finishAuthentication(const core::Result<detail::HttpAnswer> &answer, const QString &endpoint);
    void dropTokenIfCurrent(const QByteArray &secret);
    bool tokenFresh() const;
    core::Result<QUrl> serviceRoot(Service service) const;
    QNetworkReply *send(const detail::RequestSpec &spec, QObject *context, AnswerCallback callback);
    void computeMicroversionRejected();

    template <typename T, typename Parser>
    QFuture<core::Result<QList<T>>> startList(Service service, QString path, QList<std::pair<QString, QString>> query,
                                              bool paged, Parser parser, QString what);

    OpenStackConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<core::Clock> m_ownClock;
    const core::Clock *m_clock = nullptr;
    QSslConfiguration m_ssl;
    std::optional<core::Error> m_configError;

    std::optional<AuthToken> m_token;
    int m_authCount = 0;
    bool m_microversionRejected = false;
    QPointer<QNetworkReply> m_authReply;
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };
    QList<Waiter> m_authWaiters;
};

} // namespace govops::iaas
