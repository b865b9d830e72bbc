// The CMDB sync end to end: the simulator's cloud, the OpenStack client, CmdbSync and a real
// database (SQLite and PostgreSQL).

#include "../storage/StorageTestSupport.h"
#include "IaasTestSupport.h"
#include "iaas/sync/CmdbSync.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::iaas;
using iaas::test::configFor;
using iaas::test::waitFor;
using sim::Fault;
using sim::SimulatorServer;
using storage::CmdbSyncRun;
using storage::Database;

namespace {

bool reaches(Database &db, Database::State state)
{
    QSignalSpy spy(&db, &Database::stateChanged);
    while (db.state() != state) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

qint64 count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// Every synced row's content, to prove that a sync changed nothing.
QStringList contents(QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT kind, external_id, name, state, attributes, version FROM configuration_items"
                " ORDER BY kind, external_id"_s))
        qFatal("read failed");
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                        .join(u'|'));
    if (!q.exec(u"SELECT from_ci_id, to_ci_id, kind FROM ci_relations ORDER BY 1, 2, 3"_s))
        qFatal("read failed");
    while (q.next())
        rows.append(q.value(0).toString() + u'>' + q.value(1).toString() + u':' + q.value(2).toString());
    return rows;
}

// A simulator, a client signed in to it, a migrated scratch database and the sync between them.
struct Rig
{
    bool start()
    {
        if (sim.listen() == 0 || !scratch.migrate())
            return false;
        client = std::make_unique<OpenStackClient>(configFor(sim));
        database = std::make_unique<Database>(scratch.url());
        database->open(Database::SchemaPolicy::RequireCurrent);
        if (!reaches(*database, Database::State::Ready))
            return false;
        sync = std::make_unique<CmdbSync>(client.get(), database.get(), sim.authUrl().toString());
        return true;
    }
    core::Result<CmdbSyncRun> run()
    {
        const auto result = waitFor(sync->run(), 60000);
        if (!result)
            qFatal("the sync did not finish");
        return *result;
    }
    qsizetype cloudItems() const
    {
        return sim.data().servers.size() + sim.data().hypervisors.size() + sim.data().volumes.size()
            + sim.data().networks.size();
    }

    SimulatorServer sim;
    govops::test::Scratch scratch;
    std::unique_ptr<OpenStackClient> client;
    std::unique_ptr<Database> database;
    std::unique_ptr<CmdbSync> sync;
};

} // namespace

class TestCmdbSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { govops::test::addBackends(); }

    void firstSyncCreatesSecondChangesNothing()
    {
        Rig rig;
        QVERIFY(rig.start());
        QElapsedTimer timer;
        timer.start();
        const auto first = rig.run();
        const qint64 firstMs = timer.elapsed();
        QVERIFY_OK(first);
        QCOMPARE(first.value().outcome, u"succeeded"_s);
        QCOMPARE(first.value().itemsAdded, int(rig.cloudItems()));
        QCOMPARE(first.value().itemsRetired, 0);
        QVERIFY(first.value().relationsAdded > 0);

        QSqlDatabase &db = rig.scratch.db();
        QCOMPARE(count(db, u"SELECT count(*) FROM configuration_items WHERE source = 'synced'"_s), rig.cloudItems());
        QCOMPARE(count(db, u"SELECT count(*) FROM ci_relations WHERE source = 'synced'"_s),
                 qint64(first.value().relationsAdded));
        QCOMPARE(count(db, u"SELECT count(*) FROM departments WHERE iaas_project_id IS NOT NULL"_s), 30);
        QVERIFY(count(db, u"SELECT count(*) FROM business_systems"_s) > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM ci_relations WHERE kind = 'runs_on'"_s) > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM ci_relations WHERE kind = 'attached_to'"_s) > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM ci_relations WHERE kind = 'connected_to'"_s) > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM configuration_items WHERE kind = 'vm'"
                          " AND department_id IS NOT NULL AND business_system_id IS NOT NULL"_s) > 0);
        const QStringList before = contents(db);

        timer.restart();
        const auto second = rig.run();
        const qint64 secondMs = timer.elapsed();
        QVERIFY_OK(second);
        QCOMPARE(second.value().itemsAdded, 0);
        QCOMPARE(second.value().itemsChanged, 0);
        QCOMPARE(second.value().itemsRetired, 0);
        QCOMPARE(second.value().relationsAdded, 0);
        QCOMPARE(second.value().relationsRemoved, 0);
        QCOMPARE(contents(db), before);
        QCOMPARE(count(db, u"SELECT count(*) FROM cmdb_sync_runs WHERE outcome = 'succeeded'"_s), 2);
        qInfo("demo cloud: %lld items, %d relations; first sync %lld ms, second %lld ms", qint64(rig.cloudItems()),
              first.value().relationsAdded, firstMs, secondMs);
    }

    void aRemovedServerIsRetiredNotDeleted()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY_OK(rig.run());
        const QString gone = rig.sim.data().servers.first().id;
        QVERIFY(rig.sim.data().removeServer(gone));
        const auto after = rig.run();
        QVERIFY_OK(after);
        QCOMPARE(after.value().itemsRetired, 1);
        QVERIFY(after.value().relationsRemoved >= 1);
        QSqlDatabase &db = rig.scratch.db();
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"SELECT state FROM configuration_items WHERE kind = 'vm' AND external_id = ?"_s));
        q.addBindValue(gone);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"retired"_s);
        q.finish();
        QCOMPARE(count(db, u"SELECT count(*) FROM ci_relations r JOIN configuration_items c"
                           " ON c.id = r.from_ci_id OR c.id = r.to_ci_id WHERE c.state = 'retired'"_s),
                 0);
        QVERIFY_OK(rig.run());
        QCOMPARE(count(db, u"SELECT count(*) FROM configuration_items WHERE state = 'retired'"_s), 1);
    }

    void aFailedListingChangesNothingAndSaysWhich()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY_OK(rig.run());
        QSqlDatabase &db = rig.scratch.db();
        const QStringList before = contents(db);

        QVERIFY(rig.sim.data().removeServer(rig.sim.data().servers.first().id));   // would be retired
        rig.sim.addFault(Fault(Fault::Kind::ServerError, u"/volumes/detail"_s));
        const auto failed = rig.run();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(u"volume listing"_s), qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(u"/volumes/detail"_s), qPrintable(failed.error().message));
        QCOMPARE(contents(db), before);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT outcome, error FROM cmdb_sync_runs ORDER BY id DESC"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"failed"_s);
        QVERIFY(q.value(1).toString().contains(u"volume listing"_s));
        q.finish();

        rig.sim.clearFaults();
        const auto mended = rig.run();
        QVERIFY_OK(mended);
        QCOMPARE(mended.value().itemsRetired, 1);
    }

    void handKeptItemsSurvive()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSqlDatabase &db = rig.scratch.db();
        QSqlQuery q(db);
        // A hand-kept firewall, and a hand-kept record of one of the cloud's servers.
        QVERIFY(q.exec(u"INSERT INTO configuration_items (kind, name, state, source) VALUES"
                       " ('security_device', '出口防火墙', 'active', 'manual')"_s));
        const QString server = rig.sim.data().servers.first().id;
        QVERIFY(q.prepare(u"INSERT INTO configuration_items (kind, name, external_id, state, source)"
                          " VALUES ('vm', '手工登记', ?, 'stopped', 'manual')"_s));
        q.addBindValue(server);
        QVERIFY(q.exec());
        q.finish();

        const auto first = rig.run();
        QVERIFY_OK(first);
        QCOMPARE(first.value().itemsAdded, int(rig.cloudItems() - 1));
        QVERIFY(rig.sim.data().removeServer(server));
        QVERIFY_OK(rig.run());
        QVERIFY(q.exec(u"SELECT name, state, version FROM configuration_items WHERE source = 'manual' ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"出口防火墙"_s);
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"手工登记"_s);
        QCOMPARE(q.value(1).toString(), u"stopped"_s);   // not retired: the sync never touches it
        QCOMPARE(q.value(2).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCmdbSync)
#include "test_cmdb_sync.moc"
