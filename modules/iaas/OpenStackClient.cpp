#include "iaas/OpenStackClient.h"

#include "iaas/IaasError.h"
#include "iaas/OpenStackParse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIaas, "govops.iaas", QtInfoMsg)

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::iaas::OpenStackClient)
};
} // namespace

namespace govops::iaas {

namespace detail {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray subjectToken;    // X-Subject-Token (token requests only)
    QByteArray usedToken;       // the X-Auth-Token this request carried
    QString endpoint;           // "GET https://…" for messages
};

struct RequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray token;           // X-Auth-Token; empty for the token request itself
    QString microversion;       // compute only
};

// One call in progress. Owned by the client; deletes itself when done; aborts its request when
// destroyed early (the client went away), which finishes its future as cancelled.
class Operation : public QObject
{
    Q_OBJECT
public:
    explicit Operation(OpenStackClient *client) : QObject(client), m_client(client) {}
    ~Operation() override { abortRequest(); }

    void abortRequest()
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
    }

protected:
    OpenStackClient *m_client;
    QPointer<QNetworkReply> m_reply;
};

} // namespace detail

using detail::HttpAnswer;
using detail::RequestSpec;

namespace {

bool versionAtLeast(const QString &version, int major, int minor)
{
    const QStringList parts = version.split(u'.');
    if (parts.size() != 2)
        return false;
    const int ma = parts.at(0).toInt();
    const int mi = parts.at(1).toInt();
    return ma > major || (ma == major && mi >= minor);
}

QString serviceTitle(OpenStackClient::Service service)
{
    switch (service) {
    case OpenStackClient::Service::Identity:
        return Text::tr("identity service (Keystone)");
    case OpenStackClient::Service::Compute:
        return Text::tr("compute service (Nova)");
    case OpenStackClient::Service::Volume:
        return Text::tr("block storage service (Cinder)");
    case OpenStackClient::Service::Network:
        return Text::tr("network service (Neutron)");
    }
    return {};
}

QStringList serviceTypes(OpenStackClient::Service service)
{
    switch (service) {
    case OpenStackClient::Service::Identity:
        return {u"identity"_s};
    case OpenStackClient::Service::Compute:
        return {u"compute"_s};
    case OpenStackClient::Service::Volume:
        return {u"volumev3"_s, u"block-storage"_s, u"volume"_s};
    case OpenStackClient::Service::Network:
        return {u"network"_s};
    }
    return {};
}

QUrl joinPath(QUrl base, const QString &path)
{
    QString p = base.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    base.setPath(p + path);
    return base;
}

// Keystone wants …/v3; users type the bare host as often as not.
QUrl keystoneV3(QUrl url)
{
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    if (!p.endsWith(u"/v3"_s))
        p += u"/v3"_s;
    url.setPath(p);
    return url;
}

// Neutron's catalog URL usually lacks the version (http://host:9696); the API lives under /v2.0.
QUrl neutronV2(QUrl url)
{
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    if (!p.endsWith(u"/v2.0"_s))
        p += u"/v2.0"_s;
    url.setPath(p);
    return url;
}

core::Error httpFailure(const HttpAnswer &a)
{
    const QString body = errorMessageFromBody(a.body);
    const QString technical = u"%1: HTTP %2: %3"_s.arg(a.endpoint, QString::number(a.status), body);
    QString message;
    FailureKind kind = FailureKind::HttpError;
    if (a.status == 401) {
        kind = FailureKind::Unauthorized;
        message = Text::tr("%1: the cloud refused the credentials or token (HTTP %3): %2");
    } else if (a.status == 403) {
        kind = FailureKind::Forbidden;
        message = Text::tr("%1: the account lacks the rights for this (HTTP %3; listing every project "
                           "needs the admin role): %2");
    } else if (a.status == 404) {
        kind = FailureKind::NotFound;
        message = Text::tr("%1: not found (HTTP %3); check the endpoint in the service catalog: %2");
    } else if (a.status == 429 || a.status >= 500) {
        kind = FailureKind::ServerError;
        message = Text::tr("%1: the service failed (HTTP %3); try again later: %2");
    } else if (a.status >= 300 && a.status < 400) {
        message = Text::tr("%1: redirected elsewhere (HTTP %3), which the console does not follow: %2");
    } else {
        message = Text::tr("%1: the request was refused (HTTP %3): %2");
    }
    message = message.arg(a.endpoint, body, QString::number(a.status));
    return makeError(kind, message, technical);
}

} // namespace

