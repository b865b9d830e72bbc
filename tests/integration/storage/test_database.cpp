#include "StorageTestSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TicketRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace govops;
using storage::Database;
using storage::DatabaseUrl;

namespace {

// Waits, with the event loop running, until the database reaches `state`.
bool reaches(Database &db, Database::State state, int timeoutMs = 20000)
{
    QSignalSpy spy(&db, &Database::stateChanged);
    while (db.state() != state) {
        if (!spy.wait(timeoutMs))
            return false;
    }
    return true;
}

template <typename T>
T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("the job did not finish in time");
    return future.result();
}

// A URL on which nothing answers: a port we held and let go.
QString deadPostgresUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return u"postgresql://postgres@127.0.0.1:%1/govops"_s.arg(port);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    // The console's own SQLite file migrates itself; a PostgreSQL server already migrated is Ready too.
    void jobsRunOnTheWorkerThread_data() { test::addBackends(); }
    void jobsRunOnTheWorkerThread()
    {
        QFETCH(QString, backend);
        test::Scratch s(backend, {});
        if (s.postgres())
            QVERIFY(s.migrate());
        Database db(s.url());
        db.open(s.postgres() ? Database::SchemaPolicy::RequireCurrent : Database::SchemaPolicy::MigrateIfNeeded);
        QVERIFY(reaches(db, Database::State::Ready));
        QVERIFY(db.isWritable());
        QVERIFY(db.message().contains(u"Connected"_s));

        QThread *const caller = QThread::currentThread();
        auto future = db.run<QThread *>([](QSqlDatabase &) { return QThread::currentThread(); });
        QThread *const worker = wait(future);
        QVERIFY(worker != caller);

        auto count = db.run<core::Result<qint64>>(
            [](QSqlDatabase &c) { return storage::TicketRepository(c).count({}); });
        const auto n = wait(count);
        QVERIFY_OK(n);
        QCOMPARE(n.value(), 0);

        // Jobs run in the order they were given.
        QList<int> order;
        QList<QFuture<int>> futures;
        for (int i = 0; i < 20; ++i)
            futures.append(db.run<int>([i, &order](QSqlDatabase &) {
                order.append(i);
                return i;
            }));
        wait(futures.last());
        QCOMPARE(order.size(), 20);
        QVERIFY(std::is_sorted(order.begin(), order.end()));
    }

    // A PostgreSQL schema is changed only by govops-admin: the console reads, and says why.
    void olderSchemaIsReadOnly_data() { test::addBackends(); }
    void olderSchemaIsReadOnly()
    {
        QFETCH(QString, backend);
        test::Scratch s(backend, {});
        Database db(s.url());
        db.open(Database::SchemaPolicy::RequireCurrent);
        QVERIFY(reaches(db, Database::State::ReadOnly));
        QVERIFY2(db.message().contains(u"govops-admin migrate"_s), qPrintable(db.message()));
        QVERIFY(!db.isWritable());
        // Nothing was created: the empty database stays empty.
        auto tables = wait(db.run<QStringList>([](QSqlDatabase &c) { return c.tables(); }));
        QVERIFY(!tables.contains(u"tickets"_s));
        QVERIFY(!tables.contains(u"schema_version"_s));
        // And the session itself refuses to write.
        auto written = wait(db.run<core::Status>([](QSqlDatabase &c) -> core::Status {
            auto q = storage::exec(c, u"CREATE TABLE sneaky (id integer)"_s, QVariantList{}, u"write"_s);
            if (!q)
                return q.error();
            return core::Done{};
        }));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, core::Error::Code::Schema);
    }

    void newerSchemaIsReadOnly_data() { test::addBackends(); }
    void newerSchemaIsReadOnly()
    {
        QFETCH(QString, backend);
        test::Scratch s(backend, {});
        QVERIFY(s.migrate());
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"INSERT INTO schema_version (version, name, checksum) VALUES (99, 'future', 'x')"_s));
        Database db(s.url());
        db.open(Database::SchemaPolicy::MigrateIfNeeded);  // even a console allowed to migrate does not go back
        QVERIFY(reaches(db, Database::State::ReadOnly));
        QVERIFY2(db.message().contains(u"newer"_s), qPrintable(db.message()));
        auto count = wait(db.run<core::Result<qint64>>(
            [](QSqlDatabase &c) { return storage::TicketRepository(c).count({}); }));
        QVERIFY_OK(count);  // reading still works
    }

    void unreachableServer_data() { test::addBackends(); }
    void unreachableServer()
    {
        QFETCH(QString, backend);
        const auto url = DatabaseUrl::parse(backend == u"postgres"_s ? deadPostgresUrl()
                                                                     : u"sqlite:///proc/no/such/govops.db"_s);
        QVERIFY(url.ok());
        Database db(url.value());
        db.open(Database::SchemaPolicy::RequireCurrent);
        QVERIFY(reaches(db, Database::State::Unreachable));
        QVERIFY2(db.message().contains(backend == u"postgres"_s ? u"Cannot connect to PostgreSQL"_s : u"/proc/no/such"_s),
                 qPrintable(db.message()));
        // Jobs still finish, as errors.
        auto result = wait(db.run<core::Result<qint64>>(
            [](QSqlDatabase &c) { return storage::TicketRepository(c).count({}); }));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, core::Error::Code::Unavailable);
    }

    // A SQLite file has no link to lose: these two are PostgreSQL's.
    void droppedConnectionIsNoticedAndMended()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        Database db(s.url());
        db.open(Database::SchemaPolicy::RequireCurrent);
        QVERIFY(reaches(db, Database::State::Ready));

        // The server ends the console's session, as a restart or a network cut would.
        QSqlQuery kill(s.db());
        QVERIFY(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                          " AND application_name = 'govops' AND pid <> pg_backend_pid()"_s));
        QVERIFY(kill.next());
        QVERIFY(kill.value(0).toBool());

        auto failed = wait(db.run<core::Result<qint64>>(
            [](QSqlDatabase &c) { return storage::TicketRepository(c).count({}); }));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, core::Error::Code::Unavailable);
        QVERIFY(reaches(db, Database::State::Unreachable));
        QVERIFY2(db.message().contains(u"lost"_s), qPrintable(db.message()));

        // The next job reconnects.
        auto mended = wait(db.run<core::Result<qint64>>(
            [](QSqlDatabase &c) { return storage::TicketRepository(c).count({}); }));
        QVERIFY_OK(mended);
        QVERIFY(reaches(db, Database::State::Ready));
    }

    void heartbeatNoticesAnIdleLoss()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        Database db(s.url());
        db.setHeartbeatInterval(200ms);
        db.open(Database::SchemaPolicy::RequireCurrent);
        QVERIFY(reaches(db, Database::State::Ready));
        QSqlQuery kill(s.db());
        QVERIFY(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                          " AND application_name = 'govops' AND pid <> pg_backend_pid()"_s));
        // No job runs: the heartbeat finds the loss, then reconnects by itself.
        QSignalSpy spy(&db, &Database::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(spy.cbegin(), spy.cend(),
                                             [](const QList<QVariant> &args) {
                                                 return args.at(0).value<Database::State>() ==
                                                        Database::State::Unreachable;
                                             }),
                                 10000);
        QVERIFY(reaches(db, Database::State::Ready));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
