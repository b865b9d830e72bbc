#include "iaas/OpenStackParse.h"

#include "iaas/IaasError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::iaas::OpenStackParse)
};
} // namespace

namespace govops::iaas {

namespace {

core::Error missingField(const QString &path)
{
    return makeError(FailureKind::MissingField, Text::tr("the answer lacks the required field \"%1\"").arg(path),
                     u"required field missing or of the wrong type: "_s + path);
}

core::Error notAnObject(const QString &path)
{
    return makeError(FailureKind::MissingField, Text::tr("\"%1\" in the answer is not a JSON object").arg(path),
                     u"not an object: "_s + path);
}

// Reads fields of one JSON object leniently; only id() is strict.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path) : m_o(object), m_path(std::move(path)) {}

    const QJsonObject &object() const { return m_o; }
    const QString &path() const { return m_path; }

    // Text, or a number written as text (hypervisor ids before 2.53 are integers); null/absent -> "".
    QString text(QLatin1StringView key) const { return textOf(m_o.value(key)); }

    static QString textOf(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString();
        if (v.isDouble()) {
            const double d = v.toDouble();
            const auto i = static_cast<qint64>(d);
            return static_cast<double>(i) == d ? QString::number(i) : QString::number(d);
        }
        if (v.isBool())
            return v.toBool() ? u"true"_s : u"false"_s;
        return {};
    }

    static std::optional<qint64> integerOf(const QJsonValue &v)
    {
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d >= -9.0e15 && d <= 9.0e15)
                return static_cast<qint64>(d);
            return std::nullopt;
        }
        if (v.isString()) {
            bool ok = false;
            const qint64 i = v.toString().trimmed().toLongLong(&ok);
            if (ok)
                return i;
        }
        return std::nullopt;
    }

    std::optional<qint64> integer(QLatin1StringView key) const { return integerOf(m_o.value(key)); }

    std::optional<int> int32(QLatin1StringView key) const
    {
        const auto v = integer(key);
        if (!v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
            return std::nullopt;
        return static_cast<int>(*v);
    }

    static std::optional<bool> booleanOf(const QJsonValue &v)
    {
        if (v.isBool())
            return v.toBool();
        if (v.isString()) {
            const QString s = v.toString().trimmed().toLower();
            if (s == "true"_L1 || s == "1"_L1 || s == "yes"_L1)
                return true;
            if (s == "false"_L1 || s == "0"_L1 || s == "no"_L1)
                return false;
        }
        if (v.isDouble())
            return v.toDouble() != 0.0;
        return std::nullopt;
    }

    bool boolean(QLatin1StringView key, bool fallback) const { return booleanOf(m_o.value(key)).value_or(fallback); }

    QJsonArray array(QLatin1StringView key) const { return m_o.value(key).toArray(); }   // wrong type -> empty
    QJsonObject child(QLatin1StringView key) const { return m_o.value(key).toObject(); } // wrong type -> empty

    QDateTime time(QLatin1StringView key) const { return parseTimestamp(m_o.value(key).toString()); }

    QMap<QString, QString> stringMap(QLatin1StringView key) const
    {
        QMap<QString, QString> out;
        const QJsonObject map = child(key);
        for (auto it = map.begin(); it != map.end(); ++it)
            out.insert(it.key(), textOf(it.value()));
        return out;
    }

    // The strict part: a non-empty id (text or number).
    std::optional<QString> id(QLatin1StringView key = "id"_L1) const
    {
        const QString v = text(key);
        if (v.isEmpty())
            return std::nullopt;
        return v;
    }

private:
    QJsonObject m_o;
    QString m_path;
};

