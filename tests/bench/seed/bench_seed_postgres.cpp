// seed_postgres: generated tickets (1,000,000 by default) into a fresh PostgreSQL database, target 60 s.
// limit: copying the very same rows into bare copies of the two tables (no index, key or check), the floor
// any loader of those rows pays on this server.
#include "BenchReport.h"
#include "TimedSeed.h"
#include "storage/Connection.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace govops;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString server = qEnvironmentVariable("GOVOPS_BENCH_PG_URL");
    if (server.isEmpty())
        return bench::fail(u"bench_seed_postgres: set GOVOPS_BENCH_PG_URL (tests/bench/run does)"_s);
    const qint64 n = qEnvironmentVariableIsSet("GOVOPS_BENCH_TICKETS")
                         ? qEnvironmentVariable("GOVOPS_BENCH_TICKETS").toLongLong()
                         : 1'000'000;

    // A fresh database for the run.
    auto serverUrl = storage::DatabaseUrl::parse(server);
    if (!serverUrl)
        return bench::fail(serverUrl.error().message);
    {
        auto admin = storage::openConnection(serverUrl.value(), {}, u"bench-admin"_s);
        if (!admin)
            return bench::fail(admin.error().message);
        QSqlQuery q(admin.value());
        if (!q.exec(u"DROP DATABASE IF EXISTS bench_seed WITH (FORCE)"_s) || !q.exec(u"CREATE DATABASE bench_seed"_s))
            return bench::fail(q.lastError().text());
    }
    storage::closeConnection(u"bench-admin"_s);
    storage::DatabaseUrl url = serverUrl.value();
    url.database = u"bench_seed"_s;

    {
        auto opened = storage::openConnection(url, {}, u"bench"_s);
        if (!opened)
            return bench::fail(opened.error().message);
        QSqlDatabase db = opened.value();
        const auto seeded = bench::timedBulkSeed(db, n);
        if (!seeded)
            return bench::fail(seeded.error().message + u" "_s + seeded.error().detail);
        const double value = seeded.value();

        QSqlQuery q(db);
        const QStringList bare{u"CREATE TABLE bare_tickets (LIKE tickets)"_s,
                               u"CREATE TABLE bare_events (LIKE ticket_events)"_s, u"CHECKPOINT"_s};
        for (const QString &sql : bare) {
            if (!q.exec(sql))
                return bench::fail(q.lastError().text());
        }
        QElapsedTimer timer;
        timer.start();
        if (!q.exec(u"INSERT INTO bare_tickets SELECT * FROM tickets"_s)
            || !q.exec(u"INSERT INTO bare_events SELECT * FROM ticket_events"_s))
            return bench::fail(q.lastError().text());
        const double limit = bench::seconds(timer);

        bench::report({{u"name"_s, u"seed_postgres"_s},
                       {u"value"_s, std::round(value * 100) / 100},
                       {u"unit"_s, u"s"_s},
                       {u"target"_s, 60},
                       {u"limit"_s, std::round(limit * 100) / 100},
                       {u"n"_s, n},
                       {u"backend"_s, u"postgres"_s}});
    }
    storage::closeConnection(u"bench"_s);
    return 0;
}
