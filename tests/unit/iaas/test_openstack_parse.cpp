// The pure parsers against the documented OpenStack shapes (values changed, structure kept), the
// fields real deployments leave out or set to null, and mutated input that must fail cleanly.
#include "test_openstack_parse.h"

#include "iaas/IaasError.h"
#include "iaas/OpenStackParse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace govops;
using namespace govops::iaas;
using namespace Qt::StringLiterals;

namespace {

QJsonDocument doc(const char *text)
{
    auto parsed = parseJson(QByteArray(text));
    if (!parsed)
        qFatal("fixture is not JSON: %s", qPrintable(parsed.error().detail));
    return parsed.value();
}

// Keystone v3 token response (identity api-ref "Password authentication with scoped authorization").
const char *kToken = R"({
  "token": {
    "methods": ["password"],
    "user": {"domain": {"id": "default", "name": "Default"}, "id": "ee4dfb6e5540447cb3741905149d9b6e",
             "name": "admin", "password_expires_at": null},
    "audit_ids": ["3T2dc1CGQxyJsHdDu1xkcw"],
    "expires_at": "2026-02-27T18:30:52.000000Z",
    "issued_at": "2026-02-27T16:30:52.000000Z",
    "project": {"domain": {"id": "default", "name": "Default"}, "id": "a6944d763bf64ee6a275f1263fae0352",
                "name": "admin"},
    "is_domain": false,
    "roles": [{"id": "51cc68287d524c759f47c811e6463340", "name": "admin"},
              {"id": "9fe2ff9ee4384b1894a90878d3e92bab", "name": "reader"}],
    "catalog": [
      {"endpoints": [
         {"id": "068d1b359ee84b438266cb736d81de97", "interface": "public", "region_id": "RegionOne",
          "region": "RegionOne", "url": "https://cloud.example.gov.cn:8774/v2.1"},
         {"id": "8bfc846841ab441ca38471be6d164ced", "interface": "internal", "region_id": "RegionOne",
          "region": "RegionOne", "url": "http://10.0.0.10:8774/v2.1"},
         {"id": "beb6d358c3654b4bada04d4663b640b9", "interface": "public", "region_id": "RegionTwo",
          "region": "RegionTwo", "url": "https://cloud2.example.gov.cn:8774/v2.1"}],
       "type": "compute", "id": "050726f278654128aba89757ae25910c", "name": "nova"},
      {"endpoints": [
         {"id": "e0a4d2a1c4d4409e8a5ed62b7c4b7e7c", "interface": "public", "region_id": "RegionOne",
          "url": "https://cloud.example.gov.cn:8776/v3/a6944d763bf64ee6a275f1263fae0352"}],
       "type": "block-storage", "id": "1ed72d8e4c2f4a4e9d6b7a4d8c9e0f11", "name": "cinder"},
      {"endpoints": [
         {"id": "f1d0c8a4b0e14f0e9a1b2c3d4e5f6a7b", "interface": "public", "region_id": "RegionOne",
          "url": "https://cloud.example.gov.cn:8776/v3/a6944d763bf64ee6a275f1263fae0352"}],
       "type": "volumev3", "id": "2fe83e9f5d3f5b5f0e7c8b5e9d0f1a22", "name": "cinderv3"},
      {"endpoints": [
         {"id": "c1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6", "interface": "public", "region_id": "RegionOne",
          "url": "https://cloud.example.gov.cn:9696"}],
       "type": "network", "id": "3a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d", "name": "neutron"},
      {"endpoints": [], "type": "image", "id": "4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", "name": "glance"}
    ]
  }
})";

