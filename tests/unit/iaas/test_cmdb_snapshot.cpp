#include "iaas/CmdbSnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::iaas;

namespace {

IaasSnapshot snapshot()
{
    IaasSnapshot s;
    Project dept;
    dept.id = u"p-police"_s;
    dept.name = u"省公安厅"_s;
    dept.tags = {u"govops-department"_s};
    Project service;
    service.id = u"p-service"_s;
    service.name = u"service"_s;
    s.projects = {dept, service};

    Hypervisor h;
    h.id = u"7"_s;
    h.hostname = u"compute-01.cloud"_s;
    h.serviceHost = u"compute-01"_s;
    h.state = u"up"_s;
    h.status = u"enabled"_s;
    h.vcpus = 64;
    h.vcpusUsed = 12;   // moves on its own: not an attribute
    s.hypervisors = {h};

    Network own;
    own.id = u"n-own"_s;
    own.name = u"police-net"_s;
    own.projectId = dept.id;
    own.status = u"ACTIVE"_s;
    Network shared;
    shared.id = u"n-shared"_s;
    shared.name = u"ext-net"_s;
    shared.projectId = service.id;
    shared.external = true;
    shared.status = u"ACTIVE"_s;
    Network foreign;   // same name as the department's, another project's and not shared
    foreign.id = u"n-foreign"_s;
    foreign.name = u"police-net"_s;
    foreign.projectId = u"p-other"_s;
    s.networks = {own, shared, foreign};

    Server vm;
    vm.id = u"s-1"_s;
    vm.name = u"hj-app-01"_s;
    vm.status = u"SHUTOFF"_s;
    vm.projectId = dept.id;
    vm.computeHost = u"compute-01"_s;   // no hypervisor_hostname: matched by the service host
    vm.metadata.insert(u"business_system"_s, u"户籍系统"_s);
    vm.addresses = {{u"police-net"_s, u"10.0.0.5"_s, 4, u"fixed"_s, {}},
                    {u"police-net"_s, u"10.0.0.6"_s, 4, u"fixed"_s, {}},
                    {u"ext-net"_s, u"203.0.113.9"_s, 4, u"floating"_s, {}}};
    Server unplaced;
    unplaced.id = u"s-2"_s;
    unplaced.name = QString(300, u'x');
    unplaced.status = u"BUILD"_s;
    unplaced.projectId = service.id;
    unplaced.metadata.insert(u"business_system"_s, u"不属于委办局"_s);
    s.servers = {vm, unplaced};

    Volume v;
    v.id = u"v-1"_s;
    v.status = u"in-use"_s;
    v.sizeGb = 100;
    v.projectId = dept.id;
    v.attachments = {{u"a"_s, u"s-1"_s, u"/dev/vdb"_s, {}, {}}, {u"b"_s, u"s-gone"_s, u"/dev/vdc"_s, {}, {}}};
    s.volumes = {v};
    return s;
}

const core::CmdbItem *find(const core::CmdbDesired &d, const QString &kind, const QString &id)
{
    for (const auto &i : d.items) {
        if (i.kind == kind && i.externalId == id)
            return &i;
    }
    return nullptr;
}

} // namespace

class TestCmdbSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void itemsOfEveryKind()
    {
        const auto d = cmdbFromSnapshot(snapshot());
        QCOMPARE(d.items.size(), 1 + 3 + 2 + 1);
        const auto *host = find(d, u"host"_s, u"compute-01.cloud"_s);
        QVERIFY(host);
        QCOMPARE(host->state, u"active"_s);
        QCOMPARE(host->attributes.value(u"vcpus"_s).toInt(), 64);
        QVERIFY(!host->attributes.contains(u"vcpus_used"_s));
        QVERIFY(host->projectId.isEmpty());

        const auto *vm = find(d, u"vm"_s, u"s-1"_s);
        QVERIFY(vm);
        QCOMPARE(vm->state, u"stopped"_s);
        QCOMPARE(vm->projectId, u"p-police"_s);
        QCOMPARE(vm->businessSystem, u"户籍系统"_s);

        const auto *unplaced = find(d, u"vm"_s, u"s-2"_s);
        QVERIFY(unplaced);
        QCOMPARE(unplaced->state, u"provisioning"_s);
        QCOMPARE(unplaced->name.size(), 200);
        QVERIFY(unplaced->projectId.isEmpty());       // not a department's project
        QVERIFY(unplaced->businessSystem.isEmpty());

        const auto *volume = find(d, u"volume"_s, u"v-1"_s);
        QVERIFY(volume);
        QCOMPARE(volume->name, u"v-1"_s);             // nameless: the id stands in
        QCOMPARE(volume->attributes.value(u"size_gb"_s).toInt(), 100);
    }

    void departmentsAndBusinessSystemsOnlyFromTaggedProjects()
    {
        const auto d = cmdbFromSnapshot(snapshot());
        QCOMPARE(d.departments.size(), 1);
        QCOMPARE(d.departments.first(), (core::CmdbDepartment{u"p-police"_s, u"省公安厅"_s}));
        QCOMPARE(d.businessSystems.size(), 1);
        QCOMPARE(d.businessSystems.first(), (core::CmdbBusinessSystem{u"p-police"_s, u"户籍系统"_s}));
    }

    void relations()
    {
        const auto d = cmdbFromSnapshot(snapshot());
        const QList<core::CmdbRelation> expected{
            {u"runs_on"_s, u"vm"_s, u"s-1"_s, u"host"_s, u"compute-01.cloud"_s},
            {u"connected_to"_s, u"vm"_s, u"s-1"_s, u"network"_s, u"n-own"_s},      // once, though two addresses
            {u"connected_to"_s, u"vm"_s, u"s-1"_s, u"network"_s, u"n-shared"_s},
            {u"attached_to"_s, u"volume"_s, u"v-1"_s, u"vm"_s, u"s-1"_s},          // not to the unknown s-gone
        };
        QCOMPARE(d.relations, expected);
    }

    void statesFromStatusWords_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("state");
        QTest::newRow("active") << u"ACTIVE"_s << u"active"_s;
        QTest::newRow("error") << u"ERROR"_s << u"error"_s;
        QTest::newRow("build") << u"BUILD"_s << u"provisioning"_s;
        QTest::newRow("paused") << u"PAUSED"_s << u"stopped"_s;
    }
    void statesFromStatusWords()
    {
        QFETCH(QString, status);
        QFETCH(QString, state);
        Server s;
        s.status = status;
        QCOMPARE(vmState(s), state);
    }

    void otherStates()
    {
        Hypervisor h;
        h.state = u"down"_s;
        QCOMPARE(hostState(h), u"error"_s);
        h.state = u"up"_s;
        h.status = u"disabled"_s;
        QCOMPARE(hostState(h), u"stopped"_s);
        Volume v;
        v.status = u"error_deleting"_s;
        QCOMPARE(volumeState(v), u"error"_s);
        v.status = u"available"_s;
        QCOMPARE(volumeState(v), u"active"_s);
        Network n;
        n.status = u"ACTIVE"_s;
        n.adminStateUp = false;
        QCOMPARE(networkState(n), u"stopped"_s);
    }

    void theSameSnapshotMapsTheSame()
    {
        const auto a = cmdbFromSnapshot(snapshot());
        const auto b = cmdbFromSnapshot(snapshot());
        QCOMPARE(a.items.size(), b.items.size());
        for (qsizetype i = 0; i < a.items.size(); ++i)
            QVERIFY(a.items[i].sameContent(b.items[i]));
    }
};

QTEST_APPLESS_MAIN(TestCmdbSnapshot)
#include "test_cmdb_snapshot.moc"
