// visits_open: the return-visit schedule's first page (200 rows by due day, with department, assignee, ticket
// and business system) out of 100,000 visits, target ≤ 150 ms, on PostgreSQL (GOVOPS_BENCH_PG_URL) and SQLite.
//   value  median wall time of VisitRepository::page() over 20 runs, rows read into records
//   limit  median wall time of the very same SQL run bare (QSqlQuery, rows stepped through, nothing built)
// The schedule panel does not exist yet: this is the storage half of "the panel shows its first rows".
// Usage: bench_visits_open [visits]

#include "BenchReport.h"
#include "storage/Connection.h"
#include "storage/DemoData.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace govops;

namespace {

// The same SELECT as VisitRepository::page() for the first, unfiltered page.
const QString bareSql =
    u"SELECT v.id, v.department_id, v.kind, v.mode, v.owner, v.plan_key, v.ticket_id, v.business_system_id,"
    " v.contact_id, v.assignee_id, v.script_id, v.plan_day, v.due_at, v.state, v.done_at, v.reached, v.summary,"
    " v.satisfaction, v.follow_up, v.created_at, v.updated_at, v.version, d.name, s.display_name, t.number, b.name"
    " FROM return_visits v JOIN departments d ON d.id = v.department_id"
    " LEFT JOIN staff s ON s.id = v.assignee_id LEFT JOIN tickets t ON t.id = v.ticket_id"
    " LEFT JOIN business_systems b ON b.id = v.business_system_id"
    " WHERE 1 = 1 ORDER BY v.due_at, v.id LIMIT 201"_s;

// n visits over 2026, a third of them logged, spread over the demo's departments and VIP managers.
core::Status fill(QSqlDatabase &db, qint64 n)
{
    const bool postgres = storage::backendOf(db) == storage::Backend::Postgres;
    const QString series = postgres ? u"generate_series(1, ?) AS g(n)"_s : u"g"_s;
    const QString due = postgres ? u"timestamptz '2026-01-01 09:30+00' + (n % 365) * interval '1 day'"_s
                                 : u"strftime('%Y-%m-%dT09:30:00.000Z', '2026-01-01', '+' || (n % 365) || ' days')"_s;
    const QString sql =
        (postgres ? QString() : u"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ?) "_s) +
        u"INSERT INTO return_visits (department_id, kind, mode, owner, plan_key, assignee_id, due_at, state)"
        " SELECT (SELECT min(id) FROM departments) + n % 30,"
        " CASE n % 4 WHEN 0 THEN 'after_service' WHEN 1 THEN 'after_fault' WHEN 2 THEN 'new_customer' ELSE 'vip' END,"
        " CASE WHEN n % 12 = 3 THEN 'on_site' ELSE 'call' END, CASE WHEN n % 4 = 3 THEN 'account_manager' ELSE 'desk' "
        "END,"
        " 'bench/' || n, CASE WHEN n % 4 = 3 THEN (SELECT min(id) FROM staff WHERE role = 'vip_manager') END, "_s +
        due + u", CASE WHEN n % 3 = 0 THEN 'done' ELSE 'planned' END FROM "_s + series;
    if (auto q = storage::exec(db, sql, QVariantList{n}, u"fill"_s); !q)
        return q.error();
    if (auto q = storage::exec(db, u"ANALYZE"_s, QVariantList{}, u"analyze"_s); !q)
        return q.error();
    return core::Done{};
}

int measure(QSqlDatabase &db, qint64 n, const QString &backend)
{
    if (auto m = storage::Migrator(storage::backendOf(db)).migrate(db); !m)
        return bench::fail(m.error().message + u' ' + m.error().detail);
    storage::SeedOptions options;
    options.now = QDateTime(QDate(2026, 1, 15), QTime(2, 0), Qt::UTC);
    if (auto s = storage::DemoData::seed(db, options); !s)
        return bench::fail(s.error().message);
    if (auto f = fill(db, n); !f)
        return bench::fail(f.error().message + u' ' + f.error().detail);

    storage::VisitRepository visits(db);
    std::vector<double> page, bare;
    qsizetype rows = 0;
    for (int run = 0; run < 21; ++run) {
        const bench::Timing t = bench::timeMs([&] {
            const auto p = visits.page({});
            rows = p ? p.value().rows.size() : 0;
        });
        const bench::Timing b = bench::timeMs([&] {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(bareSql))
                while (q.next()) {
                }
        });
        if (run == 0)
            continue; // the first run warms the caches of both
        page.push_back(t.wall);
        bare.push_back(b.wall);
    }
    if (rows != 200)
        return bench::fail(u"visits_open: the first page has %1 rows, not 200"_s.arg(rows));
    const double value = bench::stats(page).median;
    bench::report({{u"name"_s, u"visits_open"_s},
                   {u"value"_s, std::round(value * 100) / 100},
                   {u"unit"_s, u"ms"_s},
                   {u"target"_s, 150},
                   {u"limit"_s, std::round(bench::stats(bare).median * 100) / 100},
                   {u"n"_s, n},
                   {u"max"_s, std::round(bench::stats(page).max * 100) / 100},
                   {u"backend"_s, backend}});
    return value <= 150 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100'000;
    const QString server = qEnvironmentVariable("GOVOPS_BENCH_PG_URL");
    if (server.isEmpty())
        return bench::fail(u"bench_visits_open: set GOVOPS_BENCH_PG_URL (tests/bench/run does)"_s);
    int status = 0;

    auto serverUrl = storage::DatabaseUrl::parse(server);
    if (!serverUrl)
        return bench::fail(serverUrl.error().message);
    {
        auto admin = storage::openConnection(serverUrl.value(), {}, u"bench-admin"_s);
        if (!admin)
            return bench::fail(admin.error().message);
        QSqlQuery q(admin.value());
        if (!q.exec(u"DROP DATABASE IF EXISTS bench_visits_open WITH (FORCE)"_s) ||
            !q.exec(u"CREATE DATABASE bench_visits_open"_s))
            return bench::fail(q.lastError().text());
    }
    storage::closeConnection(u"bench-admin"_s);
    storage::DatabaseUrl pg = serverUrl.value();
    pg.database = u"bench_visits_open"_s;
    {
        auto opened = storage::openConnection(pg, {}, u"bench-pg"_s);
        if (!opened)
            return bench::fail(opened.error().message);
        QSqlDatabase db = opened.value();
        status |= measure(db, n, u"postgres"_s);
    }
    storage::closeConnection(u"bench-pg"_s);

    QTemporaryDir dir;
    const auto lite = storage::DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"visits.db"_s));
    {
        auto opened = storage::openConnection(lite.value(), {}, u"bench-sqlite"_s);
        if (!opened)
            return bench::fail(opened.error().message);
        QSqlDatabase db = opened.value();
        status |= measure(db, n, u"sqlite"_s);
    }
    storage::closeConnection(u"bench-sqlite"_s);
    return status;
}