// Reads a collection: the top-level object, its array "<name>", each item through itemParser,
// and the next marker from "<name>_links".
template <typename T, typename ItemParser>
core::Result<Page<T>> parseCollection(const QJsonDocument &doc, QLatin1StringView name, ItemParser itemParser)
{
    if (!doc.isObject())
        return makeError(FailureKind::MissingField, Text::tr("the answer is not a JSON object with \"%1\"").arg(name),
                         u"top level is not an object; expected \""_s + name + u"\""_s);
    const QJsonObject top = doc.object();
    const QJsonValue collection = top.value(name);
    if (!collection.isArray())
        return missingField(name);
    const QJsonArray items = collection.toArray();
    Page<T> page;
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = u"%1[%2]"_s.arg(name).arg(i);
        const QJsonValue item = items.at(i);
        if (!item.isObject())
            return notAnObject(path);
        core::Result<T> parsed = itemParser(Fields(item.toObject(), path));
        if (!parsed)
            return parsed.error();
        page.items.append(std::move(parsed).value());
    }
    const QString lastId = page.items.isEmpty() ? QString() : page.items.constLast().id;
    page.nextMarker = nextMarkerFromLinks(top.value(name + "_links"_L1), lastId);
    return page;
}

QString markerOf(const QString &href)
{
    const QUrl url(href);
    return QUrlQuery(url).queryItemValue(u"marker"_s, QUrl::FullyDecoded);
}

QString excerpt(const QByteArray &body, qsizetype maxChars)
{
    QString text = QString::fromUtf8(body.left(maxChars * 4)).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    if (text.size() > maxChars)
        text = text.left(maxChars) + u"…"_s;
    return text;
}

core::Result<Server> parseServer(const Fields &f)
{
    const auto id = f.id();
    if (!id)
        return missingField(f.path() + u".id"_s);
    Server s;
    s.id = *id;
    s.name = f.text("name"_L1);
    s.status = f.text("status"_L1);
    s.projectId = f.text("tenant_id"_L1);
    if (s.projectId.isEmpty())
        s.projectId = f.text("project_id"_L1);
    s.userId = f.text("user_id"_L1);

    const QJsonValue flavor = f.object().value("flavor"_L1);
    if (flavor.isObject()) {
        const Fields fl(flavor.toObject(), f.path() + u".flavor"_s);
        s.flavorId = fl.text("id"_L1);                 // before 2.47
        s.flavorName = fl.text("original_name"_L1);    // 2.47 and later
        s.vcpus = fl.int32("vcpus"_L1);
        s.ramMb = fl.integer("ram"_L1);
        s.diskGb = fl.integer("disk"_L1);
    } else if (flavor.isString()) {
        s.flavorId = flavor.toString();
    }

    const QJsonValue image = f.object().value("image"_L1);   // "" when booted from a volume
    if (image.isObject())
        s.imageId = Fields::textOf(image.toObject().value("id"_L1));
    else
        s.imageId = Fields::textOf(image);

    s.computeHost = f.text("OS-EXT-SRV-ATTR:host"_L1);
    s.hypervisorHost = f.text("OS-EXT-SRV-ATTR:hypervisor_hostname"_L1);
    s.availabilityZone = f.text("OS-EXT-AZ:availability_zone"_L1);
    s.vmState = f.text("OS-EXT-STS:vm_state"_L1);

    const QJsonObject addresses = f.child("addresses"_L1);
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &entry : list) {
            const QJsonObject a = entry.toObject();
            ServerAddress addr;
            addr.network = it.key();
            addr.address = Fields::textOf(a.value("addr"_L1));
            if (addr.address.isEmpty())
                continue;
            addr.version = static_cast<int>(Fields::integerOf(a.value("version"_L1)).value_or(
                addr.address.contains(u':') ? 6 : 4));
            addr.type = Fields::textOf(a.value("OS-EXT-IPS:type"_L1));
            addr.macAddress = Fields::textOf(a.value("OS-EXT-IPS-MAC:mac_addr"_L1));
            s.addresses.append(addr);
        }
    }
    const QJsonArray volumes = f.array("os-extended-volumes:volumes_attached"_L1);
    for (const QJsonValue &v : volumes) {
        const QString volumeId = Fields::textOf(v.toObject().value("id"_L1));
        if (!volumeId.isEmpty())
            s.attachedVolumeIds.append(volumeId);
    }
    const QJsonArray groups = f.array("security_groups"_L1);
    for (const QJsonValue &g : groups) {
        const QString name = Fields::textOf(g.toObject().value("name"_L1));
        if (!name.isEmpty() && !s.securityGroupNames.contains(name))
            s.securityGroupNames.append(name);
    }
    s.created = f.time("created"_L1);
    s.updated = f.time("updated"_L1);
    s.metadata = f.stringMap("metadata"_L1);
    return s;
}

