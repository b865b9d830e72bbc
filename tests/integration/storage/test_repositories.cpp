#include "StorageTestSupport.h"
#include "storage/AuditRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;
using Code = core::Error::Code;

namespace {

const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

struct World
{
    qint64 department = 0;
    qint64 otherDepartment = 0;
    qint64 agent = 0;
};

World makeWorld(QSqlDatabase &db)
{
    World w;
    DepartmentRecord d;
    d.name = u"省公安厅"_s;
    d.shortName = u"公安厅"_s;
    d.vip = true;
    w.department = DepartmentRepository(db).create(d).value().id;
    d.name = u"省教育厅"_s;
    d.shortName = u"教育厅"_s;
    d.vip = false;
    w.otherDepartment = DepartmentRepository(db).create(d).value().id;
    StaffRecord s;
    s.login = u"agent01"_s;
    s.displayName = u"王芳"_s;
    s.role = u"agent"_s;
    w.agent = StaffRepository(db).create(s).value().id;
    return w;
}

TicketRecord draft(qint64 department, const QString &title = u"云主机无法远程登录"_s, int grade = 2)
{
    TicketRecord t;
    t.kind = u"fault"_s;
    t.grade = grade;
    t.channel = u"phone"_s;
    t.title = title;
    t.description = u"业务系统访问缓慢，请尽快处理。"_s;
    t.departmentId = department;
    return t;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    void departments()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        DepartmentRepository repo(s.db());
        DepartmentRecord d;
        d.name = u"省发展和改革委员会"_s;
        d.shortName = u"省发改委"_s;
        d.region = u"经济调节"_s;
        const auto created = repo.create(d, std::nullopt);
        QVERIFY_OK(created);
        QCOMPARE(created.value().name, d.name);
        QCOMPARE(created.value().version, 1);
        QVERIFY(created.value().createdAt.isValid());
        QVERIFY(!created.value().vip);

        auto duplicate = repo.create(d);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, Code::Invalid);
        QVERIFY2(duplicate.error().message.contains(u"already exists"_s), qPrintable(duplicate.error().message));

        DepartmentRecord changed = created.value();
        changed.vip = true;
        const auto updated = repo.update(changed);
        QVERIFY_OK(updated);
        QCOMPARE(updated.value().version, 2);
        QVERIFY(updated.value().vip);

