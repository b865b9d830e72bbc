#include "StorageTestSupport.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace govops;
using storage::Migrator;
using storage::SchemaStatus;

namespace {

// Writes a migration set into a folder, for Migrator(backend, folder).
void write(const QTemporaryDir &dir, const QString &file, const QString &sql)
{
    QFile f(dir.filePath(file));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sql.toUtf8());
}

bool hasTable(QSqlDatabase &db, const QString &table)
{
    return db.tables().contains(table);
}

int appliedVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    void freshDatabase()
    {
        test::Scratch s;
        const Migrator migrator(s.url().backend);
        auto status = migrator.status(s.db());
        QVERIFY_OK(status);
        QCOMPARE(status.value().verdict, SchemaStatus::Verdict::Empty);
        QVERIFY(status.value().message().contains(u"govops-admin migrate"_s));

        QList<int> seen;
        const auto applied = migrator.migrate(s.db(), [&](const storage::Migration &m) { seen.append(m.version); });
        QVERIFY_OK(applied);
        const int latest = int(migrator.migrations().value().size());
        QVERIFY(latest >= 2);
        QCOMPARE(applied.value(), latest);
        QCOMPARE(seen.size(), latest);

        status = migrator.status(s.db());
        QCOMPARE(status.value().verdict, SchemaStatus::Verdict::Current);
        QCOMPARE(status.value().current, latest);
        for (const QString &table : {u"departments"_s, u"contacts"_s, u"business_systems"_s, u"configuration_items"_s,
                                     u"ci_relations"_s, u"staff"_s, u"shifts"_s, u"handovers"_s, u"tickets"_s,
                                     u"ticket_events"_s, u"ticket_clock_pauses"_s, u"post_incident_analyses"_s,
                                     u"sla_policy"_s, u"sla_rule"_s, u"business_calendar"_s, u"return_visits"_s,
                                     u"visit_scripts"_s, u"escalations"_s, u"audit_log"_s})
            QVERIFY2(hasTable(s.db(), table), qPrintable(table));

        // Recorded: version, name, applied_at, checksum.
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"SELECT version, name, applied_at, checksum FROM schema_version ORDER BY version"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), u"schema"_s);
        QVERIFY(!q.value(2).isNull());
        QCOMPARE(q.value(3).toString().size(), 64);
    }

    void secondRunDoesNothing()
    {
        test::Scratch s;
        const Migrator migrator(s.url().backend);
        QVERIFY_OK(migrator.migrate(s.db()));
        const auto again = migrator.migrate(s.db());
        QVERIFY_OK(again);
        QCOMPARE(again.value(), 0);
    }

    // The grade table of DOMAIN.md is the default policy data (test_sla_policy_storage compares every field
    // with core's default policy).
    void defaultPolicyRows()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"SELECT r.clock, coalesce(r.grade, ''), r.unit, r.amount FROM sla_rule r JOIN sla_policy p"
                       " ON p.version = r.policy_version WHERE p.state = 'active' ORDER BY r.id"_s));
        QMap<QString, qint64> amounts;
        while (q.next())
            amounts.insert(q.value(0).toString() + q.value(1).toString() + u'/' + q.value(2).toString(),
                           q.value(3).toLongLong());
        QCOMPARE(amounts.value(u"response/wall_seconds"_s), 10 * 60);
        QCOMPARE(amounts.value(u"handling_plan/wall_seconds"_s), 30 * 60);
        QCOMPARE(amounts.value(u"handling_planIV/wall_seconds"_s), 2 * 3600);
        QCOMPARE(amounts.value(u"resolutionI/wall_seconds"_s), 3 * 3600);
        QCOMPARE(amounts.value(u"resolutionII/wall_seconds"_s), 6 * 3600);
        QCOMPARE(amounts.value(u"resolutionIII/wall_seconds"_s), 12 * 3600);
        QCOMPARE(amounts.value(u"resolutionIV/wall_seconds"_s), 24 * 3600);
        QCOMPARE(amounts.value(u"customer_update/wall_seconds"_s), 30 * 60);
        QCOMPARE(amounts.value(u"allocation_vm/working_days"_s), 2);
        QCOMPARE(amounts.value(u"allocation_physical/working_days"_s), 7);
        QCOMPARE(amounts.size(), 10);
        QVERIFY(q.exec(u"SELECT opening, close_of_business, time_zone, post_incident_grades, active FROM sla_policy"
                       " WHERE state = 'active'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"08:30"_s);
        QCOMPARE(q.value(1).toString(), u"17:30"_s);
        QCOMPARE(q.value(2).toString(), u"Asia/Shanghai"_s);
        QCOMPARE(q.value(3).toString(), u"I,II"_s);
        QVERIFY(q.value(4).toBool());
    }

    // A migration that fails half-way leaves nothing of itself behind; the ones before it stay.
    void failedMigrationRollsBackWhole()
    {
        test::Scratch s;
        QTemporaryDir dir;
        write(dir, u"0001_first.sql"_s, u"CREATE TABLE first_table (id integer PRIMARY KEY);"_s);
        write(dir, u"0002_broken.sql"_s,
              u"CREATE TABLE half_table (id integer PRIMARY KEY);\n"
              "INSERT INTO first_table (id) VALUES (1);\n"
              "CREATE INDEX half_idx ON half_table (id);\n"
              "INSERT INTO no_such_table VALUES (1);\n"
              "CREATE TABLE never_table (id integer);"_s);
        const Migrator broken(s.url().backend, dir.path());
        const auto result = broken.migrate(s.db());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"Migration 2 (broken) failed at statement 4"_s),
                 qPrintable(result.error().message));

        QCOMPARE(appliedVersion(s.db()), 1);
        QVERIFY(hasTable(s.db(), u"first_table"_s));
        QVERIFY(!hasTable(s.db(), u"half_table"_s));
        QVERIFY(!hasTable(s.db(), u"never_table"_s));
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"SELECT count(*) FROM first_table"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);  // the broken migration's INSERT is gone too
        q.finish();

        // Mended, it applies.
        write(dir, u"0002_broken.sql"_s, u"CREATE TABLE half_table (id integer PRIMARY KEY);"_s);
        const auto mended = Migrator(s.url().backend, dir.path()).migrate(s.db());
        QVERIFY_OK(mended);
        QCOMPARE(mended.value(), 1);
        QCOMPARE(appliedVersion(s.db()), 2);
    }

    // The real first migration failing on its last statement leaves an empty database.
    void failedSchemaLeavesNothing()
    {
        test::Scratch s;
        QTemporaryDir dir;
        QFile real(Migrator::defaultSource(s.url().backend) + u"/0001_schema.sql"_s);
        QVERIFY(real.open(QIODevice::ReadOnly));
        write(dir, u"0001_schema.sql"_s, QString::fromUtf8(real.readAll()) + u"\nSELECT * FROM no_such_table;\n"_s);
        QVERIFY(!Migrator(s.url().backend, dir.path()).migrate(s.db()).ok());
        QVERIFY(!hasTable(s.db(), u"tickets"_s));
        QVERIFY(!hasTable(s.db(), u"departments"_s));
        QCOMPARE(appliedVersion(s.db()), 0);
    }

    void newerSchemaIsRefused()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"INSERT INTO schema_version (version, name, checksum) VALUES (999, 'future', 'x')"_s));
        const Migrator migrator(s.url().backend);
        const auto status = migrator.status(s.db());
        QVERIFY_OK(status);
        QCOMPARE(status.value().verdict, SchemaStatus::Verdict::Newer);
        QVERIFY(status.value().message().contains(u"newer than this program"_s));
        const auto refused = migrator.migrate(s.db());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, core::Error::Code::Schema);
    }

    void olderSchemaIsReported()
    {
        test::Scratch s;
        QTemporaryDir dir;
        QFile first(Migrator::defaultSource(s.url().backend) + u"/0001_schema.sql"_s);
        QVERIFY(first.open(QIODevice::ReadOnly));
        write(dir, u"0001_schema.sql"_s, QString::fromUtf8(first.readAll()));
        QVERIFY_OK(Migrator(s.url().backend, dir.path()).migrate(s.db()));
        const auto status = Migrator(s.url().backend).status(s.db());
        QCOMPARE(status.value().verdict, SchemaStatus::Verdict::Older);
        QCOMPARE(status.value().current, 1);
        QVERIFY(status.value().message().contains(u"govops-admin migrate"_s));
        QVERIFY(status.value().modified.isEmpty());
    }

    void changedMigrationIsNoticed()
    {
        test::Scratch s;
        QTemporaryDir dir;
        write(dir, u"0001_a.sql"_s, u"CREATE TABLE a (id integer);"_s);
        QVERIFY_OK(Migrator(s.url().backend, dir.path()).migrate(s.db()));
        write(dir, u"0001_a.sql"_s, u"CREATE TABLE a (id integer, more text);"_s);
        const auto status = Migrator(s.url().backend, dir.path()).status(s.db());
        QCOMPARE(status.value().verdict, SchemaStatus::Verdict::Current);
        QCOMPARE(status.value().modified, QList<int>{1});
        QVERIFY(status.value().message().contains(u"changed"_s));
    }

    void badMigrationSets_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("gap") << QStringList{u"0001_a.sql"_s, u"0003_c.sql"_s};
        QTest::newRow("repeat") << QStringList{u"0001_a.sql"_s, u"0001_b.sql"_s};
        QTest::newRow("bad name") << QStringList{u"0001_a.sql"_s, u"2_b.sql"_s};
    }
    void badMigrationSets()
    {
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        for (const QString &f : files)
            write(dir, f, u"SELECT 1;"_s);
        const auto list = Migrator(storage::Backend::Sqlite, dir.path()).migrations();
        QVERIFY(!list.ok());
    }

    void appendOnlyHistory()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"INSERT INTO audit_log (action, entity) VALUES ('test', 'nothing')"_s));
        QVERIFY(!q.exec(u"UPDATE audit_log SET action = 'changed'"_s));
        QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
        QVERIFY(q.lastError().text().contains(u"append-only"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "test_migrator.moc"