core::Result<Flavor> parseFlavor(const Fields &f)
{
    const auto id = f.id();
    if (!id)
        return missingField(f.path() + u".id"_s);
    Flavor fl;
    fl.id = *id;
    fl.name = f.text("name"_L1);
    fl.vcpus = f.int32("vcpus"_L1).value_or(0);
    fl.ramMb = f.integer("ram"_L1).value_or(0);
    fl.diskGb = f.integer("disk"_L1).value_or(0);
    fl.ephemeralGb = f.integer("OS-FLV-EXT-DATA:ephemeral"_L1);
    if (!fl.ephemeralGb)
        fl.ephemeralGb = f.integer("ephemeral"_L1);
    fl.swapMb = f.integer("swap"_L1).value_or(0);   // "" -> 0
    fl.isPublic = Fields::booleanOf(f.object().value("os-flavor-access:is_public"_L1));
    fl.description = f.text("description"_L1);
    return fl;
}

core::Result<Hypervisor> parseHypervisor(const Fields &f)
{
    const auto id = f.id();
    if (!id)
        return missingField(f.path() + u".id"_s);
    Hypervisor h;
    h.id = *id;
    h.hostname = f.text("hypervisor_hostname"_L1);
    h.serviceHost = Fields::textOf(f.child("service"_L1).value("host"_L1));
    h.type = f.text("hypervisor_type"_L1);
    h.state = f.text("state"_L1);
    h.status = f.text("status"_L1);
    h.hostIp = f.text("host_ip"_L1);
    h.vcpus = f.int32("vcpus"_L1);
    h.vcpusUsed = f.int32("vcpus_used"_L1);
    h.memoryMb = f.integer("memory_mb"_L1);
    h.memoryMbUsed = f.integer("memory_mb_used"_L1);
    h.localGb = f.integer("local_gb"_L1);
    h.localGbUsed = f.integer("local_gb_used"_L1);
    h.runningVms = f.int32("running_vms"_L1);
    return h;
}

core::Result<Volume> parseVolume(const Fields &f)
{
    const auto id = f.id();
    if (!id)
        return missingField(f.path() + u".id"_s);
    Volume v;
    v.id = *id;
    v.name = f.text("name"_L1);
    if (v.name.isEmpty())
        v.name = f.text("display_name"_L1);   // v1-era field some vendors still send
    v.status = f.text("status"_L1);
    v.sizeGb = f.integer("size"_L1).value_or(0);
    v.volumeType = f.text("volume_type"_L1);
    v.availabilityZone = f.text("availability_zone"_L1);
    v.projectId = f.text("os-vol-tenant-attr:tenant_id"_L1);
    v.backendHost = f.text("os-vol-host-attr:host"_L1);
    v.bootable = f.boolean("bootable"_L1, false);
    v.created = f.time("created_at"_L1);
    v.metadata = f.stringMap("metadata"_L1);
    const QJsonArray attachments = f.array("attachments"_L1);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QJsonObject a = attachments.at(i).toObject();
        VolumeAttachment att;
        att.serverId = Fields::textOf(a.value("server_id"_L1));
        if (att.serverId.isEmpty())
            continue;   // an attachment being created or torn down; nothing to relate yet
        att.attachmentId = Fields::textOf(a.value("attachment_id"_L1));
        if (att.attachmentId.isEmpty())
            att.attachmentId = Fields::textOf(a.value("id"_L1));
        att.device = Fields::textOf(a.value("device"_L1));
        att.hostName = Fields::textOf(a.value("host_name"_L1));
        att.attachedAt = parseTimestamp(a.value("attached_at"_L1).toString());
        v.attachments.append(att);
    }
    return v;
}