// Nova GET /servers/detail at 2.47+ as an admin (embedded flavor, OS-EXT-SRV-ATTR present).
const char *kServers247 = R"({
  "servers": [
    {
      "OS-DCF:diskConfig": "AUTO",
      "OS-EXT-AZ:availability_zone": "nova",
      "OS-EXT-SRV-ATTR:host": "compute-07",
      "OS-EXT-SRV-ATTR:hypervisor_hostname": "compute-07.govcloud.local",
      "OS-EXT-SRV-ATTR:instance_name": "instance-00000001",
      "OS-EXT-STS:power_state": 1,
      "OS-EXT-STS:task_state": null,
      "OS-EXT-STS:vm_state": "active",
      "OS-SRV-USG:launched_at": "2025-02-14T19:24:43.891568",
      "OS-SRV-USG:terminated_at": null,
      "accessIPv4": "1.2.3.4",
      "accessIPv6": "80fe::",
      "addresses": {
        "gat-biz-net": [
          {"OS-EXT-IPS-MAC:mac_addr": "aa:bb:cc:dd:ee:ff", "OS-EXT-IPS:type": "fixed", "addr": "192.168.0.3", "version": 4},
          {"OS-EXT-IPS-MAC:mac_addr": "aa:bb:cc:dd:ee:ff", "OS-EXT-IPS:type": "floating", "addr": "59.64.1.9", "version": 4}
        ],
        "v6-net": [{"addr": "fd00::12", "version": 6}]
      },
      "config_drive": "",
      "created": "2025-02-14T19:24:42Z",
      "description": null,
      "flavor": {"disk": 100, "ephemeral": 0, "extra_specs": {"hw:cpu_policy": "dedicated"},
                 "original_name": "c4m8", "ram": 8192, "swap": 0, "vcpus": 4},
      "hostId": "2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6",
      "host_status": "UP",
      "id": "764e369e-a874-4401-b7ce-43e4760888da",
      "image": {"id": "70a599e0-31e7-49b7-b260-868f441e862b", "links": [{"href": "http://x/images/70a5", "rel": "bookmark"}]},
      "key_name": null,
      "links": [{"href": "http://openstack.example.com/v2.1/servers/764e369e", "rel": "self"}],
      "locked": false,
      "metadata": {"business_system": "人口信息管理系统", "role": "app"},
      "name": "gat-s01-app-01",
      "os-extended-volumes:volumes_attached": [
        {"delete_on_termination": false, "id": "volume_id1"},
        {"delete_on_termination": false, "id": "volume_id2"}
      ],
      "progress": 0,
      "security_groups": [{"name": "default"}, {"name": "default"}, {"name": "web"}],
      "status": "ACTIVE",
      "tags": [],
      "tenant_id": "6f70656e737461636b20342065766572",
      "updated": "2025-02-14T19:24:43Z",
      "user_id": "fake"
    }
  ],
  "servers_links": [
    {"href": "http://openstack.example.com/v2.1/servers/detail?all_tenants=1&limit=1&marker=764e369e-a874-4401-b7ce-43e4760888da",
     "rel": "next"}
  ]
})";

// Nova 2.1 as a non-admin; a server booted from a volume and one still building (addresses {},
// no security_groups, image "", flavor by id only, no metadata at all).
const char *kServers21 = R"({
  "servers": [
    {
      "id": "11111111-2222-3333-4444-555555555555",
      "name": "boot-from-volume",
      "status": "SHUTOFF",
      "tenant_id": "p1",
      "user_id": "u1",
      "flavor": {"id": "3", "links": [{"href": "http://x/flavors/3", "rel": "bookmark"}]},
      "image": "",
      "addresses": {"net": [{"addr": "10.0.0.5", "version": 4}]},
      "created": "2024-05-01T08:00:00Z",
      "metadata": {}
    },
    {
      "id": "66666666-7777-8888-9999-000000000000",
      "name": "building",
      "status": "BUILD",
      "tenant_id": "p1",
      "flavor": {"id": "2", "links": []},
      "image": {"id": "img", "links": []},
      "addresses": {},
      "created": "2024-05-01T08:00:00+08:00",
      "OS-EXT-SRV-ATTR:host": null,
      "OS-EXT-SRV-ATTR:hypervisor_hostname": null
    }
  ]
})";

const char *kFlavors = R"({
  "flavors": [
    {"OS-FLV-DISABLED:disabled": false, "OS-FLV-EXT-DATA:ephemeral": 0, "disk": 1, "id": "1",
     "links": [], "name": "m1.tiny", "os-flavor-access:is_public": true, "ram": 512, "rxtx_factor": 1.0,
     "swap": "", "vcpus": 1},
    {"disk": 20, "id": "7", "name": "m1.small.description", "ram": 2048, "swap": 1024, "vcpus": 1,
     "description": "test description"}
  ]
})";

// os-hypervisors/detail at 2.53 (UUID ids, capacity figures) and 2.88 (figures gone).
const char *kHypervisors253 = R"({
  "hypervisors": [
    {"cpu_info": {"arch": "x86_64", "model": "Nehalem", "vendor": "Intel", "features": ["pge"],
                  "topology": {"cores": 1, "threads": 1, "sockets": 4}},
     "current_workload": 0, "status": "enabled", "state": "up", "disk_available_least": 0, "host_ip": "1.1.1.1",
     "free_disk_gb": 1028, "free_ram_mb": 7680, "hypervisor_hostname": "host1.govcloud.local",
     "hypervisor_type": "QEMU", "hypervisor_version": 1000, "id": "1bb62a04-c576-402c-8147-9e89757a09e3",
     "local_gb": 1028, "local_gb_used": 0, "memory_mb": 8192, "memory_mb_used": 512, "running_vms": 0,
     "service": {"host": "host1", "id": "62f62f6e-a713-4cbe-87d3-3ecf8a1e0f8d", "disabled_reason": null},
     "vcpus": 2, "vcpus_used": 0}
  ],
  "hypervisors_links": [{"href": "http://x/os-hypervisors/detail?limit=1&marker=1bb62a04-c576-402c-8147-9e89757a09e3", "rel": "next"}]
})";