namespace detail {

// A listing: one request per page, following the marker until the last page, parsing each page
// on a worker thread so a large page never stalls this thread.
template <typename T>
class ListOperation final : public Operation
{
public:
    using Parser = core::Result<Page<T>> (*)(const QJsonDocument &);
    using ResultType = core::Result<QList<T>>;

    ListOperation(OpenStackClient *client, OpenStackClient::Service service, QString path,
                  QList<std::pair<QString, QString>> query, bool paged, Parser parser, QString what)
        : Operation(client), m_service(service), m_path(std::move(path)), m_query(std::move(query)), m_paged(paged),
          m_parser(parser), m_what(std::move(what))
    {
        m_promise.start();
        m_promise.setProgressValueAndText(0, m_what);
        m_cancelWatcher.setFuture(QFuture<void>(m_promise.future()));
        QObject::connect(&m_cancelWatcher, &QFutureWatcherBase::canceled, this, [this] { cancel(); });
    }

    QFuture<ResultType> future() { return m_promise.future(); }

    void start() { fetchPage(); }

private:
    void fetchPage()
    {
        m_client->withToken(this, [this](const core::Result<QByteArray> &token) {
            if (!token)
                return fail(token.error());
            const auto root = m_client->serviceRoot(m_service);
            if (!root)
                return fail(root.error());
            QUrl url = joinPath(root.value(), m_path);
            QUrlQuery q;
            for (const auto &[k, v] : std::as_const(m_query))
                q.addQueryItem(k, v);
            if (m_paged) {
                q.addQueryItem(u"limit"_s, QString::number(m_client->m_config.pageSize));
                if (!m_marker.isEmpty())
                    q.addQueryItem(u"marker"_s, m_marker);
            }
            url.setQuery(q);
            RequestSpec spec;
            spec.url = url;
            spec.token = token.value();
            if (m_service == OpenStackClient::Service::Compute)
                spec.microversion = m_client->effectiveComputeMicroversion();
            m_reply = m_client->send(spec, this, [this](core::Result<HttpAnswer> answer) { onAnswer(std::move(answer)); });
        });
    }