core::Result<Network> parseNetwork(const Fields &f)
{
    const auto id = f.id();
    if (!id)
        return missingField(f.path() + u".id"_s);
    Network n;
    n.id = *id;
    n.name = f.text("name"_L1);
    n.status = f.text("status"_L1);
    n.projectId = f.text("project_id"_L1);
    if (n.projectId.isEmpty())
        n.projectId = f.text("tenant_id"_L1);
    n.shared = f.boolean("shared"_L1, false);
    n.external = f.boolean("router:external"_L1, false);
    n.adminStateUp = f.boolean("admin_state_up"_L1, true);
    n.networkType = f.text("provider:network_type"_L1);
    n.segmentationId = f.int32("provider:segmentation_id"_L1);
    n.mtu = f.int32("mtu"_L1);
    const QJsonArray subnets = f.array("subnets"_L1);
    for (const QJsonValue &s : subnets) {
        const QString subnetId = Fields::textOf(s);
        if (!subnetId.isEmpty())
            n.subnetIds.append(subnetId);
    }
    return n;
}

core::Result<SecurityGroup> parseSecurityGroup(const Fields &f)
{
    const auto id = f.id();
    if (!id)
        return missingField(f.path() + u".id"_s);
    SecurityGroup g;
    g.id = *id;
    g.name = f.text("name"_L1);
    g.description = f.text("description"_L1);
    g.projectId = f.text("project_id"_L1);
    if (g.projectId.isEmpty())
        g.projectId = f.text("tenant_id"_L1);
    const QJsonArray rules = f.array("security_group_rules"_L1);
    for (const QJsonValue &r : rules) {
        const Fields rf(r.toObject(), QString());
        SecurityGroupRule rule;
        rule.id = rf.text("id"_L1);
        rule.direction = rf.text("direction"_L1);
        rule.etherType = rf.text("ethertype"_L1);
        rule.protocol = rf.text("protocol"_L1);
        rule.portRangeMin = rf.int32("port_range_min"_L1);
        rule.portRangeMax = rf.int32("port_range_max"_L1);
        rule.remoteIpPrefix = rf.text("remote_ip_prefix"_L1);
        rule.remoteGroupId = rf.text("remote_group_id"_L1);
        g.rules.append(rule);
    }
    return g;
}

core::Result<Project> parseProject(const Fields &f)
{
    const auto id = f.id();
    if (!id)
        return missingField(f.path() + u".id"_s);
    Project p;
    p.id = *id;
    p.name = f.text("name"_L1);
    p.domainId = f.text("domain_id"_L1);
    p.description = f.text("description"_L1);
    p.parentId = f.text("parent_id"_L1);
    if (p.parentId == p.domainId)
        p.parentId.clear();
    p.enabled = f.boolean("enabled"_L1, true);
    const QJsonArray tags = f.array("tags"_L1);
    for (const QJsonValue &t : tags) {
        if (t.isString())
            p.tags.append(t.toString());
    }
    return p;
}

} // namespace

core::Result<QJsonDocument> parseJson(const QByteArray &body)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        // Cut short: the parser ran out of input (only whitespace after where it stopped).
        const qsizetype at = std::min<qsizetype>(err.offset, body.size());
        const bool truncated = body.mid(at).trimmed().isEmpty();
        const QString what =
            truncated ? Text::tr("the answer is not valid JSON (%1 at byte %2 of %3; the body looks cut short)")
                      : Text::tr("the answer is not valid JSON (%1 at byte %2 of %3)");
        const QString message = what.arg(err.errorString(), QString::number(at), QString::number(body.size()));
        const qsizetype from = std::max<qsizetype>(0, at - 40);
        return makeError(FailureKind::Malformed, message,
                         u"JSON parse error \"%1\" at offset %2 of %3 bytes near: %4"_s.arg(err.errorString())
                             .arg(at)
                             .arg(body.size())
                             .arg(excerpt(body.mid(from, 80), 80)));
    }
    if (doc.isNull())
        return makeError(FailureKind::Malformed, Text::tr("the answer is empty where JSON was expected"),
                         u"empty body"_s);
    return doc;
}

