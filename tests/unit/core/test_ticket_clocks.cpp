#include "SlaFixtures.h"
#include "core/Ticket.h"
#include "core/TicketClocks.h"

#include <QTest>

using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

namespace {

TicketFacts fault(Grade g, const QDateTime &at, qint64 id = 1)
{
    return TicketFacts::opened(id, TicketKind::Fault, g, 1, at);
}

void apply(TicketFacts &t, const TicketEvent &e)
{
    const Status st = t.apply(e);
    if (!st)
        qFatal("apply failed: %s", qPrintable(st.error().message));
}

} // namespace

class TestTicketClocks : public QObject
{
    Q_OBJECT

    PolicyEntry m_entry;

    TicketClocks clocks(const TicketFacts &t, const QDateTime &now) const
    {
        return computeTicketClocks(t, m_entry, now);
    }

private slots:
    void initTestCase() { m_entry = defaultEntry(); }

    // ---- folding the history -------------------------------------------------------------

    void foldsTheHistory()
    {
        TicketFacts t = fault(Grade::III, cst(2025, 3, 3, 10));
        apply(t, TicketEvent::comment(cst(2025, 3, 3, 10, 1)));
        QVERIFY(!t.respondedAt.isValid());
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 4), TicketStatus::Assigned));
        QCOMPARE(t.respondedAt, cst(2025, 3, 3, 10, 4)); // the claim is the first response
        apply(t, TicketEvent::responded(cst(2025, 3, 3, 10, 6)));
        QCOMPARE(t.respondedAt, cst(2025, 3, 3, 10, 4)); // only the first counts
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 7), TicketStatus::InProgress));
        apply(t, TicketEvent::planSubmitted(cst(2025, 3, 3, 10, 20)));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 11), TicketStatus::WaitingCustomer));
        QCOMPARE(t.waiting.size(), 1);
        QVERIFY(t.waiting.last().isOpen());
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 12), TicketStatus::InProgress));
        QCOMPARE(t.waiting.last().to, cst(2025, 3, 3, 12));
        apply(t, TicketEvent::customerUpdate(cst(2025, 3, 3, 12, 5), Channel::Mailbox));
        apply(t, TicketEvent::gradeChanged(cst(2025, 3, 3, 12, 10), Grade::II));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 13), TicketStatus::Resolved));
        QCOMPARE(t.resolvedAt(), cst(2025, 3, 3, 13));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 14), TicketStatus::InProgress)); // reopened
        QVERIFY(!t.resolvedAt().isValid());
        QCOMPARE(t.resolvedPeriods.size(), 1);
        QCOMPARE(t.resolvedPeriods.first().to, cst(2025, 3, 3, 14));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 15), TicketStatus::Resolved));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 16), TicketStatus::Closed));
        QCOMPARE(t.resolvedAt(), cst(2025, 3, 3, 15));
        QCOMPARE(t.closedAt, cst(2025, 3, 3, 16));
        QCOMPARE_E(t.grade, Grade::II);
        QCOMPARE(t.customerUpdateCount, 1);
        QCOMPARE(t.planSubmittedAt, cst(2025, 3, 3, 10, 20));
    }

    void refusesBadHistory()
    {
        TicketFacts t = fault(Grade::III, cst(2025, 3, 3, 10));
        Status st = t.apply(TicketEvent::statusChanged(cst(2025, 3, 3, 10, 1), TicketStatus::Closed));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Invalid);
        QCOMPARE_E(t.status, TicketStatus::New); // unchanged

        apply(t, TicketEvent::comment(cst(2025, 3, 3, 11)));
        st = t.apply(TicketEvent::comment(cst(2025, 3, 3, 10, 30)));
        QVERIFY(!st); // out of order

        QVERIFY(!t.apply(TicketEvent::allocationCompleted(cst(2025, 3, 3, 12), ResourceKind::Vm)));

        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 12), TicketStatus::Resolved));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 13), TicketStatus::Closed));
        QVERIFY(!t.apply(TicketEvent::customerUpdate(cst(2025, 3, 3, 14), Channel::Phone)));
        QVERIFY(!t.apply(TicketEvent::gradeChanged(cst(2025, 3, 3, 14), Grade::I)));
        QVERIFY(t.apply(TicketEvent::comment(cst(2025, 3, 3, 14))).ok()); // notes are still welcome
        QVERIFY(!t.apply(TicketEvent{}).ok());                            // no time
    }

    void eventStrings()
    {
        QCOMPARE(toStorage(TicketEventKind::CustomerUpdate), u"customer_update"_s);
        QVERIFY(ticketEventKindFromStorage(u"allocation_approved") == TicketEventKind::AllocationApproved);
        QVERIFY(!ticketEventKindFromStorage(u"update"));
        QCOMPARE(toStorage(ResourceKind::Physical), u"physical"_s);
        QVERIFY(resourceKindFromStorage(u"vm") == ResourceKind::Vm);
    }

    // ---- which clocks ------------------------------------------------------------------

    void whichClocks_data()
    {
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<QList<ResourceKind>>("approved");
        QTest::addColumn<QStringList>("clocks");
        const QStringList faultClocks{u"response"_s, u"handling_plan"_s, u"resolution"_s, u"customer_update"_s};
        for (Grade g : allGrades())
            QTest::addRow("fault %s", qPrintable(toStorage(g)))
                << TicketKind::Fault << g << QList<ResourceKind>{} << faultClocks;
        QTest::newRow("consultation") << TicketKind::Consultation << Grade::IV << QList<ResourceKind>{}
                                      << QStringList{u"response"_s, u"resolution"_s};
        QTest::newRow("service request, nothing approved")
            << TicketKind::ServiceRequest << Grade::IV << QList<ResourceKind>{} << QStringList{u"response"_s};
        QTest::newRow("VM request") << TicketKind::ServiceRequest << Grade::IV << QList<ResourceKind>{ResourceKind::Vm}
                                    << QStringList{u"response"_s, u"allocation_vm"_s};
        QTest::newRow("VM and physical") << TicketKind::ServiceRequest << Grade::IV
                                         << QList<ResourceKind>{ResourceKind::Physical, ResourceKind::Vm}
                                         << QStringList{u"response"_s, u"allocation_vm"_s, u"allocation_physical"_s};
        QTest::newRow("a fault has no allocation clock")
            << TicketKind::Fault << Grade::III << QList<ResourceKind>{ResourceKind::Vm} << faultClocks;
    }

    void whichClocks()
    {
        QFETCH(TicketKind, kind);
        QFETCH(Grade, grade);
        QFETCH(QList<ResourceKind>, approved);
        QFETCH(QStringList, clocks);
        TicketFacts t = TicketFacts::opened(1, kind, grade, 1, cst(2025, 3, 3, 10));
        for (ResourceKind r : approved)
            apply(t, TicketEvent::allocationApproved(cst(2025, 3, 3, 11), r));
        QStringList names;
        for (ClockKind k : clockKindsOf(t, m_entry.policy))
            names.append(toStorage(k));
        QCOMPARE(names, clocks);
        QCOMPARE(this->clocks(t, cst(2025, 3, 3, 12)).clocks.size(), clocks.size());
    }

    // ---- every clock with its own deadline ---------------------------------------------

    void everyClockHasItsOwnDeadline()
    {
        TicketFacts t = fault(Grade::III, cst(2025, 3, 3, 10));
        TicketClocks c = clocks(t, cst(2025, 3, 3, 10, 1));
        QCOMPARE(c.clocks.size(), 4);
        QCOMPARE(c.find(ClockKind::Response)->deadline, cst(2025, 3, 3, 10, 10));
        QCOMPARE(c.find(ClockKind::HandlingPlan)->deadline, cst(2025, 3, 3, 10, 30));
        QCOMPARE(c.find(ClockKind::Resolution)->deadline, cst(2025, 3, 3, 22));
        QCOMPARE(c.find(ClockKind::CustomerUpdate)->deadline, cst(2025, 3, 3, 10, 30));
        QCOMPARE(c.find(ClockKind::CustomerUpdate)->warningAt, cst(2025, 3, 3, 10, 20));
        QCOMPARE_E(c.next()->kind, ClockKind::Response);

        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 5), TicketStatus::InProgress));
        apply(t, TicketEvent::planSubmitted(cst(2025, 3, 3, 10, 25)));
        apply(t, TicketEvent::customerUpdate(cst(2025, 3, 3, 10, 26), Channel::Phone));
        c = clocks(t, cst(2025, 3, 3, 10, 30));
        QCOMPARE_E(c.find(ClockKind::Response)->status, ClockStatus::Met);
        QCOMPARE_E(c.find(ClockKind::HandlingPlan)->status, ClockStatus::Met);
        // The met clocks keep their deadlines for the record.
        QCOMPARE(c.find(ClockKind::Response)->deadline, cst(2025, 3, 3, 10, 10));
        QCOMPARE(c.find(ClockKind::CustomerUpdate)->deadline, cst(2025, 3, 3, 10, 56));
        QCOMPARE_E(c.next()->kind, ClockKind::CustomerUpdate); // the nearest running one
        QVERIFY(!computeTicketClocks(t, PolicyBook{}, cst(2025, 3, 3, 11)).error->message.isEmpty());
    }

    void handlingPlanStopsWhenResolvedWithoutOne()
    {
        TicketFacts t = fault(Grade::IV, cst(2025, 3, 3, 10));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 2), TicketStatus::Resolved));
        const TicketClocks c = clocks(t, cst(2025, 3, 3, 15));
        QCOMPARE_E(c.find(ClockKind::HandlingPlan)->status, ClockStatus::Stopped);
        QCOMPARE_E(c.find(ClockKind::Response)->status, ClockStatus::Met);
        QCOMPARE_E(c.find(ClockKind::Resolution)->status, ClockStatus::Met);
        QVERIFY(!c.next());
    }

    // ---- the customer-update clock -------------------------------------------------------

    void customerUpdateRestartsOnUpdatesFromAnyChannel_data()
    {
        QTest::addColumn<Channel>("channel");
        for (Channel ch : allChannels())
            QTest::newRow(qPrintable(toStorage(ch))) << ch;
    }

    void customerUpdateRestartsOnUpdatesFromAnyChannel()
    {
        QFETCH(Channel, channel);
        TicketFacts t = fault(Grade::II, cst(2025, 3, 3, 10));
        apply(t, TicketEvent::customerUpdate(cst(2025, 3, 3, 10, 25), channel));
        const ClockState *s = nullptr;
        const TicketClocks c = clocks(t, cst(2025, 3, 3, 10, 40));
        s = c.find(ClockKind::CustomerUpdate);
        QCOMPARE_E(s->status, ClockStatus::Ok);
        QCOMPARE(s->start, cst(2025, 3, 3, 10, 25));
        QCOMPARE(s->cycle, 1);
        QCOMPARE(s->warningAt, cst(2025, 3, 3, 10, 45));
        QCOMPARE(s->deadline, cst(2025, 3, 3, 10, 55));
    }

    void customerUpdateIgnoresEverythingElse()
    {
        TicketFacts t = fault(Grade::II, cst(2025, 3, 3, 10));
        apply(t, TicketEvent::comment(cst(2025, 3, 3, 10, 10)));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 12), TicketStatus::Assigned));
        apply(t, TicketEvent::responded(cst(2025, 3, 3, 10, 13)));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 14), TicketStatus::InProgress));
        apply(t, TicketEvent::planSubmitted(cst(2025, 3, 3, 10, 15)));
        apply(t, TicketEvent::gradeChanged(cst(2025, 3, 3, 10, 16), Grade::I));
        const TicketClocks c = clocks(t, cst(2025, 3, 3, 10, 31));
        const ClockState *s = c.find(ClockKind::CustomerUpdate);
        QCOMPARE(s->start, cst(2025, 3, 3, 10));
        QCOMPARE(s->cycle, 0);
        QCOMPARE_E(s->status, ClockStatus::Breached);
    }

    void customerUpdateRunsOnlyWhileTheFaultIsOpen()
    {
        TicketFacts t = fault(Grade::I, cst(2025, 3, 3, 10));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 5), TicketStatus::InProgress));
        apply(t, TicketEvent::customerUpdate(cst(2025, 3, 3, 10, 20), Channel::Phone));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 35), TicketStatus::Resolved));
        TicketClocks c = clocks(t, cst(2025, 3, 3, 12));
        QCOMPARE_E(c.find(ClockKind::CustomerUpdate)->status, ClockStatus::Stopped);
        QCOMPARE(c.find(ClockKind::CustomerUpdate)->elapsed, 15 * kMinute);

        // Reopened two hours later: it carries on from 15 minutes, the resolved time not counted.
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 12, 35), TicketStatus::InProgress));
        c = clocks(t, cst(2025, 3, 3, 12, 36));
        QCOMPARE_E(c.find(ClockKind::CustomerUpdate)->status, ClockStatus::Ok);
        QCOMPARE(c.find(ClockKind::CustomerUpdate)->elapsed, 16 * kMinute);
        QCOMPARE(c.find(ClockKind::CustomerUpdate)->deadline, cst(2025, 3, 3, 12, 50));
        // The resolution clock likewise resumes from 35 minutes.
        QCOMPARE(c.find(ClockKind::Resolution)->elapsed, 36 * kMinute);

        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 12, 40), TicketStatus::Resolved));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 12, 45), TicketStatus::Closed));
        c = clocks(t, cst(2025, 3, 3, 18));
        QCOMPARE_E(c.find(ClockKind::CustomerUpdate)->status, ClockStatus::Stopped);
        QCOMPARE_E(c.find(ClockKind::Resolution)->status, ClockStatus::Met);
        QCOMPARE(c.find(ClockKind::Resolution)->elapsed, 40 * kMinute);
    }

    // ---- closing and deactivation ----------------------------------------------------------

    void closingStopsUnmetClocks()
    {
        TicketFacts t = TicketFacts::opened(1, TicketKind::ServiceRequest, Grade::IV, 1, cst(2025, 3, 3, 10));
        apply(t, TicketEvent::allocationApproved(cst(2025, 3, 3, 10), ResourceKind::Physical));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 30), TicketStatus::Resolved));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 40), TicketStatus::Closed));
        const TicketClocks c = clocks(t, cst(2025, 3, 20));
        QCOMPARE_E(c.find(ClockKind::AllocationPhysical)->status, ClockStatus::Met); // resolved = fulfilled
        QCOMPARE_E(c.find(ClockKind::Response)->status, ClockStatus::Met);
        QVERIFY(!c.next());
    }

    void allocationMetWhenAllocated()
    {
        TicketFacts t = TicketFacts::opened(1, TicketKind::ServiceRequest, Grade::IV, 1, cst(2025, 9, 30, 9));
        apply(t, TicketEvent::allocationApproved(cst(2025, 9, 30, 10), ResourceKind::Vm));
        apply(t, TicketEvent::statusChanged(cst(2025, 9, 30, 11), TicketStatus::InProgress));
        TicketClocks c = clocks(t, cst(2025, 10, 5, 10));
        QCOMPARE(c.find(ClockKind::AllocationVm)->deadline, cst(2025, 10, 10, 17, 30));
        QCOMPARE(c.find(ClockKind::AllocationVm)->elapsed, 7 * kHour + 30 * kMinute);
        apply(t, TicketEvent::allocationCompleted(cst(2025, 10, 11, 9), ResourceKind::Vm));
        c = clocks(t, cst(2025, 10, 11, 9, 30));
        QCOMPARE_E(c.find(ClockKind::AllocationVm)->status, ClockStatus::Met);
        QVERIFY(c.find(ClockKind::AllocationVm)->late);
    }

    void deactivatedPolicyStopsEveryClock()
    {
        const PolicyEntry off{defaultPolicy(1, false), defaultCalendar()};
        const TicketFacts t = fault(Grade::I, cst(2025, 3, 3, 10));
        const TicketClocks c = computeTicketClocks(t, off, cst(2025, 3, 3, 15));
        QCOMPARE(c.clocks.size(), 4);
        for (const ClockState &s : c.clocks)
            QCOMPARE_E(s.status, ClockStatus::Stopped);
        QVERIFY(!c.next());
    }

    void gradeChangeKeepsElapsedAndPauses()
    {
        TicketFacts t = fault(Grade::III, cst(2025, 3, 3, 10));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 10, 5), TicketStatus::InProgress));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 11), TicketStatus::WaitingCustomer));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 12), TicketStatus::InProgress));
        TicketClocks c = clocks(t, cst(2025, 3, 3, 13));
        QCOMPARE(c.find(ClockKind::Resolution)->deadline, cst(2025, 3, 3, 23));
        apply(t, TicketEvent::gradeChanged(cst(2025, 3, 3, 13), Grade::I));
        c = clocks(t, cst(2025, 3, 3, 13));
        const ClockState *r = c.find(ClockKind::Resolution);
        QCOMPARE(r->elapsed, 2 * kHour);
        QCOMPARE(r->pausedCredited, kHour);
        QCOMPARE(r->deadline, cst(2025, 3, 3, 14));
        QCOMPARE_E(r->status, ClockStatus::Ok); // 2 h of 3 h: not yet at 75 %
    }
};

QTEST_GUILESS_MAIN(TestTicketClocks)
#include "test_ticket_clocks.moc"
