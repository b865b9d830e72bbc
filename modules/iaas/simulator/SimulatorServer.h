#pragma once

#include "core/Clock.h"
#include "iaas/simulator/SimulatorData.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace govops::iaas::sim {

// A request as the simulator's handlers see it.
struct SimRequest
{
    QByteArray method;                  // GET, POST, DELETE, ...
    QString path;                       // decoded path, e.g. /compute/v2.1/servers/detail
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    std::function<QByteArray(const QByteArray &)> header;   // case-insensitive lookup
    QString queryValue(const QString &key) const;
};

struct SimResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// Faults, switchable at run time per test (addFault / clearFaults) or through the admin route.
struct Fault
{
    enum class Kind {
        Latency,        // answer normally after delay
        Unauthorized,   // 401 whatever the token
        ServerError,    // httpStatus (5xx) with an OpenStack error body
        NoAnswer,       // never answer; the client must time out
        TruncatedJson,  // the body cut in half (Content-Length matches the cut body)
        MalformedJson,  // a syntax error in the middle of the body
        DropConnection, // Content-Length of the whole body, half of it sent, connection closed
        HugeResponse,   // valid JSON padded with hugeBytes of filler
        MissingField,   // valid JSON, but the first item lacks "id" (the token lacks "expires_at")
    };
    explicit Fault(Kind k = Kind::Latency, QString path = {}, int times = -1)
        : kind(k), pathContains(std::move(path)), count(times)
    {
    }

    Kind kind = Kind::Latency;
    QString pathContains;               // matched against the request path; empty = every API request
    int skip = 0;                       // let this many matching requests pass first
    int count = -1;                     // affect this many requests; -1 = until cleared
    std::chrono::milliseconds delay{0}; // Latency: the delay; other kinds: wait this long first
    int httpStatus = 503;               // ServerError
    qint64 hugeBytes = 64LL * 1024 * 1024;   // HugeResponse

    static QString kindName(Kind kind);                             // "server-error", ...
    static std::optional<Kind> kindFromName(const QString &name);
};

// Demo accounts the simulator accepts (also printed by govops-iaas-sim).
struct DemoCredentials
{
    static constexpr const char *domain = "Default";
    static constexpr const char *adminUser = "admin";            // admin role on every project
    static constexpr const char *readerUser = "auditor";         // reader role on "admin": no all_tenants, no host fields
    static constexpr const char *password = "govops-demo";
    static constexpr const char *project = "admin";
    static constexpr const char *applicationCredentialId = "6f1c0de4a9b84c2e9d3f7a5b2c8e1d40";
    static constexpr const char *applicationCredentialSecret = "govops-demo-app-secret";
};