    void onAnswer(core::Result<HttpAnswer> answer)
    {
        m_reply = nullptr;
        if (!answer)
            return fail(answer.error());
        HttpAnswer &a = answer.value();
        if (a.status == 401 && !m_reauthenticated) {
            // The token expired early or was revoked: authenticate again and repeat this request once.
            m_reauthenticated = true;
            m_client->dropTokenIfCurrent(a.usedToken);
            return fetchPage();
        }
        if (a.status == 406 && m_service == OpenStackClient::Service::Compute
            && !m_client->effectiveComputeMicroversion().isEmpty()) {
            m_client->computeMicroversionRejected();
            if (m_path == u"/os-hypervisors/detail"_s)
                m_paged = false;   // paging of hypervisors needs 2.33
            return fetchPage();
        }
        if (a.status < 200 || a.status >= 300) {
            if (a.status == 401)
                return fail(makeError(
                    FailureKind::Unauthorized,
                    Text::tr("%1: the service refused a freshly issued token (HTTP 401); "
                             "the account may lack access to this service: %2")
                        .arg(a.endpoint, errorMessageFromBody(a.body)),
                    u"%1: HTTP 401 after re-authentication: %2"_s.arg(a.endpoint, errorMessageFromBody(a.body))));
            return fail(httpFailure(a));
        }
        m_reauthenticated = false;
        m_endpoint = a.endpoint;
        auto *watcher = new QFutureWatcher<core::Result<Page<T>>>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (watcher->future().resultCount() == 0)
                return;   // cancelled
            onPage(watcher->future().takeResult());
        });
        const Parser parser = m_parser;
        watcher->setFuture(QtConcurrent::run([body = std::move(a.body), parser]() -> core::Result<Page<T>> {
            const auto doc = parseJson(body);
            if (!doc)
                return doc.error();
            return parser(doc.value());
        }));
    }

    void onPage(core::Result<Page<T>> page)
    {
        if (!page)
            return fail(withEndpoint(page.error(), m_endpoint));
        const qsizetype received = page.value().items.size();
        m_items.append(std::move(page.value().items));
        ++m_pages;
        m_promise.setProgressValueAndText(
            static_cast<int>(std::min<qsizetype>(m_items.size(), INT_MAX)),
            Text::tr("%1: %n received", nullptr, static_cast<int>(m_items.size())).arg(m_what));
        const QString next = page.value().nextMarker;
        if (!m_paged || next.isEmpty() || received == 0)
            return succeed();
        if (m_seenMarkers.contains(next) || m_pages >= m_client->m_config.maxPages)
            return fail(makeError(FailureKind::Malformed,
                                  Text::tr("%1: the service keeps sending further pages (marker \"%2\" after "
                                           "%3 pages); the listing was stopped")
                                      .arg(m_endpoint, next, QString::number(m_pages)),
                                  u"%1: paging loop or too many pages at marker %2 after %3 pages"_s.arg(
                                      m_endpoint, next, QString::number(m_pages))));
        m_seenMarkers.insert(next);
        m_marker = next;
        fetchPage();
    }

    void succeed()
    {
        qCDebug(lcIaas) << m_what << "complete:" << m_items.size() << "items in" << m_pages << "pages";
        finish(ResultType(std::move(m_items)));
    }

    void fail(const core::Error &error)
    {
        qCDebug(lcIaas).noquote() << m_what << "failed:" << error.detail;
        finish(ResultType(error));
    }

    void cancel()
    {
        abortRequest();
        finish(ResultType(
            makeError(FailureKind::Canceled, Text::tr("%1: cancelled").arg(m_what), u"cancelled by the caller"_s)));
    }

    void finish(ResultType result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_promise.addResult(std::move(result));   // ignored when cancelled
        m_promise.finish();
        deleteLater();
    }

    OpenStackClient::Service m_service;
    QString m_path;
    QList<std::pair<QString, QString>> m_query;
    bool m_paged;
    Parser m_parser;
    QString m_what;
    QString m_endpoint;
    QPromise<ResultType> m_promise;
    QFutureWatcher<void> m_cancelWatcher;
    QList<T> m_items;
    QString m_marker;
    QSet<QString> m_seenMarkers;
    int m_pages = 0;
    bool m_reauthenticated = false;
    bool m_finished = false;
};

// authenticate(): only waits for a token.
class AuthOperation final : public Operation
{
public:
    explicit AuthOperation(OpenStackClient *client) : Operation(client) { m_promise.start(); }
    QFuture<core::Status> future() { return m_promise.future(); }
    void start()
    {
        m_client->withToken(this, [this](const core::Result<QByteArray> &token) {
            m_promise.addResult(token ? core::Status(core::Done{}) : core::Status(token.error()));
            m_promise.finish();
            deleteLater();
        });
    }

private:
    QPromise<core::Status> m_promise;
};

} // namespace detail

