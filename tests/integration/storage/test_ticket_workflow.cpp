// storage::TicketWorkflow on both backends: every action writes its events and audit row and recomputes
// deadline_at from the ticket's facts; what is illegal, stale or oversized is refused with nothing written;
// and two consoles claiming the same ticket at the same moment get exactly one owner.

#include "TicketWorld.h"
#include "core/PostIncident.h"
#include "core/TicketClocks.h"
#include "storage/Database.h"
#include "storage/TicketFacts.h"
#include "storage/TicketRepository.h"

#include <QFuture>
#include <QSqlQuery>

#include <latch>
#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;
using govops::test::minutes;
using Code = core::Error::Code;

namespace {

QStringList eventKinds(QSqlDatabase &db, qint64 ticketId)
{
    QStringList kinds;
    const auto events = TicketRepository(db).events(ticketId);
    for (const TicketEventRecord &e : events.value())
        kinds.append(e.kind);
    return kinds;
}

QStringList auditActions(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT action FROM audit_log WHERE entity = 'tickets' AND entity_id = ? ORDER BY id"_s);
    q.addBindValue(ticketId);
    QStringList actions;
    if (q.exec()) {
        while (q.next())
            actions.append(q.value(0).toString());
    }
    return actions;
}

// What deadline_at must be after an action at `at`: the next deadline of the ticket's clocks, as core
// computes them from the facts the database now holds.
QDateTime expectedDeadline(QSqlDatabase &db, const core::PolicyBook &book, qint64 ticketId, const QDateTime &at)
{
    const auto row = TicketFactsQuery(db).one(ticketId);
    if (!row)
        return {};
    const core::TicketClocks clocks = core::computeTicketClocks(row.value().facts, book, at);
    if (const core::ClockState *next = clocks.next())
        return next->deadline;
    return row.value().ticket.closedAt.isValid() ? row.value().ticket.closedAt : row.value().ticket.resolvedAt;
}

PostIncidentRecord completeAnalysis(qint64 ticketId)
{
    PostIncidentRecord a;
    a.ticketId = ticketId;
    a.occurredAt = minutes(-5);
    a.recoveredAt = minutes(50);
    a.cause = u"存储链路抖动导致云主机失联"_s;
    a.result = u"切换备用链路后业务恢复，无数据丢失"_s;
    a.preventiveMeasures = u"双链路巡检纳入日常巡检"_s;
    return a;
}

} // namespace

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addBackends(); }

    void everyActionWritesItsHistory()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow agent(s.db(), w.book, w.agent);
        TicketWorkflow tech(s.db(), w.book, w.technician);

        auto t = agent.create(test::TicketWorld::fault(w.department, 3), minutes(0));
        QVERIFY_OK(t);
        const qint64 id = t.value().id;
        QCOMPARE(t.value().status, u"new"_s);
        QCOMPARE(t.value().deadlineAt, minutes(10)); // the response is due first
        QCOMPARE(t.value().departmentName, u"省公安厅"_s);
        QCOMPARE(t.value().updatedBy, std::optional<qint64>(w.agent));

        // Each step: the action, then the deadline core computes from the stored facts at that moment.
        const auto step = [&](const core::Result<TicketRecord> &r, const QDateTime &at) {
            if (!r.ok())
                return false;
            t = r;
            return r.value().deadlineAt == expectedDeadline(s.db(), w.book, id, at);
        };
        QVERIFY(step(tech.claim(id, minutes(2)), minutes(2)));
        QCOMPARE(t.value().status, u"assigned"_s);
        QCOMPARE(t.value().ownerId, std::optional<qint64>(w.technician));
        QCOMPARE(t.value().ownerName, u"张伟"_s);
        QCOMPARE(t.value().respondedAt, minutes(2));
        QVERIFY(t.value().deadlineAt > minutes(10)); // the response clock is met

        QVERIFY(
            step(tech.submitPlan(id, t.value().version, u"重启远程桌面服务，检查安全组"_s, minutes(5)), minutes(5)));
        QCOMPARE(t.value().status, u"in_progress"_s);
        QCOMPARE(t.value().planSubmittedAt, minutes(5));

        const QDateTime beforeUpdate = t.value().deadlineAt;
        QVERIFY(step(tech.customerUpdate(id, u"phone"_s, u"已电话告知处理进展"_s, minutes(20)), minutes(20)));
        QCOMPARE(t.value().lastCustomerUpdateAt, minutes(20));
        QVERIFY(t.value().deadlineAt != beforeUpdate); // the update clock restarted

        const int versionBeforeComment = t.value().version;
        auto commented = tech.comment(id, u"安全组规则已核对"_s, minutes(21));
        QVERIFY_OK(commented);
        QCOMPARE(commented.value().version, versionBeforeComment); // a note changes no clock and not the row

        QVERIFY(step(tech.changeGrade(id, t.value().version, 2, u"影响扩大到全部窗口"_s, minutes(25)), minutes(25)));
        QCOMPARE(t.value().grade, 2);
        QVERIFY(step(tech.handOver(id, t.value().version, w.supervisor, u"交班：等待厂商回电"_s, minutes(30)),
                     minutes(30)));
        QCOMPARE(t.value().ownerName, u"李强"_s);
        QVERIFY(step(agent.assign(id, t.value().version, w.technician, minutes(31)), minutes(31)));
        QCOMPARE(t.value().ownerId, std::optional<qint64>(w.technician));
        QVERIFY(step(tech.changeStatus(id, t.value().version, u"waiting_customer"_s, u"等待测试账号"_s, minutes(40)),
                     minutes(40)));
        QVERIFY(step(tech.changeStatus(id, t.value().version, u"in_progress"_s, {}, minutes(50)), minutes(50)));
        QVERIFY(step(tech.resolve(id, t.value().version, u"platform"_s, u"已恢复"_s, minutes(60)), minutes(60)));
        QCOMPARE(t.value().status, u"resolved"_s);
        QCOMPARE(t.value().resolvedAt, minutes(60));
        QCOMPARE(t.value().responsibility, u"platform"_s);
        QCOMPARE(t.value().deadlineAt, minutes(60)); // no clock runs: the moment the work was done

        QVERIFY_OK(tech.saveAnalysis(completeAnalysis(id), minutes(65)));
        QVERIFY(step(tech.close(id, t.value().version, minutes(70)), minutes(70)));
        QCOMPARE(t.value().status, u"closed"_s);
        QCOMPARE(t.value().closedAt, minutes(70));
        QCOMPARE(t.value().deadlineAt, minutes(70));

        QCOMPARE(eventKinds(s.db(), id),
                 (QStringList{u"created"_s, u"assignment"_s, u"status_change"_s, u"plan"_s, u"status_change"_s,
                              u"customer_update"_s, u"comment"_s, u"grade_change"_s, u"handover"_s, u"assignment"_s,
                              u"status_change"_s, u"status_change"_s, u"status_change"_s, u"analysis"_s,
                              u"status_change"_s}));
        QCOMPARE(auditActions(s.db(), id),
                 (QStringList{u"create"_s, u"claim"_s, u"plan"_s, u"customer_update"_s, u"comment"_s, u"grade"_s,
                              u"hand_over"_s, u"assign"_s, u"status"_s, u"status"_s, u"resolve"_s, u"close"_s}));
        // Every event carries its actor and time.
        const auto events = TicketRepository(s.db()).events(id);
        QVERIFY_OK(events);
        for (const TicketEventRecord &e : events.value()) {
            QVERIFY(e.actorId.has_value());
            QVERIFY(e.at >= minutes(0) && e.at <= minutes(70));
        }
    }

    void illegalStatusChangeRefused()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow agent(s.db(), w.book, w.agent);
        const auto t = agent.create(test::TicketWorld::fault(w.department, 3), minutes(0));
        QVERIFY_OK(t);
        for (const QString &status : {u"waiting_customer"_s, u"closed"_s, u"new"_s, u"no_such_status"_s}) {
            const auto refused = agent.changeStatus(t.value().id, 1, status, {}, minutes(1));
            QVERIFY2(!refused.ok(), qPrintable(status));
            QCOMPARE(refused.error().code, Code::Invalid);
        }
        QCOMPARE(TicketRepository(s.db()).get(t.value().id).value().version, 1);
        QCOMPARE(eventKinds(s.db(), t.value().id), QStringList{u"created"_s});
        // A fault is resolved only with its responsibility.
        QCOMPARE(agent.changeStatus(t.value().id, 1, u"resolved"_s, {}, minutes(1)).error().code, Code::Invalid);
    }

    void gradeOneClosesOnlyWithAnalysis()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow tech(s.db(), w.book, w.technician);
        auto t = tech.create(test::TicketWorld::fault(w.department, 1, u"政务外网全部中断"_s), minutes(0));
        QVERIFY_OK(t);
        const qint64 id = t.value().id;
        t = tech.claim(id, minutes(1));
        QVERIFY_OK(t);
        t = tech.resolve(id, t.value().version, u"carrier"_s, {}, minutes(40));
        QVERIFY_OK(t);

        const auto refused = tech.close(id, t.value().version, minutes(45));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Code::Invalid);
        const auto facts = TicketFactsQuery(s.db()).one(id).value().facts;
        const auto expected = core::checkClose(facts, {}, w.book.find(facts.policyVersion)->policy);
        QVERIFY(!expected.ok());
        QCOMPARE(refused.error().message, expected.error().message);
        QCOMPARE(TicketRepository(s.db()).get(id).value().status, u"resolved"_s);

        QVERIFY_OK(tech.analysis(id));
        QVERIFY(!tech.analysis(id).value().has_value());
        const auto saved = tech.saveAnalysis(completeAnalysis(id), minutes(44));
        QVERIFY_OK(saved);
        QCOMPARE(saved.value().version, 1);
        QCOMPARE(tech.analysis(id).value()->cause, completeAnalysis(id).cause);
        // A second "new" analysis for the same ticket is someone else's meanwhile.
        QCOMPARE(tech.saveAnalysis(completeAnalysis(id), minutes(44)).error().code, Code::Conflict);

        const auto closed = tech.close(id, t.value().version, minutes(45));
        QVERIFY_OK(closed);
        QCOMPARE(closed.value().status, u"closed"_s);
        // Closed is final; the history can still take a note.
        QCOMPARE(tech.changeStatus(id, closed.value().version, u"in_progress"_s, {}, minutes(46)).error().code,
                 Code::Invalid);
        QVERIFY_OK(tech.comment(id, u"回访已完成"_s, minutes(47)));
    }

    void analysisVersionConflict()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow tech(s.db(), w.book, w.technician);
        TicketWorkflow agent(s.db(), w.book, w.agent);
        const auto t = tech.create(test::TicketWorld::fault(w.department, 2), minutes(0));
        QVERIFY_OK(t);
        auto first = tech.saveAnalysis(completeAnalysis(t.value().id), minutes(10));
        QVERIFY_OK(first);
        PostIncidentRecord edit = first.value();
        edit.cause = u"链路供应商设备故障"_s;
        QVERIFY_OK(tech.saveAnalysis(edit, minutes(11)));
        edit.result = u"已更换光模块"_s; // still version 1: stale
        const auto stale = agent.saveAnalysis(edit, minutes(12));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Code::Conflict);
        QVERIFY2(stale.error().message.contains(u"张伟"_s), qPrintable(stale.error().message));
        QCOMPARE(tech.analysis(t.value().id).value()->cause, u"链路供应商设备故障"_s);

        PostIncidentRecord blank = completeAnalysis(t.value().id);
        blank.preventiveMeasures = u"  "_s;
        QCOMPARE(tech.saveAnalysis(blank, minutes(13)).error().code, Code::Invalid);
    }

    void staleVersionNamesWhoSaved()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow agent(s.db(), w.book, w.agent);
        TicketWorkflow tech(s.db(), w.book, w.technician);
        const auto t = agent.create(test::TicketWorld::fault(w.department, 3), minutes(0));
        QVERIFY_OK(t);
        const qint64 id = t.value().id;
        QVERIFY_OK(tech.claim(id, minutes(2)));
        const int events = int(eventKinds(s.db(), id).size());

        const auto stale = agent.submitPlan(id, t.value().version, u"方案"_s, minutes(3));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Code::Conflict);
        QVERIFY2(stale.error().message.contains(u"张伟"_s), qPrintable(stale.error().message));
        QCOMPARE(eventKinds(s.db(), id).size(), events);
        QCOMPARE(TicketRepository(s.db()).get(id).value().planSubmittedAt, QDateTime());
    }

    void oversizedTextRefusedBeforeWriting()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow agent(s.db(), w.book, w.agent);
        const qint64 auditBefore = test::countOf(s.db(), u"SELECT count(*) FROM audit_log"_s);

        auto big = test::TicketWorld::fault(w.department, 3, QString(limits::ticketTitle + 1, u'长'));
        const auto refused = agent.create(big, minutes(0));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Code::Invalid);
        QCOMPARE(test::countOf(s.db(), u"SELECT count(*) FROM tickets"_s), 0);
        QCOMPARE(test::countOf(s.db(), u"SELECT count(*) FROM ticket_events"_s), 0);
        QCOMPARE(test::countOf(s.db(), u"SELECT count(*) FROM audit_log"_s), auditBefore);

        const auto t = agent.create(test::TicketWorld::fault(w.department, 3), minutes(0));
        QVERIFY_OK(t);
        const QString longText(limits::eventText + 1, u'字');
        QCOMPARE(agent.comment(t.value().id, longText, minutes(1)).error().code, Code::Invalid);
        QCOMPARE(agent.customerUpdate(t.value().id, u"phone"_s, longText, minutes(1)).error().code, Code::Invalid);
        QCOMPARE(agent.submitPlan(t.value().id, 1, longText, minutes(1)).error().code, Code::Invalid);
        QCOMPARE(agent.changeGrade(t.value().id, 1, 1, longText, minutes(1)).error().code, Code::Invalid);
        QCOMPARE(eventKinds(s.db(), t.value().id), QStringList{u"created"_s});
        QCOMPARE(TicketRepository(s.db()).get(t.value().id).value().version, 1);
    }

    void claimConflictNamesTheOwner()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow agent(s.db(), w.book, w.agent);
        TicketWorkflow tech(s.db(), w.book, w.technician);
        const auto t = agent.create(test::TicketWorld::fault(w.department, 3), minutes(0));
        QVERIFY_OK(t);
        const auto won = tech.claim(t.value().id, minutes(1));
        QVERIFY_OK(won);
        const auto lost = agent.claim(t.value().id, minutes(1));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, Code::Conflict);
        QVERIFY2(lost.error().message.contains(u"张伟"_s), qPrintable(lost.error().message));
        const auto again = tech.claim(t.value().id, minutes(2)); // already mine: nothing changes
        QVERIFY_OK(again);
        QCOMPARE(again.value().version, won.value().version);
        QCOMPARE(eventKinds(s.db(), t.value().id).count(u"assignment"_s), 1);
    }

    // Two consoles (two Database objects: two connections, two worker threads) claim the same ticket at
    // the same moment, 50 times: exactly one wins each time, and the other is told who.
    void concurrentClaim()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow agent(s.db(), w.book, w.agent);
        QList<qint64> ids;
        for (int i = 0; i < 50; ++i) {
            const auto t =
                agent.create(test::TicketWorld::fault(w.department, 1 + i % 4, u"并发认领 %1"_s.arg(i)), minutes(0));
            QVERIFY_OK(t);
            ids.append(t.value().id);
        }
        const auto book = std::make_shared<const core::PolicyBook>(w.book);
        Database first(s.url());
        Database second(s.url());
        first.open(Database::SchemaPolicy::RequireCurrent);
        second.open(Database::SchemaPolicy::RequireCurrent);
        QTRY_COMPARE(first.state(), Database::State::Ready);
        QTRY_COMPARE(second.state(), Database::State::Ready);

        const QHash<qint64, QString> names{{w.agent, u"王芳"_s}, {w.technician, u"张伟"_s}};
        for (const qint64 id : std::as_const(ids)) {
            // Both jobs wait for each other, then claim: the UPDATEs meet in the database.
            auto start = std::make_shared<std::latch>(2);
            const auto claimAs = [&](Database &db, qint64 actor) {
                return db.run<core::Result<TicketRecord>>([start, book, actor, id](QSqlDatabase &c) {
                    start->arrive_and_wait();
                    return TicketWorkflow(c, *book, actor).claim(id, minutes(1));
                });
            };
            QFuture<core::Result<TicketRecord>> a = claimAs(first, w.agent);
            QFuture<core::Result<TicketRecord>> b = claimAs(second, w.technician);
            const core::Result<TicketRecord> ra = a.result();
            const core::Result<TicketRecord> rb = b.result();
            QVERIFY2(ra.ok() != rb.ok(),
                     qPrintable(u"ticket %1: %2 / %3"_s.arg(id).arg(ra.ok() ? u"won"_s : ra.error().message,
                                                                    rb.ok() ? u"won"_s : rb.error().message)));
            const core::Result<TicketRecord> &winner = ra.ok() ? ra : rb;
            const core::Result<TicketRecord> &loser = ra.ok() ? rb : ra;
            QCOMPARE(loser.error().code, Code::Conflict);
            const QString winnerName = names.value(*winner.value().ownerId);
            QVERIFY2(loser.error().message.contains(winnerName), qPrintable(loser.error().message));
            const TicketRecord stored = TicketRepository(s.db()).get(id).value();
            QCOMPARE(stored.ownerId, winner.value().ownerId);
            QCOMPARE(stored.version, 2);
            QCOMPARE(eventKinds(s.db(), id).count(u"assignment"_s), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketWorkflow)
#include "test_ticket_workflow.moc"