const char *kHypervisors288 = R"({
  "hypervisors": [
    {"host_ip": "192.168.1.135", "hypervisor_hostname": "host2", "hypervisor_type": "fake",
     "hypervisor_version": 1000, "id": "f6d28711-9c10-470e-8b31-c03f498b0032",
     "service": {"disabled_reason": null, "host": "host2", "id": "21bbb5fb-ec98-48b3-89cf-c94402c55611"},
     "state": "up", "status": "enabled", "uptime": null}
  ]
})";

const char *kHypervisors21 = R"({"hypervisors": [{"id": 7, "hypervisor_hostname": "old", "state": "down",
  "status": "disabled", "vcpus": 8, "service": {"host": "old", "id": 9, "disabled_reason": "maintenance"},
  "cpu_info": "{\"arch\": \"x86_64\"}"}]})";

// Cinder v3 volumes/detail: name null, bootable as text, no zone in created_at.
const char *kVolumes = R"({
  "volumes": [
    {"attachments": [], "availability_zone": "nova", "bootable": "false", "consistencygroup_id": null,
     "created_at": "2018-11-28T06:25:15.288987", "description": null, "encrypted": false,
     "id": "cb49b381-9012-40cb-b8ee-80c19a4801b5", "links": [], "metadata": {}, "migration_status": null,
     "multiattach": false, "name": null, "os-vol-host-attr:host": null, "os-vol-mig-status-attr:migstat": null,
     "os-vol-tenant-attr:tenant_id": "89afd400-b646-4bbc-b12b-c0a4d63e5bd3", "replication_status": null,
     "size": 10, "snapshot_id": null, "source_volid": null, "status": "creating", "updated_at": null,
     "user_id": "c853ca26-e8ea-4797-8a52-ee124a013d0e", "volume_type": "__DEFAULT__"},
    {"attachments": [{"server_id": "764e369e-a874-4401-b7ce-43e4760888da", "attachment_id": "a1",
                      "attached_at": "2019-01-02T03:04:05.000000", "host_name": null,
                      "volume_id": "v2", "device": "/dev/vdb", "id": "v2"},
                     {"server_id": null, "attachment_id": "a2"}],
     "bootable": "true", "created_at": "2019-01-02T03:00:00.000000", "id": "v2", "name": "db-data",
     "size": 500, "status": "in-use", "volume_type": "SSD", "metadata": {"readonly": "False"}}
  ],
  "volumes_links": [{"href": "http://x/v3/p/volumes/detail?marker=v2&limit=2", "rel": "next"}]
})";

const char *kNetworks = R"({
  "networks": [
    {"admin_state_up": true, "availability_zone_hints": [], "availability_zones": ["nova"],
     "created_at": "2016-03-08T20:19:41", "id": "d32019d3-bc6e-4319-9c1d-6722fc136a22", "mtu": 1500,
     "name": "egov-external", "project_id": "4fd44f30292945e481c7b8a0c8908869", "provider:network_type": "flat",
     "provider:physical_network": "physnet1", "provider:segmentation_id": null, "router:external": true,
     "shared": true, "status": "ACTIVE", "subnets": ["54d6f61d-db07-451c-9ab3-b9609b6b6f0b"],
     "tenant_id": "4fd44f30292945e481c7b8a0c8908869"},
    {"id": "net2", "name": "old-neutron", "tenant_id": "t-only", "subnets": [], "status": "ACTIVE"}
  ]
})";

const char *kSecurityGroups = R"({
  "security_groups": [
    {"description": "default", "id": "85cc3048-abc3-43cc-89b3-377341426ac5", "name": "default",
     "project_id": "e4f50856753b4dc6afee5fa6b9b6c550", "tenant_id": "e4f50856753b4dc6afee5fa6b9b6c550",
     "security_group_rules": [
       {"direction": "egress", "ethertype": "IPv6", "id": "3c0e45ff-adaf-4124-b083-bf390e5482ff",
        "port_range_max": null, "port_range_min": null, "protocol": null, "remote_group_id": null,
        "remote_ip_prefix": null, "security_group_id": "85cc3048-abc3-43cc-89b3-377341426ac5"},
       {"direction": "ingress", "ethertype": "IPv4", "id": "r2", "port_range_max": 443, "port_range_min": 443,
        "protocol": "tcp", "remote_ip_prefix": "0.0.0.0/0"}]}
  ]
})";

const char *kProjects = R"({
  "links": {"next": null, "previous": null, "self": "http://example.com/identity/v3/projects"},
  "projects": [
    {"is_domain": false, "description": null, "domain_id": "default", "enabled": true,
     "id": "0c4e939acacf4376bdcd1129f1a054ad", "links": {"self": "http://x"}, "name": "admin",
     "parent_id": "default", "tags": [], "options": {}},
    {"domain_id": "default", "enabled": false, "id": "p2", "name": "省公安厅", "parent_id": "p1",
     "tags": ["govops-department"]}
  ]
})";

} // namespace

