#include "storage/DemoData.h"

#include "storage/AuditRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/DemoWords_p.h"
#include "storage/Records.h"
#include "storage/Sql.h"
#include "storage/TicketRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <map>
#include <random>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "govops.storage.demo")

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::DemoData)
};
} // namespace

namespace govops::storage {

namespace {

using namespace demo;

// Deterministic choices: std::mt19937 is the same everywhere, and modulo keeps it so.
class Rng
{
public:
    explicit Rng(quint32 seed) : m_engine(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint32(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N>
    T pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(m_engine() & 0xff);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'0' + below(10)));
        return s;
    }

private:
    std::mt19937 m_engine;
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}


// Prepared statements, prepared once and reused: the base data set is a few thousand rows.
class Writer
{
public:
    explicit Writer(QSqlDatabase &db) : m_db(db), m_backend(backendOf(db)) {}

    // Runs an INSERT … RETURNING id (or any statement when the id is not wanted).
    core::Result<qint64> insert(const QString &sql, const QVariantList &values)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            QSqlQuery prepared(m_db);
            prepared.setForwardOnly(true);
            if (!prepared.prepare(sql))
                return sqlError(prepared, Text::tr("Could not prepare the demo data"));
            it = m_statements.emplace(sql, std::move(prepared)).first;
        }
        QSqlQuery &q = it->second;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, dbValue(values.at(i)));
        if (!q.exec())
            return sqlError(q, Text::tr("Could not write the demo data"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    QVariant time(const QDateTime &t) const { return toDb(t, m_backend); }
    // SQLite commits only when no statement is still in progress.
    void finishAll()
    {
        for (auto &[sql, q] : m_statements)
            q.finish();
    }

private:
    QSqlDatabase &m_db;
    Backend m_backend;
    std::map<QString, QSqlQuery> m_statements;
};

#define TRY(var, expr)                                                                                             \
    auto var##_result = (expr);                                                                                    \
    if (!var##_result)                                                                                             \
        return var##_result.error();                                                                               \
    [[maybe_unused]] const auto var = var##_result.value();

struct Department
{
    qint64 id;
    QString name;
    QString code;
    bool vip;
    QList<qint64> systems;
    QStringList systemNames;
    QList<qint64> contacts;
    QStringList contactNames;
};

struct Ticket
{
    qint64 id;
    qint64 departmentId;
    QString kind;
    int grade;
    QString status;
    QDateTime createdAt;
    QDateTime deadlineAt;
    QDateTime resolvedAt;
    std::optional<qint64> ownerId;
    std::optional<qint64> systemId;
};

// The base data set, written in one transaction by DemoData::seed().
class BaseSeeder
{
public:
    BaseSeeder(QSqlDatabase &db, const SeedOptions &options)
        : m_db(db), m_w(db), m_rng(options.seed), m_now(options.now.toUTC()), m_options(options)
    {
    }

    core::Result<SeedReport> run()
    {
        SeedReport report;
        report.baseSeeded = true;
        const auto steps = {&BaseSeeder::departments, &BaseSeeder::staff,   &BaseSeeder::resources,
                            &BaseSeeder::shifts,      &BaseSeeder::tickets, &BaseSeeder::handovers,
                            &BaseSeeder::visits};
        for (auto step : steps) {
            if (auto s = (this->*step)(); !s)
                return s.error();
        }
        report.departments = int(m_departments.size());
        report.staff = m_staffCount;
        report.configurationItems = m_ciCount;
        report.tickets = int(m_tickets.size());
        if (auto a = AuditRepository(m_db).record(
                u"seed"_s, u"demo_data"_s, std::nullopt, std::nullopt, std::nullopt,
                json({{u"departments"_s, report.departments},
                      {u"staff"_s, report.staff},
                      {u"configuration_items"_s, report.configurationItems},
                      {u"tickets"_s, report.tickets}}));
            !a)
            return a.error();
        m_w.finishAll();
        return report;
    }

private:
    void say(const QString &what)
    {
        if (m_options.progress)
            m_options.progress(what);
    }

    QString personName()
    {
        for (;;) {
            const QString name = str(m_rng.pick(surnames)) + str(m_rng.pick(givenNames));
            if (!m_names.contains(name) || m_names.size() > 1500) {
                m_names.insert(name);
                return name;
            }
        }
    }

    QString mobile() { return u"13%1"_s.arg(m_rng.between(0, 9)) + m_rng.digits(8); }

    core::Status departments()
    {
        say(Text::tr("Departments, contacts and business systems …"));
        for (const DepartmentSpec &spec : departmentSpecs) {
            Department d;
            d.name = str(spec.name);
            d.code = str(spec.code);
            d.vip = spec.vip;
            TRY(id, m_w.insert(u"INSERT INTO departments (name, short_name, region, vip) VALUES (?, ?, ?, ?)"
                               " RETURNING id"_s,
                               {d.name, str(spec.shortName), str(spec.region), d.vip}));
            d.id = id;
            const QString office = u"0431-8%1"_s.arg(m_rng.digits(7));
            const struct
            {
                const char *role;
                const char16_t *title;
            } contacts[] = {{"main_contact", u"信息化工作联络员"}, {"info_centre_head", u"信息中心主任"}};
            for (const auto &c : contacts) {
                const QString name = personName();
                TRY(contactId, m_w.insert(u"INSERT INTO contacts (department_id, role, name, title, phone, email)"
                                          " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                          {d.id, QString::fromLatin1(c.role), name, str(c.title),
                                           QString::fromLatin1(c.role) == u"main_contact"_s ? mobile() : office,
                                           u"%1@%2.example.gov.cn"_s.arg(QString::fromLatin1(c.role), d.code)}));
                d.contacts.append(contactId);
                d.contactNames.append(name);
            }
            const QStringList systems = str(spec.systems).split(u';');
            for (const QString &system : systems) {
                TRY(systemId, m_w.insert(u"INSERT INTO business_systems (department_id, name, description)"
                                         " VALUES (?, ?, ?) RETURNING id"_s,
                                         {d.id, system, Text::tr("%1 of the %2").arg(system, d.name)}));
                d.systems.append(systemId);
                d.systemNames.append(system);
            }
            m_departments.append(d);
        }
        return core::Done{};
    }

    core::Status staff()
    {
        say(Text::tr("Staff in every role …"));
        const struct
        {
            const char *role;
            const char *login;
            int count;
        } roles[] = {{"agent", "agent", 12},     {"technician", "tech", 10},         {"ops_manager", "opsmgr", 3},
                     {"operations_manager", "opermgr", 3}, {"vip_manager", "vipmgr", 2}, {"supervisor", "sup", 4},
                     {"leadership", "lead", 2}};
        for (const auto &r : roles) {
            for (int i = 1; i <= r.count; ++i) {
                const QString login = u"%1%2"_s.arg(QString::fromLatin1(r.login)).arg(i, 2, 10, QLatin1Char('0'));
                TRY(id, m_w.insert(u"INSERT INTO staff (login, display_name, role, phone, email) VALUES (?, ?, ?, ?, ?)"
                                   " RETURNING id"_s,
                                   {login, personName(), QString::fromLatin1(r.role), mobile(),
                                    login + u"@yunwei.example.gov.cn"_s}));
                m_staff[QString::fromLatin1(r.role)].append(id);
                ++m_staffCount;
            }
        }
        // One application maintainer for each of the first ten departments (分权分域: they see only their own).
        for (int i = 0; i < 10; ++i) {
            const Department &d = m_departments.at(i);
            TRY(id, m_w.insert(u"INSERT INTO staff (login, display_name, role, department_id, phone, email)"
                               " VALUES (?, ?, 'dept_maintainer', ?, ?, ?) RETURNING id"_s,
                               {u"maint-"_s + d.code, personName(), d.id, mobile(),
                                u"maint@%1.example.gov.cn"_s.arg(d.code)}));
            m_staff[u"dept_maintainer"_s].append(id);
            ++m_staffCount;
        }
        // Every customer has one accountable manager: VIP customers a VIP account manager.
        for (int i = 0; i < m_departments.size(); ++i) {
            const Department &d = m_departments.at(i);
            const QList<qint64> &managers = m_staff.value(d.vip ? u"vip_manager"_s : u"operations_manager"_s);
            if (auto q = m_w.insert(u"UPDATE departments SET account_manager_id = ? WHERE id = ?"_s,
                                    {managers.at(i % managers.size()), d.id});
                !q)
                return q.error();
        }
        return core::Done{};
    }

    core::Result<qint64> ci(std::optional<qint64> department, std::optional<qint64> system, const QString &kind,
                            const QString &name, const QJsonObject &attributes, const QString &state,
                            bool synced)
    {
        ++m_ciCount;
        return m_w.insert(u"INSERT INTO configuration_items (department_id, business_system_id, kind, name,"
                          " external_id, attributes, state, source, last_synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " RETURNING id"_s,
                          {toDb(department), toDb(system), kind, name,
                           synced ? QVariant(m_rng.uuid()) : QVariant(QMetaType::fromType<QString>()),
                           json(attributes), state, synced ? u"synced"_s : u"manual"_s,
                           synced ? m_w.time(m_now.addSecs(-m_rng.between(60, 900))) : m_w.time({})});
    }

    core::Status relate(std::optional<qint64> department, qint64 from, qint64 to, const QString &kind, bool synced)
    {
        auto r = m_w.insert(u"INSERT INTO ci_relations (department_id, from_ci_id, to_ci_id, kind, source)"
                            " VALUES (?, ?, ?, ?, ?)"_s,
                            {toDb(department), from, to, kind, synced ? u"synced"_s : u"manual"_s});
        if (!r)
            return r.error();
        return core::Done{};
    }

    core::Status resources()
    {
        say(Text::tr("Cloud resources and their relations …"));
        QList<qint64> hosts;
        for (int i = 1; i <= 16; ++i) {
            TRY(id, ci(std::nullopt, std::nullopt, u"host"_s, u"az%1-host-%2"_s.arg(1 + (i - 1) / 8).arg(i, 2, 10, QLatin1Char('0')),
                       {{u"model"_s, str(m_rng.pick(hostModels))},
                        {u"cpu_cores"_s, 96},
                        {u"ram_gb"_s, 768},
                        {u"az"_s, u"az%1"_s.arg(1 + (i - 1) / 8)},
                        {u"rack"_s, u"A%1"_s.arg(i, 2, 10, QLatin1Char('0'))}},
                       u"active"_s, true));
            hosts.append(id);
        }
        TRY(coreNetwork, ci(std::nullopt, std::nullopt, u"network"_s, u"政务外网核心网"_s, {{u"cidr"_s, u"10.0.0.0/8"_s}},
                     u"active"_s, true));
        TRY(linkTelecom, ci(std::nullopt, std::nullopt, u"link"_s, u"互联网出口链路（电信）"_s,
                            {{u"bandwidth_mbps"_s, 2000}, {u"carrier"_s, u"中国电信"_s}}, u"active"_s, false));
        TRY(linkUnicom, ci(std::nullopt, std::nullopt, u"link"_s, u"互联网出口链路（联通）"_s,
                           {{u"bandwidth_mbps"_s, 1000}, {u"carrier"_s, u"中国联通"_s}}, u"active"_s, false));
        TRY(firewall, ci(std::nullopt, std::nullopt, u"security_device"_s, u"下一代防火墙-01"_s,
                         {{u"vendor"_s, u"华为 USG6650"_s}}, u"active"_s, false));
        for (qint64 edge : {linkTelecom, linkUnicom, firewall}) {
            if (auto s = relate(std::nullopt, edge, coreNetwork, u"connected_to"_s, false); !s)
                return s;
        }

        for (int d = 0; d < m_departments.size(); ++d) {
            Department &dept = m_departments[d];
            TRY(vpc, ci(dept.id, std::nullopt, u"network"_s, dept.code + u"-vpc"_s,
                        {{u"cidr"_s, u"10.%1.0.0/16"_s.arg(d + 10)}}, u"active"_s, true));
            if (auto s = relate(dept.id, vpc, coreNetwork, u"connected_to"_s, true); !s)
                return s;
            for (int s = 0; s < dept.systems.size(); ++s) {
                const qint64 system = dept.systems.at(s);
                TRY(app, ci(dept.id, system, u"application"_s, dept.systemNames.at(s), {{u"tier"_s, u"三级等保"_s}},
                            u"active"_s, false));
                const int vms = m_rng.between(1, 6);
                for (int v = 0; v < vms; ++v) {
                    const QString name = u"%1-s%2-%3-%4"_s.arg(dept.code)
                                             .arg(s + 1)
                                             .arg(str(vmRoles[v % std::size(vmRoles)]))
                                             .arg(v + 1, 2, 10, QLatin1Char('0'));
                    const int roll = m_rng.below(100);
                    const QString state = roll < 90 ? u"active"_s : roll < 97 ? u"stopped"_s : u"retired"_s;
                    const int vcpus = 2 << m_rng.below(4);
                    TRY(vm, ci(dept.id, system, u"vm"_s, name,
                               {{u"vcpus"_s, vcpus},
                                {u"ram_gb"_s, vcpus * 4},
                                {u"disk_gb"_s, 100},
                                {u"os"_s, str(m_rng.pick(operatingSystems))},
                                {u"ip"_s, u"10.%1.%2.%3"_s.arg(d + 10).arg(s + 1).arg(v + 11)}},
                               state, true));
                    m_vms[system].append(vm);
                    TRY(volume, ci(dept.id, system, u"volume"_s, name + u"-data"_s,
                                   {{u"size_gb"_s, 100 * m_rng.between(1, 10)},
                                    {u"type"_s, m_rng.chance(60) ? u"SSD"_s : u"SATA"_s}},
                                   state == u"retired"_s ? state : u"active"_s, true));
                    for (const auto &[from, to, kind] :
                         {std::tuple{vm, hosts.at(m_rng.below(int(hosts.size()))), u"runs_on"_s},
                          std::tuple{volume, vm, u"attached_to"_s}, std::tuple{vm, vpc, u"connected_to"_s},
                          std::tuple{app, vm, u"depends_on"_s}}) {
                        if (auto r = relate(dept.id, from, to, kind, kind != u"depends_on"_s); !r)
                            return r;
                    }
                }
                // VIP: a business system with more than 4 cloud hosts.
                if (vms > 4) {
                    if (auto q = m_w.insert(u"UPDATE business_systems SET vip = ? WHERE id = ?"_s, {true, system}); !q)
                        return q.error();
                }
            }
            if (dept.vip) {  // the big ones also keep dedicated physical servers
                for (int p = 1; p <= 2; ++p) {
                    TRY(server, ci(dept.id, dept.systems.first(), u"physical_server"_s,
                                   u"%1-pm-%2"_s.arg(dept.code).arg(p, 2, 10, QLatin1Char('0')),
                                   {{u"model"_s, str(m_rng.pick(hostModels))}, {u"cpu_cores"_s, 64}, {u"ram_gb"_s, 512}},
                                   u"active"_s, true));
                    if (auto r = relate(dept.id, server, vpc, u"connected_to"_s, true); !r)
                        return r;
                }
            }
        }
        return core::Done{};
    }

    core::Status shifts()
    {
        say(Text::tr("Shifts …"));
        // Three shifts a day in Beijing time (no daylight saving), for the week up to tomorrow.
        const QTimeZone beijing = QTimeZone(8 * 3600);
        const QDate today = m_now.toTimeZone(beijing).date();
        const struct
        {
            const char16_t *name;
            int startHour;
        } kinds[] = {{u"夜班", 0}, {u"早班", 8}, {u"中班", 16}};
        const QList<qint64> &agents = m_staff.value(u"agent"_s);
        const QList<qint64> &technicians = m_staff.value(u"technician"_s);
        const QList<qint64> &supervisors = m_staff.value(u"supervisor"_s);
        int n = 0;
        for (QDate day = today.addDays(-6); day <= today.addDays(1); day = day.addDays(1)) {
            for (const auto &k : kinds) {
                const QDateTime start(day, QTime(k.startHour, 0), beijing);
                TRY(id, m_w.insert(u"INSERT INTO shifts (name, starts_at, ends_at, supervisor_id) VALUES (?, ?, ?, ?)"
                                   " RETURNING id"_s,
                                   {str(k.name), m_w.time(start), m_w.time(start.addSecs(8 * 3600)),
                                    supervisors.at(n % supervisors.size())}));
                QSet<qint64> members;
                for (int a = 0; a < 4; ++a)
                    members.insert(agents.at((n * 4 + a) % agents.size()));
                for (int t = 0; t < 2; ++t)
                    members.insert(technicians.at((n * 2 + t) % technicians.size()));
                QList<qint64> sorted(members.begin(), members.end());
                std::sort(sorted.begin(), sorted.end());
                for (qint64 member : std::as_const(sorted)) {
                    if (auto q = m_w.insert(u"INSERT INTO shift_members (shift_id, staff_id) VALUES (?, ?)"_s,
                                            {id, member});
                        !q)
                        return q.error();
                }
                m_shifts.append({id, start, sorted});
                ++n;
            }
        }
        return core::Done{};
    }

    core::Result<int> resolutionMinutes(int grade)
    {
        if (m_resolution.isEmpty()) {
            auto q = exec(m_db,
                          u"SELECT CASE r.grade WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 4 END, r.amount / 60"
                          " FROM sla_rule r JOIN sla_policy p ON p.version = r.policy_version"
                          " WHERE p.state = 'active' AND r.clock = 'resolution' AND r.unit = 'wall_seconds'"
                          " AND r.grade IS NOT NULL"_s,
                          QVariantList{}, Text::tr("Could not read the SLA policy"));
            if (!q)
                return q.error();
            while (q.value().next())
                m_resolution.insert(q.value().value(0).toInt(), q.value().value(1).toInt());
            auto p = exec(m_db, u"SELECT version FROM sla_policy WHERE state = 'active'"_s, QVariantList{},
                          Text::tr("Could not read the SLA policy"));
            if (!p)
                return p.error();
            if (!p.value().next() || m_resolution.size() < 4)
                return core::Error{core::Error::Code::Invalid,
                                   Text::tr("The demo data needs an active SLA policy with a resolution time for each "
                                            "grade: migrate the database first.")};
            m_policyVersion = p.value().value(0).toInt();
        }
        return m_resolution.value(grade);
    }

    core::Status event(const Ticket &t, const QString &kind, std::optional<qint64> actor, const QDateTime &at,
                       const QJsonObject &payload)
    {
        auto r = m_w.insert(u"INSERT INTO ticket_events (ticket_id, department_id, kind, actor_id, at, payload)"
                            " VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {t.id, t.departmentId, kind, toDb(actor), m_w.time(at), json(payload)});
        if (!r)
            return r.error();
        return core::Done{};
    }

    core::Status tickets()
    {
        say(Text::tr("Tickets in every state, with their history …"));
        const QStringList statuses = codes::ticketStatuses();
        const QList<qint64> takers = m_staff.value(u"agent"_s);
        const QList<qint64> owners = m_staff.value(u"agent"_s) + m_staff.value(u"technician"_s);
        TicketRepository repository(m_db);

        for (int i = 0; i < m_options.tickets; ++i) {
            Ticket t;
            // The first ones walk through every status, kind and grade; the rest follow a realistic mix.
            const int roll = m_rng.below(100);
            t.status = i < statuses.size() * 2 ? statuses.at(i % statuses.size())
                       : roll < 8              ? u"new"_s
                       : roll < 16             ? u"assigned"_s
                       : roll < 33             ? u"in_progress"_s
                       : roll < 40             ? u"waiting_customer"_s
                       : roll < 55             ? u"resolved"_s
                                               : u"closed"_s;
            const int kindRoll = i < 12 ? (i % 3) * 40 : m_rng.below(100);
            t.kind = kindRoll < 60 ? u"fault"_s : kindRoll < 88 ? u"service_request"_s : u"consultation"_s;
            const int gradeRoll = m_rng.below(100);
            t.grade = t.kind == u"consultation"_s      ? 4
                      : t.kind == u"service_request"_s ? 3 + m_rng.below(2)
                      : i < 24                         ? 1 + (i % 4)
                      : gradeRoll < 5                  ? 1
                      : gradeRoll < 20                 ? 2
                      : gradeRoll < 55                 ? 3
                                                       : 4;
            const Department &dept = m_departments.at(m_rng.below(int(m_departments.size())));
            t.departmentId = dept.id;
            const int systemIndex = m_rng.below(int(dept.systems.size()));
            if (m_rng.chance(85))
                t.systemId = dept.systems.at(systemIndex);
            std::optional<qint64> ciId;
            if (t.systemId && t.kind == u"fault"_s && m_rng.chance(60) && !m_vms.value(*t.systemId).isEmpty())
                ciId = m_rng.pick(m_vms.value(*t.systemId));

            const bool open = t.status != u"resolved"_s && t.status != u"closed"_s;
            TRY(resolution, resolutionMinutes(t.grade));
            qint64 ageMinutes = 0;
            if (open)
                ageMinutes = t.grade <= 2 ? m_rng.between(5, 240) : m_rng.between(5, 36 * 60);
            else if (t.status == u"resolved"_s)
                ageMinutes = m_rng.between(6 * 60, 5 * 24 * 60);
            else
                ageMinutes = m_rng.between(2 * 24 * 60, 30 * 24 * 60);
            t.createdAt = m_now.addSecs(-ageMinutes * 60 - m_rng.below(60));
            t.deadlineAt = t.createdAt.addSecs(qint64(resolution) * 60);
            const qint64 taker = m_rng.pick(takers);
            if (t.status != u"new"_s)
                t.ownerId = m_rng.pick(owners);

            const auto capped = [this](const QDateTime &at) { return std::min(at, m_now.addSecs(-30)); };
            QDateTime responded, plan, lastUpdate, closed;
            if (t.status != u"new"_s)
                responded = capped(t.createdAt.addSecs(m_rng.between(2, 9) * 60));
            if (t.status != u"new"_s && t.status != u"assigned"_s)
                plan = capped(responded.addSecs(m_rng.between(5, 20) * 60));
            if (!open)
                t.resolvedAt = capped(t.createdAt.addSecs(qint64(resolution) * m_rng.between(20, 110) * 60 / 100));
            if (t.status == u"closed"_s)
                closed = capped(t.resolvedAt.addSecs(m_rng.between(1, 48) * 3600));
            const bool hardFault = t.kind == u"fault"_s && t.grade <= 2;
            if (hardFault && open && plan.isValid())
                lastUpdate = std::max(plan, capped(m_now.addSecs(-m_rng.between(1, 35) * 60)));
            QString responsibility;
            if (t.kind == u"fault"_s && !open) {
                const int r = m_rng.below(100);
                responsibility = r < 70   ? u"platform"_s
                                 : r < 82 ? u"carrier"_s
                                 : r < 94 ? u"customer_system"_s
                                          : u"third_party"_s;
            }
            const QDateTime updated = std::max({t.createdAt, responded, plan, lastUpdate, t.resolvedAt, closed});

            const QString title = t.kind == u"fault"_s             ? str(m_rng.pick(faultTitles))
                                  : t.kind == u"service_request"_s ? str(m_rng.pick(requestTitles))
                                                                   : str(m_rng.pick(consultationTitles));
            const QString reporter = dept.contactNames.at(m_rng.below(int(dept.contactNames.size())));
            const QString system = dept.systemNames.at(systemIndex);
            const QString description = Text::tr("%1, %2: %3. Reported by %4; please call back after handling.")
                                            .arg(dept.name, system, title, reporter);
            const QString channel = m_rng.chance(50) ? u"phone"_s : m_rng.chance(50) ? u"mailbox"_s : u"portal"_s;
            TRY(id, repository.reserveId());
            t.id = id;
            int version = 1;
            const auto ticketInsert = m_w.insert(
                u"INSERT INTO tickets (id, number, kind, grade, channel, status, title, description, reporter,"
                " reporter_contact, owner_id, department_id, business_system_id, ci_id, responsibility,"
                " sla_policy_version, created_by, created_at, updated_at, deadline_at, responded_at, plan_submitted_at,"
                " last_customer_update_at, resolved_at, closed_at, version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {t.id, TicketRepository::numberFor(t.id), t.kind, t.grade, channel, t.status, title, description,
                 reporter, mobile(), toDb(t.ownerId), t.departmentId, toDb(t.systemId), toDb(ciId),
                 responsibility.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(responsibility),
                 m_policyVersion, taker, m_w.time(t.createdAt), m_w.time(updated), m_w.time(t.deadlineAt),
                 m_w.time(responded), m_w.time(plan), m_w.time(lastUpdate), m_w.time(t.resolvedAt),
                 m_w.time(closed), version});
            if (!ticketInsert)
                return ticketInsert.error();

            // The history that leads to the ticket's state.
            if (auto s = event(t, u"created"_s, taker, t.createdAt,
                               {{u"channel"_s, channel}, {u"grade"_s, t.grade}, {u"status"_s, u"new"_s}});
                !s)
                return s;
            QString previous = u"new"_s;
            const auto statusChange = [&](const QString &to, const QDateTime &at, std::optional<qint64> actor,
                                          const QString &note) -> core::Status {
                QJsonObject payload{{u"from"_s, previous}, {u"to"_s, to}};
                if (!note.isEmpty())
                    payload.insert(u"note"_s, note);
                previous = to;
                return event(t, u"status_change"_s, actor, at, payload);
            };
            if (responded.isValid()) {
                if (auto s = event(t, u"assignment"_s, taker, responded, {{u"owner"_s, *t.ownerId}}); !s)
                    return s;
                if (auto s = statusChange(u"assigned"_s, responded, taker, {}); !s)
                    return s;
            }
            if (plan.isValid()) {
                if (auto s = statusChange(u"in_progress"_s, plan, t.ownerId, Text::tr("Handling plan submitted.")); !s)
                    return s;
            }
            if (lastUpdate.isValid()) {
                for (QDateTime at = plan.addSecs(25 * 60); at < lastUpdate; at = at.addSecs(25 * 60)) {
                    if (auto s = event(t, u"customer_update"_s, t.ownerId, at,
                                       {{u"text"_s, Text::tr("Progress reported to the customer by phone.")}});
                        !s)
                        return s;
                }
                if (auto s = event(t, u"customer_update"_s, t.ownerId, lastUpdate,
                                   {{u"text"_s, Text::tr("Progress reported to the customer by phone.")}});
                    !s)
                    return s;
            }
            if (t.status == u"waiting_customer"_s) {
                const QDateTime at = capped(plan.addSecs(m_rng.between(10, 60) * 60));
                if (auto s = statusChange(u"waiting_customer"_s, at, t.ownerId,
                                          Text::tr("Waiting for the customer's test "
                                                   "account."));
                    !s)
                    return s;
                if (t.grade >= 3) {  // only where the policy lets waiting pause the clock
                    if (auto s = event(t, u"clock_pause"_s, t.ownerId, at, {{u"clock"_s, u"resolution"_s}}); !s)
                        return s;
                    if (auto q = m_w.insert(u"INSERT INTO ticket_clock_pauses (ticket_id, department_id, clock,"
                                            " paused_at, reason, actor_id) VALUES (?, ?, 'resolution', ?, ?, ?)"_s,
                                            {t.id, t.departmentId, m_w.time(at), Text::tr("Waiting for the customer."),
                                             toDb(t.ownerId)});
                        !q)
                        return q.error();
                }
            }
            if (t.resolvedAt.isValid()) {
                if (auto s = statusChange(u"resolved"_s, t.resolvedAt, t.ownerId,
                                          Text::tr("Handled; the customer confirmed."));
                    !s)
                    return s;
            }
            if (closed.isValid()) {
                if (auto s = statusChange(u"closed"_s, closed, taker, {}); !s)
                    return s;
            }

            if (auto s = incidentRecords(t); !s)
                return s;
            m_tickets.append(t);
        }
        return core::Done{};
    }

    // Escalations and, for grade I and II faults that are handled, the post-incident analysis.
    core::Status incidentRecords(const Ticket &t)
    {
        const QString escalation = u"INSERT INTO escalations (ticket_id, department_id, clock, cycle, step,"
                                   " fired_at, notified_staff_id, notified_role) VALUES (?, ?, ?, 0, ?, ?, ?, ?)"_s;
        const QList<qint64> &leaders = m_staff.value(u"leadership"_s);
        const QList<qint64> &supervisors = m_staff.value(u"supervisor"_s);
        if (t.kind == u"fault"_s && t.grade <= 2) {
            if (auto q = m_w.insert(escalation, {t.id, t.departmentId, u"ticket"_s, u"created"_s,
                                                 m_w.time(t.createdAt.addSecs(60)), leaders.first(), u"leadership"_s});
                !q)
                return q.error();
        }
        const qint64 span = t.createdAt.secsTo(t.deadlineAt);
        const QDateTime end = t.resolvedAt.isValid() ? t.resolvedAt : m_now;
        const struct
        {
            const char *step;
            int percent;
            bool owner;
        } steps[] = {{"warning", 75, true}, {"supervisor", 90, false}, {"breach", 100, false}};
        for (const auto &s : steps) {
            const QDateTime at = t.createdAt.addSecs(span * s.percent / 100);
            if (at > end)
                break;
            const std::optional<qint64> who = s.owner ? t.ownerId : std::optional<qint64>(supervisors.first());
            if (auto q = m_w.insert(escalation, {t.id, t.departmentId, u"resolution"_s, QString::fromLatin1(s.step),
                                                 m_w.time(at), toDb(who), s.owner ? u"owner"_s : u"supervisor"_s});
                !q)
                return q.error();
        }
        if (t.kind == u"fault"_s && t.grade <= 2 && t.resolvedAt.isValid()) {
            const int which = m_rng.below(int(std::size(causes)));
            if (auto q = m_w.insert(
                    u"INSERT INTO post_incident_analyses (ticket_id, department_id, occurred_at, recovered_at, cause,"
                    " result, preventive_measures, author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {t.id, t.departmentId, m_w.time(t.createdAt.addSecs(-5 * 60)), m_w.time(t.resolvedAt),
                     str(causes[which]), Text::tr("Business restored; no data was lost."), str(measures[which]),
                     toDb(t.ownerId), m_w.time(t.resolvedAt), m_w.time(t.resolvedAt)});
                !q)
                return q.error();
            if (auto s = event(t, u"analysis"_s, t.ownerId, t.resolvedAt, {{u"cause"_s, str(causes[which])}}); !s)
                return s;
        }
        return core::Done{};
    }

    core::Status handovers()
    {
        say(Text::tr("Shift handovers …"));
        // Hand over what was open at the end of each of the last six shifts that have ended.
        QList<int> ended;
        for (int i = 0; i < m_shifts.size(); ++i) {
            if (m_shifts.at(i).start.addSecs(8 * 3600) <= m_now && i + 1 < m_shifts.size())
                ended.append(i);
        }
        for (int k = std::max(0, int(ended.size()) - 6); k < ended.size(); ++k) {
            const ShiftInfo &from = m_shifts.at(ended.at(k));
            const ShiftInfo &to = m_shifts.at(ended.at(k) + 1);
            const QDateTime at = to.start.addSecs(-10 * 60);
            TRY(id, m_w.insert(u"INSERT INTO handovers (from_shift_id, to_shift_id, from_staff_id, to_staff_id,"
                               " handed_at, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                               {from.id, to.id, from.members.first(), to.members.first(), m_w.time(at),
                                Text::tr("Open work handed over at the shift change; see the listed tickets.")}));
            int listed = 0;
            for (const Ticket &t : std::as_const(m_tickets)) {
                const bool openThen = t.createdAt < at && (!t.resolvedAt.isValid() || t.resolvedAt > at);
                if (!openThen || listed >= 3)
                    continue;
                ++listed;
                if (auto q = m_w.insert(u"INSERT INTO handover_tickets (handover_id, ticket_id, department_id, note)"
                                        " VALUES (?, ?, ?, ?)"_s,
                                        {id, t.id, t.departmentId, Text::tr("Customer waits for a call back.")});
                    !q)
                    return q.error();
                if (auto s = event(t, u"handover"_s, from.members.first(), at,
                                   {{u"handover"_s, id}, {u"to"_s, to.members.first()}});
                    !s)
                    return s;
            }
        }
        return core::Done{};
    }

    core::Status visits()
    {
        say(Text::tr("Return visits …"));
        QHash<QString, qint64> scripts;
        auto q = exec(m_db, u"SELECT kind, id FROM visit_scripts WHERE active = ? ORDER BY version"_s, {true},
                      Text::tr("Could not read the visit scripts"));
        if (!q)
            return q.error();
        while (q.value().next())
            scripts.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        q.value().finish();

        const QString insert =
            u"INSERT INTO return_visits (department_id, kind, mode, ticket_id, business_system_id, contact_id,"
            " assignee_id, script_id, plan_day, due_at, state, done_at, reached, summary, satisfaction, follow_up,"
            " created_at, updated_at, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        const QList<qint64> &agents = m_staff.value(u"agent"_s);
        const QList<qint64> &vipManagers = m_staff.value(u"vip_manager"_s);
        const auto departmentOf = [this](qint64 id) -> const Department & {
            for (const Department &d : m_departments) {
                if (d.id == id)
                    return d;
            }
            return m_departments.first();
        };
        const auto visit = [&](const Department &d, const QString &kind, const QString &mode,
                               std::optional<qint64> ticket, std::optional<qint64> system, qint64 assignee,
                               std::optional<int> day, const QDateTime &due, bool done) -> core::Status {
            const int contact = m_rng.below(int(d.contacts.size()));
            const QDateTime doneAt = done ? std::min(due.addSecs(m_rng.between(0, 20) * 3600), m_now) : QDateTime();
            auto r = m_w.insert(
                insert,
                {d.id, kind, mode, toDb(ticket), toDb(system), d.contacts.at(contact), assignee,
                 toDb(scripts.contains(kind) ? std::optional<qint64>(scripts.value(kind)) : std::nullopt),
                 day ? QVariant(*day) : QVariant(QMetaType::fromType<int>()), m_w.time(due),
                 done ? u"done"_s : u"planned"_s, m_w.time(doneAt), done ? d.contactNames.at(contact) : QString(),
                 done ? Text::tr("The customer confirmed that everything works.") : QString(),
                 done ? QVariant(m_rng.between(3, 5)) : QVariant(QMetaType::fromType<int>()),
                 done && m_rng.chance(20) ? Text::tr("Send the monthly resource report as well.") : QString(),
                 m_w.time(std::min(due.addDays(-1), m_now)),
                 m_w.time(done ? doneAt : std::min(due.addDays(-1), m_now)),
                 // The VIP account manager's visits (core::VisitOwner); the desk's otherwise.
                 vipManagers.contains(assignee) ? u"account_manager"_s : u"desk"_s});
            if (!r)
                return r.error();
            return core::Done{};
        };

        // After faults and after service operations.
        for (const Ticket &t : std::as_const(m_tickets)) {
            if (!t.resolvedAt.isValid() || t.kind == u"consultation"_s)
                continue;
            const Department &d = departmentOf(t.departmentId);
            const QString kind = t.kind == u"fault"_s ? u"after_fault"_s : u"after_service"_s;
            const QDateTime due = t.resolvedAt.addSecs(24 * 3600);
            const qint64 assignee = d.vip && t.kind == u"fault"_s ? vipManagers.first() : m_rng.pick(agents);
            if (auto s = visit(d, kind, u"call"_s, t.id, t.systemId, assignee, std::nullopt, due,
                               t.status == u"closed"_s && due < m_now);
                !s)
                return s;
        }
        // Two departments new to the cloud: calls on day 3, 8 and 15.
        for (int i : {4, 11}) {
            const Department &d = m_departments.at(i);
            const QDateTime onboarded = m_now.addDays(-10);
            for (int day : {3, 8, 15}) {
                const QDateTime due = onboarded.addDays(day);
                if (auto s = visit(d, u"new_customer"_s, u"call"_s, std::nullopt, d.systems.first(),
                                   m_rng.pick(agents), day, due, due < m_now);
                    !s)
                    return s;
            }
        }
        // VIP customers: a call every month, a visit on site every quarter.
        for (const Department &d : std::as_const(m_departments)) {
            if (!d.vip)
                continue;
            const qint64 manager = vipManagers.at(int(d.id % vipManagers.size()));
            if (auto s = visit(d, u"vip"_s, u"call"_s, std::nullopt, std::nullopt, manager, std::nullopt,
                               m_now.addDays(-m_rng.between(20, 35)), true);
                !s)
                return s;
            if (auto s = visit(d, u"vip"_s, u"call"_s, std::nullopt, std::nullopt, manager, std::nullopt,
                               m_now.addDays(m_rng.between(-2, 12)), false);
                !s)
                return s;
            if (auto s = visit(d, u"vip"_s, u"on_site"_s, std::nullopt, std::nullopt, manager, std::nullopt,
                               m_now.addDays(m_rng.between(10, 80)), false);
                !s)
                return s;
        }
        return core::Done{};
    }

    struct ShiftInfo
    {
        qint64 id;
        QDateTime start;
        QList<qint64> members;
    };

    QSqlDatabase &m_db;
    Writer m_w;
    Rng m_rng;
    QDateTime m_now;
    const SeedOptions &m_options;
    QList<Department> m_departments;
    QHash<QString, QList<qint64>> m_staff;  // by role
    QHash<qint64, QList<qint64>> m_vms;     // by business system
    QList<ShiftInfo> m_shifts;
    QList<Ticket> m_tickets;
    QSet<QString> m_names;
    QHash<int, int> m_resolution;           // grade -> minutes, from the active policy
    int m_policyVersion = 0;
    int m_staffCount = 0;
    int m_ciCount = 0;
};

#undef TRY

} // namespace

core::Result<SeedReport> DemoData::seed(QSqlDatabase &db, const SeedOptions &options)
{
    if (!options.now.isValid())
        return core::Error{core::Error::Code::Invalid, Text::tr("The demo data needs a reference time.")};
    QElapsedTimer timer;
    timer.start();
    SeedReport report;

    auto existing =
        exec(db, u"SELECT count(*) FROM departments"_s, QVariantList{}, Text::tr("Could not read the departments"));
    if (!existing)
        return existing.error();
    existing.value().next();
    const bool empty = existing.value().value(0).toLongLong() == 0;
    existing.value().finish();

    if (empty) {
        if (auto c = CalendarRepository(db).importDefaultIfEmpty(); !c)
            return c.error();
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s.error();
        auto base = BaseSeeder(db, options).run();
        if (!base)
            return base.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        report = base.value();
        qCInfo(lcDemo) << "base demo data seeded in" << timer.elapsed() << "ms";
    }
    if (options.bulkTickets > 0) {
        auto bulk = addBulkTickets(db, options.bulkTickets, options.seed, options.now, options.progress);
        if (!bulk)
            return bulk.error();
        report.bulkTickets = bulk.value();
    }
    return report;
}

} // namespace govops::storage
