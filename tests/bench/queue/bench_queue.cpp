// The ticket queue panel on a PostgreSQL database of 1,000,000 bulk tickets (GOVOPS_BENCH_TICKETS overrides),
// seeded once for all four figures:
//   queue_first_paint      panel constructed and shown → first rows painted, median of 7 after a warm-up (≤150 ms)
//   queue_sort_filter_p95  a new sort or filter → its first page painted, p95 over 40 (≤100 ms)
//   queue_jump_to_end      "last page" → the end of the queue painted, median of 7 (≤100 ms)
//   queue_rss              resident memory after all of it and 25 pages scrolled in (≤250 MB)
// limit: the same page's SELECT run bare through QSqlQuery on a connection of its own (for queue_rss: the
// process's memory with the database open, before the panel exists).
#include "BenchReport.h"
#include "core/Clock.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketQueuePanel.h"
#include "ui/Selection.h"
#include "ui/Ticker.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;
using Sort = storage::TicketPageRequest::Sort;

namespace {

// One query of the queue, and the SELECT that TicketRepository::page runs for its first page.
struct Variant
{
    storage::TicketFilter filter;
    Sort sort = Sort::Deadline;
    bool descending = false;
    QString where;
    QString order;
    QVariantList values;
};

const QString Select =
    u"SELECT t.id, t.number, t.kind, t.grade, t.channel, t.status, t.title, '', t.reporter, t.reporter_contact,"
    " t.owner_id, t.department_id, t.business_system_id, t.ci_id, t.responsibility, t.sla_policy_version,"
    " t.created_by, t.created_at, t.updated_at, t.deadline_at, t.responded_at, t.plan_submitted_at,"
    " t.last_customer_update_at, t.resolved_at, t.closed_at, t.updated_by, t.version, d.name, b.name,"
    " o.display_name FROM tickets t JOIN departments d ON d.id = t.department_id"
    " LEFT JOIN business_systems b ON b.id = t.business_system_id LEFT JOIN staff o ON o.id = t.owner_id"_s;

const QString Open = u"t.status NOT IN ('resolved', 'closed')"_s;

QList<Variant> variants(qint64 departmentId, const QDateTime &now)
{
    QList<Variant> v;
    storage::TicketFilter open;
    open.openOnly = true;
    v.append({open, Sort::Deadline, false, Open, u"t.deadline_at, t.id"_s, {}});
    v.append({{}, Sort::Deadline, true, u"1 = 1"_s, u"t.deadline_at DESC, t.id DESC"_s, {}});
    v.append({{}, Sort::Grade, false, u"1 = 1"_s, u"t.grade, t.deadline_at, t.id"_s, {}});
    v.append({open, Sort::Grade, true, Open, u"t.grade DESC, t.deadline_at DESC, t.id DESC"_s, {}});
    v.append({{}, Sort::Status, false, u"1 = 1"_s, u"t.status_rank, t.deadline_at, t.id"_s, {}});
    v.append({{}, Sort::Created, true, u"1 = 1"_s, u"t.created_at DESC, t.id DESC"_s, {}});
    v.append({{}, Sort::Number, true, u"1 = 1"_s, u"t.id DESC"_s, {}});
    storage::TicketFilter urgent = open;
    urgent.grades = {1};
    v.append({urgent, Sort::Deadline, false, Open + u" AND t.grade IN (?)"_s, u"t.deadline_at, t.id"_s, {1}});
    storage::TicketFilter department = open;
    department.departmentIds = {departmentId};
    v.append({department,
              Sort::Deadline,
              false,
              Open + u" AND t.department_id IN (?)"_s,
              u"t.deadline_at, t.id"_s,
              {departmentId}});
    storage::TicketFilter soon = open;
    soon.deadlineBefore = now.addSecs(30 * 60);
    v.append({soon,
              Sort::Deadline,
              false,
              Open + u" AND t.deadline_at < ?"_s,
              u"t.deadline_at, t.id"_s,
              {storage::toDb(*soon.deadlineBefore, storage::Backend::Postgres)}});
    return v;
}

double bareMs(QSqlDatabase &db, const Variant &v)
{
    QSqlQuery q(db);
    q.prepare(Select + u" WHERE "_s + v.where + u" ORDER BY "_s + v.order + u" LIMIT ?"_s);
    for (const QVariant &value : v.values)
        q.addBindValue(value);
    q.addBindValue(tickets::TicketQueueModel::PageSize + 1);
    QElapsedTimer timer;
    timer.start();
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next()) {
    }
    return timer.nsecsElapsed() / 1e6;
}

// The reversed order of a variant: the bare form of "jump to end".
Variant reversed(Variant v)
{
    QStringList keys = v.order.split(u", "_s);
    for (QString &key : keys)
        key = key.endsWith(u" DESC"_s) ? key.chopped(5) : key + u" DESC"_s;
    v.order = keys.join(u", "_s);
    return v;
}