void TestOpenStackParse::jsonParseErrorsNameTheOffset()
{
    const auto ok = parseJson(R"({"a": 1})");
    QVERIFY(ok.ok());

    const auto bad = parseJson(R"({"servers": [{"id": "x"};]})");
    QVERIFY(!bad.ok());
    QCOMPARE(failureKind(bad.error()), FailureKind::Malformed);
    QCOMPARE(bad.error().code, core::Error::Code::Malformed);
    QVERIFY2(bad.error().detail.contains(u"offset 25"_s), qPrintable(bad.error().detail));
    QVERIFY(bad.error().message.contains(u"byte 25"_s));
    QVERIFY(!bad.error().message.contains(u"cut short"_s));   // broken in the middle, not truncated

    const auto cut = parseJson(R"({"servers": [{"id": "x", "name": "abc)");
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().message.contains(u"cut short"_s), qPrintable(cut.error().message));

    const auto empty = parseJson(QByteArray());
    QVERIFY(!empty.ok());
    QCOMPARE(failureKind(empty.error()), FailureKind::Malformed);
}

void TestOpenStackParse::timestampsInEveryShapeOpenStackWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2019, 11, 9), QTime(13, 21, 8), Qt::UTC);
    QTest::newRow("nova") << u"2019-11-09T13:21:08Z"_s << t;
    QTest::newRow("keystone micro") << u"2019-11-09T13:21:08.000000Z"_s << t;
    QTest::newRow("cinder no zone") << u"2019-11-09T13:21:08.000000"_s << t;
    QTest::newRow("bare") << u"2019-11-09T13:21:08"_s << t;
    QTest::newRow("offset") << u"2019-11-09T21:21:08+08:00"_s << t;
    QTest::newRow("offset no colon") << u"2019-11-09T08:21:08-0500"_s << t;
    QTest::newRow("space") << u"2019-11-09 13:21:08"_s << t;
    QTest::newRow("millis kept") << u"2019-11-09T13:21:08.250999Z"_s << t.addMSecs(250);
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("bad month") << u"2019-13-09T13:21:08Z"_s << QDateTime();
}
void TestOpenStackParse::timestampsInEveryShapeOpenStackWrites()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestOpenStackParse::tokenWithCatalog()
{
    const auto token = parseToken(doc(kToken), "gAAAAABsecret");
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detail));
    const AuthToken &t = token.value();
    QCOMPARE(t.secret, QByteArray("gAAAAABsecret"));
    QCOMPARE(t.expiresAt, QDateTime(QDate(2026, 2, 27), QTime(18, 30, 52), Qt::UTC));
    QCOMPARE(t.issuedAt, QDateTime(QDate(2026, 2, 27), QTime(16, 30, 52), Qt::UTC));
    QCOMPARE(t.userName, u"admin"_s);
    QCOMPARE(t.projectId, u"a6944d763bf64ee6a275f1263fae0352"_s);
    QCOMPARE(t.roles, (QStringList{u"admin"_s, u"reader"_s}));
    QCOMPARE(t.catalog.size(), 5);
    QCOMPARE(t.catalog.at(0).endpoints.size(), 3);
    QCOMPARE(t.catalog.at(4).endpoints.size(), 0);
}

void TestOpenStackParse::tokenWithoutHeaderOrExpiryIsRefused()
{
    const auto noHeader = parseToken(doc(kToken), QByteArray());
    QVERIFY(!noHeader.ok());
    QCOMPARE(failureKind(noHeader.error()), FailureKind::MissingField);
    QVERIFY(noHeader.error().message.contains(u"X-Subject-Token"_s));

    const auto noExpiry = parseToken(doc(R"({"token": {"methods": ["password"], "catalog": []}})"), "t");
    QVERIFY(!noExpiry.ok());
    QVERIFY(noExpiry.error().message.contains(u"token.expires_at"_s));

    const auto unscoped = parseToken(doc(R"({"token": {"expires_at": "2026-01-01T00:00:00Z", "user": {"id": "u"}}})"), "t");
    QVERIFY(unscoped.ok());
    QVERIFY(unscoped.value().catalog.isEmpty());
    QVERIFY(unscoped.value().projectId.isEmpty());
}

