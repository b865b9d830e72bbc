#include "SlaFixtures.h"
#include "core/Escalation.h"
#include "core/Ticket.h"

#include <QTest>

using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

namespace {

TicketFacts ticket(TicketKind kind, Grade g, const QDateTime &at, qint64 id = 1)
{
    return TicketFacts::opened(id, kind, g, 1, at);
}

void apply(TicketFacts &t, const TicketEvent &e)
{
    const Status st = t.apply(e);
    if (!st)
        qFatal("apply failed: %s", qPrintable(st.error().message));
}

QStringList keys(const EscalationResult &r, const QString &clock = {})
{
    QStringList out;
    for (const DueStep &d : r.due) {
        if (clock.isEmpty() || d.key.clockString() == clock)
            out.append(d.key.toString());
    }
    return out;
}

// An engine plus the steps it has recorded so far, the way the watcher runs it.
struct Desk
{
    EscalationEngine engine;
    RecordedSteps recorded;

    EscalationResult tick(const QList<TicketFacts> &tickets, const QDateTime &now)
    {
        EscalationResult r = engine.evaluate(tickets, now, recorded);
        for (const DueStep &d : r.due)
            recorded.insert(d.key);
        return r;
    }
};

} // namespace

class TestEscalation : public QObject
{
    Q_OBJECT

    PolicyBook m_book;

private slots:
    void initTestCase() { m_book = defaultBook(); }

    void creationStep_data()
    {
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<bool>("leadership");
        QTest::newRow("fault I") << TicketKind::Fault << Grade::I << true;
        QTest::newRow("fault II") << TicketKind::Fault << Grade::II << true;
        QTest::newRow("fault III") << TicketKind::Fault << Grade::III << false;
        QTest::newRow("fault IV") << TicketKind::Fault << Grade::IV << false;
        QTest::newRow("consultation") << TicketKind::Consultation << Grade::IV << false;
        QTest::newRow("service request I") << TicketKind::ServiceRequest << Grade::I << false;
    }

    void creationStep()
    {
        QFETCH(TicketKind, kind);
        QFETCH(Grade, grade);
        QFETCH(bool, leadership);
        const QDateTime created = cst(2025, 3, 3, 10);
        const EscalationEngine engine(m_book);
        const EscalationResult r = engine.evaluate({ticket(kind, grade, created)}, created, {});
        if (!leadership) {
            QVERIFY(r.due.isEmpty());
            return;
        }
        QCOMPARE(keys(r), QStringList{u"1/ticket#0/created"_s});
        QCOMPARE(r.due[0].recipients, (Recipients{false, {Role::Leadership}}));
        QCOMPARE(r.due[0].dueSince, created);
        QVERIFY(!r.due[0].key.clock);
    }

