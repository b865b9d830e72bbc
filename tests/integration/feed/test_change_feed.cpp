#include "../storage/StorageTestSupport.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Sql.h"
#include "storage/TicketRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace govops;
using storage::Change;
using storage::ChangeFeed;
using storage::Database;

namespace {

const QDateTime seedNow = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());

storage::SeedOptions seedOptions()
{
    storage::SeedOptions options;
    options.now = seedNow;
    options.tickets = 20;
    return options;
}

bool reaches(Database &db, Database::State state)
{
    QSignalSpy spy(&db, &Database::stateChanged);
    while (db.state() != state) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

template <typename T> T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("the job did not finish in time");
    return future.result();
}

// Every change the feed has reported so far.
QList<Change> reported(const QSignalSpy &spy)
{
    QList<Change> all;
    for (const QList<QVariant> &signal : spy)
        all += signal.at(0).value<QList<Change>>();
    return all;
}

// Waits until the feed has reported `change`.
bool reports(QSignalSpy &spy, const Change &change)
{
    return QTest::qWaitFor([&] { return reported(spy).contains(change); }, 20000);
}

// A console: its own Database (worker thread, connection) and its own feed.
struct Console
{
    explicit Console(const storage::DatabaseUrl &url, Database::SchemaPolicy policy) : database(url), feed(&database)
    {
        database.open(policy);
    }
    Database database;
    ChangeFeed feed;
};

// Changes the ticket's title through the repository, as a console would; returns the new version.
int retitle(Database &db, qint64 ticketId, const QString &title)
{
    const auto saved = wait(db.run<core::Result<storage::TicketRecord>>([ticketId, title](QSqlDatabase &c) {
        storage::TicketRepository tickets(c);
        auto ticket = tickets.get(ticketId);
        if (!ticket)
            return ticket;
        ticket.value().title = title;
        return tickets.update(ticket.value(), {}, std::nullopt, seedNow.addSecs(60));
    }));
    if (!saved)
        qFatal("update failed: %s %s", qPrintable(saved.error().message), qPrintable(saved.error().detail));
    return saved.value().version;
}