OpenStackClient::OpenStackClient(OpenStackConfig config, QNetworkAccessManager *network, const core::Clock *clock,
                                 QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_network(network), m_clock(clock)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (!m_clock) {
        m_ownClock = std::make_unique<core::SystemClock>();
        m_clock = m_ownClock.get();
    }
    m_config.authUrl = keystoneV3(m_config.authUrl);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            m_configError = makeError(FailureKind::Configuration,
                                      tr("The CA file \"%1\" cannot be read or holds no PEM certificate.")
                                          .arg(m_config.caFile),
                                      u"caFile %1: no PEM certificate loaded"_s.arg(m_config.caFile));
        } else {
            // Add to the system CAs rather than replace them; setting the list explicitly keeps
            // the system ones, which addCaCertificates() alone would stop loading on demand.
            m_ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        }
    }
    const QString scheme = m_config.authUrl.scheme();
    if (!m_config.authUrl.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || m_config.authUrl.host().isEmpty())
        m_configError = makeError(FailureKind::Configuration,
                                  tr("The identity URL \"%1\" is not an http(s) address.")
                                      .arg(m_config.authUrl.toDisplayString()),
                                  u"invalid authUrl %1"_s.arg(m_config.authUrl.toDisplayString()));
    if (m_config.pageSize < 1)
        m_config.pageSize = 500;
}

OpenStackClient::~OpenStackClient()
{
    // Cancel the calls still running before the network manager (maybe our child) goes.
    const auto ops = findChildren<detail::Operation *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(ops);
    if (m_authReply) {
        m_authReply->disconnect(this);
        m_authReply->abort();
        m_authReply->deleteLater();
    }
}

QFuture<core::Status> OpenStackClient::authenticate()
{
    auto *op = new detail::AuthOperation(this);
    auto future = op->future();
    op->start();
    return future;
}

template <typename T, typename Parser>
QFuture<core::Result<QList<T>>> OpenStackClient::startList(Service service, QString path,
                                                           QList<std::pair<QString, QString>> query, bool paged,
                                                           Parser parser, QString what)
{
    auto *op = new detail::ListOperation<T>(this, service, std::move(path), std::move(query), paged, parser,
                                            std::move(what));
    auto future = op->future();
    op->start();
    return future;
}

QFuture<core::Result<QList<Project>>> OpenStackClient::listProjects()
{
    return startList<Project>(Service::Identity, u"/projects"_s, {}, false, &parseProjects, tr("Projects"));
}

QFuture<core::Result<QList<Server>>> OpenStackClient::listServers()
{
    return startList<Server>(Service::Compute, u"/servers/detail"_s, {{u"all_tenants"_s, u"1"_s}}, true,
                             &parseServers, tr("Servers"));
}

QFuture<core::Result<QList<Flavor>>> OpenStackClient::listFlavors()
{
    return startList<Flavor>(Service::Compute, u"/flavors/detail"_s, {{u"is_public"_s, u"None"_s}}, true,
                             &parseFlavors, tr("Flavors"));
}

QFuture<core::Result<QList<Hypervisor>>> OpenStackClient::listHypervisors()
{
    const bool paged = versionAtLeast(effectiveComputeMicroversion(), 2, 33);
    return startList<Hypervisor>(Service::Compute, u"/os-hypervisors/detail"_s, {}, paged, &parseHypervisors,
                                 tr("Hypervisors"));
}

QFuture<core::Result<QList<Volume>>> OpenStackClient::listVolumes()
{
    return startList<Volume>(Service::Volume, u"/volumes/detail"_s, {{u"all_tenants"_s, u"1"_s}}, true,
                             &parseVolumes, tr("Volumes"));
}

QFuture<core::Result<QList<Network>>> OpenStackClient::listNetworks()
{
    return startList<Network>(Service::Network, u"/networks"_s, {}, true, &parseNetworks, tr("Networks"));
}

QFuture<core::Result<QList<SecurityGroup>>> OpenStackClient::listSecurityGroups()
{
    return startList<SecurityGroup>(Service::Network, u"/security-groups"_s, {}, true, &parseSecurityGroups,
                                    tr("Security groups"));
}