void TestOpenStackParse::endpointsByTypeRegionAndInterface()
{
    const auto catalog = parseToken(doc(kToken), "t").value().catalog;
    QCOMPARE(findEndpoint(catalog, {u"compute"_s}, u"RegionOne"_s, u"public"_s).value(),
             QUrl(u"https://cloud.example.gov.cn:8774/v2.1"_s));
    QCOMPARE(findEndpoint(catalog, {u"compute"_s}, u"RegionOne"_s, u"internal"_s).value(),
             QUrl(u"http://10.0.0.10:8774/v2.1"_s));
    QCOMPARE(findEndpoint(catalog, {u"compute"_s}, u"RegionTwo"_s, u"public"_s).value(),
             QUrl(u"https://cloud2.example.gov.cn:8774/v2.1"_s));
    QCOMPARE(findEndpoint(catalog, {u"compute"_s}, QString(), u"public"_s).value(),
             QUrl(u"https://cloud.example.gov.cn:8774/v2.1"_s));
    // Preference order: volumev3 is asked for first even though block-storage comes first.
    QVERIFY(findEndpoint(catalog, {u"volumev3"_s, u"block-storage"_s}, u"RegionOne"_s, u"public"_s).ok());

    const auto missing = findEndpoint(catalog, {u"compute"_s}, u"RegionThree"_s, u"admin"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(failureKind(missing.error()), FailureKind::NoEndpoint);
    QVERIFY(missing.error().message.contains(u"RegionThree"_s));
    QVERIFY2(missing.error().detail.contains(u"compute/RegionTwo/public"_s), qPrintable(missing.error().detail));

    QVERIFY(!findEndpoint(catalog, {u"image"_s}, QString(), u"public"_s).ok());   // a service without endpoints
}

void TestOpenStackParse::serversAtMicroversion247()
{
    const auto page = parseServers(doc(kServers247));
    QVERIFY(page.ok());
    QCOMPARE(page.value().items.size(), 1);
    QCOMPARE(page.value().nextMarker, u"764e369e-a874-4401-b7ce-43e4760888da"_s);
    const Server &s = page.value().items.at(0);
    QCOMPARE(s.id, u"764e369e-a874-4401-b7ce-43e4760888da"_s);
    QCOMPARE(s.name, u"gat-s01-app-01"_s);
    QCOMPARE(s.status, u"ACTIVE"_s);
    QCOMPARE(s.projectId, u"6f70656e737461636b20342065766572"_s);
    QVERIFY(s.flavorId.isEmpty());
    QCOMPARE(s.flavorName, u"c4m8"_s);
    QCOMPARE(s.vcpus, std::optional<int>(4));
    QCOMPARE(s.ramMb, std::optional<qint64>(8192));
    QCOMPARE(s.diskGb, std::optional<qint64>(100));
    QCOMPARE(s.imageId, u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    QCOMPARE(s.computeHost, u"compute-07"_s);
    QCOMPARE(s.hypervisorHost, u"compute-07.govcloud.local"_s);
    QCOMPARE(s.vmState, u"active"_s);
    QCOMPARE(s.addresses.size(), 3);
    QCOMPARE(s.addresses.at(1).type, u"floating"_s);
    QCOMPARE(s.addresses.at(1).network, u"gat-biz-net"_s);
    QCOMPARE(s.addresses.at(2).version, 6);
    QCOMPARE(s.attachedVolumeIds, (QStringList{u"volume_id1"_s, u"volume_id2"_s}));
    QCOMPARE(s.securityGroupNames, (QStringList{u"default"_s, u"web"_s}));   // duplicates folded
    QCOMPARE(s.created, QDateTime(QDate(2025, 2, 14), QTime(19, 24, 42), Qt::UTC));
    QCOMPARE(s.metadata.value(u"business_system"_s), u"人口信息管理系统"_s);
}

void TestOpenStackParse::serversAtMicroversion21WithAbsentAndNullFields()
{
    const auto page = parseServers(doc(kServers21));
    QVERIFY(page.ok());
    QVERIFY(page.value().nextMarker.isEmpty());
    const Server &fromVolume = page.value().items.at(0);
    QCOMPARE(fromVolume.flavorId, u"3"_s);
    QVERIFY(fromVolume.flavorName.isEmpty());
    QVERIFY(!fromVolume.vcpus);
    QVERIFY(fromVolume.imageId.isEmpty());
    QVERIFY(fromVolume.computeHost.isEmpty());      // not admin: absent
    QVERIFY(fromVolume.hypervisorHost.isEmpty());
    QVERIFY(fromVolume.metadata.isEmpty());
    QCOMPARE(fromVolume.addresses.at(0).version, 4);
    QVERIFY(fromVolume.addresses.at(0).type.isEmpty());
    const Server &building = page.value().items.at(1);
    QVERIFY(building.addresses.isEmpty());
    QVERIFY(building.securityGroupNames.isEmpty());
    QVERIFY(building.hypervisorHost.isEmpty());     // null
    QVERIFY(!building.updated.isValid());
    QCOMPARE(building.created, QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC));   // +08:00

    QList<Server> servers = page.value().items;
    resolveFlavors(servers, parseFlavors(doc(R"({"flavors": [{"id": "3", "name": "c4m8", "vcpus": 4, "ram": 8192, "disk": 100}]})")).value().items);
    QCOMPARE(servers.at(0).flavorName, u"c4m8"_s);
    QCOMPARE(servers.at(0).vcpus, std::optional<int>(4));
    QVERIFY(servers.at(1).flavorName.isEmpty());     // flavor 2 unknown: left alone
}

void TestOpenStackParse::aMissingIdFailsTheWholeListingAndSaysWhere()
{
    const auto page = parseServers(doc(R"({"servers": [{"id": "a"}, {"name": "no id"}]})"));
    QVERIFY(!page.ok());
    QCOMPARE(failureKind(page.error()), FailureKind::MissingField);
    QCOMPARE(page.error().code, core::Error::Code::Malformed);
    QVERIFY2(page.error().message.contains(u"servers[1].id"_s), qPrintable(page.error().message));

    const auto nullId = parseVolumes(doc(R"({"volumes": [{"id": null}]})"));
    QVERIFY(!nullId.ok());
    QVERIFY(nullId.error().message.contains(u"volumes[0].id"_s));

    const auto noCollection = parseNetworks(doc(R"({"network": []})"));
    QVERIFY(!noCollection.ok());
    QVERIFY(noCollection.error().message.contains(u"\"networks\""_s));

    const auto notObject = parseFlavors(doc(R"({"flavors": [1]})"));
    QVERIFY(!notObject.ok());
    QVERIFY(notObject.error().message.contains(u"flavors[0]"_s));

    const auto array = parseHypervisors(doc(R"([{"id": 1}])"));
    QVERIFY(!array.ok());
    QCOMPARE(failureKind(array.error()), FailureKind::MissingField);
}

void TestOpenStackParse::flavors()
{
    const auto page = parseFlavors(doc(kFlavors));
    QVERIFY(page.ok());
    const Flavor &tiny = page.value().items.at(0);
    QCOMPARE(tiny.swapMb, 0);           // "" in older Nova
    QCOMPARE(tiny.isPublic, std::optional<bool>(true));
    QCOMPARE(tiny.ephemeralGb, std::optional<qint64>(0));
    const Flavor &small = page.value().items.at(1);
    QCOMPARE(small.swapMb, 1024);
    QVERIFY(!small.isPublic);
    QCOMPARE(small.description, u"test description"_s);
}

void TestOpenStackParse::hypervisorsAcrossMicroversions()
{
    const auto v253 = parseHypervisors(doc(kHypervisors253));
    QVERIFY(v253.ok());
    const Hypervisor &h = v253.value().items.at(0);
    QCOMPARE(h.id, u"1bb62a04-c576-402c-8147-9e89757a09e3"_s);
    QCOMPARE(h.hostname, u"host1.govcloud.local"_s);
    QCOMPARE(h.serviceHost, u"host1"_s);
    QCOMPARE(h.vcpus, std::optional<int>(2));
    QCOMPARE(h.memoryMbUsed, std::optional<qint64>(512));
    QCOMPARE(h.runningVms, std::optional<int>(0));
    QCOMPARE(v253.value().nextMarker, u"1bb62a04-c576-402c-8147-9e89757a09e3"_s);

    const auto v288 = parseHypervisors(doc(kHypervisors288));
    QVERIFY(v288.ok());
    QVERIFY(!v288.value().items.at(0).vcpus);
    QVERIFY(!v288.value().items.at(0).memoryMb);
    QVERIFY(!v288.value().items.at(0).runningVms);

    const auto v21 = parseHypervisors(doc(kHypervisors21));
    QVERIFY(v21.ok());
    QCOMPARE(v21.value().items.at(0).id, u"7"_s);   // integer id kept as text
    QCOMPARE(v21.value().items.at(0).state, u"down"_s);
}

void TestOpenStackParse::volumes()
{
    const auto page = parseVolumes(doc(kVolumes));
    QVERIFY(page.ok());
    QCOMPARE(page.value().nextMarker, u"v2"_s);
    const Volume &unnamed = page.value().items.at(0);
    QVERIFY(unnamed.name.isEmpty());
    QVERIFY(!unnamed.bootable);
    QVERIFY(unnamed.attachments.isEmpty());
    QVERIFY(unnamed.backendHost.isEmpty());
    QCOMPARE(unnamed.projectId, u"89afd400-b646-4bbc-b12b-c0a4d63e5bd3"_s);
    QCOMPARE(unnamed.created, QDateTime(QDate(2018, 11, 28), QTime(6, 25, 15, 288), Qt::UTC));
    const Volume &attached = page.value().items.at(1);
    QVERIFY(attached.bootable);
    QVERIFY(attached.projectId.isEmpty());          // not admin: absent
    QCOMPARE(attached.attachments.size(), 1);       // the one without server_id is skipped
    QCOMPARE(attached.attachments.at(0).serverId, u"764e369e-a874-4401-b7ce-43e4760888da"_s);
    QCOMPARE(attached.attachments.at(0).device, u"/dev/vdb"_s);
    QVERIFY(attached.attachments.at(0).hostName.isEmpty());
    QCOMPARE(attached.metadata.value(u"readonly"_s), u"False"_s);
}

void TestOpenStackParse::networksAndSecurityGroups()
{
    const auto nets = parseNetworks(doc(kNetworks));
    QVERIFY(nets.ok());
    const Network &ext = nets.value().items.at(0);
    QVERIFY(ext.external);
    QVERIFY(ext.shared);
    QCOMPARE(ext.networkType, u"flat"_s);
    QVERIFY(!ext.segmentationId);
    QCOMPARE(ext.mtu, std::optional<int>(1500));
    QCOMPARE(ext.subnetIds.size(), 1);
    const Network &old = nets.value().items.at(1);
    QCOMPARE(old.projectId, u"t-only"_s);           // tenant_id from older Neutron
    QVERIFY(!old.external);
    QVERIFY(old.adminStateUp);

    const auto groups = parseSecurityGroups(doc(kSecurityGroups));
    QVERIFY(groups.ok());
    const SecurityGroup &g = groups.value().items.at(0);
    QCOMPARE(g.rules.size(), 2);
    QVERIFY(g.rules.at(0).protocol.isEmpty());
    QVERIFY(!g.rules.at(0).portRangeMin);
    QCOMPARE(g.rules.at(1).portRangeMax, std::optional<int>(443));
    QCOMPARE(g.rules.at(1).remoteIpPrefix, u"0.0.0.0/0"_s);
}

void TestOpenStackParse::projects()
{
    const auto page = parseProjects(doc(kProjects));
    QVERIFY(page.ok());
    QVERIFY(page.value().nextMarker.isEmpty());
    QCOMPARE(page.value().items.size(), 2);
    QVERIFY(page.value().items.at(0).parentId.isEmpty());   // parent is the domain
    QVERIFY(page.value().items.at(0).description.isEmpty());
    QCOMPARE(page.value().items.at(1).name, u"省公安厅"_s);
    QVERIFY(!page.value().items.at(1).enabled);
    QCOMPARE(page.value().items.at(1).tags, QStringList{u"govops-department"_s});

    const auto truncated = parseProjects(doc(R"({"projects": [{"id": "a"}], "truncated": true})"));
    QVERIFY(!truncated.ok());
    QCOMPARE(failureKind(truncated.error()), FailureKind::TooLarge);
}

void TestOpenStackParse::nextMarkers()
{
    // (Raw strings stay out of QCOMPARE: moc's preprocessor does not take them in macro arguments.)
    const auto links = [](const char *text) { return doc(text).object().value(u"l"_s); };
    const QJsonValue encoded = links(R"({"l": [{"href": "http://x/s?limit=2&marker=abc%20d", "rel": "next"}]})");
    const QJsonValue noMarker = links(R"({"l": [{"href": "http://x/s?page=2", "rel": "next"}]})");
    const QJsonValue previousOnly = links(R"({"l": [{"href": "http://x/s", "rel": "previous"}]})");
    const QJsonValue null = links(R"({"l": null})");
    QCOMPARE(nextMarkerFromLinks(encoded, u"z"_s), u"abc d"_s);
    QCOMPARE(nextMarkerFromLinks(noMarker, u"z"_s), u"z"_s);
    QCOMPARE(nextMarkerFromLinks(previousOnly, u"z"_s), QString());
    QCOMPARE(nextMarkerFromLinks(null, u"z"_s), QString());
}

void TestOpenStackParse::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nova") << QByteArray(R"({"itemNotFound": {"code": 404, "message": "Instance could not be found."}})")
                          << u"Instance could not be found."_s;
    QTest::newRow("keystone") << QByteArray(R"({"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}})")
                              << u"The request you have made requires authentication."_s;
    QTest::newRow("neutron") << QByteArray(R"({"NeutronError": {"type": "NetworkNotFound", "message": "Network x could not be found.", "detail": ""}})")
                             << u"Network x could not be found."_s;
    QTest::newRow("flat") << QByteArray(R"({"message": "Rate limit exceeded"})") << u"Rate limit exceeded"_s;
    QTest::newRow("html") << QByteArray("<html>\n<body>502 Bad Gateway</body>\n</html>")
                          << u"<html> <body>502 Bad Gateway</body> </html>"_s;
    QTest::newRow("empty") << QByteArray() << u"(empty body)"_s;
}
void TestOpenStackParse::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(errorMessageFromBody(body), expected);
}

