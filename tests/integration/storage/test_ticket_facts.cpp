// storage::TicketFactsQuery on both backends: the facts of a ticket come from its columns and its history
// (waiting and resolved periods, customer updates), the same for one ticket and for every unclosed one.

#include "TicketWorld.h"
#include "core/TicketClocks.h"
#include "storage/TicketFacts.h"
#include "storage/TicketRepository.h"

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;
using govops::test::minutes;
using Code = core::Error::Code;

namespace {

// QCOMPARE-able form of a list of intervals.
QStringList spans(const QList<core::Interval> &intervals)
{
    QStringList out;
    for (const core::Interval &i : intervals)
        out.append(i.from.toString(Qt::ISODate) + u'/' + (i.isOpen() ? u"open"_s : i.to.toString(Qt::ISODate)));
    return out;
}

QString span(int fromMinute, std::optional<int> toMinute)
{
    return minutes(fromMinute).toString(Qt::ISODate) + u'/' +
           (toMinute ? minutes(*toMinute).toString(Qt::ISODate) : u"open"_s);
}

} // namespace

class TestTicketFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addBackends(); }

    void factsFromHistory()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow tech(s.db(), w.book, w.technician);
        auto t = tech.create(test::TicketWorld::fault(w.department, 3), minutes(0));
        QVERIFY_OK(t);
        const qint64 id = t.value().id;
        QVERIFY_OK(t = tech.claim(id, minutes(5)));
        QVERIFY_OK(t = tech.submitPlan(id, t.value().version, u"排查网络"_s, minutes(10)));
        QVERIFY_OK(t = tech.customerUpdate(id, u"phone"_s, u"进展一"_s, minutes(15)));
        QVERIFY_OK(t = tech.changeStatus(id, t.value().version, u"waiting_customer"_s, {}, minutes(20)));
        QVERIFY_OK(t = tech.changeStatus(id, t.value().version, u"in_progress"_s, {}, minutes(50)));
        QVERIFY_OK(t = tech.customerUpdate(id, u"mailbox"_s, u"进展二"_s, minutes(55)));
        QVERIFY_OK(t = tech.resolve(id, t.value().version, u"platform"_s, {}, minutes(60)));
        QVERIFY_OK(t = tech.changeStatus(id, t.value().version, u"in_progress"_s, u"客户反馈复发"_s, minutes(90)));
        QVERIFY_OK(t = tech.changeStatus(id, t.value().version, u"waiting_customer"_s, {}, minutes(100)));

        const auto one = TicketFactsQuery(s.db()).one(id);
        QVERIFY_OK(one);
        const core::TicketFacts &f = one.value().facts;
        QCOMPARE(f.id, id);
        QCOMPARE(f.status, core::TicketStatus::WaitingCustomer);
        QCOMPARE(f.grade, core::Grade::III);
        QCOMPARE(f.createdAt, minutes(0));
        QCOMPARE(f.respondedAt, minutes(5));
        QCOMPARE(f.planSubmittedAt, minutes(10));
        QCOMPARE(f.lastCustomerUpdateAt, minutes(55));
        QCOMPARE(f.customerUpdateCount, 2);
        QCOMPARE(spans(f.waiting), (QStringList{span(20, 50), span(100, std::nullopt)}));
        QCOMPARE(spans(f.resolvedPeriods), (QStringList{span(60, 90)}));
        QVERIFY(!f.resolvedAt().isValid()); // reopened

        // The facts fold the same way for every unclosed ticket.
        const auto all = TicketFactsQuery(s.db()).unclosed();
        QVERIFY_OK(all);
        QCOMPARE(all.value().size(), 1);
        const core::TicketFacts &g = all.value().first().facts;
        QCOMPARE(spans(g.waiting), spans(f.waiting));
        QCOMPARE(spans(g.resolvedPeriods), spans(f.resolvedPeriods));
        QCOMPARE(g.customerUpdateCount, 2);
        QCOMPARE(g.lastEventAt, f.lastEventAt);
        QCOMPARE(all.value().first().ticket.ownerName, u"张伟"_s);
    }

    void unclosedLeavesClosedOutAndFiltersByDepartment()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow tech(s.db(), w.book, w.technician);
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            const auto t = tech.create(
                test::TicketWorld::fault(i < 4 ? w.department : w.otherDepartment, 4, u"工单 %1"_s.arg(i)), minutes(i));
            QVERIFY_OK(t);
            ids.append(t.value().id);
        }
        // Ticket 0 is closed, ticket 1 resolved (still unclosed, its resolved period open).
        for (int i : {0, 1}) {
            auto t = tech.claim(ids.at(i), minutes(10));
            QVERIFY_OK(t);
            QVERIFY_OK(t = tech.resolve(ids.at(i), t.value().version, u"customer_system"_s, {}, minutes(20)));
            if (i == 0)
                QVERIFY_OK(tech.close(ids.at(i), t.value().version, minutes(30)));
        }
        for (int u = 0; u < 3; ++u)
            QVERIFY_OK(tech.customerUpdate(ids.at(2), u"portal"_s, u"进展"_s, minutes(40 + u)));

        const auto all = TicketFactsQuery(s.db()).unclosed();
        QVERIFY_OK(all);
        QList<qint64> got;
        for (const TicketWithFacts &row : all.value()) {
            got.append(row.ticket.id);
            QVERIFY(row.ticket.description.isEmpty());
            QCOMPARE(row.facts.id, row.ticket.id);
        }
        QCOMPARE(got, ids.mid(1));
        QCOMPARE(spans(all.value().at(0).facts.resolvedPeriods), QStringList{span(20, std::nullopt)});
        QCOMPARE(all.value().at(1).facts.customerUpdateCount, 3);
        QCOMPARE(all.value().at(2).facts.customerUpdateCount, 0);

        const auto other = TicketFactsQuery(s.db()).unclosed(w.otherDepartment);
        QVERIFY_OK(other);
        QCOMPARE(other.value().size(), 2);
        QCOMPARE(TicketFactsQuery(s.db()).one(-1).error().code, Code::NotFound);
    }

    // Rows without their status history (bulk demo tickets) still say when the work was done.
    void resolvedWithoutHistory()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketRecord t;
        t.title = u"批量工单"_s;
        t.departmentId = w.department;
        t.status = u"resolved"_s;
        t.resolvedAt = minutes(30);
        const auto created = TicketRepository(s.db()).create(t, w.agent, minutes(0));
        QVERIFY_OK(created);
        const auto one = TicketFactsQuery(s.db()).one(created.value().id);
        QVERIFY_OK(one);
        QCOMPARE(one.value().facts.status, core::TicketStatus::Resolved);
        QCOMPARE(one.value().facts.resolvedAt(), minutes(30));
    }

    // A grade change recomputes the clocks from the same elapsed time: nothing restarts.
    void gradeChangeKeepsElapsed()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        TicketWorkflow tech(s.db(), w.book, w.technician);
        auto t = tech.create(test::TicketWorld::fault(w.department, 4), minutes(0));
        QVERIFY_OK(t);
        const qint64 id = t.value().id;
        QVERIFY_OK(t = tech.claim(id, minutes(1)));
        QVERIFY_OK(t = tech.submitPlan(id, t.value().version, u"方案"_s, minutes(5)));
        QVERIFY_OK(t = tech.changeGrade(id, t.value().version, 1, u"全部业务中断"_s, minutes(120)));

        const auto row = TicketFactsQuery(s.db()).one(id);
        QVERIFY_OK(row);
        QCOMPARE(row.value().facts.grade, core::Grade::I);
        const core::TicketClocks clocks = core::computeTicketClocks(row.value().facts, w.book, minutes(120));
        const core::ClockState *resolution = clocks.find(core::ClockKind::Resolution);
        QVERIFY(resolution);
        QCOMPARE(resolution->elapsed, qint64(120 * 60));
        QCOMPARE(resolution->deadline, minutes(180)); // grade I: 3 h from creation, not from the change
        QCOMPARE(t.value().deadlineAt, clocks.next()->deadline);
    }
};

QTEST_GUILESS_MAIN(TestTicketFacts)
#include "test_ticket_facts.moc"
