#include "iaas/simulator/SimulatorServer.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "govops.iaas.simulator", QtInfoMsg)

namespace govops::iaas::sim {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SimResponse json(int status, const QJsonObject &o)
{
    SimResponse r;
    r.status = status;
    r.body = compact(o);
    return r;
}

// Nova/Cinder style: {"itemNotFound": {"code": 404, "message": "…"}}.
SimResponse apiError(int status, const QString &key, const QString &message)
{
    return json(status, QJsonObject{{key, QJsonObject{{u"code"_s, status}, {u"message"_s, message}}}});
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Fixed-format UTC timestamps, written by hand: QDateTime::toString() is slow for 50,000 servers.
QString stamp(const QDateTime &t, const char *suffix, bool withMillis)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    char buf[48];
    if (withMillis)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s", d.year(), d.month(), d.day(), tm.hour(),
                      tm.minute(), tm.second(), tm.msec(), suffix);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s", d.year(), d.month(), d.day(), tm.hour(),
                      tm.minute(), tm.second(), suffix);
    return QString::fromLatin1(buf);
}

QString iso(const QDateTime &t)        // Nova: 2017-02-14T19:24:42Z
{
    return stamp(t, "Z", false);
}

QString isoMicro(const QDateTime &t)   // Keystone: 2019-11-09T13:21:08.000000Z
{
    return stamp(t, "000Z", true);
}

QString isoNoZone(const QDateTime &t)  // Cinder: 2018-11-28T06:25:15.000000
{
    return stamp(t, "000", true);
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        break;
    }
    return "OTHER";
}

// A structural comma (outside strings) at or after the middle becomes ';'.
QByteArray malform(QByteArray body)
{
    bool inString = false;
    bool escaped = false;
    qsizetype fallback = -1;
    const qsizetype mid = body.size() / 2;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == ',') {
            if (i >= mid) {
                body[i] = ';';
                return body;
            }
            fallback = i;
        }
    }
    if (fallback >= 0) {
        body[fallback] = ';';
        return body;
    }
    return body.isEmpty() ? QByteArray("{#") : body.insert(1, '#');
}

QByteArray pad(QByteArray body, qint64 bytes)
{
    if (!body.startsWith('{'))
        return body;
    QByteArray filler;
    filler.reserve(bytes + 32);
    filler.append("\"govops_padding\":\"");
    filler.append(QByteArray(bytes, 'x'));
    filler.append("\",");
    if (body.size() > 2)
        body.insert(1, filler);
    else
        body = "{" + filler.chopped(1) + "}";
    return body;
}

QByteArray dropField(const QByteArray &body)
{
    QJsonObject top = QJsonDocument::fromJson(body).object();
    if (top.contains(u"token"_s)) {
        QJsonObject token = top.value(u"token"_s).toObject();
        token.remove(u"expires_at"_s);
        top.insert(u"token"_s, token);
        return compact(top);
    }
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!it.value().isArray())
            continue;
        QJsonArray items = it.value().toArray();
        if (items.isEmpty() || !items.at(0).isObject())
            continue;
        QJsonObject first = items.at(0).toObject();
        first.remove(u"id"_s);
        items.replace(0, first);
        top.insert(it.key(), items);
        return compact(top);
    }
    return body;
}

QString stableId(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

QString SimRequest::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

QString Fault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Latency:
        return u"latency"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::NoAnswer:
        return u"no-answer"_s;
    case Kind::TruncatedJson:
        return u"truncated-json"_s;
    case Kind::MalformedJson:
        return u"malformed-json"_s;
    case Kind::DropConnection:
        return u"drop-connection"_s;
    case Kind::HugeResponse:
        return u"huge-response"_s;
    case Kind::MissingField:
        return u"missing-field"_s;
    }
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(const QString &name)
{
    for (int k = 0; k <= static_cast<int>(Kind::MissingField); ++k) {
        if (kindName(static_cast<Kind>(k)) == name)
            return static_cast<Kind>(k);
    }
    return std::nullopt;
}

SimulatorServer::SimulatorServer(quint64 seed, Scale scale, QObject *parent)
    : QObject(parent), m_http(new QHttpServer(this)), m_data(SimulatorData::generate(seed, scale)),
      m_ownClock(std::make_unique<core::SystemClock>()), m_clock(m_ownClock.get())
{
    // One entry point: the simulator routes by itself, and answers later when a fault says so
    // (QHttpServerResponder is kept alive for delayed answers).
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onRequest(request, std::move(responder));
    });
}

SimulatorServer::~SimulatorServer()
{
    clearFaults();
}

void SimulatorServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_http->sslSetup(certificate, key);
    m_tls = true;
}

quint16 SimulatorServer::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port;
    return m_port;
}

QUrl SimulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QUrl SimulatorServer::authUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/identity/v3"_s);
    return url;
}

void SimulatorServer::setClock(const core::Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
}

QDateTime SimulatorServer::now() const
{
    return m_clock->now().toUTC();
}

void SimulatorServer::expireAllTokens()
{
    const QDateTime past = now().addSecs(-1);
    for (TokenInfo &t : m_tokens)
        t.expiresAt = past;
}

void SimulatorServer::addFault(const Fault &fault)
{
    m_faults.append(fault);
}

void SimulatorServer::clearFaults()
{
    m_faults.clear();
    for (Held &h : m_held) {
        if (h.socket)
            h.socket->disconnectFromHost();
    }
    m_held.clear();
}

int SimulatorServer::pendingFaults() const
{
    int n = 0;
    for (const Fault &f : m_faults) {
        if (f.count != 0)
            ++n;
    }
    return n;
}

void SimulatorServer::addCatalogService(const QString &type, const QString &name, const QString &pathPrefix)
{
    m_extraServices.append(ExtraService{type, name, pathPrefix});
}

void SimulatorServer::addHandler(const QString &pathPrefix, Handler handler)
{
    m_handlers.append({pathPrefix, std::move(handler)});
}

void SimulatorServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items)
        r.query.append({k, v});
    r.body = request.body();
    const auto headers = request.headers();
    r.header = [headers](const QByteArray &key) {
        for (const auto &h : headers) {
            if (h.first.compare(key, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    };
    const QString routeName = QString::fromLatin1(r.method) + u' ' + r.path;
    ++m_stats.requests;
    ++m_stats.byRoute[routeName];

    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = holder->socket();

    std::optional<Fault> active;
    std::chrono::milliseconds delay{0};
    if (!r.path.startsWith(u"/_sim/"_s)) {
        for (Fault &f : m_faults) {
            if (f.count == 0 || (!f.pathContains.isEmpty() && !r.path.contains(f.pathContains)))
                continue;
            if (f.skip > 0) {
                --f.skip;
                continue;
            }
            if (f.count > 0)
                --f.count;
            ++m_stats.faultsApplied;
            delay += f.delay;
            if (f.kind != Fault::Kind::Latency && !active)
                active = f;
        }
    }

    using Kind = Fault::Kind;
    SimResponse response;
    if (active && active->kind == Kind::NoAnswer) {
        qCDebug(lcSim).noquote() << routeName << "-> (no answer)";
        m_held.push_back(Held{holder, socket});
        emit requestServed(routeName, 0);
        return;
    }
    if (active && active->kind == Kind::Unauthorized) {
        response = unauthorized(u"The request you have made requires authentication."_s);
    } else if (active && active->kind == Kind::ServerError) {
        const int status = active->httpStatus >= 500 && active->httpStatus <= 504 ? active->httpStatus : 500;
        response = apiError(status, u"computeFault"_s,
                            u"The server has either erred or is incapable of performing the requested operation."_s);
    } else {
        response = route(r);
    }
    bool dropHalf = false;
    if (active) {
        switch (active->kind) {
        case Kind::TruncatedJson:
            response.body = response.body.left(response.body.size() / 2);
            break;
        case Kind::MalformedJson:
            response.body = malform(response.body);
            break;
        case Kind::HugeResponse:
            response.body = pad(response.body, active->hugeBytes);
            break;
        case Kind::MissingField:
            response.body = dropField(response.body);
            break;
        case Kind::DropConnection:
            dropHalf = true;
            break;
        default:
            break;
        }
    }
    qCDebug(lcSim).noquote() << routeName << "->" << response.status << response.body.size() << "bytes"
                             << (active ? Fault::kindName(active->kind) : QString());
    emit requestServed(routeName, response.status);

    auto send = [holder, socket, response = std::move(response), dropHalf] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;   // the client gave up meanwhile
        QHttpServerResponder &w = *holder;
        w.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        w.writeHeader("Content-Type", response.contentType);
        for (const auto &[k, v] : response.headers)
            w.writeHeader(k, v);
        w.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        if (dropHalf) {
            w.writeBody(response.body.left(response.body.size() / 2));
            socket->disconnectFromHost();
        } else {
            w.writeBody(response.body);
        }
    };
    if (delay.count() > 0)
        QTimer::singleShot(delay, this, std::move(send));
    else
        send();
}

SimResponse SimulatorServer::unauthorized(const QString &message)
{
    ++m_stats.unauthorized;
    SimResponse r = json(401, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, 401}, {u"title"_s, u"Unauthorized"_s},
                                                                   {u"message"_s, message}}}});
    QUrl identity = baseUrl();
    identity.setPath(u"/identity"_s);
    r.headers.append({"WWW-Authenticate", "Keystone uri=\"" + identity.toEncoded() + "\""});
    return r;
}

const SimulatorServer::TokenInfo *SimulatorServer::validToken(const SimRequest &request) const
{
    const QByteArray token = request.header("X-Auth-Token");
    if (token.isEmpty())
        return nullptr;
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->expiresAt <= now())
        return nullptr;
    return &it.value();
}

int SimulatorServer::requestedMicroversion(const SimRequest &request, bool *ok) const
{
    *ok = true;
    QByteArray v = request.header("OpenStack-API-Version").trimmed();
    if (v.startsWith("compute "))
        v = v.mid(8).trimmed();
    else
        v = request.header("X-OpenStack-Nova-API-Version").trimmed();
    if (v.isEmpty())
        return 1;
    if (v == "latest")
        return m_maxMicroversion;
    const QList<QByteArray> parts = v.split('.');
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.size() == 2 ? parts.at(0).toInt(&okMajor) : 0;
    const int minor = parts.size() == 2 ? parts.at(1).toInt(&okMinor) : 0;
    if (!okMajor || !okMinor || major != 2 || minor < 1 || minor > m_maxMicroversion) {
        *ok = false;
        return 0;
    }
    return minor;
}

SimResponse SimulatorServer::route(const SimRequest &r)
{
    const QString &path = r.path;
    if (path.startsWith(u"/_sim/"_s)) {
        if (!m_adminRoutes)
            return apiError(404, u"itemNotFound"_s, u"The resource could not be found."_s);
        return adminRoute(r);
    }
    if (path == "/identity/v3/auth/tokens"_L1) {
        if (r.method != "POST")
            return apiError(405, u"error"_s, u"Use POST to authenticate."_s);
        return issueToken(r);
    }
    const TokenInfo *token = validToken(r);
    if (!token)
        return unauthorized(u"The request you have made requires authentication."_s);

    for (const auto &[prefix, handler] : m_handlers) {
        if (path.startsWith(prefix))
            return handler(r);
    }
    if (r.method != "GET")
        return apiError(405, u"badMethod"_s, u"The method is not allowed for the requested URL."_s);

    if (path == "/identity/v3/projects"_L1)
        return listProjects(r, *token);

    static const QLatin1StringView computePrefix("/compute/v2.1/");
    if (path.startsWith(computePrefix)) {
        bool ok = false;
        const int mv = requestedMicroversion(r, &ok);
        if (!ok)
            return apiError(406, u"notAcceptable"_s,
                            u"Version is not supported by the API. Minimum is 2.1 and maximum is 2.%1."_s.arg(m_maxMicroversion));
        SimResponse response;
        const QStringView sub = QStringView(path).mid(computePrefix.size());
        if (sub == u"servers/detail")
            response = listServers(r, *token, mv);
        else if (sub == u"flavors/detail")
            response = listFlavors(r, mv);
        else if (sub == u"os-hypervisors/detail")
            response = listHypervisors(r, *token, mv);
        else
            response = apiError(404, u"itemNotFound"_s, u"The resource could not be found."_s);
        const QByteArray version = "2." + QByteArray::number(mv);
        response.headers.append({"OpenStack-API-Version", "compute " + version});
        response.headers.append({"X-OpenStack-Nova-API-Version", version});
        response.headers.append({QByteArray("Vary"), QByteArray("OpenStack-API-Version, X-OpenStack-Nova-API-Version")});
        return response;
    }
    static const QRegularExpression volumes(uR"(^/volume/v3/([^/]+)/volumes/detail$)"_s);
    if (volumes.match(path).hasMatch())
        return listVolumes(r, *token);
    if (path == "/network/v2.0/networks"_L1)
        return listNetworks(r, *token);
    if (path == "/network/v2.0/security-groups"_L1)
        return listSecurityGroups(r, *token);
    return apiError(404, u"itemNotFound"_s, u"The resource could not be found."_s);
}

