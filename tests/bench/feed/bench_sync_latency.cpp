// sync_latency_p99 (and _p50): 21 consoles on one PostgreSQL database, each with its own Database (worker
// thread, connection) and ChangeFeed. One of them saves a ticket (TicketRepository::update, the writer taking
// turns); measured from handing the job to its worker until the last of the 20 others has reported the change
// (changed() with that id and version). 200 changes one after another, by default; target p99 ≤ 300 ms.
// limit: the save alone, from handing the job over to its result (p99), the floor of any delivery.
// GOVOPS_BENCH_CHANGES sets the number of changes.
#include "BenchReport.h"
#include "storage/ChangeFeed.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Migrator.h"
#include "storage/TicketRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;

namespace {

constexpr int consoles = 21;
constexpr double target = 300;

struct Console
{
    explicit Console(const storage::DatabaseUrl &url) : database(url), feed(&database) {}
    storage::Database database;
    storage::ChangeFeed feed;
};

double percentile(std::vector<double> ms, double share)
{
    std::sort(ms.begin(), ms.end());
    return ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * share))];
}

core::Result<storage::DatabaseUrl> freshDatabase(const QString &server)
{
    auto serverUrl = storage::DatabaseUrl::parse(server);
    if (!serverUrl)
        return serverUrl.error();
    {
        auto admin = storage::openConnection(serverUrl.value(), {}, u"bench-admin"_s);
        if (!admin)
            return admin.error();
        QSqlQuery q(admin.value());
        if (!q.exec(u"DROP DATABASE IF EXISTS bench_sync WITH (FORCE)"_s) || !q.exec(u"CREATE DATABASE bench_sync"_s))
            return core::Error{core::Error::Code::Internal, q.lastError().text()};
    }
    storage::closeConnection(u"bench-admin"_s);
    storage::DatabaseUrl url = serverUrl.value();
    url.database = u"bench_sync"_s;

    const auto prepared = [&url]() -> core::Status {
        auto opened = storage::openConnection(url, {}, u"bench-setup"_s);
        if (!opened)
            return opened.error();
        if (auto migrated = storage::Migrator(storage::Backend::Postgres).migrate(opened.value()); !migrated)
            return migrated.error();
        storage::SeedOptions options;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
        if (auto seeded = storage::DemoData::seed(opened.value(), options); !seeded)
            return seeded.error();
        return core::Done{};
    }();
    storage::closeConnection(u"bench-setup"_s);
    if (!prepared)
        return prepared.error();
    return url;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<QList<storage::Change>>();
    const QString server = qEnvironmentVariable("GOVOPS_BENCH_PG_URL");
    if (server.isEmpty())
        return bench::fail(u"bench_sync_latency: set GOVOPS_BENCH_PG_URL (tests/bench/run does)"_s);
    const int changes =
        qEnvironmentVariableIsSet("GOVOPS_BENCH_CHANGES") ? qEnvironmentVariableIntValue("GOVOPS_BENCH_CHANGES") : 200;

    const auto url = freshDatabase(server);
    if (!url)
        return bench::fail(url.error().message + u" "_s + url.error().detail);

    std::vector<std::unique_ptr<Console>> all;
    for (int i = 0; i < consoles; ++i) {
        all.push_back(std::make_unique<Console>(url.value()));
        all.back()->database.open(storage::Database::SchemaPolicy::RequireCurrent);
    }
    if (!QTest::qWaitFor(
            [&] {
                return std::all_of(all.begin(), all.end(), [](const auto &c) {
                    return c->database.state() == storage::Database::State::Ready;
                });
            },
            60000))
        return bench::fail(u"bench_sync_latency: the consoles did not connect"_s);

    // When each console first heard of each (ticket, version), by the one clock of this process.
    QElapsedTimer clock;
    clock.start();
    std::vector<QHash<QString, qint64>> heard(consoles);
    int listening = 0;
    for (int i = 0; i < consoles; ++i) {
        QObject::connect(&all[i]->database, &storage::Database::listening, &app, [&listening] { ++listening; });
        QObject::connect(&all[i]->feed, &storage::ChangeFeed::changed, &app,
                         [&heard, &clock, i](const QList<storage::Change> &batch) {
                             const qint64 now = clock.nsecsElapsed();
                             for (const storage::Change &c : batch) {
                                 if (c.table == u"tickets"_s)
                                     heard[i].insert(u"%1:%2"_s.arg(c.id).arg(c.version), now);
                             }
                         });
        all[i]->feed.start();
    }
    if (!QTest::qWaitFor([&] { return listening == consoles; }, 60000))
        return bench::fail(u"bench_sync_latency: the consoles did not all listen"_s);

    QList<qint64> tickets;
    {
        auto ids = all[0]->database.run<QList<qint64>>([](QSqlDatabase &db) {
            QList<qint64> list;
            QSqlQuery q(db);
            q.exec(u"SELECT id FROM tickets ORDER BY id LIMIT 50"_s);
            while (q.next())
                list.append(q.value(0).toLongLong());
            return list;
        });
        if (!QTest::qWaitFor([&] { return ids.isFinished(); }, 60000))
            return bench::fail(u"bench_sync_latency: the tickets could not be read"_s);
        tickets = ids.result();
    }
    if (tickets.isEmpty())
        return bench::fail(u"bench_sync_latency: no tickets to change"_s);

    std::vector<double> latencies;
    std::vector<double> saves;
    for (int k = 0; k < changes; ++k) {
        const int writer = k % consoles;
        const qint64 id = tickets.at(k % tickets.size());
        const qint64 start = clock.nsecsElapsed();
        auto saved = all[writer]->database.run<core::Result<storage::TicketRecord>>([id, k](QSqlDatabase &db) {
            storage::TicketRepository repository(db);
            auto ticket = repository.get(id);
            if (!ticket)
                return ticket;
            ticket.value().title = u"Sync latency probe %1"_s.arg(k);
            return repository.update(ticket.value(), {}, std::nullopt,
                                     QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
        });
        if (!QTest::qWaitFor([&] { return saved.isFinished(); }, 60000))
            return bench::fail(u"bench_sync_latency: a save did not finish"_s);
        saves.push_back(double(clock.nsecsElapsed() - start) / 1e6);
        const auto result = saved.result();
        if (!result)
            return bench::fail(result.error().message + u" "_s + result.error().detail);
        const QString key = u"%1:%2"_s.arg(id).arg(result.value().version);
        const auto everyOtherHeard = [&] {
            for (int i = 0; i < consoles; ++i) {
                if (i != writer && !heard[i].contains(key))
                    return false;
            }
            return true;
        };
        if (!QTest::qWaitFor(everyOtherHeard, 60000))
            return bench::fail(u"bench_sync_latency: change %1 did not reach every console"_s.arg(key));
        qint64 last = 0;
        for (int i = 0; i < consoles; ++i) {
            if (i != writer)
                last = std::max(last, heard[i].value(key));
        }
        latencies.push_back(double(last - start) / 1e6);
    }

    const auto round2 = [](double v) { return std::round(v * 100) / 100; };
    bench::report({{u"name"_s, u"sync_latency_p99"_s},
                   {u"value"_s, round2(percentile(latencies, 0.99))},
                   {u"unit"_s, u"ms"_s},
                   {u"target"_s, target},
                   {u"limit"_s, round2(percentile(saves, 0.99))},
                   {u"n"_s, changes},
                   {u"consoles"_s, consoles},
                   {u"backend"_s, u"postgres"_s}});
    bench::report({{u"name"_s, u"sync_latency_p50"_s},
                   {u"value"_s, round2(percentile(latencies, 0.5))},
                   {u"unit"_s, u"ms"_s},
                   {u"limit"_s, round2(percentile(saves, 0.5))},
                   {u"n"_s, changes},
                   {u"consoles"_s, consoles},
                   {u"backend"_s, u"postgres"_s}});
    return 0;
}