        // A second editor still holding version 1 loses.
        changed.region = u"综合管理"_s;
        const auto stale = repo.update(changed);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Code::Conflict);
        QCOMPARE(repo.get(created.value().id).value().region, u"经济调节"_s);

        ContactRecord c;
        c.departmentId = created.value().id;
        c.role = u"main_contact"_s;
        c.name = u"李建国"_s;
        c.phone = u"13800000000"_s;
        QVERIFY_OK(repo.createContact(c));
        c.role = u"boss"_s;
        QCOMPARE(repo.createContact(c).error().code, Code::Invalid);
        QCOMPARE(repo.contacts(created.value().id).value().size(), 1);

        BusinessSystemRecord b;
        b.departmentId = created.value().id;
        b.name = u"投资项目在线审批监管平台"_s;
        QVERIFY_OK(repo.createBusinessSystem(b));
        QCOMPARE(repo.businessSystems(created.value().id).value().first().name, b.name);
        QCOMPARE(repo.list().value().size(), 1);
        QCOMPARE(repo.get(4242).error().code, Code::NotFound);
    }

    void staff()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        StaffRepository repo(s.db());
        StaffRecord m;
        m.login = u"maint-gat"_s;
        m.displayName = u"赵磊"_s;
        m.role = u"dept_maintainer"_s;
        const auto noDepartment = repo.create(m);
        QCOMPARE(noDepartment.error().code, Code::Invalid);  // a department maintainer needs one
        m.departmentId = w.department;
        const auto created = repo.create(m);
        QVERIFY_OK(created);
        QCOMPARE(repo.byLogin(u"maint-gat"_s).value().departmentId, std::optional<qint64>(w.department));
        m.role = u"emperor"_s;
        QCOMPARE(repo.create(m).error().code, Code::Invalid);

        StaffRecord changed = created.value();
        changed.active = false;
        QVERIFY_OK(repo.update(changed));
        QCOMPARE(repo.update(changed).error().code, Code::Conflict);
        QCOMPARE(repo.list(u"dept_maintainer"_s).value().size(), 1);
        QCOMPARE(repo.list().value().size(), 2);
    }

    void ticketLifecycle()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        TicketRepository repo(s.db());

        const auto created = repo.create(draft(w.department), w.agent, t0);
        QVERIFY_OK(created);
        const TicketRecord t = created.value();
        QCOMPARE(t.number, TicketRepository::numberFor(t.id));
        QVERIFY(t.number.startsWith(u"GO-"_s));
        QCOMPARE(t.status, u"new"_s);
        QCOMPARE(t.version, 1);
        QCOMPARE(t.slaPolicyVersion, 1);
        QCOMPARE(t.createdAt, t0);
        QCOMPARE(t.deadlineAt, t0.addSecs(6 * 3600));  // grade II: resolved within 6 h, from the policy data
        QCOMPARE(t.createdBy, std::optional<qint64>(w.agent));
        QCOMPARE(t.description, u"业务系统访问缓慢，请尽快处理。"_s);
        QCOMPARE(repo.byNumber(t.number).value().id, t.id);

        // Assign, with its events, in one write.
        TicketRecord assigned = t;
        assigned.status = u"assigned"_s;
        assigned.ownerId = w.agent;
        assigned.respondedAt = t0.addSecs(300);
        TicketEventRecord e1;
        e1.kind = u"assignment"_s;
        e1.actorId = w.agent;
        e1.payload = u"{\"owner\":%1}"_s.arg(w.agent);
        TicketEventRecord e2;
        e2.kind = u"status_change"_s;
        e2.payload = u"{\"from\":\"new\",\"to\":\"assigned\"}"_s;
        const auto updated = repo.update(assigned, {e1, e2}, w.agent, t0.addSecs(300));
        QVERIFY_OK(updated);
        QCOMPARE(updated.value().version, 2);
        QCOMPARE(updated.value().status, u"assigned"_s);
        QCOMPARE(updated.value().respondedAt, t0.addSecs(300));
        QCOMPARE(updated.value().updatedAt, t0.addSecs(300));

        // Someone else saved first: the stale copy is refused and nothing of it is written.
        TicketRecord stale = t;  // still version 1
        stale.title = u"别人的修改"_s;
        TicketEventRecord e3;
        e3.kind = u"comment"_s;
        e3.payload = u"{\"text\":\"lost\"}"_s;
        const auto conflict = repo.update(stale, {e3}, w.agent, t0.addSecs(400));
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().code, Code::Conflict);
        QVERIFY(conflict.error().message.contains(t.number));
        QCOMPARE(repo.get(t.id).value().title, t.title);

        TicketEventRecord comment;
        comment.ticketId = t.id;
        comment.kind = u"comment"_s;
        comment.actorId = w.agent;
        comment.payload = u"{\"text\":\"已电话联系客户\"}"_s;
        QVERIFY_OK(repo.appendEvent(comment, t0.addSecs(600)));
        comment.ticketId = 999999;
        QCOMPARE(repo.appendEvent(comment, t0).error().code, Code::NotFound);

        const auto history = repo.events(t.id);
        QVERIFY_OK(history);
        QStringList kinds;
        for (const auto &e : history.value())
            kinds.append(e.kind);
        QCOMPARE(kinds, (QStringList{u"created"_s, u"assignment"_s, u"status_change"_s, u"comment"_s}));
        QCOMPARE(history.value().last().at, t0.addSecs(600));
        QCOMPARE(history.value().last().departmentId, w.department);

        // Every write left an audit entry.
        const auto audit = AuditRepository(s.db()).page(std::nullopt, 100);
        QVERIFY_OK(audit);
        int ticketEntries = 0;
        for (const auto &a : audit.value())
            ticketEntries += a.entity == u"tickets"_s && a.entityId == t.id;
        QCOMPARE(ticketEntries, 2);  // create and update; the refused update left none
    }

    void historyIsAppendOnly()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        const auto t = TicketRepository(s.db()).create(draft(w.department), w.agent, t0);
        QVERIFY_OK(t);
        QSqlQuery q(s.db());
        QVERIFY(!q.exec(u"UPDATE ticket_events SET payload = '{}'"_s));
        QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"DELETE FROM ticket_events"_s));
        QVERIFY(q.lastError().text().contains(u"append-only"_s));
        if (s.postgres())
            QVERIFY(!q.exec(u"TRUNCATE ticket_events"_s));
    }

    void oversizedAndInvalidFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("title") << u"title"_s << u"at most 200"_s;
        QTest::newRow("description") << u"description"_s << u"at most 20000"_s;
        QTest::newRow("empty title") << u"empty title"_s << u"may not be empty"_s;
        QTest::newRow("grade") << u"grade"_s << u"grade"_s;
        QTest::newRow("status") << u"status"_s << u"'lost'"_s;
        QTest::newRow("channel") << u"channel"_s << u"'telegram'"_s;
    }
    void oversizedAndInvalidFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, says);
        test::Scratch s(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        TicketRecord t = draft(w.department);
        if (field == u"title"_s)
            t.title = QString(201, u'故');
        else if (field == u"description"_s)
            t.description = QString(20001, u'x');
        else if (field == u"empty title"_s)
            t.title = u"   "_s;
        else if (field == u"grade"_s)
            t.grade = 5;
        else if (field == u"status"_s)
            t.status = u"lost"_s;
        else if (field == u"channel"_s)
            t.channel = u"telegram"_s;
        const auto refused = TicketRepository(s.db()).create(t, w.agent, t0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Code::Invalid);
        QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
        QCOMPARE(TicketRepository(s.db()).count({}).value(), 0);

        // The limit itself is fine, and the schema agrees with the repository.
        TicketRecord atLimit = draft(w.department, QString(200, u'故'));
        atLimit.description = QString(20000, u'x');
        QVERIFY_OK(TicketRepository(s.db()).create(atLimit, w.agent, t0));
    }

    void oversizedComment()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        const auto t = TicketRepository(s.db()).create(draft(w.department), w.agent, t0);
        TicketEventRecord e;
        e.ticketId = t.value().id;
        e.kind = u"comment"_s;
        e.payload = QString(limits::eventPayload + 1, u'x');
        const auto refused = TicketRepository(s.db()).appendEvent(e, t0);
        QCOMPARE(refused.error().code, Code::Invalid);
        QVERIFY(refused.error().message.contains(u"at most"_s));
    }

    void keysetPaging_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("deadline") << int(TicketPageRequest::Sort::Deadline) << false;
        QTest::newRow("deadline desc") << int(TicketPageRequest::Sort::Deadline) << true;
        QTest::newRow("created") << int(TicketPageRequest::Sort::Created) << false;
        QTest::newRow("grade") << int(TicketPageRequest::Sort::Grade) << false;
        QTest::newRow("status desc") << int(TicketPageRequest::Sort::Status) << true;
        QTest::newRow("status") << int(TicketPageRequest::Sort::Status) << false;
        QTest::newRow("number desc") << int(TicketPageRequest::Sort::Number) << true;
    }
    void keysetPaging()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        test::Scratch s(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        TicketRepository repo(s.db());
        // 37 tickets with repeated deadlines and grades, so that ties must be broken by id.
        for (int i = 0; i < 37; ++i) {
            TicketRecord t = draft(i % 3 ? w.department : w.otherDepartment, u"工单 %1"_s.arg(i), 1 + i % 4);
            t.status = codes::ticketStatuses().at(i % 6);
            t.deadlineAt = t0.addSecs((i % 5) * 600);
            QVERIFY_OK(repo.create(t, w.agent, t0.addSecs(i * 60)));
        }
        TicketPageRequest request;
        request.sort = TicketPageRequest::Sort(sort);
        request.descending = descending;
        request.limit = 10;
        QList<TicketRecord> all;
        int pages = 0;
        for (;;) {
            const auto page = repo.page(request);
            QVERIFY_OK(page);
            ++pages;
            all += page.value().rows;
            QVERIFY(page.value().rows.size() <= 10);
            for (const auto &row : page.value().rows)
                QVERIFY(row.description.isEmpty());  // queue pages leave the long text out
            if (!page.value().next)
                break;
            request.after = page.value().next;
        }
        QCOMPARE(pages, 4);
        QCOMPARE(all.size(), 37);

        // The same order as sorting everything at once, with no row twice.
        QList<TicketRecord> expected = all;
        const auto key = [&](const TicketRecord &t) {
            switch (TicketPageRequest::Sort(sort)) {
            case TicketPageRequest::Sort::Deadline:
                return std::make_tuple(QString(), 0, t.deadlineAt, t.id);
            case TicketPageRequest::Sort::Created:
                return std::make_tuple(QString(), 0, t.createdAt, t.id);
            case TicketPageRequest::Sort::Grade:
                return std::make_tuple(QString(), t.grade, t.deadlineAt, t.id);
            case TicketPageRequest::Sort::Status:  // lifecycle order, not alphabetical
                return std::make_tuple(QString(), int(codes::ticketStatuses().indexOf(t.status)), t.deadlineAt, t.id);
            case TicketPageRequest::Sort::Number:
                return std::make_tuple(QString(), 0, QDateTime(), t.id);
            }
            return std::make_tuple(QString(), 0, QDateTime(), qint64(0));
        };
        std::sort(expected.begin(), expected.end(), [&](const TicketRecord &a, const TicketRecord &b) {
            return descending ? key(b) < key(a) : key(a) < key(b);
        });
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).id, expected.at(i).id);
    }

    void filters()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        TicketRepository repo(s.db());
        for (int i = 0; i < 12; ++i) {
            TicketRecord t = draft(i % 2 ? w.department : w.otherDepartment, u"工单 %1"_s.arg(i), 1 + i % 4);
            t.status = codes::ticketStatuses().at(i % 6);
            if (i % 3 == 0)
                t.ownerId = w.agent;
            QVERIFY_OK(repo.create(t, w.agent, t0.addSecs(i)));
        }
        TicketFilter f;
        f.openOnly = true;
        QCOMPARE(repo.count(f).value(), 8);
        f = {};
        f.departmentId = w.department;
        QCOMPARE(repo.count(f).value(), 6);
        f = {};
        f.statuses = {u"new"_s, u"closed"_s};
        QCOMPARE(repo.count(f).value(), 4);
        f = {};
        f.ownerId = w.agent;
        f.grade = 1;
        QCOMPARE(repo.count(f).value(), 1);  // owned: tickets 0, 3, 6, 9; of them only 0 is grade I
        TicketPageRequest r;
        r.filter.departmentId = w.otherDepartment;
        r.filter.openOnly = true;
        const auto page = repo.page(r);
        QVERIFY_OK(page);
        for (const auto &t : page.value().rows) {
            QCOMPARE(t.departmentId, w.otherDepartment);
            QVERIFY(t.status != u"resolved"_s && t.status != u"closed"_s);
        }
        QCOMPARE(page.value().rows.size(), 4);
    }

    // Each filter of the queue, paged three rows at a time, against the same predicate applied in C++.
    void queueFilters()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        TicketRepository repo(s.db());
        const QStringList titles{u"云主机无法远程登录"_s, u"数据库响应缓慢"_s, u"申请开通防火墙策略"_s, u"可用率100%_核对"_s};
        const QStringList reporters{u"Liu Yang"_s, u"刘洋"_s, u"Zhao Min"_s};
        QList<TicketRecord> all;
        for (int i = 0; i < 24; ++i) {
            TicketRecord t = draft(i % 3 ? w.department : w.otherDepartment, titles.at(i % 4), 1 + i % 4);
            t.reporter = reporters.at(i % 3);
            t.status = codes::ticketStatuses().at(i % 6);
            t.deadlineAt = t0.addSecs((i % 7) * 600);
            if (i % 2)
                t.ownerId = w.agent;
            const auto created = repo.create(t, w.agent, t0.addSecs(i));
            QVERIFY_OK(created);
            all.append(created.value());
        }
        const auto ids = [&](const TicketFilter &f) {
            QList<qint64> got;
            TicketPageRequest r;
            r.filter = f;
            r.limit = 3;
            for (;;) {
                const auto page = repo.page(r);
                if (!page)
                    return QList<qint64>{-1};
                for (const TicketRecord &t : page.value().rows)
                    got.append(t.id);
                if (!page.value().next)
                    break;
                r.after = page.value().next;
            }
            std::sort(got.begin(), got.end());
            return got;
        };
        const auto expected = [&](const std::function<bool(const TicketRecord &)> &keep) {
            QList<qint64> want;
            for (const TicketRecord &t : std::as_const(all)) {
                if (keep(t))
                    want.append(t.id);
            }
            return want;
        };
        const auto open = [](const TicketRecord &t) { return t.status != u"resolved"_s && t.status != u"closed"_s; };

        TicketFilter f;
        f.text = u"远程"_s;  // title substring
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return t.title.contains(u"远程"_s); }));
        f.text = u"LIU"_s;  // reporter, case-insensitive
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return t.reporter == u"Liu Yang"_s; }));
        f.text = u"go-0000001"_s;  // number prefix: GO-00000010 … GO-00000019
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return t.number.startsWith(u"GO-0000001"_s); }));
        f.text = u"0%_"_s;  // wildcards are literal
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return t.title.contains(u"0%_"_s); }));
        QVERIFY(!ids(f).isEmpty());
        f = {};
        f.ownerId = w.agent;  // mine
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return t.ownerId == w.agent; }));
        f = {};
        f.unassignedOnly = true;
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return !t.ownerId; }));
        f = {};
        f.deadlineBefore = t0.addSecs(3 * 600);  // breaching soon: open and due before
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return open(t) && t.deadlineAt < t0.addSecs(3 * 600); }));
        f = {};
        f.grades = {1, 3};
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return t.grade == 1 || t.grade == 3; }));
        f = {};
        f.departmentIds = {w.otherDepartment};
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) { return t.departmentId == w.otherDepartment; }));
        f.grades = {2};
        f.unassignedOnly = true;
        f.text = u"数据库"_s;  // AND-ed
        QCOMPARE(ids(f), expected([&](const TicketRecord &t) {
                     return t.departmentId == w.otherDepartment && t.grade == 2 && !t.ownerId
                            && t.title.contains(u"数据库"_s);
                 }));
        QCOMPARE(repo.count(f).value(), qint64(ids(f).size()));

        // Pages carry the joined names.
        TicketPageRequest r;
        r.filter.ownerId = w.agent;
        const auto page = repo.page(r);
        QVERIFY_OK(page);
        QVERIFY(!page.value().rows.isEmpty());
        for (const TicketRecord &t : page.value().rows) {
            QCOMPARE(t.ownerName, u"王芳"_s);
            QCOMPARE(t.departmentName, t.departmentId == w.department ? u"省公安厅"_s : u"省教育厅"_s);
        }
    }

    void filterJsonRoundTrip()
    {
        TicketFilter f;
        f.statuses = {u"new"_s};
        f.openOnly = true;
        f.departmentId = 7;
        f.ownerId = 9;
        f.grade = 2;
        f.grades = {1, 2};
        f.departmentIds = {3, 4};
        f.unassignedOnly = true;
        f.text = u"远程"_s;
        f.deadlineBefore = t0;
        const TicketFilter back = ticketFilterFromJson(toJson(f));
        QCOMPARE(back.statuses, f.statuses);
        QCOMPARE(back.openOnly, true);
        QCOMPARE(back.departmentId, f.departmentId);
        QCOMPARE(back.ownerId, f.ownerId);
        QCOMPARE(back.grade, f.grade);
        QCOMPARE(back.grades, f.grades);
        QCOMPARE(back.departmentIds, f.departmentIds);
        QCOMPARE(back.unassignedOnly, true);
        QCOMPARE(back.text, f.text);
        QCOMPARE(back.deadlineBefore, f.deadlineBefore);
        QVERIFY(toJson(TicketFilter{}).isEmpty());
    }

    void slaPolicy()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const World w = makeWorld(s.db());
        SlaPolicyRepository repo(s.db());
        const auto active = repo.active();
        QVERIFY_OK(active);
        QCOMPARE(active.value().version, 1);
        QCOMPARE(active.value().state, u"active"_s);
        QCOMPARE(active.value().opening, QTime(8, 30));
        QCOMPARE(active.value().closeOfBusiness, QTime(17, 30));
        QCOMPARE(active.value().timeZone, u"Asia/Shanghai"_s);
        int resolutionRules = 0;
        bool customerUpdate = false;
        for (const auto &r : active.value().rules) {
            resolutionRules += r.clock == u"resolution"_s;
            if (r.clock == u"customer_update"_s)
                customerUpdate = r.amount == 30 * 60 && r.warningAfterSeconds == 20 * 60
                             && r.ticketKinds == QStringList{u"fault"_s};
        }
        QCOMPARE(resolutionRules, 4);
        QVERIFY(customerUpdate);
        QVERIFY(!active.value().escalations.isEmpty());

        // A ticket keeps the version it was opened under.
        const auto before = TicketRepository(s.db()).create(draft(w.department), w.agent, t0);
        SlaPolicyRecord next = active.value();
        next.name = u"2026 版"_s;
        for (auto &r : next.rules) {
            if (r.clock == u"resolution"_s && r.grade == u"I"_s)
                r.amount = 120 * 60;
        }
        const auto published = repo.publish(next, 1, w.agent, t0);
        QVERIFY_OK(published);
        QCOMPARE(published.value().version, 2);
        QCOMPARE(repo.active().value().version, 2);
        QCOMPARE(repo.version(1).value().state, u"superseded"_s);
        QCOMPARE(repo.versions().value(), (QList<int>{1, 2}));
        QCOMPARE(TicketRepository(s.db()).get(before.value().id).value().slaPolicyVersion, 1);
        const auto after = TicketRepository(s.db()).create(draft(w.department, u"新工单"_s, 1), w.agent, t0);
        QCOMPARE(after.value().slaPolicyVersion, 2);
        QCOMPARE(after.value().deadlineAt, t0.addSecs(120 * 60));

        // Another manager editing version 1 meanwhile loses.
        const auto stale = repo.publish(next, 1, w.agent, t0);
        QCOMPARE(stale.error().code, Code::Conflict);
        SlaPolicyRecord bad = next;
        bad.rules.first().amount = 0;
        QCOMPARE(repo.publish(bad, 2, w.agent, t0).error().code, Code::Invalid);
        QCOMPARE(repo.active().value().version, 2);
    }

    void calendar()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        CalendarRepository repo(s.db());
        const auto first = repo.importDefaultIfEmpty();
        QVERIFY_OK(first);
        QCOMPARE(first.value().years, (QList<int>{2025, 2026}));
        QCOMPARE(repo.importDefaultIfEmpty().value().days, 0);  // not twice

        const auto days2025 = repo.days(2025);
        QVERIFY_OK(days2025);
        QVERIFY(days2025.value().size() > 30);
        const auto spring = repo.days(QDate(2025, 1, 26), QDate(2025, 2, 8));
        QCOMPARE(spring.value().first().date, QDate(2025, 1, 26));
        QCOMPARE(spring.value().first().kind, u"workday"_s);
        QCOMPARE(spring.value().last().date, QDate(2025, 2, 8));

        // A new notice replaces that year only.
        const auto replaced = repo.importCsv(u"date,kind,name\n2025-01-01,holiday,元旦\n2027-01-01,holiday,元旦\n"_s);
        QVERIFY_OK(replaced);
        QCOMPARE(replaced.value().years, (QList<int>{2025, 2027}));
        QCOMPARE(repo.days(2025).value().size(), 1);
        QVERIFY(repo.days(2026).value().size() > 30);
        QCOMPARE(repo.years().value(), (QList<int>{2025, 2026, 2027}));

        // A bad file changes nothing.
        QCOMPARE(repo.importCsv(u"2028-01-01,holiday,x\n2028-01-05,workday,y\n"_s).error().code, Code::Invalid);
        QCOMPARE(repo.years().value(), (QList<int>{2025, 2026, 2027}));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