SimResponse SimulatorServer::issueToken(const SimRequest &r)
{
    const QJsonObject auth = QJsonDocument::fromJson(r.body).object().value(u"auth"_s).toObject();
    const QJsonObject identity = auth.value(u"identity"_s).toObject();
    const QJsonArray methods = identity.value(u"methods"_s).toArray();
    if (methods.isEmpty())
        return json(400, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, 400}, {u"title"_s, u"Bad Request"_s},
                                                               {u"message"_s, u"Expecting to find identity in auth."_s}}}});
    const QString method = methods.at(0).toString();
    const QString denied = u"The request you have made requires authentication."_s;

    TokenInfo info;
    QString userName;
    bool scoped = true;
    QString wantedProject = m_data.adminProjectId;
    if (method == "password"_L1) {
        const QJsonObject user = identity.value(u"password"_s).toObject().value(u"user"_s).toObject();
        const QJsonObject domain = user.value(u"domain"_s).toObject();
        const QString domainName = domain.value(u"name"_s).toString();
        const QString domainId = domain.value(u"id"_s).toString();
        const QString password = user.value(u"password"_s).toString();
        const QString name = user.value(u"name"_s).toString();
        const QString id = user.value(u"id"_s).toString();
        const bool domainOk = domainName == QLatin1StringView(DemoCredentials::domain) || domainId == "default"_L1
                              || (!id.isEmpty() && domain.isEmpty());
        if (!domainOk || password != QLatin1StringView(DemoCredentials::password))
            return unauthorized(denied);
        if (name == QLatin1StringView(DemoCredentials::adminUser) || id == m_data.adminUserId) {
            info.userId = m_data.adminUserId;
            info.admin = true;
            userName = QLatin1StringView(DemoCredentials::adminUser);
        } else if (name == QLatin1StringView(DemoCredentials::readerUser) || id == m_data.readerUserId) {
            info.userId = m_data.readerUserId;
            userName = QLatin1StringView(DemoCredentials::readerUser);
        } else {
            return unauthorized(denied);
        }
        const QJsonObject project = auth.value(u"scope"_s).toObject().value(u"project"_s).toObject();
        if (project.isEmpty()) {
            scoped = false;
        } else if (project.contains(u"id"_s)) {
            wantedProject = project.value(u"id"_s).toString();
        } else {
            const QJsonObject pd = project.value(u"domain"_s).toObject();
            if (pd.value(u"name"_s).toString() != QLatin1StringView(DemoCredentials::domain)
                && pd.value(u"id"_s).toString() != "default"_L1)
                return unauthorized(u"Could not find domain for the project scope."_s);
            wantedProject.clear();
            for (const SimProject &p : std::as_const(m_data.projects)) {
                if (p.name == project.value(u"name"_s).toString())
                    wantedProject = p.id;
            }
        }
        if (scoped && (!m_data.project(wantedProject) || (!info.admin && wantedProject != m_data.adminProjectId)))
            return unauthorized(u"Could not find project or the user has no role on it."_s);
    } else if (method == "application_credential"_L1) {
        const QJsonObject cred = identity.value(u"application_credential"_s).toObject();
        if (cred.value(u"id"_s).toString() != QLatin1StringView(DemoCredentials::applicationCredentialId)
            || cred.value(u"secret"_s).toString() != QLatin1StringView(DemoCredentials::applicationCredentialSecret))
            return unauthorized(denied);
        info.userId = m_data.adminUserId;
        info.admin = true;
        userName = QLatin1StringView(DemoCredentials::adminUser);
    } else {
        return unauthorized(u"Unsupported authentication method."_s);
    }
    info.projectId = scoped ? wantedProject : QString();
    const QDateTime issued = now();
    info.expiresAt = issued.addSecs(m_tokenLifetime.count());

    ++m_tokenCounter;
    QByteArray raw = QByteArray::number(m_tokenCounter) + ':';
    for (int i = 0; i < 4; ++i)
        raw += QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray secret = "gAAAAAB" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(secret, info);
    ++m_stats.tokensIssued;

    SimResponse response = json(201, tokenBody(info, userName, method, issued));
    response.headers.append({"X-Subject-Token", secret});
    return response;
}