    void gradeRaisedLaterTellsLeadership()
    {
        TicketFacts t = ticket(TicketKind::Fault, Grade::III, cst(2025, 3, 3, 10));
        Desk desk{EscalationEngine(m_book), {}};
        QVERIFY(desk.tick({t}, cst(2025, 3, 3, 10, 1)).due.isEmpty());
        apply(t, TicketEvent::gradeChanged(cst(2025, 3, 3, 10, 2), Grade::II));
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 3, 10, 2))), QStringList{u"1/ticket#0/created"_s});
        QVERIFY(desk.tick({t}, cst(2025, 3, 3, 10, 3)).due.isEmpty());
    }

    void stepsAlongTheResponseClock_data()
    {
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<QList<Role>>("breachRoles");
        QTest::newRow("I") << Grade::I << QList<Role>{Role::Supervisor, Role::Leadership};
        QTest::newRow("II") << Grade::II << QList<Role>{Role::Supervisor, Role::Leadership};
        QTest::newRow("III") << Grade::III << QList<Role>{Role::Supervisor};
        QTest::newRow("IV") << Grade::IV << QList<Role>{Role::Supervisor};
    }

    // Warning at 75 % to the owner, 90 % to the shift supervisor, breach to the supervisor (and
    // leadership for grade I/II); each once, each at its own instant.
    void stepsAlongTheResponseClock()
    {
        QFETCH(Grade, grade);
        QFETCH(QList<Role>, breachRoles);
        const QDateTime created = cst(2025, 3, 3, 10);
        const TicketFacts t = ticket(TicketKind::Fault, grade, created);
        Desk desk{EscalationEngine(m_book), {}};
        desk.tick({t}, created); // the creation step, where there is one

        QCOMPARE(keys(desk.tick({t}, created.addSecs(449)), u"response"_s), QStringList{});
        EscalationResult r = desk.tick({t}, created.addSecs(450));
        QCOMPARE(keys(r, u"response"_s), QStringList{u"1/response#0/warning"_s});
        QCOMPARE(r.due[0].recipients, (Recipients{true, {}}));
        QCOMPARE(r.due[0].dueSince, created.addSecs(450));
        QCOMPARE(r.due[0].deadline, created.addSecs(600));
        QVERIFY(!r.due[0].superseded);

        QCOMPARE(keys(desk.tick({t}, created.addSecs(539)), u"response"_s), QStringList{});
        r = desk.tick({t}, created.addSecs(540));
        QCOMPARE(keys(r, u"response"_s), QStringList{u"1/response#0/supervisor"_s});
        QCOMPARE(r.due[0].recipients, (Recipients{false, {Role::Supervisor}}));

        r = desk.tick({t}, created.addSecs(600));
        QCOMPARE(keys(r, u"response"_s), QStringList{u"1/response#0/breach"_s});
        QCOMPARE(r.due[0].recipients, (Recipients{false, breachRoles}));
        QCOMPARE(r.due[0].dueSince, created.addSecs(600));

        QCOMPARE(keys(desk.tick({t}, created.addSecs(900)), u"response"_s), QStringList{});
    }

    void aLateEngineSupersedesEarlierSteps()
    {
        const QDateTime created = cst(2025, 3, 3, 10);
        const TicketFacts t = ticket(TicketKind::Fault, Grade::III, created);
        const EscalationResult r = EscalationEngine(m_book).evaluate({t}, created.addSecs(660), {});
        QCOMPARE(keys(r),
                 (QStringList{u"1/response#0/warning"_s, u"1/response#0/supervisor"_s, u"1/response#0/breach"_s}));
        QVERIFY(r.due[0].superseded);
        QVERIFY(r.due[1].superseded);
        QVERIFY(!r.due[2].superseded);
        QCOMPARE(r.due[0].dueSince, created.addSecs(450));
        QCOMPARE(r.runningClocks, 4);
    }

    void recordedStepsAreNeverRepeated()
    {
        const QDateTime created = cst(2025, 3, 3, 10);
        const QList<TicketFacts> tickets{ticket(TicketKind::Fault, Grade::I, created, 1),
                                         ticket(TicketKind::Fault, Grade::II, created, 2)};
        const EscalationEngine a(m_book);
        const EscalationEngine b(m_book);
        const EscalationResult ra = a.evaluate(tickets, created.addSecs(2000), {});
        const EscalationResult rb = b.evaluate(tickets, created.addSecs(2000), {});
        QCOMPARE(keys(ra), keys(rb)); // every engine agrees on the keys
        RecordedSteps recorded;
        for (const DueStep &d : ra.due)
            recorded.insert(d.key);
        QVERIFY(a.evaluate(tickets, created.addSecs(2000), recorded).due.isEmpty());
        QCOMPARE(recorded.size(), ra.due.size()); // no key twice within one evaluation
    }

    // ---- pauses ------------------------------------------------------------------------

    void noEscalationWhilePausedAndNoneFromPausedTime()
    {
        const QDateTime created = cst(2025, 3, 3, 10);
        TicketFacts t = ticket(TicketKind::Fault, Grade::III, created);
        apply(t, TicketEvent::statusChanged(created.addSecs(300), TicketStatus::InProgress));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 18), TicketStatus::WaitingCustomer)); // 8 h of 12 h
        Desk desk{EscalationEngine(m_book), {}};
        // Waiting for two days: the resolution clock is paused; not a single resolution step.
        for (QDateTime now = cst(2025, 3, 3, 18); now <= cst(2025, 3, 5, 10); now = now.addSecs(600))
            QCOMPARE(keys(desk.tick({t}, now), u"resolution"_s), QStringList{});

        apply(t, TicketEvent::statusChanged(cst(2025, 3, 5, 10), TicketStatus::InProgress));
        // Leaving the pause: it carries on from 8 h; nothing "instantly" escalates.
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 5, 10, 0, 1)), u"resolution"_s), QStringList{});
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 5, 10, 59, 59)), u"resolution"_s), QStringList{});
        const EscalationResult r = desk.tick({t}, cst(2025, 3, 5, 11)); // 9 h = 75 % of 12 h
        QCOMPARE(keys(r, u"resolution"_s), QStringList{u"1/resolution#0/warning"_s});
        for (const DueStep &d : r.due) {
            if (d.key.clock == ClockKind::Resolution) {
                QCOMPARE(d.dueSince, cst(2025, 3, 5, 11));
                QCOMPARE(d.deadline, cst(2025, 3, 5, 14));
            }
        }
    }

    // A clock that crossed its warning before the pause, while no engine ran: nothing is told
    // during the pause; the warning comes once the clock runs again.
    void crossedBeforeThePauseWaitsForTheResume()
    {
        const QDateTime created = cst(2025, 3, 3, 10);
        TicketFacts t = ticket(TicketKind::Fault, Grade::III, created);
        apply(t, TicketEvent::statusChanged(created.addSecs(300), TicketStatus::InProgress));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 21), TicketStatus::WaitingCustomer)); // 11 h of 12 h
        const EscalationEngine engine(m_book);
        QCOMPARE(keys(engine.evaluate({t}, cst(2025, 3, 3, 21, 1), {}), u"resolution"_s), QStringList{});
        QCOMPARE(keys(engine.evaluate({t}, cst(2025, 3, 4, 20), {}), u"resolution"_s), QStringList{});
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 5, 9), TicketStatus::InProgress));
        const EscalationResult r = engine.evaluate({t}, cst(2025, 3, 5, 9, 0, 1), {});
        QCOMPARE(keys(r, u"resolution"_s), (QStringList{u"1/resolution#0/warning"_s, u"1/resolution#0/supervisor"_s}));
        for (const DueStep &d : r.due) {
            if (d.key.clock != ClockKind::Resolution)
                continue;
            QCOMPARE(d.deadline, cst(2025, 3, 5, 10)); // 1 h left after the pause
            QCOMPARE(d.superseded, d.key.step == EscalationStep::Warning);
        }
    }

    // ---- stopping ----------------------------------------------------------------------

    void deactivatingThePolicyStopsEscalationAtOnce()
    {
        const QDateTime created = cst(2025, 3, 3, 10);
        const TicketFacts t = ticket(TicketKind::Fault, Grade::I, created);
        PolicyBook book = m_book;
        EscalationEngine engine(book);
        QVERIFY(!engine.evaluate({t}, created.addSecs(3 * 3600), {}).due.isEmpty());
        book.setActive(1, false);
        engine.setPolicies(book);
        for (qint64 s = 0; s < 24 * 3600; s += 300) {
            const EscalationResult r = engine.evaluate({t}, created.addSecs(s), {});
            QVERIFY(r.due.isEmpty());
            QCOMPARE(r.runningClocks, 0);
        }
        book.setActive(1, true);
        engine.setPolicies(book);
        QVERIFY(!engine.evaluate({t}, created.addSecs(3 * 3600), {}).due.isEmpty());
    }

    void closingTheTicketStopsEscalationAtOnce()
    {
        const QDateTime created = cst(2025, 3, 3, 10);
        TicketFacts t = ticket(TicketKind::Fault, Grade::I, created);
        apply(t, TicketEvent::statusChanged(created.addSecs(60), TicketStatus::Resolved));
        // Resolved: every clock is met or stopped; only the (unrecorded) creation step remains.
        QCOMPARE(keys(EscalationEngine(m_book).evaluate({t}, created.addSecs(7200), {})),
                 QStringList{u"1/ticket#0/created"_s});
        apply(t, TicketEvent::statusChanged(created.addSecs(120), TicketStatus::Closed));
        for (qint64 s = 120; s < 48 * 3600; s += 600)
            QVERIFY(EscalationEngine(m_book).evaluate({t}, created.addSecs(s), {}).due.isEmpty());
    }

    // ---- the customer-update clock -------------------------------------------------------

    void customerUpdateCyclesEscalateAfresh()
    {
        const QDateTime created = cst(2025, 3, 3, 10);
        TicketFacts t = ticket(TicketKind::Fault, Grade::III, created);
        apply(t, TicketEvent::statusChanged(created.addSecs(120), TicketStatus::InProgress));
        apply(t, TicketEvent::planSubmitted(created.addSecs(600)));
        Desk desk{EscalationEngine(m_book), {}};
        const QString cu = u"customer_update"_s;
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 3, 10, 20)), cu), QStringList{u"1/customer_update#0/warning"_s});
        apply(t, TicketEvent::customerUpdate(cst(2025, 3, 3, 10, 25), Channel::Portal));
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 3, 10, 26)), cu), QStringList{});
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 3, 10, 44, 59)), cu), QStringList{});
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 3, 10, 45)), cu), QStringList{u"1/customer_update#1/warning"_s});
        apply(t, TicketEvent::comment(cst(2025, 3, 3, 10, 50))); // a note is not an update
        QCOMPARE(keys(desk.tick({t}, cst(2025, 3, 3, 10, 55)), cu),
                 (QStringList{u"1/customer_update#1/supervisor"_s, u"1/customer_update#1/breach"_s}));
        apply(t, TicketEvent::customerUpdate(cst(2025, 3, 3, 11), Channel::Phone));
        apply(t, TicketEvent::statusChanged(cst(2025, 3, 3, 11, 5), TicketStatus::Resolved));
        for (QDateTime now = cst(2025, 3, 3, 11, 5); now < cst(2025, 3, 3, 14); now = now.addSecs(60))
            QCOMPARE(keys(desk.tick({t}, now), cu), QStringList{});
    }

    // ---- working-day clocks --------------------------------------------------------------

    void workingDayStepsFireInsideWorkingHours_data()
    {
        QTest::addColumn<ResourceKind>("resource");
        QTest::addColumn<QDateTime>("approved");
        QTest::newRow("VM before National Day") << ResourceKind::Vm << cst(2025, 9, 26, 16);
        QTest::newRow("VM on a holiday") << ResourceKind::Vm << cst(2025, 10, 3, 10);
        QTest::newRow("VM over year end") << ResourceKind::Vm << cst(2025, 12, 31, 17);
        QTest::newRow("physical over Spring Festival 2026") << ResourceKind::Physical << cst(2026, 2, 12, 20);
    }

    void workingDayStepsFireInsideWorkingHours()
    {
        QFETCH(ResourceKind, resource);
        QFETCH(QDateTime, approved);
        const auto cal = defaultCalendar();
        TicketFacts t = ticket(TicketKind::ServiceRequest, Grade::IV, approved.addSecs(-60));
        apply(t, TicketEvent::statusChanged(approved.addSecs(-30), TicketStatus::InProgress));
        apply(t, TicketEvent::allocationApproved(approved, resource));
        Desk desk{EscalationEngine(m_book), {}};
        const QString clock = resource == ResourceKind::Vm ? u"allocation_vm"_s : u"allocation_physical"_s;
        QStringList fired;
        for (QDateTime now = approved; now < approved.addDays(30); now = now.addSecs(60)) {
            const EscalationResult r = desk.tick({t}, now);
            for (const DueStep &d : r.due) {
                if (d.key.clockString() != clock)
                    continue;
                fired.append(toStorage(d.key.step));
                for (const QDateTime &when : {now, d.dueSince}) {
                    const QDateTime local = when.toTimeZone(deskZone());
                    const QByteArray where = local.toString(Qt::ISODate).toLatin1();
                    QVERIFY2(cal->isWorkingDay(local.date()).value(), where.data());
                    QVERIFY2(local.time() > QTime(8, 30) && local.time() <= QTime(17, 30), where.data());
                }
            }
        }
        QCOMPARE(fired, (QStringList{u"warning"_s, u"supervisor"_s, u"breach"_s}));
    }

    // ---- problems ------------------------------------------------------------------------

    void problemsAreReported()
    {
        TicketFacts vm = ticket(TicketKind::ServiceRequest, Grade::IV, cst(2026, 12, 30, 9), 7);
        apply(vm, TicketEvent::statusChanged(cst(2026, 12, 30, 9, 5), TicketStatus::InProgress));
        apply(vm, TicketEvent::allocationApproved(cst(2026, 12, 30, 10), ResourceKind::Vm));
        TicketFacts orphan = ticket(TicketKind::Fault, Grade::I, cst(2026, 12, 30, 9), 8);
        orphan.policyVersion = 42;
        const EscalationResult r = EscalationEngine(m_book).evaluate({vm, orphan}, cst(2026, 12, 30, 11), {});
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems[0].ticketId, 7);
        QVERIFY(r.problems[0].clock == ClockKind::AllocationVm);
        QCOMPARE(r.problems[0].error.detail, u"calendar_year_missing:2027"_s);
        QCOMPARE(r.problems[1].ticketId, 8);
        QCOMPARE(r.problems[1].error.detail, u"policy_version_missing:42"_s);
        QVERIFY(r.due.isEmpty());
    }

    void keysHashAndPrint()
    {
        const EscalationKey a{1, ClockKind::CustomerUpdate, 3, EscalationStep::Warning};
        const EscalationKey b{1, ClockKind::CustomerUpdate, 4, EscalationStep::Warning};
        const EscalationKey c{1, std::nullopt, 0, EscalationStep::Created};
        QCOMPARE(a.toString(), u"1/customer_update#3/warning"_s);
        QCOMPARE(c.clockString(), u"ticket"_s);
        QVERIFY(!(a == b));
        const RecordedSteps set{a, b, c, a};
        QCOMPARE(set.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "test_escalation.moc"