bool OpenStackClient::hasService(Service service) const
{
    return m_token && serviceRoot(service).ok();
}

QDateTime OpenStackClient::tokenExpiresAt() const
{
    return m_token ? m_token->expiresAt : QDateTime();
}

QString OpenStackClient::scopedProjectId() const
{
    return m_token ? m_token->projectId : QString();
}

QStringList OpenStackClient::roles() const
{
    return m_token ? m_token->roles : QStringList();
}

int OpenStackClient::authenticationCount() const
{
    return m_authCount;
}

QString OpenStackClient::effectiveComputeMicroversion() const
{
    return m_microversionRejected ? QString() : m_config.computeMicroversion;
}

core::Result<QUrl> OpenStackClient::catalogEndpoint(const QStringList &types) const
{
    if (!m_token)
        return makeError(FailureKind::NoEndpoint, tr("Not authenticated yet: the service catalog is unknown."),
                         u"catalogEndpoint before authentication"_s);
    return findEndpoint(m_token->catalog, types, m_config.region, interfaceName(m_config.endpointInterface));
}

void OpenStackClient::setCredentials(Credentials credentials)
{
    m_config.credentials = std::move(credentials);
    dropToken();
}

void OpenStackClient::dropToken()
{
    m_token.reset();
}

void OpenStackClient::dropTokenIfCurrent(const QByteArray &secret)
{
    if (m_token && m_token->secret == secret) {
        qCInfo(lcIaas) << "token refused by a service; authenticating again";
        m_token.reset();
    }
}

void OpenStackClient::computeMicroversionRejected()
{
    if (!m_microversionRejected) {
        qCInfo(lcIaas).noquote() << "compute API refused microversion" << m_config.computeMicroversion
                                 << "- falling back to 2.1";
        m_microversionRejected = true;
    }
}

bool OpenStackClient::tokenFresh() const
{
    if (!m_token)
        return false;
    qint64 margin = m_config.tokenRenewMargin.count();
    if (m_token->issuedAt.isValid())
        margin = std::min(margin, m_token->issuedAt.secsTo(m_token->expiresAt) / 2);
    return m_clock->now().secsTo(m_token->expiresAt) > margin;
}

core::Result<QUrl> OpenStackClient::serviceRoot(Service service) const
{
    if (!m_token)
        return makeError(FailureKind::Configuration, tr("Not authenticated."), u"no token"_s);
    if (service == Service::Identity) {
        auto found = findEndpoint(m_token->catalog, serviceTypes(service), m_config.region,
                                  interfaceName(m_config.endpointInterface));
        return found ? core::Result<QUrl>(keystoneV3(found.value())) : core::Result<QUrl>(m_config.authUrl);
    }
    auto found = findEndpoint(m_token->catalog, serviceTypes(service), m_config.region,
                              interfaceName(m_config.endpointInterface));
    if (!found)
        return withEndpoint(found.error(), serviceTitle(service));
    if (service == Service::Network)
        return neutronV2(found.value());
    return found;
}

void OpenStackClient::withToken(QObject *context, TokenCallback callback)
{
    if (m_configError) {
        callback(*m_configError);
        return;
    }
    if (tokenFresh()) {
        callback(m_token->secret);
        return;
    }
    m_authWaiters.append(Waiter{context, std::move(callback)});
    if (!m_authReply)
        startAuthentication();
}

void OpenStackClient::startAuthentication()
{
    RequestSpec spec;
    spec.method = "POST";
    spec.url = joinPath(m_config.authUrl, u"/auth/tokens"_s);
    spec.body = authRequestBody(m_config.credentials);
    const QString endpoint = u"POST "_s + spec.url.toDisplayString();
    m_authReply = send(spec, this, [this, endpoint](core::Result<HttpAnswer> answer) {
        m_authReply = nullptr;
        finishAuthentication(answer, endpoint);
    });
}

