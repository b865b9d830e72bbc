#include "iaas/CmdbSnapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace govops::iaas {

namespace {

// Only what describes the item goes into the attributes, never what moves on its own (usage
// figures, "updated" times): otherwise every sync would rewrite every item.
template <typename T>
void putOptional(QJsonObject &o, const QString &key, const std::optional<T> &value)
{
    if (value)
        o.insert(key, static_cast<double>(*value));
}

void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

// configuration_items.name holds at most 200 characters.
QString itemName(const QString &name, const QString &id)
{
    return (name.isEmpty() ? id : name).left(200);
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString hostOf(const Server &server, const QHash<QString, QString> &hostnameByServiceHost,
               const QSet<QString> &hostnames)
{
    if (hostnames.contains(server.hypervisorHost))
        return server.hypervisorHost;
    return hostnameByServiceHost.value(server.computeHost);
}

} // namespace

QString vmState(const Server &server)
{
    const QString s = server.status.toUpper();
    if (s == u"ACTIVE"_s || s == u"VERIFY_RESIZE"_s || s == u"RESIZE"_s || s == u"MIGRATING"_s || s == u"REBOOT"_s
        || s == u"HARD_REBOOT"_s)
        return u"active"_s;
    if (s == u"BUILD"_s || s == u"REBUILD"_s)
        return u"provisioning"_s;
    if (s == u"ERROR"_s || s == u"UNKNOWN"_s)
        return u"error"_s;
    return u"stopped"_s;    // SHUTOFF, PAUSED, SUSPENDED, SHELVED(_OFFLOADED), RESCUE, ...
}

QString hostState(const Hypervisor &hypervisor)
{
    if (hypervisor.state == u"down"_s)
        return u"error"_s;
    return hypervisor.status == u"disabled"_s ? u"stopped"_s : u"active"_s;
}

QString volumeState(const Volume &volume)
{
    const QString s = volume.status.toLower();
    if (s.startsWith(u"error"_s))
        return u"error"_s;
    if (s == u"creating"_s || s == u"downloading"_s)
        return u"provisioning"_s;
    return u"active"_s;
}

QString networkState(const Network &network)
{
    const QString s = network.status.toUpper();
    if (s == u"ERROR"_s)
        return u"error"_s;
    if (s == u"BUILD"_s)
        return u"provisioning"_s;
    if (s == u"DOWN"_s || !network.adminStateUp)
        return u"stopped"_s;
    return u"active"_s;
}

core::CmdbDesired cmdbFromSnapshot(const IaasSnapshot &snapshot)
{
    core::CmdbDesired d;

    QSet<QString> departments;
    for (const auto &p : snapshot.projects) {
        if (p.tags.contains(departmentTag.toString())) {
            departments.insert(p.id);
            d.departments.append({p.id, p.name});
        }
    }
    const auto departmentOf = [&](const QString &projectId) {
        return departments.contains(projectId) ? projectId : QString();
    };

    QSet<QString> hostnames;
    QHash<QString, QString> hostnameByServiceHost;
    for (const auto &h : snapshot.hypervisors) {
        if (h.hostname.isEmpty())
            continue;
        hostnames.insert(h.hostname);
        hostnameByServiceHost.insert(h.serviceHost, h.hostname);
        QJsonObject a;
        putText(a, u"hypervisor_id"_s, h.id);
        putText(a, u"hypervisor_type"_s, h.type);
        putText(a, u"service_host"_s, h.serviceHost);
        putText(a, u"host_ip"_s, h.hostIp);
        putText(a, u"state"_s, h.state);
        putText(a, u"status"_s, h.status);
        putOptional(a, u"vcpus"_s, h.vcpus);
        putOptional(a, u"memory_mb"_s, h.memoryMb);
        putOptional(a, u"local_gb"_s, h.localGb);
        d.items.append({u"host"_s, h.hostname, itemName(h.hostname, h.id), hostState(h), {}, {}, a});
    }

    // A server names its networks by name; a name counts when exactly one network the server may
    // use (its project's, shared or external) carries it.
    QHash<QString, QList<const Network *>> networksByName;
    for (const auto &n : snapshot.networks) {
        networksByName[n.name].append(&n);
        QJsonObject a;
        putText(a, u"status"_s, n.status);
        putText(a, u"project_id"_s, n.projectId);
        a.insert(u"shared"_s, n.shared);
        a.insert(u"external"_s, n.external);
        putText(a, u"network_type"_s, n.networkType);
        putOptional(a, u"segmentation_id"_s, n.segmentationId);
        putOptional(a, u"mtu"_s, n.mtu);
        d.items.append({u"network"_s, n.id, itemName(n.name, n.id), networkState(n),
                        departmentOf(n.projectId), {}, a});
    }

    QSet<QString> serverIds;
    QSet<QString> systems;
    for (const auto &s : snapshot.servers) {
        serverIds.insert(s.id);
        const QString project = departmentOf(s.projectId);
        const QString system = project.isEmpty() ? QString() : s.metadata.value(businessSystemKey.toString()).trimmed();
        if (!system.isEmpty() && !systems.contains(project + u'\x1f' + system)) {
            systems.insert(project + u'\x1f' + system);
            d.businessSystems.append({project, system});
        }
        QJsonObject a;
        putText(a, u"status"_s, s.status);
        putText(a, u"project_id"_s, s.projectId);
        putText(a, u"flavor"_s, s.flavorName.isEmpty() ? s.flavorId : s.flavorName);
        putOptional(a, u"vcpus"_s, s.vcpus);
        putOptional(a, u"ram_mb"_s, s.ramMb);
        putOptional(a, u"disk_gb"_s, s.diskGb);
        putText(a, u"image_id"_s, s.imageId);
        putText(a, u"availability_zone"_s, s.availabilityZone);
        putText(a, u"compute_host"_s, s.computeHost);
        putText(a, u"created"_s, utcText(s.created));
        QJsonArray addresses;
        for (const auto &address : s.addresses)
            addresses.append(address.network + u'=' + address.address);
        if (!addresses.isEmpty())
            a.insert(u"addresses"_s, addresses);
        d.items.append({u"vm"_s, s.id, itemName(s.name, s.id), vmState(s), project, system, a});

        const QString host = hostOf(s, hostnameByServiceHost, hostnames);
        if (!host.isEmpty())
            d.relations.append({u"runs_on"_s, u"vm"_s, s.id, u"host"_s, host});
        QSet<QString> connected;
        for (const auto &address : s.addresses) {
            const Network *match = nullptr;
            int matches = 0;
            for (const Network *n : networksByName.value(address.network)) {
                if (n->projectId == s.projectId || n->shared || n->external) {
                    match = n;
                    ++matches;
                }
            }
            if (matches == 1 && !connected.contains(match->id)) {
                connected.insert(match->id);
                d.relations.append({u"connected_to"_s, u"vm"_s, s.id, u"network"_s, match->id});
            }
        }
    }

    for (const auto &v : snapshot.volumes) {
        QJsonObject a;
        putText(a, u"status"_s, v.status);
        a.insert(u"size_gb"_s, static_cast<double>(v.sizeGb));
        putText(a, u"volume_type"_s, v.volumeType);
        putText(a, u"availability_zone"_s, v.availabilityZone);
        putText(a, u"project_id"_s, v.projectId);
        putText(a, u"backend_host"_s, v.backendHost);
        a.insert(u"bootable"_s, v.bootable);
        d.items.append({u"volume"_s, v.id, itemName(v.name, v.id), volumeState(v),
                        departmentOf(v.projectId), {}, a});
        for (const auto &attachment : v.attachments) {
            if (serverIds.contains(attachment.serverId))
                d.relations.append({u"attached_to"_s, u"volume"_s, v.id, u"vm"_s, attachment.serverId});
        }
    }
    return d;
}

} // namespace govops::iaas