QJsonObject SimulatorServer::tokenBody(const TokenInfo &info, const QString &userName, const QString &method,
                                       const QDateTime &issued) const
{
    QJsonArray roles;
    if (info.admin) {
        roles = {QJsonObject{{u"id"_s, stableId(u"role-admin"_s)}, {u"name"_s, u"admin"_s}},
                 QJsonObject{{u"id"_s, stableId(u"role-member"_s)}, {u"name"_s, u"member"_s}},
                 QJsonObject{{u"id"_s, stableId(u"role-reader"_s)}, {u"name"_s, u"reader"_s}}};
    } else {
        roles = {QJsonObject{{u"id"_s, stableId(u"role-reader"_s)}, {u"name"_s, u"reader"_s}}};
    }
    const QJsonObject domain{{u"id"_s, u"default"_s}, {u"name"_s, u"Default"_s}};
    QJsonObject token{
        {u"methods"_s, QJsonArray{method}},
        {u"user"_s, QJsonObject{{u"id"_s, info.userId}, {u"name"_s, userName}, {u"domain"_s, domain},
                                {u"password_expires_at"_s, QJsonValue(QJsonValue::Null)}}},
        {u"audit_ids"_s, QJsonArray{stableId(QString::number(m_tokenCounter)).left(22)}},
        {u"expires_at"_s, isoMicro(info.expiresAt)},
        {u"issued_at"_s, isoMicro(issued)},
    };
    if (info.projectId.isEmpty())
        return QJsonObject{{u"token"_s, token}};

    const SimProject *project = m_data.project(info.projectId);
    token.insert(u"project"_s, QJsonObject{{u"id"_s, info.projectId}, {u"name"_s, project ? project->name : QString()},
                                           {u"domain"_s, domain}});
    token.insert(u"is_domain"_s, false);
    token.insert(u"roles"_s, roles);

    const QString base = baseUrl().toString();
    auto service = [&](const QString &type, const QString &name, const QString &url) {
        QJsonArray endpoints;
        for (const QString &iface : {u"public"_s, u"internal"_s, u"admin"_s}) {
            endpoints.append(QJsonObject{{u"id"_s, stableId(type + iface)}, {u"interface"_s, iface},
                                         {u"region_id"_s, m_region}, {u"region"_s, m_region}, {u"url"_s, url}});
        }
        return QJsonObject{{u"id"_s, stableId(type)}, {u"type"_s, type}, {u"name"_s, name}, {u"endpoints"_s, endpoints}};
    };
    QJsonArray catalog{
        service(u"identity"_s, u"keystone"_s, base + u"/identity"_s),
        service(u"compute"_s, u"nova"_s, base + u"/compute/v2.1"_s),
        service(u"volumev3"_s, u"cinderv3"_s, base + u"/volume/v3/"_s + info.projectId),
        service(u"block-storage"_s, u"cinder"_s, base + u"/volume/v3/"_s + info.projectId),
        service(u"network"_s, u"neutron"_s, base + u"/network"_s),
    };
    for (const ExtraService &extra : m_extraServices)
        catalog.append(service(extra.type, extra.name, base + extra.pathPrefix));
    token.insert(u"catalog"_s, catalog);
    return QJsonObject{{u"token"_s, token}};
}

namespace {

// Minimal streaming JSON writer for the large listings: commas and escaping, nothing else.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve) { m_out.reserve(reserve); }

    JsonWriter &key(QLatin1StringView k)
    {
        separator();
        m_out.append('"');
        escape(QByteArrayView(k.data(), k.size()));
        m_out.append("\":");
        m_afterKey = true;
        return *this;
    }
    JsonWriter &key(const QString &k)
    {
        separator();
        quote(k);
        m_out.append(':');
        m_afterKey = true;
        return *this;
    }
    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    void string(QStringView s)
    {
        value();
        quote(s);
    }
    void number(qint64 n)
    {
        value();
        m_out.append(QByteArray::number(n));
    }
    void boolean(bool b)
    {
        value();
        m_out.append(b ? "true" : "false");
    }
    void null()
    {
        value();
        m_out.append("null");
    }
    QByteArray take() { return std::move(m_out); }

private:
    JsonWriter &open(char c)
    {
        value();
        m_out.append(c);
        m_first.push_back(true);
        return *this;
    }
    JsonWriter &close(char c)
    {
        m_out.append(c);
        m_first.pop_back();
        return *this;
    }
    void separator()
    {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
    void value()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_first.empty())
            separator();
    }
    void quote(QStringView s)
    {
        m_out.append('"');
        escape(s.toUtf8());
        m_out.append('"');
    }
    void escape(QByteArrayView bytes)
    {
        qsizetype plain = 0;   // start of the run that needs no escaping
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(bytes.sliced(plain, i - plain));
            plain = i + 1;
            if (c == '"' || c == '\\') {
                m_out.append('\\');
                m_out.append(char(c));
            } else {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                m_out.append(buf);
            }
        }
        m_out.append(bytes.sliced(plain));
    }

    QByteArray m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

// limit/marker paging over a list of ids, as Nova, Cinder and Neutron do it: a "next" link
// whenever the page is full (so the last full page is followed by an empty one).
struct Slice
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString nextMarker;
    std::optional<SimResponse> error;
};

Slice slice(const SimRequest &r, const QStringList &ids, int maxLimit, bool paged)
{
    Slice s;
    s.end = ids.size();
    if (!paged)
        return s;
    int limit = maxLimit;
    const QString limitText = r.queryValue(u"limit"_s);
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 0) {
            s.error = apiError(400, u"badRequest"_s, u"limit param must be an integer"_s);
            return s;
        }
        limit = std::min(limit, maxLimit);
    }
    const QString marker = r.queryValue(u"marker"_s);
    if (!marker.isEmpty()) {
        const qsizetype at = ids.indexOf(marker);
        if (at < 0) {
            s.error = apiError(400, u"badRequest"_s, u"marker [%1] not found"_s.arg(marker));
            return s;
        }
        s.begin = at + 1;
    }
    s.end = std::min<qsizetype>(s.begin + limit, ids.size());
    if (limit > 0 && s.end - s.begin == limit)
        s.nextMarker = ids.at(s.end - 1);
    return s;
}

QJsonArray nextLinks(const QUrl &base, const SimRequest &r, const Slice &s, int limit)
{
    if (s.nextMarker.isEmpty())
        return {};
    QUrl url = base;
    url.setPath(r.path);
    QUrlQuery q;
    for (const auto &[k, v] : r.query) {
        if (k != "limit"_L1 && k != "marker"_L1)
            q.addQueryItem(k, v);
    }
    q.addQueryItem(u"limit"_s, QString::number(limit));
    q.addQueryItem(u"marker"_s, s.nextMarker);
    url.setQuery(q);
    return QJsonArray{QJsonObject{{u"href"_s, url.toString()}, {u"rel"_s, u"next"_s}}};
}

int pageLimit(const SimRequest &r, int maxLimit)
{
    bool ok = false;
    const int limit = r.queryValue(u"limit"_s).toInt(&ok);
    return ok ? std::min(limit, maxLimit) : maxLimit;
}

