#pragma once

// The simulated cloud's content: provincial government departments as Keystone projects, their
// business systems as server metadata, VMs over hypervisors, volumes, networks, security groups.
// Generated deterministically from a seed; plain data that tests may change between requests
// (a server removed, one added) to exercise incremental sync. It does not depend on the client's
// types, so the client's parsers are checked against an independent producer.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace govops::iaas::sim {

struct Scale
{
    int departments = 30;       // capped at the built-in list (30)
    int servers = 300;
    int hypervisors = 0;        // 0: max(20, servers / 40)
    int unattachedVolumePercent = 5;
};

struct Department
{
    QString name;               // 省公安厅
    QString code;               // gat: used in host names
    QStringList systems;        // its own business systems; generic ones are added
};
const QList<Department> &builtInDepartments();

struct SimProject
{
    QString id;
    QString name;
    QString code;               // department code; empty for admin/service
    QString description;
    QStringList tags;           // "govops-department" on departments
    bool department = false;
    QStringList businessSystems;
};

struct SimFlavor
{
    QString id;
    QString name;
    int vcpus = 1;
    int ramMb = 1024;
    int diskGb = 20;
};

struct SimHypervisor
{
    int numericId = 0;          // id before microversion 2.53
    QString uuid;               // id from 2.53
    QString hostname;           // hypervisor_hostname
    QString serviceHost;        // service.host
    QString serviceId;
    QString hostIp;
    QString state = QStringLiteral("up");
    QString status = QStringLiteral("enabled");
    int vcpus = 96;
    qint64 memoryMb = 786432;
    qint64 localGb = 7200;
};

struct SimAddress
{
    QString network;            // network name (the key in "addresses")
    QString address;
    QString type;               // fixed | floating
    QString mac;
};

struct SimServer
{
    QString id;
    QString name;
    QString projectId;
    QString userId;
    QString status;             // ACTIVE, SHUTOFF, ERROR, BUILD
    QString vmState;            // active, stopped, error, building
    int flavorIndex = 0;
    int hypervisorIndex = -1;   // -1: not scheduled (host fields null)
    QString imageId;            // empty: booted from volume ("image": "")
    QString availabilityZone = QStringLiteral("nova");
    QDateTime created;
    QDateTime updated;
    QMap<QString, QString> metadata;
    QList<SimAddress> addresses;
    QStringList volumeIds;
    QStringList securityGroups;
};

struct SimVolume
{
    QString id;
    QString name;
    bool nameNull = false;      // Cinder sends "name": null for unnamed volumes
    QString projectId;
    QString status;             // in-use, available
    int sizeGb = 100;
    QString volumeType;
    QString backendHost;
    bool bootable = false;
    QDateTime created;
    QString serverId;           // attachment; empty when available
    QString attachmentId;
    QString device;
    QString attachHost;         // compute host, or empty (null)
};

struct SimNetwork
{
    QString id;
    QString name;
    QString projectId;
    bool shared = false;
    bool external = false;
    QString networkType;        // vlan, vxlan, flat
    int segmentationId = 0;     // 0 = null (flat)
    int mtu = 1500;
    QString subnetId;
    QString cidr;
};

struct SimRule
{
    QString id;
    QString direction;
    QString etherType = QStringLiteral("IPv4");
    QString protocol;           // empty: null
    int portMin = -1;           // -1: null
    int portMax = -1;
    QString remoteIpPrefix;     // empty: null
    QString remoteGroupId;      // empty: null
};

struct SimSecurityGroup
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QList<SimRule> rules;
};

struct SimulatorData
{
    quint64 seed = 0;
    QString adminProjectId;
    QString serviceProjectId;
    QString adminUserId;
    QString readerUserId;
    QList<SimProject> projects;     // admin, service, then the departments
    QList<SimFlavor> flavors;
    QList<SimHypervisor> hypervisors;
    QList<SimServer> servers;
    QList<SimVolume> volumes;
    QList<SimNetwork> networks;
    QList<SimSecurityGroup> securityGroups;

    static SimulatorData generate(quint64 seed, const Scale &scale = {});

    const SimProject *project(const QString &id) const;
    qsizetype serverIndex(const QString &id) const;   // -1 when absent
    // Removes a server and detaches its volumes (they become "available"), as Nova would.
    bool removeServer(const QString &id);
};

} // namespace govops::iaas::sim