void OpenStackClient::finishAuthentication(const core::Result<HttpAnswer> &answer, const QString &endpoint)
{
    core::Result<QByteArray> outcome = core::Error{};
    if (!answer) {
        outcome = answer.error();
    } else if (answer.value().status == 401) {
        const HttpAnswer &a = answer.value();
        QString who;
        if (const auto *pw = std::get_if<PasswordCredentials>(&m_config.credentials))
            who = tr("user \"%1\" in domain \"%2\"").arg(pw->userName, pw->userDomainName);
        else if (const auto *ac = std::get_if<ApplicationCredential>(&m_config.credentials))
            who = tr("application credential \"%1\"").arg(ac->id);
        outcome = makeError(FailureKind::Unauthorized,
                            tr("%1: Keystone refused the credentials of %2 (HTTP 401). Check the user name, "
                               "password or application credential, and the project: %3")
                                .arg(endpoint, who, errorMessageFromBody(a.body)),
                            u"%1: HTTP 401: %2"_s.arg(endpoint, errorMessageFromBody(a.body)));
    } else if (answer.value().status < 200 || answer.value().status >= 300) {
        outcome = httpFailure(answer.value());
    } else {
        const HttpAnswer &a = answer.value();
        auto token = [&]() -> core::Result<AuthToken> {
            const auto doc = parseJson(a.body);
            if (!doc)
                return doc.error();
            return parseToken(doc.value(), a.subjectToken);
        }();
        if (!token) {
            outcome = withEndpoint(token.error(), endpoint);
        } else if (token.value().catalog.isEmpty()) {
            outcome = makeError(FailureKind::Configuration,
                                tr("%1: the token has no service catalog; configure a project scope for the "
                                   "account").arg(endpoint),
                                u"%1: unscoped token (empty catalog)"_s.arg(endpoint));
        } else {
            m_token = std::move(token).value();
            ++m_authCount;
            qCInfo(lcIaas).noquote() << "authenticated as" << m_token->userName << "project" << m_token->projectName
                                     << "; token expires" << m_token->expiresAt.toString(Qt::ISODate);
            outcome = m_token->secret;
            emit authenticated(m_token->expiresAt);
        }
    }
    const QList<Waiter> waiters = std::exchange(m_authWaiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(outcome);
    }
}

