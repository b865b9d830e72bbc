#include "StorageTestSupport.h"
#include "storage/CmdbRepository.h"
#include "storage/DepartmentRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;
using Code = core::Error::Code;

namespace {

const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

core::CmdbDesired cloud()
{
    core::CmdbDesired d;
    d.departments = {{u"p1"_s, u"省公安厅"_s}};
    d.businessSystems = {{u"p1"_s, u"户籍系统"_s}};
    core::CmdbItem vm{u"vm"_s, u"s1"_s, u"hj-app-01"_s, u"active"_s, u"p1"_s, u"户籍系统"_s,
                      QJsonObject{{u"vcpus"_s, 4}}};
    core::CmdbItem host{u"host"_s, u"h1"_s, u"compute-01"_s, u"active"_s, {}, {}, {}};
    d.items = {vm, host};
    d.relations = {{u"runs_on"_s, u"vm"_s, u"s1"_s, u"host"_s, u"h1"_s}};
    return d;
}

} // namespace

class TestCmdbRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    void syncWritesItemsRelationsAndARun()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        CmdbRepository repo(s.db());
        const auto run = repo.sync(cloud(), u"https://cloud.example/identity/v3"_s, t0);
        QVERIFY_OK(run);
        QCOMPARE(run.value().itemsAdded, 2);
        QCOMPARE(run.value().relationsAdded, 1);
        QCOMPARE(run.value().startedAt, t0);
        QVERIFY(run.value().finishedAt.isValid());

        const auto state = repo.state();
        QVERIFY_OK(state);
        QCOMPARE(state.value().items.size(), 2);
        QCOMPARE(state.value().relations, cloud().relations);
        QCOMPARE(state.value().linkedProjectIds, QStringList{u"p1"_s});
        QVERIFY(core::planCmdbSync(cloud(), state.value()).isEmpty());
    }

    // A department typed in by hand under the project's name is linked to the project, not doubled.
    void aHandKeptDepartmentIsLinked()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        DepartmentRecord d;
        d.name = u"省公安厅"_s;
        d.shortName = u"公安厅"_s;
        const auto created = DepartmentRepository(s.db()).create(d);
        QVERIFY_OK(created);
        QVERIFY_OK(CmdbRepository(s.db()).sync(cloud(), u"src"_s, t0));
        const auto all = DepartmentRepository(s.db()).list();
        QVERIFY_OK(all);
        QCOMPARE(all.value().size(), 1);
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"SELECT department_id FROM configuration_items WHERE kind = 'vm'"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), created.value().id);
    }

    void failedRunsAreRecordedNewestFirst()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        CmdbRepository repo(s.db());
        QVERIFY_OK(repo.sync(cloud(), u"src"_s, t0));
        QVERIFY_OK(repo.recordFailure(u"src"_s, t0.addSecs(60), u"the volume listing failed"_s));
        const auto runs = repo.runs(10);
        QVERIFY_OK(runs);
        QCOMPARE(runs.value().size(), 2);
        QCOMPARE(runs.value().first().outcome, u"failed"_s);
        QCOMPARE(runs.value().first().error, u"the volume listing failed"_s);
        QCOMPARE(runs.value().last().outcome, u"succeeded"_s);
    }

    // While another session syncs (holds the lock), a sync says so at once and writes nothing.
    void aSecondSyncIsRefusedWhileOneRuns()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const QString name = u"other-session"_s;
        {
            auto opened = openConnection(s.url(), {}, name);
            QVERIFY_OK(opened);
            QSqlDatabase other = opened.value();
            QSqlQuery q(other);
            if (s.postgres()) {
                QVERIFY(other.transaction());
                QVERIFY(q.exec(u"SELECT pg_try_advisory_xact_lock(%1)"_s.arg(0x434d4442)) && q.next());
                QVERIFY(q.value(0).toBool());
            } else {
                QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            }
            q.finish();

            const auto refused = CmdbRepository(s.db()).sync(cloud(), u"src"_s, t0);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, Code::Conflict);
            QVERIFY2(refused.error().message.contains(u"already running"_s), qPrintable(refused.error().message));
            QVERIFY(other.rollback());
        }
        closeConnection(name);
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"SELECT count(*) FROM configuration_items"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QVERIFY_OK(CmdbRepository(s.db()).sync(cloud(), u"src"_s, t0));   // free again
    }
};

QTEST_GUILESS_MAIN(TestCmdbRepository)
#include "test_cmdb_repository.moc"