double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

template <typename Predicate> void waitUntil(Predicate done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 120000)
            qFatal("bench_queue: timed out");
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

void drain(storage::Database &database)
{
    auto done = database.run<int>([](QSqlDatabase &) { return 0; });
    waitUntil([&] { return done.isFinished(); });
    QCoreApplication::processEvents();
}

// Milliseconds from now until the table's viewport has painted rows of the model's current answer.
class PaintProbe : public QObject
{
public:
    PaintProbe(QTableView *table, tickets::TicketQueueModel *model) : m_model(model)
    {
        table->viewport()->installEventFilter(this);
    }
    // Starts timing now, or at `from` when given.
    void arm(const QElapsedTimer *from = nullptr)
    {
        m_done = false;
        m_answered = false;
        m_timer.start();
        m_from = from ? from : &m_timer;
        QObject::connect(
            m_model, &tickets::TicketQueueModel::loaded, this,
            [this] {
                m_answered = true;
                m_answeredMs = m_from->nsecsElapsed() / 1e6;
            },
            Qt::SingleShotConnection);
    }
    double answeredMs() const { return m_answeredMs; } // when the page arrived, before it was painted
    double waitMs()
    {
        waitUntil([this] { return m_done || (m_answered && m_model->rowCount() == 0); });
        return m_done ? m_ms : m_from->nsecsElapsed() / 1e6; // an empty answer paints no rows
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_answered && !m_done && m_model->rowCount() > 0) {
            // The zero timer fires once this paint event has been handled.
            QTimer::singleShot(0, this, [this] {
                if (!m_done) {
                    m_ms = m_from->nsecsElapsed() / 1e6;
                    m_done = true;
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    tickets::TicketQueueModel *m_model;
    QElapsedTimer m_timer;
    const QElapsedTimer *m_from = &m_timer;
    bool m_answered = false;
    bool m_done = false;
    double m_ms = 0;
    double m_answeredMs = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double p95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(std::ceil(values.size() * 0.95)) - 1));
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the panel's remembered columns and filter stay out of the user's
    QSettings().clear();
    const QString server = qEnvironmentVariable("GOVOPS_BENCH_PG_URL");
    if (server.isEmpty())
        return bench::fail(u"bench_queue: set GOVOPS_BENCH_PG_URL (tests/bench/run does)"_s);
    const qint64 n = qEnvironmentVariableIsSet("GOVOPS_BENCH_TICKETS")
                         ? qEnvironmentVariable("GOVOPS_BENCH_TICKETS").toLongLong()
                         : 1'000'000;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    auto serverUrl = storage::DatabaseUrl::parse(server);
    if (!serverUrl)
        return bench::fail(serverUrl.error().message);
    {
        auto admin = storage::openConnection(serverUrl.value(), {}, u"bench-admin"_s);
        if (!admin)
            return bench::fail(admin.error().message);
        QSqlQuery q(admin.value());
        if (!q.exec(u"DROP DATABASE IF EXISTS bench_queue WITH (FORCE)"_s) || !q.exec(u"CREATE DATABASE bench_queue"_s))
            return bench::fail(q.lastError().text());
    }
    storage::closeConnection(u"bench-admin"_s);
    storage::DatabaseUrl url = serverUrl.value();
    url.database = u"bench_queue"_s;

    // The seed, once for every figure below; and the connection the bare queries run on.
    auto opened = storage::openConnection(url, {}, u"bench-bare"_s);
    if (!opened)
        return bench::fail(opened.error().message);
    QSqlDatabase bare = opened.value();
    if (auto m = storage::Migrator(storage::Backend::Postgres).migrate(bare); !m)
        return bench::fail(m.error().message + u' ' + m.error().detail);
    std::fprintf(stderr, "bench_queue: seeding %lld tickets\n", n);
    storage::SeedOptions options;
    options.now = now;
    options.bulkTickets = n;
    if (auto s = storage::DemoData::seed(bare, options); !s)
        return bench::fail(s.error().message + u' ' + s.error().detail);
    qint64 departmentId = 0;
    {
        QSqlQuery q(bare);
        if (!q.exec(u"VACUUM ANALYZE"_s) || !q.exec(u"SELECT min(id) FROM departments"_s) || !q.next())
            return bench::fail(q.lastError().text());
        departmentId = q.value(0).toLongLong();
    }
    const QList<Variant> queries = variants(departmentId, now);

    storage::Database database(url);
    database.setHeartbeatInterval(std::chrono::milliseconds(0));
    database.open(storage::Database::SchemaPolicy::RequireCurrent);
    waitUntil([&] {
        return database.state() != storage::Database::State::Connecting &&
               database.state() != storage::Database::State::Closed;
    });
    if (database.state() != storage::Database::State::Ready)
        return bench::fail(database.message());
    const double rssFloor = residentMb();

    core::ManualClock clock(now);
    ui::Selection selection;
    ui::Ticker ticker;
    ui::PanelContext context{.database = &database, .clock = &clock, .selection = &selection, .ticker = &ticker};

    // First paint: construct and show the panel, until its first rows are on screen.
    QList<double> firstPaints;
    std::unique_ptr<tickets::TicketQueuePanel> panel;
    for (int run = 0; run < 8; ++run) {
        if (panel) {
            drain(database);
            panel.reset();
        }
        QElapsedTimer timer;
        timer.start();
        panel = std::make_unique<tickets::TicketQueuePanel>(context);
        PaintProbe probe(panel->table(), panel->model());
        probe.arm(&timer);
        panel->resize(1280, 800);
        panel->show();
        const double ms = probe.waitMs();
        std::fprintf(stderr, "bench_queue: first paint %.1f ms (page answered at %.1f ms)\n", ms, probe.answeredMs());
        if (run > 0) // the first one warms the connection and the caches
            firstPaints.append(ms);
    }
    QList<double> bareFirst;
    for (int run = 0; run < 7; ++run)
        bareFirst.append(bareMs(bare, queries.first()));
    bench::report({{u"name"_s, u"queue_first_paint"_s},
                   {u"value"_s, round2(median(firstPaints))},
                   {u"unit"_s, u"ms"_s},
                   {u"target"_s, 150},
                   {u"limit"_s, round2(median(bareFirst))},
                   {u"n"_s, n},
                   {u"stat"_s, u"median of 7"_s},
                   {u"backend"_s, u"postgres"_s}});

    // Sort and filter: each a new query from the top, until its first page is painted.
    tickets::TicketQueueModel *model = panel->model();
    PaintProbe probe(panel->table(), model);
    QList<double> sortFilter, bareSortFilter;
    for (int i = 0; i < 40; ++i) {
        const Variant &v = queries.at(1 + i % (queries.size() - 1));
        drain(database);
        probe.arm();
        model->setQuery(v.filter, v.sort, v.descending);
        sortFilter.append(probe.waitMs());
        bareSortFilter.append(bareMs(bare, v));
        std::fprintf(stderr, "bench_queue: %s ORDER BY %s: %.1f ms (answered %.1f ms), bare %.1f ms\n",
                     qPrintable(v.where), qPrintable(v.order), sortFilter.last(), probe.answeredMs(),
                     bareSortFilter.last());
    }
    bench::report({{u"name"_s, u"queue_sort_filter_p95"_s},
                   {u"value"_s, round2(p95(sortFilter))},
                   {u"unit"_s, u"ms"_s},
                   {u"target"_s, 100},
                   {u"limit"_s, round2(p95(bareSortFilter))},
                   {u"n"_s, n},
                   {u"stat"_s, u"p95 of 40"_s},
                   {u"backend"_s, u"postgres"_s}});

    // Jump to the end of the open queue.
    QList<double> jumps, bareJumps;
    for (int run = 0; run < 8; ++run) {
        const Variant &v = queries.first();
        model->setQuery(v.filter, v.sort, v.descending);
        waitUntil([&] { return !model->isLoading(); });
        drain(database);
        probe.arm();
        panel->jumpToEnd();
        const double ms = probe.waitMs();
        if (run > 0) {
            jumps.append(ms);
            bareJumps.append(bareMs(bare, reversed(v)));
        }
    }
    bench::report({{u"name"_s, u"queue_jump_to_end"_s},
                   {u"value"_s, round2(median(jumps))},
                   {u"unit"_s, u"ms"_s},
                   {u"target"_s, 100},
                   {u"limit"_s, round2(median(bareJumps))},
                   {u"n"_s, n},
                   {u"stat"_s, u"median of 7"_s},
                   {u"backend"_s, u"postgres"_s}});

    // Memory, after scrolling 25 pages into the whole queue.
    model->setQuery({}, Sort::Deadline, false);
    waitUntil([&] { return !model->isLoading() && model->rowCount() > 0; });
    for (int page = 0; page < 25 && model->canFetchMore({}); ++page) {
        model->fetchMore({});
        waitUntil([&] { return !model->isLoading(); });
    }
    drain(database);
    bench::report({{u"name"_s, u"queue_rss"_s},
                   {u"value"_s, round2(residentMb())},
                   {u"unit"_s, u"MB"_s},
                   {u"target"_s, 250},
                   {u"limit"_s, round2(rssFloor)},
                   {u"n"_s, n},
                   {u"rows"_s, model->rowCount()},
                   {u"backend"_s, u"postgres"_s}});

    panel.reset();
    bare = QSqlDatabase();
    storage::closeConnection(u"bench-bare"_s);
    return 0;
}
