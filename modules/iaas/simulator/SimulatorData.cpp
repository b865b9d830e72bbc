#include "iaas/simulator/SimulatorData.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace govops::iaas::sim {

const QList<Department> &builtInDepartments()
{
    static const QList<Department> list = {
        {u"省发展和改革委员会"_s, u"fgw"_s, {u"投资项目在线审批监管平台"_s, u"信用信息共享平台"_s, u"价格监测系统"_s}},
        {u"省公安厅"_s, u"gat"_s, {u"人口信息管理系统"_s, u"出入境管理系统"_s, u"交通违法处理平台"_s}},
        {u"省教育厅"_s, u"jyt"_s, {u"学籍管理系统"_s, u"招生考试信息平台"_s, u"教育资源公共服务平台"_s}},
        {u"省人力资源和社会保障厅"_s, u"rst"_s, {u"社会保险信息系统"_s, u"就业服务平台"_s, u"人事考试报名系统"_s}},
        {u"省卫生健康委员会"_s, u"wjw"_s, {u"全民健康信息平台"_s, u"疾病预防控制信息系统"_s, u"预约挂号平台"_s}},
        {u"省自然资源厅"_s, u"zrzyt"_s, {u"不动产登记系统"_s, u"国土空间规划一张图"_s}},
        {u"省生态环境厅"_s, u"sthjt"_s, {u"环境质量监测平台"_s, u"排污许可管理系统"_s}},
        {u"省交通运输厅"_s, u"jtyst"_s, {u"综合交通运行监测平台"_s, u"道路运输管理系统"_s}},
        {u"省水利厅"_s, u"slt"_s, {u"水旱灾害防御系统"_s, u"河长制信息系统"_s}},
        {u"省农业农村厅"_s, u"nynct"_s, {u"农产品质量安全追溯平台"_s, u"农村集体资产管理系统"_s}},
        {u"省商务厅"_s, u"swt"_s, {u"外贸运行监测系统"_s, u"市场运行监测平台"_s}},
        {u"省文化和旅游厅"_s, u"whlyt"_s, {u"智慧旅游平台"_s, u"文化市场综合执法系统"_s}},
        {u"省市场监督管理局"_s, u"scjgj"_s, {u"企业登记注册系统"_s, u"信用信息公示系统"_s, u"食品安全追溯平台"_s}},
        {u"省医疗保障局"_s, u"ybj"_s, {u"医保结算系统"_s, u"医保基金监管平台"_s, u"异地就医结算系统"_s}},
        {u"省大数据局"_s, u"dsjj"_s, {u"政务数据共享交换平台"_s, u"一体化政务服务平台"_s, u"政务云管理平台"_s}},
        {u"省财政厅"_s, u"czt"_s, {u"预算管理一体化系统"_s, u"非税收入收缴系统"_s, u"国库集中支付系统"_s}},
        {u"省民政厅"_s, u"mzt"_s, {u"社会救助信息系统"_s, u"婚姻登记系统"_s, u"养老服务平台"_s}},
        {u"省司法厅"_s, u"sft"_s, {u"公共法律服务平台"_s, u"行政复议系统"_s}},
        {u"省住房和城乡建设厅"_s, u"zjt"_s, {u"工程建设项目审批系统"_s, u"住房公积金监管系统"_s}},
        {u"省工业和信息化厅"_s, u"gxt"_s, {u"企业运行监测系统"_s, u"中小企业服务平台"_s}},
        {u"省科学技术厅"_s, u"kjt"_s, {u"科技项目管理系统"_s, u"科技成果转化平台"_s}},
        {u"省应急管理厅"_s, u"yjglt"_s, {u"应急指挥平台"_s, u"安全生产监管系统"_s}},
        {u"省审计厅"_s, u"sjt"_s, {u"审计管理系统"_s, u"联网审计平台"_s}},
        {u"省统计局"_s, u"tjj"_s, {u"统计联网直报平台"_s, u"统计数据库系统"_s}},
        {u"省林业和草原局"_s, u"lcj"_s, {u"森林防火监测系统"_s, u"林权管理系统"_s}},
        {u"省退役军人事务厅"_s, u"tyjrt"_s, {u"退役军人信息管理系统"_s, u"优抚安置系统"_s}},
        {u"省体育局"_s, u"tyj"_s, {u"全民健身服务平台"_s, u"体育赛事管理系统"_s}},
        {u"省地方金融监督管理局"_s, u"jrj"_s, {u"地方金融监管平台"_s, u"金融风险监测系统"_s}},
        {u"省广播电视局"_s, u"gdj"_s, {u"广播电视监测系统"_s, u"应急广播平台"_s}},
        {u"省人民政府办公厅"_s, u"zfbgt"_s, {u"政务督查系统"_s, u"12345政务服务便民热线平台"_s}},
    };
    return list;
}