bool truthy(const QString &v)
{
    return v == "1"_L1 || v.compare("true"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace

SimResponse SimulatorServer::listServers(const SimRequest &r, const TokenInfo &t, int mv)
{
    const bool allTenants = truthy(r.queryValue(u"all_tenants"_s));
    if (allTenants && !t.admin)
        return apiError(403, u"forbidden"_s, u"Policy doesn't allow os_compute_api:servers:detail:get_all_tenants to be performed."_s);
    QList<const SimServer *> visible;
    QStringList ids;
    visible.reserve(m_data.servers.size());
    ids.reserve(m_data.servers.size());
    for (const SimServer &s : std::as_const(m_data.servers)) {
        if (allTenants || s.projectId == t.projectId) {
            visible.append(&s);
            ids.append(s.id);
        }
    }
    const Slice sl = slice(r, ids, m_maxLimit, true);
    if (sl.error)
        return *sl.error;

    // Servers are the large listing (50,000 for the sync benchmark), so they are written straight
    // to JSON text rather than through QJsonObject, which costs far more per field.
    const QString base = baseUrl().toString();
    JsonWriter w((sl.end - sl.begin) * 1700 + 256);
    w.beginObject();
    w.key("servers"_L1).beginArray();
    for (qsizetype i = sl.begin; i < sl.end; ++i) {
        const SimServer &s = *visible.at(i);
        const SimFlavor &f = m_data.flavors.at(s.flavorIndex);
        const SimHypervisor *h = s.hypervisorIndex >= 0 ? &m_data.hypervisors.at(s.hypervisorIndex) : nullptr;
        const bool building = s.status == "BUILD"_L1;
        w.beginObject();
        w.key("id"_L1).string(s.id);
        w.key("name"_L1).string(s.name);
        w.key("status"_L1).string(s.status);
        w.key("tenant_id"_L1).string(s.projectId);
        w.key("user_id"_L1).string(s.userId);
        w.key("flavor"_L1).beginObject();
        if (mv >= 47) {
            w.key("original_name"_L1).string(f.name);
            w.key("vcpus"_L1).number(f.vcpus);
            w.key("ram"_L1).number(f.ramMb);
            w.key("disk"_L1).number(f.diskGb);
            w.key("ephemeral"_L1).number(0);
            w.key("swap"_L1).number(0);
            w.key("extra_specs"_L1).beginObject();
            w.key("hw:cpu_policy"_L1).string(u"shared");
            w.endObject();
        } else {
            w.key("id"_L1).string(f.id);
            w.key("links"_L1).beginArray();
            w.beginObject();
            w.key("href"_L1).string(base + u"/compute/flavors/"_s + f.id);
            w.key("rel"_L1).string(u"bookmark");
            w.endObject();
            w.endArray();
        }
        w.endObject();
        if (s.imageId.isEmpty()) {
            w.key("image"_L1).string(u"");   // booted from a volume
        } else {
            w.key("image"_L1).beginObject();
            w.key("id"_L1).string(s.imageId);
            w.key("links"_L1).beginArray();
            w.endArray();
            w.endObject();
        }
        w.key("addresses"_L1).beginObject();
        for (qsizetype a = 0; a < s.addresses.size(); ++a) {
            const QString &network = s.addresses.at(a).network;
            bool seen = false;
            for (qsizetype b = 0; b < a; ++b)
                seen = seen || s.addresses.at(b).network == network;
            if (seen)
                continue;
            w.key(network).beginArray();
            for (const SimAddress &addr : s.addresses) {
                if (addr.network != network)
                    continue;
                w.beginObject();
                w.key("addr"_L1).string(addr.address);
                w.key("version"_L1).number(4);
                w.key("OS-EXT-IPS:type"_L1).string(addr.type);
                w.key("OS-EXT-IPS-MAC:mac_addr"_L1).string(addr.mac);
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
        w.key("metadata"_L1).beginObject();
        for (auto it = s.metadata.begin(); it != s.metadata.end(); ++it)
            w.key(it.key()).string(it.value());
        w.endObject();
        w.key("created"_L1).string(iso(s.created));
        w.key("updated"_L1).string(iso(s.updated));
        w.key("hostId"_L1).string(h ? QString::fromLatin1(QCryptographicHash::hash((s.projectId + h->serviceHost).toUtf8(),
                                                                                   QCryptographicHash::Sha224).toHex())
                                    : QString());
        w.key("key_name"_L1).null();
        w.key("accessIPv4"_L1).string(u"");
        w.key("accessIPv6"_L1).string(u"");
        w.key("config_drive"_L1).string(u"");
        w.key("progress"_L1).number(0);
        w.key("locked"_L1).boolean(false);
        w.key("OS-DCF:diskConfig"_L1).string(u"MANUAL");
        w.key("OS-EXT-AZ:availability_zone"_L1).string(s.availabilityZone);
        w.key("OS-EXT-STS:vm_state"_L1).string(s.vmState);
        w.key("OS-EXT-STS:power_state"_L1).number(s.status == "ACTIVE"_L1 ? 1 : 4);
        if (building)
            w.key("OS-EXT-STS:task_state"_L1).string(u"spawning");
        else
            w.key("OS-EXT-STS:task_state"_L1).null();
        if (building)
            w.key("OS-SRV-USG:launched_at"_L1).null();
        else
            w.key("OS-SRV-USG:launched_at"_L1).string(isoNoZone(s.created));
        w.key("OS-SRV-USG:terminated_at"_L1).null();
        w.key("os-extended-volumes:volumes_attached"_L1).beginArray();
        for (const QString &v : s.volumeIds) {
            w.beginObject();
            w.key("id"_L1).string(v);
            w.key("delete_on_termination"_L1).boolean(false);
            w.endObject();
        }
        w.endArray();
        w.key("links"_L1).beginArray();
        w.beginObject();
        w.key("href"_L1).string(base + u"/compute/v2.1/servers/"_s + s.id);
        w.key("rel"_L1).string(u"self");
        w.endObject();
        w.endArray();
        if (!building) {   // Nova leaves security_groups out while building
            w.key("security_groups"_L1).beginArray();
            for (const QString &g : s.securityGroups) {
                w.beginObject();
                w.key("name"_L1).string(g);
                w.endObject();
            }
            w.endArray();
        }
        if (mv >= 19)
            w.key("description"_L1).null();
        if (mv >= 26)
            w.key("tags"_L1).beginArray(), w.endArray();
        if (t.admin) {   // OS-EXT-SRV-ATTR:* only for admins; null while unscheduled
            if (h) {
                w.key("OS-EXT-SRV-ATTR:host"_L1).string(h->serviceHost);
                w.key("OS-EXT-SRV-ATTR:hypervisor_hostname"_L1).string(h->hostname);
            } else {
                w.key("OS-EXT-SRV-ATTR:host"_L1).null();
                w.key("OS-EXT-SRV-ATTR:hypervisor_hostname"_L1).null();
            }
            w.key("OS-EXT-SRV-ATTR:instance_name"_L1).string(u"instance-%1"_s.arg(i + 1, 8, 16, QLatin1Char('0')));
            if (mv >= 16)
                w.key("host_status"_L1).string(h ? (h->state == "up"_L1 ? u"UP"_s : u"DOWN"_s) : QString());
        }
        w.endObject();
    }
    w.endArray();
    const QJsonArray links = nextLinks(baseUrl(), r, sl, pageLimit(r, m_maxLimit));
    if (!links.isEmpty()) {
        const QJsonObject link = links.at(0).toObject();
        w.key("servers_links"_L1).beginArray();
        w.beginObject();
        w.key("href"_L1).string(link.value(u"href"_s).toString());
        w.key("rel"_L1).string(u"next");
        w.endObject();
        w.endArray();
    }
    w.endObject();
    SimResponse response;
    response.body = w.take();
    return response;
}

SimResponse SimulatorServer::listFlavors(const SimRequest &r, int mv)
{
    QStringList ids;
    for (const SimFlavor &f : std::as_const(m_data.flavors))
        ids.append(f.id);
    const Slice sl = slice(r, ids, m_maxLimit, true);
    if (sl.error)
        return *sl.error;
    QJsonArray out;
    for (qsizetype i = sl.begin; i < sl.end; ++i) {
        const SimFlavor &f = m_data.flavors.at(i);
        QJsonObject o{{u"id"_s, f.id},
                      {u"name"_s, f.name},
                      {u"vcpus"_s, f.vcpus},
                      {u"ram"_s, f.ramMb},
                      {u"disk"_s, f.diskGb},
                      {u"OS-FLV-EXT-DATA:ephemeral"_s, 0},
                      {u"OS-FLV-DISABLED:disabled"_s, false},
                      {u"swap"_s, mv >= 75 ? QJsonValue(0) : QJsonValue(u""_s)},   // "" for 0 before 2.75
                      {u"rxtx_factor"_s, 1.0},
                      {u"os-flavor-access:is_public"_s, true},
                      {u"links"_s, QJsonArray{}}};
        if (mv >= 55)
            o.insert(u"description"_s, QJsonValue(QJsonValue::Null));
        out.append(o);
    }
    QJsonObject top{{u"flavors"_s, out}};
    const QJsonArray links = nextLinks(baseUrl(), r, sl, pageLimit(r, m_maxLimit));
    if (!links.isEmpty())
        top.insert(u"flavors_links"_s, links);
    return json(200, top);
}

SimResponse SimulatorServer::listHypervisors(const SimRequest &r, const TokenInfo &t, int mv)
{
    if (!t.admin)
        return apiError(403, u"forbidden"_s, u"Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be performed."_s);
    struct Usage
    {
        int vcpus = 0;
        qint64 ram = 0;
        qint64 disk = 0;
        int vms = 0;
    };
    QList<Usage> usage(m_data.hypervisors.size());
    for (const SimServer &s : std::as_const(m_data.servers)) {
        if (s.hypervisorIndex < 0 || s.hypervisorIndex >= usage.size())
            continue;
        const SimFlavor &f = m_data.flavors.at(s.flavorIndex);
        Usage &u = usage[s.hypervisorIndex];
        u.vcpus += f.vcpus;
        u.ram += f.ramMb;
        u.disk += f.diskGb;
        ++u.vms;
    }
    QStringList ids;
    for (const SimHypervisor &h : std::as_const(m_data.hypervisors))
        ids.append(mv >= 53 ? h.uuid : QString::number(h.numericId));
    const Slice sl = slice(r, ids, m_maxLimit, mv >= 33);
    if (sl.error)
        return *sl.error;
    QJsonArray out;
    for (qsizetype i = sl.begin; i < sl.end; ++i) {
        const SimHypervisor &h = m_data.hypervisors.at(i);
        QJsonObject o{
            {u"id"_s, mv >= 53 ? QJsonValue(h.uuid) : QJsonValue(h.numericId)},
            {u"hypervisor_hostname"_s, h.hostname},
            {u"hypervisor_type"_s, u"QEMU"_s},
            {u"hypervisor_version"_s, 6002000},
            {u"host_ip"_s, h.hostIp},
            {u"state"_s, h.state},
            {u"status"_s, h.status},
            {u"service"_s, QJsonObject{{u"host"_s, h.serviceHost},
                                       {u"id"_s, mv >= 53 ? QJsonValue(h.serviceId) : QJsonValue(h.numericId + 100)},
                                       {u"disabled_reason"_s, h.status == "disabled"_L1 ? QJsonValue(u"maintenance"_s)
                                                                                         : QJsonValue(QJsonValue::Null)}}},
        };
        if (mv < 88) {
            const Usage &u = usage.at(i);
            o.insert(u"vcpus"_s, h.vcpus);
            o.insert(u"vcpus_used"_s, u.vcpus);
            o.insert(u"memory_mb"_s, h.memoryMb);
            o.insert(u"memory_mb_used"_s, u.ram + 4096);
            o.insert(u"local_gb"_s, h.localGb);
            o.insert(u"local_gb_used"_s, u.disk);
            o.insert(u"free_ram_mb"_s, h.memoryMb - u.ram - 4096);
            o.insert(u"free_disk_gb"_s, h.localGb - u.disk);
            o.insert(u"running_vms"_s, u.vms);
            o.insert(u"current_workload"_s, 0);
            o.insert(u"disk_available_least"_s, h.localGb - u.disk);
            const QJsonObject cpu{{u"arch"_s, u"x86_64"_s}, {u"model"_s, u"Cascadelake-Server"_s}, {u"vendor"_s, u"Intel"_s},
                                  {u"topology"_s, QJsonObject{{u"cores"_s, 24}, {u"threads"_s, 2}, {u"sockets"_s, 2}}}};
            o.insert(u"cpu_info"_s, mv >= 28 ? QJsonValue(cpu) : QJsonValue(QString::fromUtf8(compact(cpu))));
        } else {
            o.insert(u"uptime"_s, QJsonValue(QJsonValue::Null));
        }
        out.append(o);
    }
    QJsonObject top{{u"hypervisors"_s, out}};
    const QJsonArray links = nextLinks(baseUrl(), r, sl, pageLimit(r, m_maxLimit));
    if (!links.isEmpty())
        top.insert(u"hypervisors_links"_s, links);
    return json(200, top);
}

SimResponse SimulatorServer::listVolumes(const SimRequest &r, const TokenInfo &t)
{
    const bool allTenants = t.admin && truthy(r.queryValue(u"all_tenants"_s));
    QList<const SimVolume *> visible;
    QStringList ids;
    for (const SimVolume &v : std::as_const(m_data.volumes)) {
        if (allTenants || v.projectId == t.projectId) {
            visible.append(&v);
            ids.append(v.id);
        }
    }
    const Slice sl = slice(r, ids, m_maxLimit, true);
    if (sl.error)
        return *sl.error;
    const QString base = baseUrl().toString();
    JsonWriter w((sl.end - sl.begin) * 1100 + 256);
    w.beginObject();
    w.key("volumes"_L1).beginArray();
    for (qsizetype i = sl.begin; i < sl.end; ++i) {
        const SimVolume &v = *visible.at(i);
        w.beginObject();
        w.key("id"_L1).string(v.id);
        if (v.nameNull)
            w.key("name"_L1).null();
        else
            w.key("name"_L1).string(v.name);
        w.key("description"_L1).null();
        w.key("status"_L1).string(v.status);
        w.key("size"_L1).number(v.sizeGb);
        w.key("availability_zone"_L1).string(u"nova");
        w.key("bootable"_L1).string(v.bootable ? u"true" : u"false");   // text, as Cinder sends it
        w.key("encrypted"_L1).boolean(false);
        w.key("multiattach"_L1).boolean(false);
        w.key("created_at"_L1).string(isoNoZone(v.created));
        w.key("updated_at"_L1).null();
        w.key("volume_type"_L1).string(v.volumeType);
        w.key("attachments"_L1).beginArray();
        if (!v.serverId.isEmpty()) {
            w.beginObject();
            w.key("server_id"_L1).string(v.serverId);
            w.key("attachment_id"_L1).string(v.attachmentId);
            w.key("attached_at"_L1).string(isoNoZone(v.created.addSecs(30)));
            if (v.attachHost.isEmpty())
                w.key("host_name"_L1).null();
            else
                w.key("host_name"_L1).string(v.attachHost);
            w.key("volume_id"_L1).string(v.id);
            w.key("device"_L1).string(v.device);
            w.key("id"_L1).string(v.id);
            w.endObject();
        }
        w.endArray();
        w.key("metadata"_L1).beginObject();
        w.endObject();
        w.key("snapshot_id"_L1).null();
        w.key("source_volid"_L1).null();
        w.key("user_id"_L1).string(m_data.adminUserId);
        w.key("links"_L1).beginArray();
        w.beginObject();
        w.key("href"_L1).string(base + u"/volume/v3/"_s + v.projectId + u"/volumes/"_s + v.id);
        w.key("rel"_L1).string(u"self");
        w.endObject();
        w.endArray();
        if (t.admin) {
            w.key("os-vol-tenant-attr:tenant_id"_L1).string(v.projectId);
            if (v.backendHost.isEmpty())
                w.key("os-vol-host-attr:host"_L1).null();
            else
                w.key("os-vol-host-attr:host"_L1).string(v.backendHost);
            w.key("os-vol-mig-status-attr:migstat"_L1).null();
        }
        w.endObject();
    }
    w.endArray();
    const QJsonArray links = nextLinks(baseUrl(), r, sl, pageLimit(r, m_maxLimit));
    if (!links.isEmpty()) {
        w.key("volumes_links"_L1).beginArray();
        w.beginObject();
        w.key("href"_L1).string(links.at(0).toObject().value(u"href"_s).toString());
        w.key("rel"_L1).string(u"next");
        w.endObject();
        w.endArray();
    }
    w.endObject();
    SimResponse response;
    response.body = w.take();
    return response;
}

SimResponse SimulatorServer::listNetworks(const SimRequest &r, const TokenInfo &t)
{
    QList<const SimNetwork *> visible;
    QStringList ids;
    for (const SimNetwork &n : std::as_const(m_data.networks)) {
        if (t.admin || n.shared || n.projectId == t.projectId) {
            visible.append(&n);
            ids.append(n.id);
        }
    }
    const Slice sl = slice(r, ids, m_maxLimit, true);
    if (sl.error)
        return *sl.error;
    QJsonArray out;
    for (qsizetype i = sl.begin; i < sl.end; ++i) {
        const SimNetwork &n = *visible.at(i);
        QJsonObject o{{u"id"_s, n.id},
                      {u"name"_s, n.name},
                      {u"status"_s, u"ACTIVE"_s},
                      {u"project_id"_s, n.projectId},
                      {u"tenant_id"_s, n.projectId},
                      {u"shared"_s, n.shared},
                      {u"router:external"_s, n.external},
                      {u"admin_state_up"_s, true},
                      {u"mtu"_s, n.mtu},
                      {u"subnets"_s, QJsonArray{n.subnetId}},
                      {u"availability_zones"_s, QJsonArray{u"nova"_s}},
                      {u"description"_s, u""_s},
                      {u"tags"_s, QJsonArray{}},
                      {u"revision_number"_s, 1}};
        if (t.admin) {
            o.insert(u"provider:network_type"_s, n.networkType);
            o.insert(u"provider:physical_network"_s, n.networkType == "vxlan"_L1 ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(u"physnet1"_s));
            o.insert(u"provider:segmentation_id"_s, n.segmentationId > 0 ? QJsonValue(n.segmentationId)
                                                                         : QJsonValue(QJsonValue::Null));
        }
        out.append(o);
    }
    QJsonObject top{{u"networks"_s, out}};
    const QJsonArray links = nextLinks(baseUrl(), r, sl, pageLimit(r, m_maxLimit));
    if (!links.isEmpty())
        top.insert(u"networks_links"_s, links);
    return json(200, top);
}

SimResponse SimulatorServer::listSecurityGroups(const SimRequest &r, const TokenInfo &t)
{
    QList<const SimSecurityGroup *> visible;
    QStringList ids;
    for (const SimSecurityGroup &g : std::as_const(m_data.securityGroups)) {
        if (t.admin || g.projectId == t.projectId) {
            visible.append(&g);
            ids.append(g.id);
        }
    }
    const Slice sl = slice(r, ids, m_maxLimit, true);
    if (sl.error)
        return *sl.error;
    QJsonArray out;
    for (qsizetype i = sl.begin; i < sl.end; ++i) {
        const SimSecurityGroup &g = *visible.at(i);
        QJsonArray rules;
        for (const SimRule &rule : g.rules) {
            rules.append(QJsonObject{{u"id"_s, rule.id},
                                     {u"direction"_s, rule.direction},
                                     {u"ethertype"_s, rule.etherType},
                                     {u"protocol"_s, textOrNull(rule.protocol)},
                                     {u"port_range_min"_s, rule.portMin >= 0 ? QJsonValue(rule.portMin) : QJsonValue(QJsonValue::Null)},
                                     {u"port_range_max"_s, rule.portMax >= 0 ? QJsonValue(rule.portMax) : QJsonValue(QJsonValue::Null)},
                                     {u"remote_ip_prefix"_s, textOrNull(rule.remoteIpPrefix)},
                                     {u"remote_group_id"_s, textOrNull(rule.remoteGroupId)},
                                     {u"security_group_id"_s, g.id},
                                     {u"project_id"_s, g.projectId},
                                     {u"tenant_id"_s, g.projectId}});
        }
        out.append(QJsonObject{{u"id"_s, g.id},
                               {u"name"_s, g.name},
                               {u"description"_s, g.description},
                               {u"project_id"_s, g.projectId},
                               {u"tenant_id"_s, g.projectId},
                               {u"stateful"_s, true},
                               {u"security_group_rules"_s, rules},
                               {u"tags"_s, QJsonArray{}},
                               {u"revision_number"_s, 1}});
    }
    QJsonObject top{{u"security_groups"_s, out}};
    const QJsonArray links = nextLinks(baseUrl(), r, sl, pageLimit(r, m_maxLimit));
    if (!links.isEmpty())
        top.insert(u"security_groups_links"_s, links);
    return json(200, top);
}

SimResponse SimulatorServer::listProjects(const SimRequest &, const TokenInfo &t)
{
    if (!t.admin)
        return json(403, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, 403}, {u"title"_s, u"Forbidden"_s},
                                                               {u"message"_s, u"You are not authorized to perform the requested action: identity:list_projects."_s}}}});
    const QString base = baseUrl().toString();
    QJsonArray out;
    for (const SimProject &p : std::as_const(m_data.projects)) {
        out.append(QJsonObject{{u"id"_s, p.id},
                               {u"name"_s, p.name},
                               {u"domain_id"_s, u"default"_s},
                               {u"description"_s, p.description},
                               {u"enabled"_s, true},
                               {u"parent_id"_s, u"default"_s},
                               {u"is_domain"_s, false},
                               {u"tags"_s, QJsonArray::fromStringList(p.tags)},
                               {u"options"_s, QJsonObject{}},
                               {u"links"_s, QJsonObject{{u"self"_s, base + u"/identity/v3/projects/"_s + p.id}}}});
    }
    return json(200, QJsonObject{{u"projects"_s, out},
                                 {u"links"_s, QJsonObject{{u"self"_s, base + u"/identity/v3/projects"_s},
                                                          {u"previous"_s, QJsonValue(QJsonValue::Null)},
                                                          {u"next"_s, QJsonValue(QJsonValue::Null)}}}});
}

