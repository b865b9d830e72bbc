// The simulator's generated cloud: deterministic per seed, the provincial departments as projects,
// business systems on both sides of the VIP line, and consistent cross references.
#include "iaas/simulator/SimulatorData.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace govops::iaas::sim;
using namespace Qt::StringLiterals;

class TestSimulatorData : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameCloud()
    {
        const SimulatorData a = SimulatorData::generate(42);
        const SimulatorData b = SimulatorData::generate(42);
        const SimulatorData c = SimulatorData::generate(43);
        QCOMPARE(a.servers.size(), b.servers.size());
        for (qsizetype i = 0; i < a.servers.size(); ++i) {
            QCOMPARE(a.servers.at(i).id, b.servers.at(i).id);
            QCOMPARE(a.servers.at(i).name, b.servers.at(i).name);
            QCOMPARE(a.servers.at(i).hypervisorIndex, b.servers.at(i).hypervisorIndex);
            QCOMPARE(a.servers.at(i).metadata, b.servers.at(i).metadata);
        }
        QCOMPARE(a.volumes.size(), b.volumes.size());
        QCOMPARE(a.adminProjectId, b.adminProjectId);
        QVERIFY(a.adminProjectId != c.adminProjectId);
        QVERIFY(a.servers.at(0).id != c.servers.at(0).id);
    }

    void departmentsAreProjects()
    {
        const SimulatorData d = SimulatorData::generate(1);
        QCOMPARE(builtInDepartments().size(), 30);
        QCOMPARE(d.projects.size(), 32);   // admin, service, 30 departments
        QSet<QString> names;
        for (const SimProject &p : d.projects) {
            names.insert(p.name);
            QCOMPARE(p.id.size(), 32);
            QCOMPARE(p.department, p.tags.contains(u"govops-department"_s));
            if (p.department)
                QVERIFY(p.businessSystems.size() >= 3);
        }
        for (const auto &name : {u"省发展和改革委员会"_s, u"省公安厅"_s, u"省教育厅"_s, u"省人力资源和社会保障厅"_s,
                                 u"省卫生健康委员会"_s, u"省自然资源厅"_s, u"省生态环境厅"_s, u"省交通运输厅"_s, u"省水利厅"_s,
                                 u"省农业农村厅"_s, u"省商务厅"_s, u"省文化和旅游厅"_s, u"省市场监督管理局"_s,
                                 u"省医疗保障局"_s, u"省大数据局"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void serversCarryBusinessSystemsOnBothSidesOfTheVipLine()
    {
        const SimulatorData d = SimulatorData::generate(1);
        QCOMPARE(d.servers.size(), 300);
        QCOMPARE(d.hypervisors.size(), 20);
        QHash<QString, int> perSystem;   // "project/system" -> hosts
        int unlabelled = 0;
        for (const SimServer &s : d.servers) {
            QVERIFY(d.project(s.projectId));
            const QString system = s.metadata.value(u"business_system"_s);
            if (system.isEmpty())
                ++unlabelled;
            else
                ++perSystem[s.projectId + u'/' + system];
        }
        int vip = 0;
        int small = 0;
        for (const int n : std::as_const(perSystem))
            (n > 4 ? vip : small) += 1;
        QVERIFY2(vip >= 5 && small >= 5, qPrintable(u"vip %1 small %2"_s.arg(vip).arg(small)));
        QVERIFY(unlabelled > 0);
        QVERIFY(unlabelled < 40);
    }

    void crossReferencesHold()
    {
        const SimulatorData d = SimulatorData::generate(3);
        QSet<QString> serverIds;
        int unscheduled = 0;
        for (const SimServer &s : d.servers) {
            serverIds.insert(s.id);
            QVERIFY(s.flavorIndex >= 0 && s.flavorIndex < d.flavors.size());
            QVERIFY(s.hypervisorIndex >= -1 && s.hypervisorIndex < d.hypervisors.size());
            if (s.hypervisorIndex < 0)
                ++unscheduled;
            else
                QCOMPARE(d.hypervisors.at(s.hypervisorIndex).state, u"up"_s);
            if (s.status == "BUILD"_L1)
                QVERIFY(s.addresses.isEmpty());
        }
        QCOMPARE(serverIds.size(), d.servers.size());
        QVERIFY(unscheduled > 0);   // BUILD / some ERROR servers have no host
        int attached = 0;
        int available = 0;
        for (const SimVolume &v : d.volumes) {
            if (v.serverId.isEmpty()) {
                ++available;
                QCOMPARE(v.status, u"available"_s);
            } else {
                ++attached;
                QVERIFY(serverIds.contains(v.serverId));
                const SimServer &s = d.servers.at(d.serverIndex(v.serverId));
                QVERIFY(s.volumeIds.contains(v.id));
            }
        }
        QVERIFY(attached > 50);
        QCOMPARE(available, 15);   // 5 % of 300
    }

    void removingAServerDetachesItsVolumes()
    {
        SimulatorData d = SimulatorData::generate(5);
        QString withVolume;
        for (const SimServer &s : d.servers) {
            if (!s.volumeIds.isEmpty()) {
                withVolume = s.id;
                break;
            }
        }
        QVERIFY(!withVolume.isEmpty());
        const qsizetype before = d.servers.size();
        QVERIFY(d.removeServer(withVolume));
        QCOMPARE(d.servers.size(), before - 1);
        QCOMPARE(d.serverIndex(withVolume), -1);
        for (const SimVolume &v : d.volumes)
            QVERIFY(v.serverId != withVolume);
        QVERIFY(!d.removeServer(withVolume));
    }

    void scalesToTheSyncBenchmark()
    {
        QElapsedTimer t;
        t.start();
        Scale scale;
        scale.servers = 50000;
        const SimulatorData d = SimulatorData::generate(9, scale);
        QCOMPARE(d.servers.size(), 50000);
        QCOMPARE(d.hypervisors.size(), 1250);
        qInfo() << "generated 50,000 servers in" << t.elapsed() << "ms";
        QSet<QString> names;
        for (const SimServer &s : d.servers)
            names.insert(s.name);
        QCOMPARE(names.size(), d.servers.size());   // names stay unique at scale
    }
};

QTEST_GUILESS_MAIN(TestSimulatorData)
#include "test_simulator_data.moc"