namespace {

const QStringList kGenericSystems = {u"门户网站"_s, u"协同办公系统"_s, u"档案管理系统"_s, u"视频会议系统"_s};

struct Role
{
    QLatin1StringView name;
    int flavorA;    // flavor indexes to choose from
    int flavorB;
    int dataVolumes;
};
// web, app, app, db, cache, mq: a business system's servers cycle through these roles.
const Role kRoles[] = {
    {"web"_L1, 1, 2, 0}, {"app"_L1, 2, 3, 1}, {"app"_L1, 2, 3, 1}, {"db"_L1, 6, 4, 2}, {"cache"_L1, 5, 2, 0}, {"mq"_L1, 2, 2, 1},
};

class Gen
{
public:
    explicit Gen(quint64 seed) : m_rng(seed) {}

    quint32 below(quint32 n) { return n == 0 ? 0 : m_rng.bounded(n); }
    bool chance(int percent) { return static_cast<int>(below(100)) < percent; }

    QString uuid()
    {
        quint64 a = m_rng.generate64();
        quint64 b = m_rng.generate64();
        a = (a & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;   // version 4
        b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;   // variant
        const QString hex = u"%1%2"_s.arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
        return u"%1-%2-%3-%4-%5"_s.arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
    }
    QString keystoneId() { return uuid().remove(u'-'); }
    QString mac()
    {
        QString m = u"fa:16:3e"_s;
        for (int i = 0; i < 3; ++i)
            m += u":%1"_s.arg(below(256), 2, 16, QLatin1Char('0'));
        return m;
    }

private:
    QRandomGenerator64 m_rng;
};

QString twoDigits(int n)
{
    return n < 100 ? u"%1"_s.arg(n, 2, 10, QLatin1Char('0')) : QString::number(n);
}

} // namespace

SimulatorData SimulatorData::generate(quint64 seed, const Scale &scale)
{
    Gen g(seed);
    SimulatorData d;
    d.seed = seed;
    const QDateTime epoch(QDate(2023, 3, 1), QTime(0, 0), Qt::UTC);

    d.adminUserId = g.keystoneId();
    d.readerUserId = g.keystoneId();
    d.adminProjectId = g.keystoneId();
    d.serviceProjectId = g.keystoneId();
    d.projects.append(SimProject{d.adminProjectId, u"admin"_s, {}, u"Bootstrap project for the cloud administrators"_s, {}, false, {}});
    d.projects.append(SimProject{d.serviceProjectId, u"service"_s, {}, u"Service users of the platform"_s, {}, false, {}});

    const auto &departments = builtInDepartments();
    const int deptCount = std::clamp(scale.departments, 1, static_cast<int>(departments.size()));
    for (int i = 0; i < deptCount; ++i) {
        const Department &dep = departments.at(i);
        SimProject p;
        p.id = g.keystoneId();
        p.name = dep.name;
        p.code = dep.code;
        p.description = u"%1（部门代码 %2）"_s.arg(dep.name, dep.code);
        p.tags = {u"govops-department"_s};
        p.department = true;
        p.businessSystems = dep.systems;
        // Every department has a portal; some also run other shared kinds of system.
        p.businessSystems.append(kGenericSystems.at(0));
        for (qsizetype k = 1; k < kGenericSystems.size(); ++k) {
            if (g.chance(35))
                p.businessSystems.append(kGenericSystems.at(k));
        }
        d.projects.append(p);
    }

    d.flavors = {
        {u"1"_s, u"c1m2"_s, 1, 2048, 40},     {u"2"_s, u"c2m4"_s, 2, 4096, 50},     {u"3"_s, u"c4m8"_s, 4, 8192, 100},
        {u"4"_s, u"c8m16"_s, 8, 16384, 100},  {u"5"_s, u"c16m32"_s, 16, 32768, 200}, {u"6"_s, u"c4m16"_s, 4, 16384, 100},
        {u"7"_s, u"c8m32"_s, 8, 32768, 200},  {u"8"_s, u"c32m64"_s, 32, 65536, 500},
    };

    const int hypervisorCount = scale.hypervisors > 0 ? scale.hypervisors : std::max(20, scale.servers / 40);
    for (int i = 0; i < hypervisorCount; ++i) {
        SimHypervisor h;
        h.numericId = i + 1;
        h.uuid = g.uuid();
        h.serviceHost = u"cnode-"_s + twoDigits(i + 1);
        h.hostname = h.serviceHost + u".govcloud.local"_s;
        h.serviceId = g.uuid();
        h.hostIp = u"10.20.%1.%2"_s.arg(i / 200).arg(10 + i % 200);
        if (i == hypervisorCount - 1 && hypervisorCount >= 10) {   // one host under maintenance
            h.state = u"down"_s;
            h.status = u"disabled"_s;
        }
        d.hypervisors.append(h);
    }

    // Networks: a shared external network, a business network per department, a DMZ for some.
    SimNetwork ext;
    ext.id = g.uuid();
    ext.name = u"egov-external"_s;
    ext.projectId = d.adminProjectId;
    ext.shared = true;
    ext.external = true;
    ext.networkType = u"flat"_s;
    ext.subnetId = g.uuid();
    ext.cidr = u"59.64.0.0/16"_s;
    d.networks.append(ext);

    QMap<QString, int> bizNet;   // project id -> network index
    QMap<QString, int> dmzNet;
    QMap<QString, QString> defaultGroup;   // project id -> default security group id
    for (qsizetype i = 2; i < d.projects.size(); ++i) {
        const SimProject &p = d.projects.at(i);
        const int deptNo = static_cast<int>(i - 1);
        SimNetwork n;
        n.id = g.uuid();
        n.name = p.code + u"-biz-net"_s;
        n.projectId = p.id;
        n.networkType = u"vlan"_s;
        n.segmentationId = 1000 + deptNo;
        n.subnetId = g.uuid();
        n.cidr = u"10.%1.0.0/16"_s.arg(100 + deptNo);
        bizNet.insert(p.id, static_cast<int>(d.networks.size()));
        d.networks.append(n);
        if (deptNo % 3 == 0) {
            SimNetwork z;
            z.id = g.uuid();
            z.name = p.code + u"-dmz-net"_s;
            z.projectId = p.id;
            z.networkType = u"vxlan"_s;
            z.segmentationId = 5000 + deptNo;
            z.mtu = 1450;
            z.subnetId = g.uuid();
            z.cidr = u"172.%1.0.0/16"_s.arg(16 + deptNo % 16);
            dmzNet.insert(p.id, static_cast<int>(d.networks.size()));
            d.networks.append(z);
        }
        SimSecurityGroup def;
        def.id = g.uuid();
        def.name = u"default"_s;
        def.description = u"Default security group"_s;
        def.projectId = p.id;
        def.rules = {
            SimRule{g.uuid(), u"egress"_s, u"IPv4"_s, {}, -1, -1, {}, {}},
            SimRule{g.uuid(), u"egress"_s, u"IPv6"_s, {}, -1, -1, {}, {}},
            SimRule{g.uuid(), u"ingress"_s, u"IPv4"_s, {}, -1, -1, {}, def.id},
        };
        defaultGroup.insert(p.id, def.id);
        d.securityGroups.append(def);
        d.securityGroups.append(SimSecurityGroup{g.uuid(), u"web"_s, u"HTTP and HTTPS from anywhere"_s, p.id,
                                                 {SimRule{g.uuid(), u"ingress"_s, u"IPv4"_s, u"tcp"_s, 80, 80, u"0.0.0.0/0"_s, {}},
                                                  SimRule{g.uuid(), u"ingress"_s, u"IPv4"_s, u"tcp"_s, 443, 443, u"0.0.0.0/0"_s, {}}}});
        d.securityGroups.append(SimSecurityGroup{g.uuid(), u"ops-ssh"_s, u"SSH from the operations network"_s, p.id,
                                                 {SimRule{g.uuid(), u"ingress"_s, u"IPv4"_s, u"tcp"_s, 22, 22, u"10.20.0.0/16"_s, {}}}});
    }

    // Weights: departments and their systems differ in size, so some systems pass the VIP line
    // (more than 4 hosts) and others stay below it.
    struct SystemSlot
    {
        int project;
        int system;     // -1: servers nobody labelled with a business system
        int weight;
    };
    QList<SystemSlot> systemSlots;
    int totalWeight = 0;
    for (qsizetype i = 2; i < d.projects.size(); ++i) {
        const int deptWeight = 1 + static_cast<int>(g.below(4));
        const SimProject &p = d.projects.at(i);
        for (qsizetype s = 0; s < p.businessSystems.size(); ++s) {
            const int w = deptWeight * (1 + static_cast<int>(g.below(s == 0 ? 6 : 3)));
            systemSlots.append(SystemSlot{static_cast<int>(i), static_cast<int>(s), w});
            totalWeight += w;
        }
        systemSlots.append(SystemSlot{static_cast<int>(i), -1, 1});   // a few unlabelled VMs per department
        totalWeight += 1;
    }

    // Servers per slot, proportional to weight (largest remainder keeps the total exact).
    QList<int> counts(systemSlots.size(), 0);
    int assigned = 0;
    for (qsizetype i = 0; i < systemSlots.size(); ++i) {
        counts[i] = static_cast<int>(static_cast<qint64>(scale.servers) * systemSlots.at(i).weight / totalWeight);
        assigned += counts[i];
    }
    for (qsizetype i = 0; assigned < scale.servers; i = (i + 1) % systemSlots.size()) {
        ++counts[i];
        ++assigned;
    }

    QMap<QString, int> hostNoInProject;
    for (qsizetype si = 0; si < systemSlots.size(); ++si) {
        const SystemSlot &slot = systemSlots.at(si);
        const SimProject &p = d.projects.at(slot.project);
        const QString system = slot.system >= 0 ? p.businessSystems.at(slot.system) : QString();
        for (int k = 0; k < counts.at(si); ++k) {
            const Role &role = kRoles[k % std::size(kRoles)];
            SimServer s;
            s.id = g.uuid();
            const int no = ++hostNoInProject[p.id];
            s.name = slot.system >= 0
                ? u"%1-s%2-%3-%4"_s.arg(p.code, twoDigits(slot.system + 1), role.name, twoDigits(k + 1))
                : u"%1-tmp-%2"_s.arg(p.code, twoDigits(no));
            s.projectId = p.id;
            s.userId = d.adminUserId;
            s.flavorIndex = g.chance(50) ? role.flavorA : role.flavorB;
            s.imageId = g.chance(90) ? u"9b1c4d2e-5f6a-4b7c-8d9e-0a1b2c3d4e5f"_s : QString();
            s.created = epoch.addSecs(static_cast<qint64>(g.below(900)) * 86400 + g.below(86400));
            s.updated = s.created.addSecs(g.below(86400 * 30));
            s.availabilityZone = g.chance(50) ? u"az-1"_s : u"az-2"_s;
            const int roll = static_cast<int>(g.below(100));
            if (roll < 90) {
                s.status = u"ACTIVE"_s;
                s.vmState = u"active"_s;
            } else if (roll < 96) {
                s.status = u"SHUTOFF"_s;
                s.vmState = u"stopped"_s;
            } else if (roll < 98) {
                s.status = u"ERROR"_s;
                s.vmState = u"error"_s;
            } else {
                s.status = u"BUILD"_s;
                s.vmState = u"building"_s;
            }
            const bool scheduled = s.status == "ACTIVE"_L1 || s.status == "SHUTOFF"_L1 || g.chance(50);
            if (scheduled && s.status != "BUILD"_L1) {
                // Only hosts that are up get new VMs.
                int h = static_cast<int>(g.below(static_cast<quint32>(d.hypervisors.size())));
                if (d.hypervisors.at(h).state != "up"_L1)
                    h = (h + 1) % static_cast<int>(d.hypervisors.size());
                s.hypervisorIndex = h;
            }
            if (!system.isEmpty())
                s.metadata.insert(u"business_system"_s, system);
            s.metadata.insert(u"department_code"_s, p.code);
            s.metadata.insert(u"role"_s, role.name);
            if (g.chance(70))
                s.metadata.insert(u"env"_s, g.chance(85) ? u"prod"_s : u"test"_s);

            if (s.status != "BUILD"_L1) {
                const bool inDmz = role.name == "web"_L1 && dmzNet.contains(p.id);
                const SimNetwork &net = d.networks.at(inDmz ? dmzNet.value(p.id) : bizNet.value(p.id));
                const QString prefix = net.cidr.section(u'.', 0, 1);
                s.addresses.append(SimAddress{net.name, u"%1.%2.%3"_s.arg(prefix).arg(no / 250).arg(no % 250 + 2),
                                              u"fixed"_s, g.mac()});
                if (role.name == "web"_L1 && g.chance(40))
                    s.addresses.append(SimAddress{net.name, u"59.64.%1.%2"_s.arg(g.below(250)).arg(2 + g.below(250)),
                                                  u"floating"_s, s.addresses.constFirst().mac});
                s.securityGroups = {u"default"_s};
                if (role.name == "web"_L1)
                    s.securityGroups.append(u"web"_s);
                if (g.chance(30))
                    s.securityGroups.append(u"ops-ssh"_s);
            }

            if (s.hypervisorIndex >= 0) {
                int volumes = role.dataVolumes;
                if (volumes == 1 && g.chance(50))
                    volumes = 0;
                if (volumes == 0 && g.chance(15))
                    volumes = 1;
                for (int v = 0; v < volumes; ++v) {
                    SimVolume vol;
                    vol.id = g.uuid();
                    vol.nameNull = g.chance(5);
                    if (!vol.nameNull)
                        vol.name = u"%1-data-%2"_s.arg(s.name).arg(v + 1);
                    vol.projectId = p.id;
                    vol.status = u"in-use"_s;
                    static const int sizes[] = {100, 200, 500, 1000};
                    vol.sizeGb = sizes[g.below(4)];
                    const bool ssd = role.name == "db"_L1 || g.chance(30);
                    vol.volumeType = ssd ? u"SSD"_s : u"SATA"_s;
                    vol.backendHost = ssd ? u"cinder-volume@ceph-ssd#ssd"_s : u"cinder-volume@ceph-sata#sata"_s;
                    vol.created = s.created.addSecs(60 + g.below(3600));
                    vol.serverId = s.id;
                    vol.attachmentId = g.uuid();
                    vol.device = u"/dev/vd%1"_s.arg(QChar(u'b' + v));
                    vol.attachHost = g.chance(70) ? d.hypervisors.at(s.hypervisorIndex).serviceHost : QString();
                    s.volumeIds.append(vol.id);
                    d.volumes.append(vol);
                }
            }
            d.servers.append(s);
        }
    }

    // Volumes nobody uses: reclamation candidates.
    const int spare = static_cast<int>(static_cast<qint64>(scale.servers) * scale.unattachedVolumePercent / 100);
    for (int i = 0; i < spare; ++i) {
        const SimProject &p = d.projects.at(2 + static_cast<int>(g.below(static_cast<quint32>(d.projects.size() - 2))));
        SimVolume vol;
        vol.id = g.uuid();
        vol.nameNull = g.chance(30);
        if (!vol.nameNull)
            vol.name = u"%1-spare-%2"_s.arg(p.code).arg(i + 1);
        vol.projectId = p.id;
        vol.status = u"available"_s;
        vol.sizeGb = 100 * (1 + static_cast<int>(g.below(5)));
        vol.volumeType = u"SATA"_s;
        vol.backendHost = u"cinder-volume@ceph-sata#sata"_s;
        vol.created = epoch.addSecs(static_cast<qint64>(g.below(900)) * 86400);
        d.volumes.append(vol);
    }
    return d;
}

const SimProject *SimulatorData::project(const QString &id) const
{
    for (const SimProject &p : projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

qsizetype SimulatorData::serverIndex(const QString &id) const
{
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (servers.at(i).id == id)
            return i;
    }
    return -1;
}

bool SimulatorData::removeServer(const QString &id)
{
    const qsizetype i = serverIndex(id);
    if (i < 0)
        return false;
    servers.removeAt(i);
    for (SimVolume &v : volumes) {
        if (v.serverId == id) {
            v.serverId.clear();
            v.attachmentId.clear();
            v.device.clear();
            v.attachHost.clear();
            v.status = u"available"_s;
        }
    }
    return true;
}

} // namespace govops::iaas::sim