qint64 firstTicket(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT min(id) FROM tickets"_s) || !q.next())
        qFatal("no tickets");
    return q.value(0).toLongLong();
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<QList<Change>>(); }

    // A ticket saved on one console reaches the other console's feed as {tickets, id, version}, and its own.
    void postgresChangeReachesOtherConsoles()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        QVERIFY_OK(storage::DemoData::seed(s.db(), seedOptions()));
        const qint64 ticket = firstTicket(s.db());

        Console a(s.url(), Database::SchemaPolicy::RequireCurrent);
        Console b(s.url(), Database::SchemaPolicy::RequireCurrent);
        QVERIFY(reaches(a.database, Database::State::Ready));
        QVERIFY(reaches(b.database, Database::State::Ready));
        QSignalSpy aListens(&a.database, &Database::listening);
        QSignalSpy bListens(&b.database, &Database::listening);
        QSignalSpy aChanges(&a.feed, &ChangeFeed::changed);
        QSignalSpy bChanges(&b.feed, &ChangeFeed::changed);
        QSignalSpy bResyncs(&b.feed, &ChangeFeed::resync);
        a.feed.start();
        b.feed.start();
        QVERIFY(aListens.wait(20000));
        QVERIFY(bListens.count() == 1 || bListens.wait(20000));

        const int version = retitle(a.database, ticket, u"Storage array degraded (updated)"_s);
        QVERIFY(reports(bChanges, Change{u"tickets"_s, ticket, version}));
        QVERIFY(reports(aChanges, Change{u"tickets"_s, ticket, version}));
        QCOMPARE(bResyncs.count(), 0);
    }

    // Two saves of one row that arrive together come as one change with the newer version.
    void postgresBatchesAndMergesNotifications()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        QVERIFY_OK(storage::DemoData::seed(s.db(), seedOptions()));
        const qint64 ticket = firstTicket(s.db());

        Console b(s.url(), Database::SchemaPolicy::RequireCurrent);
        QVERIFY(reaches(b.database, Database::State::Ready));
        QSignalSpy listens(&b.database, &Database::listening);
        QSignalSpy changes(&b.feed, &ChangeFeed::changed);
        b.feed.start();
        QVERIFY(listens.wait(20000));

        // One transaction: both notifications are delivered at its commit, together.
        storage::Transaction tx(s.db());
        QVERIFY_OK(tx.begin());
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"UPDATE tickets SET version = version + 1 WHERE id = %1"_s.arg(ticket)));
        QVERIFY(q.exec(u"UPDATE tickets SET version = version + 1 WHERE id = %1 RETURNING version"_s.arg(ticket)));
        QVERIFY(q.next());
        const int version = q.value(0).toInt();
        q.finish();
        QVERIFY_OK(tx.commit());

        QVERIFY(changes.wait(20000));
        const QList<Change> batch = changes.first().at(0).value<QList<Change>>();
        QCOMPARE(batch, QList<Change>{(Change{u"tickets"_s, ticket, version})});
    }

    // The server drops the listening connection: the console reconnects by itself, asks for a reload, and
    // hears further changes.
    void postgresResyncsAfterTheServerDropsTheConnection()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        QVERIFY_OK(storage::DemoData::seed(s.db(), seedOptions()));
        const qint64 ticket = firstTicket(s.db());

        Console a(s.url(), Database::SchemaPolicy::RequireCurrent);
        Console b(s.url(), Database::SchemaPolicy::RequireCurrent);
        QVERIFY(reaches(a.database, Database::State::Ready));
        QVERIFY(reaches(b.database, Database::State::Ready));
        QSignalSpy listens(&b.database, &Database::listening);
        QSignalSpy changes(&b.feed, &ChangeFeed::changed);
        QSignalSpy resyncs(&b.feed, &ChangeFeed::resync);
        b.feed.start();
        QVERIFY(listens.wait(20000));
        QCOMPARE(resyncs.count(), 0);

        const int pid = wait(b.database.run<int>([](QSqlDatabase &c) {
            QSqlQuery q(c);
            return q.exec(u"SELECT pg_backend_pid()"_s) && q.next() ? q.value(0).toInt() : 0;
        }));
        QVERIFY(pid != 0);
        QSqlQuery kill(s.db());
        QVERIFY(kill.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));

        QVERIFY(resyncs.wait(20000));
        QCOMPARE(listens.count(), 2);
        QCOMPARE(b.database.state(), Database::State::Ready);

        const int version = retitle(a.database, ticket, u"Heard after the reconnect"_s);
        QVERIFY(reports(changes, Change{u"tickets"_s, ticket, version}));
    }

    // SQLite: two consoles on one file; the poll of one sees what the other saved.
    void sqlitePollSeesTheOtherConnection()
    {
        test::Scratch s(u"sqlite"_s, {});
        QVERIFY(s.migrate());
        QVERIFY_OK(storage::DemoData::seed(s.db(), seedOptions()));
        const qint64 ticket = firstTicket(s.db());

        Console a(s.url(), Database::SchemaPolicy::MigrateIfNeeded);
        Console b(s.url(), Database::SchemaPolicy::MigrateIfNeeded);
        QVERIFY(reaches(a.database, Database::State::Ready));
        QVERIFY(reaches(b.database, Database::State::Ready));
        QSignalSpy changes(&b.feed, &ChangeFeed::changed);
        QSignalSpy resyncs(&b.feed, &ChangeFeed::resync);
        b.feed.setPollInterval(100ms);
        b.feed.start();
        // The first poll only learns where the log ends: the seeded rows are not news. Jobs run in order, so once
        // this one is done, so is that read.
        QVERIFY(wait(b.database.run<bool>([](QSqlDatabase &) { return true; })));

        const int version = retitle(a.database, ticket, u"Seen through the change log"_s);
        QVERIFY(reports(changes, Change{u"tickets"_s, ticket, version}));
        QCOMPARE(reported(changes), QList<Change>{(Change{u"tickets"_s, ticket, version})});
        QCOMPARE(resyncs.count(), 0);
    }

    // Rows pruned before this console read them: it cannot list what changed, so it asks for a reload.
    void sqliteGapInTheLogMeansResync()
    {
        test::Scratch s(u"sqlite"_s, {});
        QVERIFY(s.migrate());
        QVERIFY_OK(storage::DemoData::seed(s.db(), seedOptions()));
        const qint64 ticket = firstTicket(s.db());

        Console b(s.url(), Database::SchemaPolicy::MigrateIfNeeded);
        QVERIFY(reaches(b.database, Database::State::Ready));
        QSignalSpy changes(&b.feed, &ChangeFeed::changed);
        QSignalSpy resyncs(&b.feed, &ChangeFeed::resync);
        b.feed.setPollInterval(100ms);
        b.feed.start();
        QVERIFY(wait(b.database.run<bool>([](QSqlDatabase &) { return true; })));

        // Two changes in one transaction, the first of them gone from the log at once.
        storage::Transaction tx(s.db());
        QVERIFY_OK(tx.begin());
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"UPDATE tickets SET version = version + 1 WHERE id = %1"_s.arg(ticket)));
        QVERIFY(q.exec(u"DELETE FROM change_log WHERE seq = (SELECT max(seq) FROM change_log)"_s));
        QVERIFY(q.exec(u"UPDATE tickets SET version = version + 1 WHERE id = %1"_s.arg(ticket)));
        QVERIFY_OK(tx.commit());

        QVERIFY(resyncs.wait(20000));
        QCOMPARE(changes.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "test_change_feed.moc"