void TestOpenStackParse::longErrorBodiesAreCut()
{
    const QString text = errorMessageFromBody(QByteArray(5000, 'x'));
    QVERIFY(text.size() <= 201);
}

void TestOpenStackParse::authBodies()
{
    PasswordCredentials pw;
    pw.userName = u"admin"_s;
    pw.password = u"s3cret"_s;
    pw.projectName = u"admin"_s;
    const QJsonObject a = doc(authRequestBody(pw).constData()).object().value(u"auth"_s).toObject();
    QCOMPARE(a.value(u"identity"_s).toObject().value(u"methods"_s).toArray().at(0).toString(), u"password"_s);
    const QJsonObject user = a.value(u"identity"_s).toObject().value(u"password"_s).toObject().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"name"_s).toString(), u"admin"_s);
    QCOMPARE(user.value(u"domain"_s).toObject().value(u"name"_s).toString(), u"Default"_s);
    QCOMPARE(a.value(u"scope"_s).toObject().value(u"project"_s).toObject().value(u"name"_s).toString(), u"admin"_s);

    pw.projectId = u"pid"_s;
    const QJsonObject byId = doc(authRequestBody(pw).constData()).object().value(u"auth"_s).toObject();
    QCOMPARE(byId.value(u"scope"_s).toObject().value(u"project"_s).toObject(), (QJsonObject{{u"id"_s, u"pid"_s}}));

    const QJsonObject ac = doc(authRequestBody(ApplicationCredential{u"cid"_s, u"sec"_s}).constData())
                               .object().value(u"auth"_s).toObject();
    QCOMPARE(ac.value(u"identity"_s).toObject().value(u"methods"_s).toArray().at(0).toString(), u"application_credential"_s);
    QVERIFY(!ac.contains(u"scope"_s));
}