// The OpenStack subset the console's client speaks, on loopback, over QHttpServer:
//   POST /identity/v3/auth/tokens        password (user name + domain, project scope) and application_credential
//   GET  /identity/v3/projects
//   GET  /compute/v2.1/servers/detail    all_tenants, limit/marker, servers_links; microversion headers
//   GET  /compute/v2.1/flavors/detail    GET /compute/v2.1/os-hypervisors/detail
//   GET  /volume/v3/{project}/volumes/detail
//   GET  /network/v2.0/networks          GET /network/v2.0/security-groups
// The catalog in each token points back here (compute, volumev3 + block-storage, network,
// identity) plus whatever addCatalogService() added (room for a metrics endpoint).
// Everything runs on the thread that owns the object; no call blocks. To serve from a worker
// thread (large benchmarks), moveToThread() it before listen() and call listen(), addFault(),
// data() etc. on that thread (QMetaObject::invokeMethod); none of it is locked.
class SimulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorServer(quint64 seed = 1, Scale scale = {}, QObject *parent = nullptr);
    ~SimulatorServer() override;

    // Before listen(): serve HTTPS with this certificate (for TLS tests). Otherwise plain HTTP.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // Listens on 127.0.0.1; port 0 = any free port. Returns the bound port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;               // http(s)://127.0.0.1:port
    QUrl authUrl() const;               // baseUrl + /identity/v3: give this to the client

    SimulatorData &data() { return m_data; }
    const SimulatorData &data() const { return m_data; }
    QString region() const { return m_region; }
    void setRegion(const QString &region) { m_region = region; }

    // Tokens.
    void setClock(const core::Clock *clock);            // default: the system clock
    void setTokenLifetime(std::chrono::seconds lifetime) { m_tokenLifetime = lifetime; }
    void expireAllTokens();                              // every issued token now answers 401

    // Nova behaviour.
    void setMaxLimit(int limit) { m_maxLimit = std::max(1, limit); }   // osapi_max_limit (default 1000)
    void setComputeMaxMicroversion(int minor) { m_maxMicroversion = minor; }  // 2.<minor>; default 2.90

    // Faults.
    void addFault(const Fault &fault);
    void clearFaults();                                  // also closes connections held by NoAnswer
    int pendingFaults() const;

    // Admin routes under /_sim/ (for the standalone binary): faults, token expiry, stats.
    void setAdminRoutesEnabled(bool enabled) { m_adminRoutes = enabled; }

    // Room for more services (e.g. metrics): a catalog entry whose URL is baseUrl + pathPrefix,
    // and a handler for requests under that prefix (which must hold a valid token).
    using Handler = std::function<SimResponse(const SimRequest &)>;
    void addCatalogService(const QString &type, const QString &name, const QString &pathPrefix);
    void addHandler(const QString &pathPrefix, Handler handler);

    struct Stats
    {
        int requests = 0;
        int tokensIssued = 0;
        int unauthorized = 0;       // 401s answered (bad credentials, expired token, injected)
        int faultsApplied = 0;
        QHash<QString, int> byRoute;    // "GET /compute/v2.1/servers/detail" -> count
    };
    const Stats &stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

signals:
    void requestServed(const QString &route, int status);

private:
    struct TokenInfo
    {
        QDateTime expiresAt;
        QString userId;
        QString projectId;
        bool admin = false;
    };
    struct ExtraService
    {
        QString type;
        QString name;
        QString pathPrefix;
    };

    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    SimResponse route(const SimRequest &request);
    SimResponse issueToken(const SimRequest &request);
    SimResponse adminRoute(const SimRequest &request);
    const TokenInfo *validToken(const SimRequest &request) const;
    SimResponse unauthorized(const QString &message);
    QJsonObject tokenBody(const TokenInfo &info, const QString &userName, const QString &method,
                          const QDateTime &issued) const;
    int requestedMicroversion(const SimRequest &request, bool *ok) const;

    SimResponse listServers(const SimRequest &r, const TokenInfo &t, int microversion);
    SimResponse listFlavors(const SimRequest &r, int microversion);
    SimResponse listHypervisors(const SimRequest &r, const TokenInfo &t, int microversion);
    SimResponse listVolumes(const SimRequest &r, const TokenInfo &t);
    SimResponse listNetworks(const SimRequest &r, const TokenInfo &t);
    SimResponse listSecurityGroups(const SimRequest &r, const TokenInfo &t);
    SimResponse listProjects(const SimRequest &r, const TokenInfo &t);

    QDateTime now() const;

    QHttpServer *m_http;   // child: moveToThread() takes it along
    SimulatorData m_data;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_region = QStringLiteral("RegionOne");
    std::unique_ptr<core::Clock> m_ownClock;
    const core::Clock *m_clock = nullptr;
    std::chrono::seconds m_tokenLifetime{3600};
    int m_maxLimit = 1000;
    int m_maxMicroversion = 90;
    bool m_adminRoutes = false;
    QHash<QByteArray, TokenInfo> m_tokens;
    quint64 m_tokenCounter = 0;
    QList<Fault> m_faults;
    QList<ExtraService> m_extraServices;
    QList<std::pair<QString, Handler>> m_handlers;
    struct Held
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
    };
    std::vector<Held> m_held;
    Stats m_stats;
};

} // namespace govops::iaas::sim
