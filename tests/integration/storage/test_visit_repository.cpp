#include "StorageTestSupport.h"
#include "storage/AuditRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/DemoData.h"
#include "storage/Sql.h"
#include "storage/VisitPlanSource.h"
#include "storage/VisitRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;

namespace {

const QTimeZone beijing("Asia/Shanghai");
const QDate windowFrom(2025, 3, 1);
const QDate windowTo(2025, 3, 31);
const QDateTime now(QDate(2025, 3, 5), QTime(2, 0), Qt::UTC);

QDateTime at(QDate day, QTime time = QTime(17, 30))
{
    return QDateTime(day, time, beijing).toUTC();
}

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto q = exec(db, sql, values, u"test"_s);
    if (!q || !q.value().next())
        qFatal("%s: %s", qPrintable(sql), q ? "no row" : qPrintable(q.error().detail));
    return q.value().value(0).toLongLong();
}

// Two customers: 财政厅, VIP by its five cloud hosts, with a VIP account manager; 教育厅, new to the cloud on
// 3 March 2025. A fault of each and a service request of 财政厅, all handled in March.
struct VisitWorld
{
    qint64 vipDepartment = 0;
    qint64 newDepartment = 0;
    qint64 manager = 0;
    qint64 agent = 0;
    qint64 fault = 0;    // 教育厅's, resolved Monday 10 March
    qint64 service = 0;  // 财政厅's, resolved Wednesday 12 March
    qint64 vipFault = 0; // 财政厅's, resolved Friday 14 March

    static VisitWorld make(QSqlDatabase &db)
    {
        VisitWorld w;
        const Backend backend = backendOf(db);
        const auto insert = [&](const QString &sql, const QVariantList &values) {
            auto q = exec(db, sql + u" RETURNING id"_s, values, u"test world"_s);
            if (!q || !q.value().next())
                qFatal("%s: %s", qPrintable(sql), q ? "no id" : qPrintable(q.error().detail));
            return q.value().value(0).toLongLong();
        };
        const QVariant longAgo = toDb(at(QDate(2024, 6, 1), QTime(9, 0)), backend);
        w.manager =
            insert(u"INSERT INTO staff (login, display_name, role) VALUES ('vipmgr01', '杨勇', 'vip_manager')"_s, {});
        w.agent = insert(u"INSERT INTO staff (login, display_name, role) VALUES ('agent01', '王芳', 'agent')"_s, {});
        w.vipDepartment = insert(u"INSERT INTO departments (name, short_name, account_manager_id, created_at)"
                                 " VALUES ('省财政厅', '财政厅', ?, ?)"_s,
                                 {w.manager, longAgo});
        w.newDepartment = insert(
            u"INSERT INTO departments (name, short_name, created_at) VALUES ('省教育厅', '教育厅', ?)"_s, {longAgo});
        insert(u"INSERT INTO contacts (department_id, role, name) VALUES (?, 'main_contact', '陈刚')"_s,
               {w.vipDepartment});
        for (int i = 1; i <= 5; ++i)
            insert(u"INSERT INTO configuration_items (department_id, kind, name, created_at) VALUES (?, 'vm', ?, ?)"_s,
                   {w.vipDepartment, u"czt-vm-%1"_s.arg(i), longAgo});
        insert(u"INSERT INTO configuration_items (department_id, kind, name, state, created_at)"
               " VALUES (?, 'vm', 'czt-vm-old', 'retired', ?)"_s,
               {w.vipDepartment, longAgo});
        insert(
            u"INSERT INTO configuration_items (department_id, kind, name, created_at) VALUES (?, 'vm', 'jyt-vm-1', ?)"_s,
            {w.newDepartment, toDb(at(QDate(2025, 3, 3), QTime(10, 0)), backend)});
        const auto ticket = [&](const QString &number, const QString &kind, qint64 department, QDate resolved) {
            const QVariant created = toDb(at(resolved.addDays(-1), QTime(9, 0)), backend);
            return insert(
                u"INSERT INTO tickets (number, kind, grade, channel, status, title, department_id,"
                " sla_policy_version, created_at, updated_at, deadline_at, resolved_at)"
                " VALUES (?, ?, 3, 'phone', 'resolved', '虚拟机无法登录', ?, 1, ?, ?, ?, ?)"_s,
                {number, kind, department, created, created, created, toDb(at(resolved, QTime(15, 0)), backend)});
        };
        w.fault = ticket(u"GO-00000001"_s, u"fault"_s, w.newDepartment, QDate(2025, 3, 10));
        w.service = ticket(u"GO-00000002"_s, u"service_request"_s, w.vipDepartment, QDate(2025, 3, 12));
        w.vipFault = ticket(u"GO-00000003"_s, u"fault"_s, w.vipDepartment, QDate(2025, 3, 14));
        if (!CalendarRepository(db).importDefaultIfEmpty())
            qFatal("cannot load the default calendar");
        return w;
    }
};

} // namespace

class TestVisitRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    void generateOwesEachVisitOnce()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const VisitWorld w = VisitWorld::make(s.db());

        const auto first = generateVisits(s.db(), windowFrom, windowTo, {}, w.agent, now);
        QVERIFY_OK(first);
        QCOMPARE(first.value().owed, 8);
        QCOMPARE(first.value().created, 8);
        VisitRepository visits(s.db());
        const struct
        {
            QString key;
            QDate due;
        } expected[] = {
            {u"after_fault/t%1"_s.arg(w.fault), QDate(2025, 3, 11)},
            {u"after_service/t%1"_s.arg(w.service), QDate(2025, 3, 12)},
            {u"after_fault/t%1"_s.arg(w.vipFault), QDate(2025, 3, 17)}, // Friday + 1 working day
            {u"new_customer/d%1/day3"_s.arg(w.newDepartment), QDate(2025, 3, 6)},
            {u"new_customer/d%1/day8"_s.arg(w.newDepartment), QDate(2025, 3, 11)},
            {u"new_customer/d%1/day15"_s.arg(w.newDepartment), QDate(2025, 3, 18)},
            {u"vip_call/d%1/2025-03"_s.arg(w.vipDepartment), QDate(2025, 3, 31)},
            {u"vip_onsite/d%1/2025-Q1"_s.arg(w.vipDepartment), QDate(2025, 3, 31)},
        };
        for (const auto &e : expected) {
            const auto v = visits.byPlanKey(e.key);
            QVERIFY_OK(v);
            QCOMPARE(v.value().dueAt, at(e.due));
            QCOMPARE(v.value().state, u"planned"_s);
        }
        // The VIP customer's fault and recurring visits are its account manager's, who calls the main contact.
        const VisitRecord vipFault = visits.byPlanKey(expected[2].key).value();
        QCOMPARE(vipFault.owner, u"account_manager"_s);
        QCOMPARE(vipFault.assigneeId, std::optional<qint64>(w.manager));
        QCOMPARE(vipFault.ticketNumber, u"GO-00000003"_s);
        const VisitRecord call = visits.byPlanKey(expected[6].key).value();
        QCOMPARE(call.owner, u"account_manager"_s);
        QVERIFY(call.contactId.has_value());
        QCOMPARE(call.mode, u"call"_s);
        QCOMPARE(visits.byPlanKey(expected[7].key).value().mode, u"on_site"_s);
        const VisitRecord deskFault = visits.byPlanKey(expected[0].key).value();
        QCOMPARE(deskFault.owner, u"desk"_s);
        QVERIFY(!deskFault.assigneeId);

        // Again: nothing added, moved or cancelled, and not even an audit row.
        const qint64 rows = scalar(s.db(), u"SELECT count(*) FROM return_visits"_s);
        const qint64 audits = scalar(s.db(), u"SELECT count(*) FROM audit_log"_s);
        const auto second = generateVisits(s.db(), windowFrom, windowTo, {}, w.agent, now);
        QVERIFY_OK(second);
        QCOMPARE(second.value().owed, 8);
        QCOMPARE(second.value().created + second.value().rescheduled + second.value().cancelled, 0);
        QCOMPARE(scalar(s.db(), u"SELECT count(*) FROM return_visits"_s), rows);
        QCOMPARE(scalar(s.db(), u"SELECT count(*) FROM audit_log"_s), audits);
    }

    void generationOnTheDemoDataIsIdempotent()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        SeedOptions options;
        options.now = QDateTime(QDate(2025, 6, 16), QTime(2, 30), Qt::UTC);
        QVERIFY_OK(DemoData::seed(s.db(), options));
        const QDate from(2025, 5, 1);
        const QDate to(2025, 7, 31);
        const auto first = generateVisits(s.db(), from, to, {}, std::nullopt, options.now);
        QVERIFY_OK(first);
        QVERIFY(first.value().created > 0);
        const qint64 rows = scalar(s.db(), u"SELECT count(*) FROM return_visits"_s);
        const auto second = generateVisits(s.db(), from, to, {}, std::nullopt, options.now);
        QVERIFY_OK(second);
        QCOMPARE(second.value().owed, first.value().owed);
        QCOMPARE(second.value().created, 0);
        QCOMPARE(second.value().rescheduled, 0);
        QCOMPARE(second.value().cancelled, 0);
        QCOMPARE(scalar(s.db(), u"SELECT count(*) FROM return_visits"_s), rows);
        QCOMPARE(scalar(s.db(), u"SELECT count(*) FROM return_visits WHERE plan_key IS NOT NULL"_s),
                 qint64(first.value().created));
    }

    void changedRuleMovesOnlyPlannedVisits()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const VisitWorld w = VisitWorld::make(s.db());
        QVERIFY_OK(generateVisits(s.db(), windowFrom, windowTo, {}, w.agent, now));
        VisitRepository visits(s.db());
        const VisitRecord done = visits.byPlanKey(u"after_fault/t%1"_s.arg(w.fault)).value();
        VisitLog log{done.id, done.version, u"陈刚"_s, u"恢复正常"_s, 5, {}, std::nullopt, {}};
        QVERIFY_OK(visits.logVisit(log, w.agent, now));

        core::VisitRules slower;
        slower.afterFaultWorkingDays = 3;
        const auto changed = generateVisits(s.db(), windowFrom, windowTo, slower, w.agent, now);
        QVERIFY_OK(changed);
        QCOMPARE(changed.value().created, 0);
        QCOMPARE(changed.value().rescheduled, 1); // the VIP fault's; the logged one stays
        QCOMPARE(changed.value().cancelled, 0);
        QCOMPARE(visits.byPlanKey(u"after_fault/t%1"_s.arg(w.fault)).value().dueAt, at(QDate(2025, 3, 11)));
        QCOMPARE(visits.byPlanKey(u"after_fault/t%1"_s.arg(w.vipFault)).value().dueAt, at(QDate(2025, 3, 19)));

        // A service request reopened is no longer owed a visit: its planned visit is cancelled, not deleted.
        QVERIFY_OK(exec(s.db(), u"UPDATE tickets SET resolved_at = NULL, status = 'in_progress' WHERE id = ?"_s,
                        {w.service}, u"test"_s));
        const auto reopened = generateVisits(s.db(), windowFrom, windowTo, slower, w.agent, now);
        QVERIFY_OK(reopened);
        QCOMPARE(reopened.value().cancelled, 1);
        QCOMPARE(visits.byPlanKey(u"after_service/t%1"_s.arg(w.service)).value().state, u"cancelled"_s);
        QCOMPARE(scalar(s.db(), u"SELECT count(*) FROM audit_log WHERE action = 'plan'"_s), 3);
    }

    void loggingThenAmendingKeepsTheOriginal()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const VisitWorld w = VisitWorld::make(s.db());
        QVERIFY_OK(generateVisits(s.db(), windowFrom, windowTo, {}, w.agent, now));
        VisitRepository visits(s.db());
        const VisitRecord planned = visits.byPlanKey(u"after_fault/t%1"_s.arg(w.vipFault)).value();

        // Not logged yet: nothing to amend.
        QCOMPARE(visits.amend(planned.id, planned.version, u"summary"_s, u"x"_s, u"typo"_s, w.agent, now).error().code,
                 core::Error::Code::Invalid);

        const QDateTime loggedAt = now.addDays(12);
        VisitLog log{planned.id, planned.version, u"陈刚"_s,    u"业务已恢复，客户满意"_s,
                     4,          u"发送月报"_s,   std::nullopt, {}};
        const auto logged = visits.logVisit(log, w.manager, loggedAt);
        QVERIFY_OK(logged);
        QCOMPARE(logged.value().state, u"done"_s);
        QCOMPARE(logged.value().doneAt, loggedAt);
        QCOMPARE(logged.value().satisfaction, std::optional<int>(4));
        // The ticket's history says so.
        QCOMPARE(scalar(s.db(), u"SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'visit'"_s,
                        {w.vipFault}),
                 1);

        // A logged visit is never logged over.
        log.version = logged.value().version;
        log.summary = u"改写"_s;
        QCOMPARE(visits.logVisit(log, w.manager, loggedAt).error().code, core::Error::Code::Invalid);

        const auto first = visits.amend(planned.id, logged.value().version, u"satisfaction"_s, u"5"_s,
                                        u"客户回电更正"_s, w.manager, loggedAt.addSecs(60));
        QVERIFY_OK(first);
        QCOMPARE(first.value().oldValue, u"4"_s);
        const auto second = visits.amend(planned.id, logged.value().version + 1, u"satisfaction"_s, u"3"_s,
                                         u"主任意见"_s, w.manager, loggedAt.addSecs(120));
        QVERIFY_OK(second);
        QCOMPARE(second.value().oldValue, u"5"_s);
        QCOMPARE(
            visits.amend(planned.id, logged.value().version + 2, u"satisfaction"_s, u"9"_s, u"x"_s, w.manager, loggedAt)
                .error()
                .code,
            core::Error::Code::Invalid);
        QCOMPARE(visits.amend(planned.id, logged.value().version + 2, u"summary"_s, u"x"_s, u" "_s, w.manager, loggedAt)
                     .error()
                     .code,
                 core::Error::Code::Invalid);

        const VisitRecord stored = visits.get(planned.id).value();
        QCOMPARE(stored.satisfaction, std::optional<int>(4)); // as logged
        QCOMPARE(stored.summary, u"业务已恢复，客户满意"_s);
        QCOMPARE(stored.version, logged.value().version + 2);
        QCOMPARE(visits.amended(planned.id).value().satisfaction, std::optional<int>(3));
        QCOMPARE(visits.amendments(planned.id).value().size(), 2);

        // The schema itself refuses to overwrite a logged visit, or to change an amendment.
        QVERIFY(!exec(s.db(), u"UPDATE return_visits SET summary = 'x' WHERE id = ?"_s, {planned.id}, u"test"_s));
        QVERIFY(!exec(s.db(), u"UPDATE return_visit_amendments SET new_value = '1'"_s, QVariantList{}, u"test"_s));
        QVERIFY(!exec(s.db(), u"DELETE FROM return_visit_amendments"_s, QVariantList{}, u"test"_s));
        QCOMPARE(
            scalar(s.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'return_visits' AND action = 'amend'"_s), 2);
    }

    void staleVersionIsAConflict()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const VisitWorld w = VisitWorld::make(s.db());
        QVERIFY_OK(generateVisits(s.db(), windowFrom, windowTo, {}, w.agent, now));
        VisitRepository visits(s.db());
        const VisitRecord v = visits.byPlanKey(u"vip_call/d%1/2025-03"_s.arg(w.vipDepartment)).value();

        // Someone moved it meanwhile (a changed rule): the older copy may not log over it.
        QVERIFY_OK(exec(s.db(), u"UPDATE return_visits SET version = version + 1 WHERE id = ?"_s, {v.id}, u"test"_s));
        VisitLog log{v.id, v.version, u"陈刚"_s, u"正常"_s, 5, {}, std::nullopt, {}};
        const auto stale = visits.logVisit(log, w.manager, now);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, core::Error::Code::Conflict);
        QCOMPARE(visits.get(v.id).value().state, u"planned"_s);

        log.version = v.version + 1;
        const auto logged = visits.logVisit(log, w.manager, now);
        QVERIFY_OK(logged);
        const auto amendStale =
            visits.amend(v.id, v.version + 1, u"reached"_s, u"信息中心主任"_s, u"记错了"_s, w.manager, now);
        QCOMPARE(amendStale.error().code, core::Error::Code::Conflict);
        QVERIFY(visits.amendments(v.id).value().isEmpty());
    }

    void scheduleIsKeysetPagedAndFiltered()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const VisitWorld w = VisitWorld::make(s.db());
        QVERIFY_OK(generateVisits(s.db(), windowFrom, windowTo, {}, w.agent, now));
        VisitRepository visits(s.db());

        VisitPageRequest request;
        request.limit = 3;
        QList<VisitRecord> all;
        for (int pages = 0; pages < 10; ++pages) {
            const auto page = visits.page(request);
            QVERIFY_OK(page);
            all.append(page.value().rows);
            if (!page.value().next)
                break;
            request.after = page.value().next;
        }
        QCOMPARE(all.size(), 8);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(std::pair(all[i - 1].dueAt, all[i - 1].id) < std::pair(all[i].dueAt, all[i].id));
        QCOMPARE(all.first().departmentName, u"省教育厅"_s);

        const auto count = [&](const VisitFilter &f) { return visits.count(f).value(); };
        VisitFilter f;
        f.kinds = {u"new_customer"_s};
        QCOMPARE(count(f), 3);
        f = {};
        f.departmentId = w.vipDepartment;
        QCOMPARE(count(f), 4);
        f.assigneeId = w.manager;
        QCOMPARE(count(f), 3); // the VIP fault, call and on-site visit; the service visit is the desk's
        f = {};
        f.overdueAt = at(QDate(2025, 3, 12), QTime(12, 0)); // day 3 and 8 and the desk fault are late
        QCOMPARE(count(f), 3);
        f = {};
        f.dueFrom = at(QDate(2025, 3, 17), QTime(0, 0));
        f.dueTo = at(QDate(2025, 3, 31), QTime(0, 0));
        QCOMPARE(count(f), 2);
        f = {};
        f.states = {u"done"_s};
        QCOMPARE(count(f), 0);
        VisitPageRequest overdue;
        overdue.filter.overdueAt = at(QDate(2025, 3, 12), QTime(12, 0));
        QCOMPARE(visits.page(overdue).value().rows.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestVisitRepository)
#include "test_visit_repository.moc"