void TestOpenStackParse::failureKindsTravelInTheError()
{
    const core::Error e = makeError(FailureKind::Timeout, u"slow"_s, u"GET x: 5000 ms"_s);
    QCOMPARE(failureKind(e), FailureKind::Timeout);
    QCOMPARE(e.code, core::Error::Code::Unavailable);
    const core::Error located = withEndpoint(e, u"GET https://nova/servers/detail"_s);
    QCOMPARE(failureKind(located), FailureKind::Timeout);
    QVERIFY(located.message.startsWith(u"GET https://nova/servers/detail: "_s));
    QVERIFY(located.detail.contains(u"GET https://nova/servers/detail: GET x: 5000 ms"_s));
    QCOMPARE(failureKind(core::Error{core::Error::Code::Conflict, u"x"_s, u"sql"_s}), FailureKind::None);
    for (int k = int(FailureKind::Configuration); k <= int(FailureKind::Canceled); ++k)
        QCOMPARE(failureKind(makeError(FailureKind(k), {}, {})), FailureKind(k));
}

// A poor man's fuzzer: every parser gets byte-level and structure-level mutations of the
// documented shapes; it must either parse or fail with Malformed/MissingField, never crash.
void TestOpenStackParse::mutatedInputFailsCleanly()
{
    const QList<QByteArray> samples = {kToken, kServers247, kServers21, kFlavors, kHypervisors253, kHypervisors288,
                                       kHypervisors21, kVolumes, kNetworks, kSecurityGroups, kProjects};
    QRandomGenerator rng(20260101);
    int parsedOk = 0;
    int failed = 0;
    auto runAll = [&](const QByteArray &body) {
        const auto json = parseJson(body);
        if (!json) {
            QVERIFY(failureKind(json.error()) == FailureKind::Malformed);
            ++failed;
            return;
        }
        const QJsonDocument &d = json.value();
        const auto check = [&](const auto &result) {
            if (result.ok()) {
                ++parsedOk;
            } else {
                const FailureKind k = failureKind(result.error());
                QVERIFY2(k == FailureKind::MissingField || k == FailureKind::TooLarge, qPrintable(result.error().detail));
                QVERIFY(!result.error().message.isEmpty());
                ++failed;
            }
        };
        check(parseToken(d, "t"));
        check(parseServers(d));
        check(parseFlavors(d));
        check(parseHypervisors(d));
        check(parseVolumes(d));
        check(parseNetworks(d));
        check(parseSecurityGroups(d));
        check(parseProjects(d));
    };
    for (const QByteArray &sample : samples) {
        for (int round = 0; round < 150; ++round) {
            QByteArray m = sample;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = rng.bounded(int(m.size()));
                switch (rng.bounded(4)) {
                case 0: m[at] = char(rng.bounded(256)); break;
                case 1: m.remove(at, 1 + rng.bounded(8)); break;
                case 2: m.truncate(at); break;
                default: m.insert(at, "null"); break;
                }
                if (m.isEmpty())
                    break;
            }
            runAll(m);
            if (QTest::currentTestFailed())
                return;
        }
        // Structure: every value of the first item replaced by null, a number, an array.
        const QJsonObject top = doc(sample.constData()).object();
        for (auto it = top.begin(); it != top.end(); ++it) {
            const QJsonArray items = it.value().toArray();
            if (items.isEmpty() || !items.at(0).isObject())
                continue;
            const QJsonObject first = items.at(0).toObject();
            for (auto f = first.begin(); f != first.end(); ++f) {
                for (const QJsonValue &replacement : {QJsonValue(QJsonValue::Null), QJsonValue(42.5), QJsonValue(QJsonArray{1}),
                                                      QJsonValue(u"text"_s), QJsonValue(QJsonObject{})}) {
                    QJsonObject changed = first;
                    changed.insert(f.key(), replacement);
                    QJsonArray newItems = items;
                    newItems.replace(0, changed);
                    QJsonObject newTop = top;
                    newTop.insert(it.key(), newItems);
                    runAll(QJsonDocument(newTop).toJson(QJsonDocument::Compact));
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
    }
    QVERIFY(parsedOk > 0);
    QVERIFY(failed > 0);
}

QTEST_GUILESS_MAIN(TestOpenStackParse)
