#pragma once

// Plain value structs for what the OpenStack APIs return. No QObject, no JSON: the parsers in
// OpenStackParse.h fill them, the CMDB sync reads them. Fields that real deployments may leave
// out or set to null are empty strings, empty lists or std::nullopt here, never invented values.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace govops::iaas {

// Keystone v3 project (a department, in this console's terms, or a service project).
struct Project
{
    QString id;
    QString name;
    QString domainId;
    QString description;
    QString parentId;       // empty when the parent is the domain
    bool enabled = true;
    QStringList tags;       // Keystone project tags (v3.10+); empty when the deployment has none
};

// One fixed or floating address of a server, from Nova's "addresses" map.
struct ServerAddress
{
    QString network;        // the key of the "addresses" map: the network's name
    QString address;        // "addr"
    int version = 4;        // 4 or 6
    QString type;           // "OS-EXT-IPS:type": fixed | floating; empty when absent
    QString macAddress;     // "OS-EXT-IPS-MAC:mac_addr"; empty when absent
};

// Nova server, from GET /servers/detail. Flavor details depend on the microversion:
// before 2.47 only flavorId is known (resolve with resolveFlavors()), from 2.47 on the flavor is
// embedded (flavorName = original_name, vcpus, ram, disk) and flavorId is empty.
struct Server
{
    QString id;
    QString name;
    QString status;                 // ACTIVE, SHUTOFF, ERROR, BUILD, ...
    QString projectId;              // tenant_id
    QString userId;
    QString flavorId;
    QString flavorName;
    std::optional<int> vcpus;
    std::optional<qint64> ramMb;
    std::optional<qint64> diskGb;
    QString imageId;                // empty for servers booted from a volume ("image": "")
    QString computeHost;            // OS-EXT-SRV-ATTR:host; admin only, null while unscheduled
    QString hypervisorHost;         // OS-EXT-SRV-ATTR:hypervisor_hostname; admin only, may be empty
    QString availabilityZone;       // OS-EXT-AZ:availability_zone
    QString vmState;                // OS-EXT-STS:vm_state
    QList<ServerAddress> addresses; // may be empty (no network, or still building)
    QStringList attachedVolumeIds;  // os-extended-volumes:volumes_attached[].id
    QStringList securityGroupNames; // security_groups[].name (absent while building)
    QDateTime created;              // UTC; invalid when absent
    QDateTime updated;              // UTC; invalid when absent
    QMap<QString, QString> metadata;// e.g. "business_system"
};

struct Flavor
{
    QString id;
    QString name;
    int vcpus = 0;
    qint64 ramMb = 0;
    qint64 diskGb = 0;
    std::optional<qint64> ephemeralGb;  // OS-FLV-EXT-DATA:ephemeral
    qint64 swapMb = 0;                  // "" in older Nova means 0
    std::optional<bool> isPublic;       // os-flavor-access:is_public
    QString description;                // 2.55+
};

// Nova hypervisor, from GET /os-hypervisors/detail. id is a UUID from 2.53, an integer (kept as
// text) before. The capacity figures are gone from 2.88: they are std::nullopt then.
struct Hypervisor
{
    QString id;
    QString hostname;               // hypervisor_hostname (matches Server::hypervisorHost)
    QString serviceHost;            // service.host (matches Server::computeHost)
    QString type;                   // hypervisor_type
    QString state;                  // up | down
    QString status;                 // enabled | disabled
    QString hostIp;
    std::optional<int> vcpus;
    std::optional<int> vcpusUsed;
    std::optional<qint64> memoryMb;
    std::optional<qint64> memoryMbUsed;
    std::optional<qint64> localGb;
    std::optional<qint64> localGbUsed;
    std::optional<int> runningVms;
};

struct VolumeAttachment
{
    QString attachmentId;           // attachment_id (or id)
    QString serverId;               // server_id
    QString device;                 // e.g. /dev/vdb
    QString hostName;               // host_name; often null
    QDateTime attachedAt;           // UTC; invalid when absent
};

// Cinder volume, from GET /volumes/detail.
struct Volume
{
    QString id;
    QString name;                   // null in Cinder becomes empty
    QString status;
    qint64 sizeGb = 0;
    QString volumeType;
    QString availabilityZone;
    QString projectId;              // os-vol-tenant-attr:tenant_id; admin only
    QString backendHost;            // os-vol-host-attr:host; admin only
    bool bootable = false;          // Cinder sends "true"/"false" as text
    QDateTime created;              // Cinder omits the zone: read as UTC
    QList<VolumeAttachment> attachments;
    QMap<QString, QString> metadata;
};

// Neutron network, from GET /v2.0/networks.
struct Network
{
    QString id;
    QString name;
    QString status;
    QString projectId;              // project_id, or tenant_id from older Neutron
    bool shared = false;
    bool external = false;          // router:external
    bool adminStateUp = true;
    QString networkType;            // provider:network_type; admin only
    std::optional<int> segmentationId;  // provider:segmentation_id; admin only, may be null
    std::optional<int> mtu;
    QStringList subnetIds;
};

struct SecurityGroupRule
{
    QString id;
    QString direction;              // ingress | egress
    QString etherType;              // IPv4 | IPv6
    QString protocol;               // empty = any (null in the API)
    std::optional<int> portRangeMin;
    std::optional<int> portRangeMax;
    QString remoteIpPrefix;
    QString remoteGroupId;
};

// Neutron security group, from GET /v2.0/security-groups.
struct SecurityGroup
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QList<SecurityGroupRule> rules;
};

// Keystone service catalog, as returned with a token.
struct CatalogEndpoint
{
    QString id;
    QString interfaceName;          // public | internal | admin
    QString region;                 // region_id, or the older "region"
    QUrl url;
};

struct CatalogService
{
    QString id;
    QString type;                   // compute, volumev3, block-storage, network, identity, ...
    QString name;                   // nova, cinderv3, neutron, keystone, ...
    QList<CatalogEndpoint> endpoints;
};

// A Keystone token. The token itself is a secret: it is never logged and never shown.
struct AuthToken
{
    QByteArray secret;              // from the X-Subject-Token header
    QDateTime expiresAt;            // UTC
    QDateTime issuedAt;             // UTC; invalid when absent
    QString userId;
    QString userName;
    QString projectId;              // empty for an unscoped token
    QString projectName;
    QStringList roles;
    QList<CatalogService> catalog;  // empty for an unscoped token
};

// One page of a paged listing: the items and where the next page starts (empty = last page).
template <typename T>
struct Page
{
    QList<T> items;
    QString nextMarker;
};

} // namespace govops::iaas