QNetworkReply *OpenStackClient::send(const RequestSpec &spec, QObject *context, AnswerCallback callback)
{
    QNetworkRequest request(spec.url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("GovOpsConsole/0.1"));
    // Follow a redirect only within the same origin, so the token never travels to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setSslConfiguration(m_ssl);
    if (!spec.token.isEmpty())
        request.setRawHeader("X-Auth-Token", spec.token);
    if (!spec.microversion.isEmpty()) {
        request.setRawHeader("X-OpenStack-Nova-API-Version", spec.microversion.toLatin1());
        request.setRawHeader("OpenStack-API-Version", "compute " + spec.microversion.toLatin1());
    }
    QNetworkReply *reply = nullptr;
    if (spec.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->post(request, spec.body);
    } else {
        reply = m_network->get(request);
    }

    struct State
    {
        bool timedOut = false;
        bool tooLarge = false;
        QStringList sslErrors;
        QElapsedTimer elapsed;
    };
    auto state = std::make_shared<State>();
    state->elapsed.start();
    const QString endpoint = QString::fromLatin1(spec.method) + u' ' + spec.url.toDisplayString();
    const qint64 maxBytes = m_config.maxResponseBytes;
    const auto timeout = m_config.requestTimeout;

    // Inactivity timeout: restarted whenever bytes move, so a slow large answer is not cut off.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->start(timeout);
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer, timeout] { timer->start(timeout); });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, timer, timeout, state, maxBytes](qint64 received, qint64 total) {
                timer->start(timeout);
                if (received > maxBytes || total > maxBytes) {
                    state->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            state->sslErrors.append(e.errorString());   // recorded for the message; never ignored
    });

    qCDebug(lcIaas).noquote() << "->" << endpoint;
    connect(reply, &QNetworkReply::finished, context,
            [reply, state, endpoint, maxBytes, timeout, token = spec.token, callback = std::move(callback)] {
                reply->deleteLater();
                const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
                const QNetworkReply::NetworkError error = reply->error();
                qCDebug(lcIaas).noquote() << "<-" << endpoint << "status" << status << "error" << error << "in"
                                          << state->elapsed.elapsed() << "ms";
                if (state->timedOut) {
                    return callback(makeError(
                        FailureKind::Timeout,
                        Text::tr("%1: no answer within %2 s; the service is slow or unreachable")
                            .arg(endpoint, QString::number(static_cast<double>(timeout.count()) / 1000.0, 'f', 1)),
                        u"%1: nothing received for %2 ms"_s.arg(endpoint, QString::number(timeout.count()))));
                }
                if (state->tooLarge) {
                    return callback(makeError(
                        FailureKind::TooLarge,
                        Text::tr("%1: the answer is larger than the limit of %2 MB")
                            .arg(endpoint, QString::number(maxBytes / (1024 * 1024))),
                        u"%1: response exceeds maxResponseBytes=%2"_s.arg(endpoint, QString::number(maxBytes))));
                }
                const bool transportError = error != QNetworkReply::NoError && (!statusAttr.isValid() || error < 200);
                if (transportError) {
                    if (error == QNetworkReply::SslHandshakeFailedError || !state->sslErrors.isEmpty()) {
                        const QString why = state->sslErrors.isEmpty() ? reply->errorString()
                                                                       : state->sslErrors.join(u"; "_s);
                        return callback(
                            makeError(FailureKind::Tls,
                                      Text::tr("%1: the secure connection was refused: %2. Install the cloud's CA "
                                               "certificate system-wide or name it in the CA file setting.")
                                          .arg(endpoint, why),
                                      u"%1: TLS: %2"_s.arg(endpoint, why)));
                    }
                    if (error == QNetworkReply::OperationCanceledError)
                        return callback(makeError(FailureKind::Canceled, Text::tr("%1: cancelled").arg(endpoint),
                                                  u"%1: aborted"_s.arg(endpoint)));
                    if (status != 0) {
                        const qint64 got = reply->bytesAvailable();
                        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
                        return callback(makeError(
                            FailureKind::Network,
                            Text::tr("%1: the connection broke before the whole answer arrived (%2 of %3 "
                                     "bytes): %4")
                                .arg(endpoint, QString::number(got), declared.isValid() ? declared.toString() : u"?"_s,
                                     reply->errorString()),
                            u"%1: HTTP %2 body cut: %3 of %4 bytes: %5"_s.arg(endpoint, QString::number(status),
                                                                              QString::number(got), declared.toString(),
                                                                              reply->errorString())));
                    }
                    return callback(
                        makeError(FailureKind::Network,
                                  Text::tr("%1: cannot reach the service: %2").arg(endpoint, reply->errorString()),
                                  u"%1: network error %2: %3"_s.arg(endpoint, QString::number(int(error)),
                                                                    reply->errorString())));
                }
                HttpAnswer answer;
                answer.status = status;
                answer.body = reply->readAll();
                answer.subjectToken = reply->rawHeader("X-Subject-Token");
                answer.usedToken = token;
                answer.endpoint = endpoint;
                if (answer.body.size() > maxBytes)
                    return callback(makeError(
                        FailureKind::TooLarge,
                        Text::tr("%1: the answer is larger than the limit of %2 MB")
                            .arg(endpoint, QString::number(maxBytes / (1024 * 1024))),
                        u"%1: response exceeds maxResponseBytes=%2"_s.arg(endpoint, QString::number(maxBytes))));
                callback(std::move(answer));
            });
    return reply;
}

} // namespace govops::iaas

#include "OpenStackClient.moc"