QDateTime parseTimestamp(const QString &text)
{
    // Hand-written rather than a regular expression: it runs for every server of a 50,000-server sync.
    const QStringView t = QStringView(text).trimmed();
    qsizetype pos = 0;
    auto digits = [&](int count, int &out) {
        if (pos + count > t.size())
            return false;
        out = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = t[pos + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        }
        pos += count;
        return true;
    };
    auto expect = [&](std::initializer_list<char16_t> allowed) {
        if (pos >= t.size())
            return false;
        for (const char16_t c : allowed) {
            if (t[pos].unicode() == c) {
                ++pos;
                return true;
            }
        }
        return false;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(4, year) || !expect({u'-'}) || !digits(2, month) || !expect({u'-'}) || !digits(2, day)
        || !expect({u'T', u' '}) || !digits(2, hour) || !expect({u':'}) || !digits(2, minute) || !expect({u':'})
        || !digits(2, second))
        return {};
    int ms = 0;
    if (pos < t.size() && (t[pos] == u'.' || t[pos] == u',')) {
        ++pos;
        int place = 100;
        const qsizetype start = pos;
        while (pos < t.size() && t[pos].isDigit()) {
            ms += place * (t[pos].unicode() - u'0');
            place /= 10;
            ++pos;
        }
        if (pos == start)
            return {};
    }
    while (pos < t.size() && t[pos].isSpace())
        ++pos;
    int offsetSeconds = 0;
    if (pos < t.size()) {
        const char16_t zone = t[pos].unicode();
        if (zone == u'Z' || zone == u'z') {
            ++pos;
        } else if (zone == u'+' || zone == u'-') {
            ++pos;
            int hours = 0, minutes = 0;
            if (!digits(2, hours))
                return {};
            expect({u':'});
            if (pos < t.size() && !digits(2, minutes))
                return {};
            offsetSeconds = (zone == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return {};
        }
    }
    if (pos != t.size())
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QByteArray authRequestBody(const Credentials &credentials)
{
    QJsonObject identity;
    QJsonObject auth;
    if (const auto *pw = std::get_if<PasswordCredentials>(&credentials)) {
        const QJsonObject user{
            {u"name"_s, pw->userName},
            {u"domain"_s, QJsonObject{{u"name"_s, pw->userDomainName}}},
            {u"password"_s, pw->password},
        };
        identity = QJsonObject{
            {u"methods"_s, QJsonArray{u"password"_s}},
            {u"password"_s, QJsonObject{{u"user"_s, user}}},
        };
        QJsonObject project;
        if (!pw->projectId.isEmpty())
            project = QJsonObject{{u"id"_s, pw->projectId}};
        else if (!pw->projectName.isEmpty())
            project = QJsonObject{{u"name"_s, pw->projectName},
                                  {u"domain"_s, QJsonObject{{u"name"_s, pw->projectDomainName}}}};
        if (!project.isEmpty())
            auth.insert(u"scope"_s, QJsonObject{{u"project"_s, project}});
    } else if (const auto *ac = std::get_if<ApplicationCredential>(&credentials)) {
        identity = QJsonObject{
            {u"methods"_s, QJsonArray{u"application_credential"_s}},
            {u"application_credential"_s, QJsonObject{{u"id"_s, ac->id}, {u"secret"_s, ac->secret}}},
        };
    }
    auth.insert(u"identity"_s, identity);
    return QJsonDocument(QJsonObject{{u"auth"_s, auth}}).toJson(QJsonDocument::Compact);
}

core::Result<AuthToken> parseToken(const QJsonDocument &doc, const QByteArray &subjectToken)
{
    if (subjectToken.isEmpty())
        return makeError(FailureKind::MissingField, Text::tr("Keystone answered without the X-Subject-Token header"),
                         u"X-Subject-Token header missing"_s);
    const QJsonObject top = doc.object();
    if (!top.value("token"_L1).isObject())
        return missingField(u"token"_s);
    const Fields t(top.value("token"_L1).toObject(), u"token"_s);
    AuthToken token;
    token.secret = subjectToken;
    token.expiresAt = t.time("expires_at"_L1);
    if (!token.expiresAt.isValid())
        return missingField(u"token.expires_at"_s);
    token.issuedAt = t.time("issued_at"_L1);
    const QJsonObject user = t.child("user"_L1);
    token.userId = Fields::textOf(user.value("id"_L1));
    token.userName = Fields::textOf(user.value("name"_L1));
    const QJsonObject project = t.child("project"_L1);
    token.projectId = Fields::textOf(project.value("id"_L1));
    token.projectName = Fields::textOf(project.value("name"_L1));
    const QJsonArray roles = t.array("roles"_L1);
    for (const QJsonValue &r : roles) {
        const QString name = Fields::textOf(r.toObject().value("name"_L1));
        if (!name.isEmpty())
            token.roles.append(name);
    }
    const QJsonArray catalog = t.array("catalog"_L1);
    for (qsizetype i = 0; i < catalog.size(); ++i) {
        const Fields sf(catalog.at(i).toObject(), u"token.catalog[%1]"_s.arg(i));
        CatalogService service;
        service.id = sf.text("id"_L1);
        service.type = sf.text("type"_L1);
        service.name = sf.text("name"_L1);
        if (service.type.isEmpty())
            continue;
        const QJsonArray endpoints = sf.array("endpoints"_L1);
        for (const QJsonValue &e : endpoints) {
            const Fields ef(e.toObject(), QString());
            CatalogEndpoint endpoint;
            endpoint.id = ef.text("id"_L1);
            endpoint.interfaceName = ef.text("interface"_L1);
            endpoint.region = ef.text("region_id"_L1);
            if (endpoint.region.isEmpty())
                endpoint.region = ef.text("region"_L1);
            endpoint.url = QUrl(ef.text("url"_L1));
            if (endpoint.url.isValid() && !endpoint.url.isRelative())
                service.endpoints.append(endpoint);
        }
        token.catalog.append(service);
    }
    return token;
}

core::Result<QUrl> findEndpoint(const QList<CatalogService> &catalog, const QStringList &serviceTypes,
                                const QString &region, const QString &interfaceName)
{
    QStringList seen;
    for (const QString &type : serviceTypes) {
        for (const CatalogService &service : catalog) {
            if (service.type != type)
                continue;
            for (const CatalogEndpoint &e : service.endpoints) {
                if (e.interfaceName == interfaceName && (region.isEmpty() || e.region == region))
                    return e.url;
                seen.append(u"%1/%2/%3"_s.arg(service.type, e.region, e.interfaceName));
            }
        }
    }
    const QString wanted = serviceTypes.join(u" or "_s);
    const QString where = region.isEmpty() ? Text::tr("any region") : Text::tr("region \"%1\"").arg(region);
    const QString message =
        Text::tr("the service catalog has no %1 endpoint for %2 on the %3 interface").arg(wanted, where, interfaceName);
    return makeError(FailureKind::NoEndpoint, message,
                     u"no endpoint type=%1 region=%2 interface=%3; catalog has [%4]"_s.arg(
                         wanted, region, interfaceName, seen.join(u", "_s)));
}

core::Result<Page<Server>> parseServers(const QJsonDocument &doc)
{
    return parseCollection<Server>(doc, "servers"_L1, parseServer);
}

core::Result<Page<Flavor>> parseFlavors(const QJsonDocument &doc)
{
    return parseCollection<Flavor>(doc, "flavors"_L1, parseFlavor);
}

core::Result<Page<Hypervisor>> parseHypervisors(const QJsonDocument &doc)
{
    return parseCollection<Hypervisor>(doc, "hypervisors"_L1, parseHypervisor);
}

core::Result<Page<Volume>> parseVolumes(const QJsonDocument &doc)
{
    return parseCollection<Volume>(doc, "volumes"_L1, parseVolume);
}

core::Result<Page<Network>> parseNetworks(const QJsonDocument &doc)
{
    return parseCollection<Network>(doc, "networks"_L1, parseNetwork);
}

core::Result<Page<SecurityGroup>> parseSecurityGroups(const QJsonDocument &doc)
{
    return parseCollection<SecurityGroup>(doc, "security_groups"_L1, parseSecurityGroup);
}

core::Result<Page<Project>> parseProjects(const QJsonDocument &doc)
{
    auto page = parseCollection<Project>(doc, "projects"_L1, parseProject);
    if (!page)
        return page;
    // Keystone's list_limit cuts a listing and says so; a cut list would look like deleted projects.
    if (Fields::booleanOf(doc.object().value("truncated"_L1)).value_or(false))
        return makeError(FailureKind::TooLarge,
                         Text::tr("Keystone cut the project list short (its list_limit is lower than the "
                                  "number of projects); ask the cloud operator to raise it"),
                         u"projects listing has \"truncated\": true"_s);
    // Keystone pages differently: "links": {"next": "https://…?marker=…" | null}.
    const QJsonValue next = doc.object().value("links"_L1).toObject().value("next"_L1);
    if (next.isString() && !next.toString().isEmpty()) {
        QString marker = markerOf(next.toString());
        if (marker.isEmpty() && !page.value().items.isEmpty())
            marker = page.value().items.constLast().id;
        page.value().nextMarker = marker;
    }
    return page;
}

QString nextMarkerFromLinks(const QJsonValue &links, const QString &fallbackId)
{
    const QJsonArray array = links.toArray();
    for (const QJsonValue &link : array) {
        const QJsonObject o = link.toObject();
        if (o.value("rel"_L1).toString() != "next"_L1)
            continue;
        const QString marker = markerOf(o.value("href"_L1).toString());
        return marker.isEmpty() ? fallbackId : marker;
    }
    return {};
}

QString errorMessageFromBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Text::tr("(empty body)");
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject top = doc.object();
        auto messageOf = [](const QJsonObject &o) -> QString {
            for (const auto key : {"message"_L1, "detail"_L1, "title"_L1}) {
                const QString text = Fields::textOf(o.value(key)).simplified();
                if (!text.isEmpty())
                    return text.left(500);
            }
            return {};
        };
        QString message = messageOf(top);
        if (message.isEmpty()) {
            for (auto it = top.begin(); it != top.end() && message.isEmpty(); ++it) {
                if (it.value().isObject())
                    message = messageOf(it.value().toObject());
                else if (it.key() == "error_message"_L1 || it.key() == "error"_L1)
                    message = Fields::textOf(it.value()).simplified().left(500);
            }
        }
        if (!message.isEmpty())
            return message;
    }
    return excerpt(body, 200);
}

void resolveFlavors(QList<Server> &servers, const QList<Flavor> &flavors)
{
    QHash<QString, const Flavor *> byId;
    for (const Flavor &f : flavors)
        byId.insert(f.id, &f);
    for (Server &s : servers) {
        if (s.flavorId.isEmpty())
            continue;
        const Flavor *f = byId.value(s.flavorId);
        if (!f)
            continue;
        if (s.flavorName.isEmpty())
            s.flavorName = f->name;
        if (!s.vcpus)
            s.vcpus = f->vcpus;
        if (!s.ramMb)
            s.ramMb = f->ramMb;
        if (!s.diskGb)
            s.diskGb = f->diskGb;
    }
}

QString interfaceName(EndpointInterface endpointInterface)
{
    switch (endpointInterface) {
    case EndpointInterface::Internal:
        return u"internal"_s;
    case EndpointInterface::Admin:
        return u"admin"_s;
    case EndpointInterface::Public:
        break;
    }
    return u"public"_s;
}

} // namespace govops::iaas
