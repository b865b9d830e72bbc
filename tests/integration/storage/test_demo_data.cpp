#include "StorageTestSupport.h"
#include "storage/DemoData.h"
#include "storage/Records.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;

namespace {

const QDateTime now(QDate(2025, 6, 16), QTime(2, 30), Qt::UTC);

qint64 count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QStringList column(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

// What the demo tickets are, in a form that compares across databases and backends.
QByteArray fingerprint(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT t.number, t.kind, t.grade, t.channel, t.status, t.title, d.name, t.created_at, t.deadline_at"
                " FROM tickets t JOIN departments d ON d.id = t.department_id ORDER BY t.id"_s))
        qFatal("%s", qPrintable(q.lastError().text()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < 7; ++i)
            hash.addData(q.value(i).toString().toUtf8());
        hash.addData(dateTimeFromDb(q.value(7)).toString(Qt::ISODateWithMs).toUtf8());
        hash.addData(dateTimeFromDb(q.value(8)).toString(Qt::ISODateWithMs).toUtf8());
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    void baseDataSet()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        SeedOptions options;
        options.now = now;
        QStringList steps;
        options.progress = [&](const QString &step) { steps.append(step); };
        const auto report = DemoData::seed(s.db(), options);
        QVERIFY_OK(report);
        QVERIFY(report.value().baseSeeded);
        QVERIFY(!steps.isEmpty());
        QCOMPARE(report.value().departments, 30);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM departments"_s), 30);
        QVERIFY(column(s.db(), u"SELECT name FROM departments"_s).contains(u"省人力资源和社会保障厅"_s));
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM departments WHERE account_manager_id IS NULL"_s), 0);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM contacts"_s), 60);
        QVERIFY(count(s.db(), u"SELECT count(*) FROM business_systems"_s) >= 60);

        // Staff in every role; every status, kind and grade among the tickets.
        QStringList roles = column(s.db(), u"SELECT DISTINCT role FROM staff ORDER BY role"_s);
        QStringList expectedRoles = codes::staffRoles();
        expectedRoles.sort();
        QCOMPARE(roles, expectedRoles);
        QStringList statuses = column(s.db(), u"SELECT DISTINCT status FROM tickets ORDER BY status"_s);
        QStringList expectedStatuses = codes::ticketStatuses();
        expectedStatuses.sort();
        QCOMPARE(statuses, expectedStatuses);
        QCOMPARE(column(s.db(), u"SELECT DISTINCT kind FROM tickets ORDER BY kind"_s),
                 (QStringList{u"consultation"_s, u"fault"_s, u"service_request"_s}));
        QCOMPARE(column(s.db(), u"SELECT DISTINCT grade FROM tickets ORDER BY grade"_s),
                 (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM tickets"_s), qint64(options.tickets));

        // Cloud resources of every kind, and their relations.
        for (const QString &kind : {u"vm"_s, u"host"_s, u"volume"_s, u"network"_s, u"physical_server"_s})
            QVERIFY2(count(s.db(), u"SELECT count(*) FROM configuration_items WHERE kind = '%1'"_s.arg(kind)) > 0,
                     qPrintable(kind));
        QVERIFY(count(s.db(), u"SELECT count(*) FROM ci_relations WHERE kind = 'runs_on'"_s) > 0);

        // Every ticket has its history; the records around tickets are there.
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e"
                               " WHERE e.ticket_id = t.id AND e.kind = 'created')"_s),
                 0);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id"
                               " WHERE e.department_id <> t.department_id"_s),
                 0);
        for (const QString &table : {u"shifts"_s, u"handovers"_s, u"handover_tickets"_s, u"escalations"_s,
                                     u"post_incident_analyses"_s, u"return_visits"_s, u"ticket_clock_pauses"_s,
                                     u"business_calendar"_s, u"audit_log"_s})
            QVERIFY2(count(s.db(), u"SELECT count(*) FROM "_s + table) > 0, qPrintable(table));
        // Open tickets are recent (their countdowns run), nothing happens after "now".
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM tickets WHERE resolved_at IS NOT NULL AND status NOT IN "
                               "('resolved', 'closed')"_s),
                 0);
        QVariantList params{toDb(now, s.url().backend)};
        auto late = exec(s.db(), u"SELECT count(*) FROM ticket_events WHERE at > ?"_s, params, u"read"_s);
        QVERIFY_OK(late);
        late.value().next();
        QCOMPARE(late.value().value(0).toLongLong(), 0);

        // Seeding again leaves the base alone.
        const auto again = DemoData::seed(s.db(), options);
        QVERIFY_OK(again);
        QVERIFY(!again.value().baseSeeded);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM departments"_s), 30);
    }

    void deterministic()
    {
        test::Scratch a(u"_a"_s);
        test::Scratch b(u"_b"_s);
        QVERIFY(a.migrate());
        QVERIFY(b.migrate());
        SeedOptions options;
        options.now = now;
        options.seed = 7;
        options.tickets = 60;
        options.bulkTickets = 500;
        QVERIFY_OK(DemoData::seed(a.db(), options));
        QVERIFY_OK(DemoData::seed(b.db(), options));
        QCOMPARE(fingerprint(a.db()), fingerprint(b.db()));

        test::Scratch c(u"_c"_s);
        QVERIFY(c.migrate());
        options.seed = 8;
        QVERIFY_OK(DemoData::seed(c.db(), options));
        QVERIFY(fingerprint(a.db()) != fingerprint(c.db()));
    }

    void bulkTickets()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        SeedOptions options;
        options.now = now;
        options.tickets = 20;
        QVERIFY_OK(DemoData::seed(s.db(), options));
        // On PostgreSQL a load this big drops the secondary indexes and foreign keys and builds them again.
        const QString structure = u"SELECT count(*) FROM pg_indexes WHERE tablename IN ('tickets', 'ticket_events')"
                                  " UNION ALL SELECT count(*) FROM pg_constraint WHERE contype = 'f'"_s;
        const QStringList before = s.postgres() ? column(s.db(), structure) : QStringList();
        const qint64 n = s.postgres() ? 100'000 : 3000;
        const auto added = DemoData::addBulkTickets(s.db(), n, 1, now);
        QVERIFY_OK(added);
        QCOMPARE(added.value(), n);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM tickets"_s), n + 20);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM ticket_events WHERE kind = 'created'"_s), n + 20);
        if (s.postgres()) {
            QCOMPARE(column(s.db(), structure), before);
            QCOMPARE(count(s.db(), u"SELECT count(*) FROM pg_index WHERE NOT indisvalid"_s), 0);
        }
        QCOMPARE(count(s.db(), u"SELECT count(DISTINCT status) FROM tickets"_s), 6);
        QCOMPARE(count(s.db(), u"SELECT count(DISTINCT department_id) FROM tickets"_s), 30);
        // Numbers follow the ids; the next ticket made by hand continues after them.
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM tickets WHERE CAST(substr(number, 4) AS INTEGER) <> id"_s), 0);
        QVariantList params{toDb(now, s.url().backend)};
        auto future = exec(s.db(), u"SELECT count(*) FROM tickets WHERE created_at > ? OR resolved_at > ? OR closed_at > ?"
                                   " OR responded_at > ? OR plan_submitted_at > ?"_s,
                           params + params + params + params + params, u"read"_s);
        QVERIFY_OK(future);
        future.value().next();
        QCOMPARE(future.value().value(0).toLongLong(), 0);
        // A second load continues the ids and the numbers.
        QVERIFY_OK(DemoData::addBulkTickets(s.db(), 200, 1, now));
        QCOMPARE(count(s.db(), u"SELECT count(DISTINCT number) FROM tickets"_s), n + 220);
    }

    void needsMigratedDatabase()
    {
        test::Scratch s;
        SeedOptions options;
        options.now = now;
        QVERIFY(!DemoData::seed(s.db(), options).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