SimResponse SimulatorServer::adminRoute(const SimRequest &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (r.path == "/_sim/stats"_L1) {
        QJsonObject byRoute;
        for (auto it = m_stats.byRoute.begin(); it != m_stats.byRoute.end(); ++it)
            byRoute.insert(it.key(), it.value());
        return json(200, QJsonObject{{u"requests"_s, m_stats.requests},
                                     {u"tokens_issued"_s, m_stats.tokensIssued},
                                     {u"unauthorized"_s, m_stats.unauthorized},
                                     {u"faults_applied"_s, m_stats.faultsApplied},
                                     {u"pending_faults"_s, pendingFaults()},
                                     {u"servers"_s, static_cast<int>(m_data.servers.size())},
                                     {u"by_route"_s, byRoute}});
    }
    if (r.path == "/_sim/faults"_L1 && r.method == "DELETE") {
        clearFaults();
        return json(200, QJsonObject{{u"faults"_s, 0}});
    }
    if (r.path == "/_sim/faults"_L1 && r.method == "POST") {
        const auto kind = Fault::kindFromName(body.value(u"kind"_s).toString());
        if (!kind)
            return apiError(400, u"badRequest"_s,
                            u"kind must be one of latency, unauthorized, server-error, no-answer, truncated-json, "
                            "malformed-json, drop-connection, huge-response, missing-field"_s);
        Fault f;
        f.kind = *kind;
        f.pathContains = body.value(u"path"_s).toString();
        f.skip = body.value(u"skip"_s).toInt(0);
        f.count = body.value(u"count"_s).toInt(-1);
        f.delay = std::chrono::milliseconds(body.value(u"delay_ms"_s).toInt(0));
        f.httpStatus = body.value(u"status"_s).toInt(503);
        f.hugeBytes = static_cast<qint64>(body.value(u"huge_bytes"_s).toDouble(64.0 * 1024 * 1024));
        addFault(f);
        return json(201, QJsonObject{{u"faults"_s, pendingFaults()}});
    }
    if (r.path == "/_sim/expire-tokens"_L1 && r.method == "POST") {
        expireAllTokens();
        return json(200, QJsonObject{{u"expired"_s, static_cast<int>(m_tokens.size())}});
    }
    if (r.path == "/_sim/config"_L1 && r.method == "POST") {
        if (body.contains(u"token_lifetime"_s))
            setTokenLifetime(std::chrono::seconds(body.value(u"token_lifetime"_s).toInt(3600)));
        if (body.contains(u"max_limit"_s))
            setMaxLimit(body.value(u"max_limit"_s).toInt(1000));
        if (body.contains(u"max_microversion"_s))
            setComputeMaxMicroversion(body.value(u"max_microversion"_s).toInt(90));
        return json(200, QJsonObject{{u"token_lifetime"_s, static_cast<int>(m_tokenLifetime.count())},
                                     {u"max_limit"_s, m_maxLimit},
                                     {u"max_microversion"_s, m_maxMicroversion}});
    }
    return apiError(404, u"itemNotFound"_s, u"Unknown simulator admin route."_s);
}

} // namespace govops::iaas::sim
