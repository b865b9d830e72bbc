#include "SlaFixtures.h"
#include "core/SlaClock.h"

#include <QRandomGenerator>
#include <QTest>

using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

namespace {

ClockFacts factsFrom(ClockKind kind, const QDateTime &start, QList<Interval> pauses = {})
{
    ClockFacts f;
    f.kind = kind;
    f.start = start;
    f.pauses = std::move(pauses);
    return f;
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

    SlaPolicy m_policy;
    std::shared_ptr<const BusinessCalendar> m_cal;

    const ClockRule &rule(ClockKind k, Grade g = Grade::III, TicketKind t = TicketKind::Fault) const
    {
        if (k == ClockKind::AllocationVm || k == ClockKind::AllocationPhysical)
            t = TicketKind::ServiceRequest;
        return *m_policy.rule(k, t, g);
    }

    ClockState at(const ClockFacts &f, const ClockRule &r, const QDateTime &now) const
    {
        return computeClock(f, r, m_cal.get(), now);
    }

private slots:
    void initTestCase()
    {
        m_policy = defaultPolicy();
        m_cal = defaultCalendar();
    }

    // ---- wall clocks ---------------------------------------------------------------------

    void wallClock_data()
    {
        QTest::addColumn<qint64>("nowOffset");
        QTest::addColumn<qint64>("metOffset"); // -1: not met
        QTest::addColumn<ClockStatus>("status");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<bool>("late");
        QTest::newRow("start") << 0LL << -1LL << ClockStatus::Ok << 0LL << false;
        QTest::newRow("just before warning") << 449LL << -1LL << ClockStatus::Ok << 449LL << false;
        QTest::newRow("warning at 75 %") << 450LL << -1LL << ClockStatus::Warning << 450LL << false;
        QTest::newRow("last second") << 599LL << -1LL << ClockStatus::Warning << 599LL << false;
        QTest::newRow("breached at deadline") << 600LL << -1LL << ClockStatus::Breached << 600LL << false;
        QTest::newRow("long breached") << 3600LL << -1LL << ClockStatus::Breached << 3600LL << false;
        QTest::newRow("met early") << 3600LL << 300LL << ClockStatus::Met << 300LL << false;
        QTest::newRow("met at the deadline") << 3600LL << 600LL << ClockStatus::Met << 600LL << false;
        QTest::newRow("met late") << 3600LL << 601LL << ClockStatus::Met << 601LL << true;
        QTest::newRow("met in the future is not met yet") << 100LL << 300LL << ClockStatus::Ok << 100LL << false;
    }

    void wallClock()
    {
        QFETCH(qint64, nowOffset);
        QFETCH(qint64, metOffset);
        QFETCH(ClockStatus, status);
        QFETCH(qint64, elapsed);
        QFETCH(bool, late);
        const QDateTime start = cst(2025, 3, 3, 10);
        ClockFacts f = factsFrom(ClockKind::Response, start);
        if (metOffset >= 0)
            f.metAt = start.addSecs(metOffset);
        const ClockState s = at(f, rule(ClockKind::Response), start.addSecs(nowOffset));
        QCOMPARE_E(s.status, status);
        QCOMPARE(s.elapsed, elapsed);
        QCOMPARE(s.remaining, 600 - elapsed);
        QCOMPARE(s.budget, 600);
        QCOMPARE(s.late, late);
        QCOMPARE(s.deadline, start.addSecs(600));
        QCOMPARE(s.warningAt, start.addSecs(450));
        QVERIFY(!s.error);
    }

    void customerUpdateIsDueAt20AndBreachedAt30()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        const ClockFacts f = factsFrom(ClockKind::CustomerUpdate, start);
        const ClockRule &r = rule(ClockKind::CustomerUpdate);
        QCOMPARE_E(at(f, r, start.addSecs(1199)).status, ClockStatus::Ok);
        QCOMPARE_E(at(f, r, start.addSecs(1200)).status, ClockStatus::Warning);
        QCOMPARE_E(at(f, r, start.addSecs(1799)).status, ClockStatus::Warning);
        QCOMPARE_E(at(f, r, start.addSecs(1800)).status, ClockStatus::Breached);
        const ClockState s = at(f, r, start);
        QCOMPARE(s.warningAt, start.addSecs(20 * 60));
        QCOMPARE(s.deadline, start.addSecs(30 * 60));
    }

    void stoppedAndHalted()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        ClockFacts f = factsFrom(ClockKind::Response, start);
        f.endedAt = start.addSecs(120);
        ClockState s = at(f, rule(ClockKind::Response), start.addSecs(3600));
        QCOMPARE_E(s.status, ClockStatus::Stopped);
        QCOMPARE(s.elapsed, 120);
        QCOMPARE(s.endedAt, start.addSecs(120));
        QVERIFY(!s.countdown.running);

        ClockFacts h = factsFrom(ClockKind::Response, start);
        h.halted = true;
        s = at(h, rule(ClockKind::Response), start.addSecs(3600));
        QCOMPARE_E(s.status, ClockStatus::Stopped);
    }

    // ---- pauses --------------------------------------------------------------------------

    void pauseNotCreditedWhereTheRuleForbids()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        const ClockFacts f = factsFrom(ClockKind::Response, start, {{start.addSecs(120), start.addSecs(300)}});
        const ClockState s = at(f, rule(ClockKind::Response), start.addSecs(480));
        QCOMPARE(s.elapsed, 480);
        QCOMPARE(s.pausedRecorded, 180);
        QCOMPARE(s.pausedCredited, 0);
        QCOMPARE_E(s.status, ClockStatus::Warning);
        QCOMPARE(s.deadline, start.addSecs(600));

        // An open pause on such a clock is recorded but the clock keeps running.
        const ClockFacts open = factsFrom(ClockKind::Response, start, {{start.addSecs(120), {}}});
        const ClockState o = at(open, rule(ClockKind::Response), start.addSecs(700));
        QCOMPARE_E(o.status, ClockStatus::Breached);
        QCOMPARE(o.pausedRecorded, 580);
        QCOMPARE(o.pausedCredited, 0);
    }

    void pauseCreditedWhereTheRuleAllows()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        const ClockRule &r = rule(ClockKind::Resolution, Grade::III);
        const ClockFacts f = factsFrom(ClockKind::Resolution, start, {{cst(2025, 3, 3, 11), cst(2025, 3, 3, 12)}});
        const ClockState s = at(f, r, cst(2025, 3, 3, 13));
        QCOMPARE(s.elapsed, 2 * kHour);
        QCOMPARE(s.pausedCredited, kHour);
        QCOMPARE(s.pausedRecorded, kHour);
        QCOMPARE(s.deadline, cst(2025, 3, 3, 23));
        QCOMPARE(s.warningAt, cst(2025, 3, 3, 20));
        QCOMPARE_E(s.status, ClockStatus::Ok);
    }

    void overlappingPausesAreCreditedOnce()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        const ClockFacts f = factsFrom(ClockKind::Resolution, start,
                                       {{cst(2025, 3, 3, 11, 30), cst(2025, 3, 3, 12, 30)},
                                        {cst(2025, 3, 3, 11), cst(2025, 3, 3, 12)},
                                        {cst(2025, 3, 3, 9), cst(2025, 3, 3, 10, 15)}}); // clipped at start
        const ClockState s = at(f, rule(ClockKind::Resolution), cst(2025, 3, 3, 14));
        QCOMPARE(s.pausedCredited, kHour + 30 * kMinute + 15 * kMinute);
        QCOMPARE(s.elapsed, 4 * kHour - s.pausedCredited);
    }

    void openPauseFreezesTheClock()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        const ClockFacts f = factsFrom(ClockKind::Resolution, start, {{cst(2025, 3, 3, 11), {}}});
        const QDateTime now = cst(2025, 3, 3, 20);
        const ClockState s = at(f, rule(ClockKind::Resolution), now);
        QCOMPARE_E(s.status, ClockStatus::Paused);
        QCOMPARE(s.elapsed, kHour);
        QCOMPARE(s.remaining, 11 * kHour);
        QCOMPARE(s.deadline, now.addSecs(11 * kHour)); // if resumed now
        QVERIFY(!s.countdown.running);
        const auto later = s.countdown.at(now.addSecs(5 * kHour).toSecsSinceEpoch());
        QCOMPARE(later.remaining, 11 * kHour);
        QCOMPARE_E(later.status, ClockStatus::Paused);
        // Ten hours on, still paused: the same elapsed, nothing breached.
        const ClockState s2 = at(f, rule(ClockKind::Resolution), now.addSecs(10 * kHour));
        QCOMPARE_E(s2.status, ClockStatus::Paused);
        QCOMPARE(s2.elapsed, kHour);
    }

    void pauseAfterBreachKeepsTheDeadline()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        const ClockFacts f = factsFrom(ClockKind::Resolution, start, {{cst(2025, 3, 3, 14), {}}});
        const ClockState s = at(f, rule(ClockKind::Resolution, Grade::I), cst(2025, 3, 3, 15));
        QCOMPARE_E(s.status, ClockStatus::Paused);
        QCOMPARE(s.deadline, cst(2025, 3, 3, 13));
        QCOMPARE(s.remaining, -kHour);
    }

    void suspensionsAreAlwaysCredited()
    {
        const QDateTime start = cst(2025, 3, 3, 10);
        ClockFacts f = factsFrom(ClockKind::Response, start);
        f.suspensions = {{start.addSecs(60), start.addSecs(360)}};
        const ClockState s = at(f, rule(ClockKind::Response), start.addSecs(600));
        QCOMPARE(s.elapsed, 300);
        QCOMPARE(s.deadline, start.addSecs(900));
    }

    // ---- working-day clocks --------------------------------------------------------------

    void pauseOverAWeekendCreditsOnlyWorkingTime()
    {
        // VM approved Thu 10:00: due Mon 17:30; budget Thu 7.5 h + Fri 9 h + Mon 9 h.
        const ClockFacts f =
            factsFrom(ClockKind::AllocationVm, cst(2025, 3, 6, 10), {{cst(2025, 3, 7, 16), cst(2025, 3, 10, 10)}});
        const ClockState s = at(f, rule(ClockKind::AllocationVm), cst(2025, 3, 10, 12));
        QCOMPARE_E(s.unit, DurationUnit::WorkingDays);
        QCOMPARE(s.budget, 25 * kHour + 30 * kMinute);
        QCOMPARE(s.pausedRecorded, 3 * kHour); // Fri 16:00–17:30 and Mon 08:30–10:00, not 66 h
        QCOMPARE(s.pausedCredited, 3 * kHour);
        QCOMPARE(s.elapsed, 17 * kHour);
        QCOMPARE(s.deadline, cst(2025, 3, 11, 11, 30));
        QCOMPARE(s.warningAt, cst(2025, 3, 10, 14, 7, 30));
        QCOMPARE_E(s.status, ClockStatus::Ok);

        // Without the pause the deadline is the rule's: close of business on Monday.
        const ClockState plain = at(factsFrom(ClockKind::AllocationVm, cst(2025, 3, 6, 10)),
                                    rule(ClockKind::AllocationVm), cst(2025, 3, 6, 10));
        QCOMPARE(plain.deadline, cst(2025, 3, 10, 17, 30));
    }

    void pauseOverNationalDayCreditsOnlyWorkingTime()
    {
        // Approved Mon 29 Sep: due 9 Oct 17:30 (30 Sep, then 9 Oct). Waiting from 30 Sep 16:00 to 9 Oct 09:00.
        const ClockFacts f =
            factsFrom(ClockKind::AllocationVm, cst(2025, 9, 29, 10), {{cst(2025, 9, 30, 16), cst(2025, 10, 9, 9)}});
        const ClockState s = at(f, rule(ClockKind::AllocationVm), cst(2025, 10, 9, 12));
        QCOMPARE(s.pausedCredited, 2 * kHour);
        QCOMPARE(s.elapsed, 18 * kHour);
        QCOMPARE(s.deadline, cst(2025, 10, 10, 10, 30));
    }

    void clockStartedOnAHoliday()
    {
        // Approved on 3 Oct (National Day): counts from 9 Oct; due 11 Oct (make-up Saturday) 17:30.
        const ClockFacts f = factsFrom(ClockKind::AllocationVm, cst(2025, 10, 3, 10));
        const ClockState idle = at(f, rule(ClockKind::AllocationVm), cst(2025, 10, 8, 23));
        QCOMPARE_E(idle.status, ClockStatus::Ok);
        QCOMPARE(idle.elapsed, 0);
        QCOMPARE(idle.budget, 27 * kHour);
        QCOMPARE(idle.deadline, cst(2025, 10, 11, 17, 30));
        QCOMPARE(idle.warningAt, cst(2025, 10, 11, 10, 45));
        const ClockState working = at(f, rule(ClockKind::AllocationVm), cst(2025, 10, 9, 9, 30));
        QCOMPARE(working.elapsed, kHour);
    }

    void warningExample()
    {
        const ClockFacts f = factsFrom(ClockKind::AllocationVm, cst(2025, 3, 3, 9));
        const ClockState s = at(f, rule(ClockKind::AllocationVm), cst(2025, 3, 3, 9));
        QCOMPARE(s.budget, 26 * kHour + 30 * kMinute);
        QCOMPARE(s.warningAt, cst(2025, 3, 5, 10, 52, 30));
        QCOMPARE(s.deadline, cst(2025, 3, 5, 17, 30));
        // A warning that falls exactly on a day's end is at 17:30 that day, not at midnight or 08:30 next day.
        const ClockFacts early = factsFrom(ClockKind::AllocationVm, cst(2025, 3, 3, 7)); // budget 3 × 9 h
        ClockRule r = rule(ClockKind::AllocationVm);
        r.warningShare = 2.0 / 3.0;
        const ClockState e = at(early, r, cst(2025, 3, 3, 7));
        QCOMPARE(e.warningAt, cst(2025, 3, 4, 17, 30));
    }

    void warningsFallInsideWorkingHours_data()
    {
        QTest::addColumn<ClockKind>("kind");
        QTest::addColumn<QDateTime>("from");
        QTest::newRow("VM, National Day fortnight") << ClockKind::AllocationVm << cst(2025, 9, 24);
        QTest::newRow("physical, National Day fortnight") << ClockKind::AllocationPhysical << cst(2025, 9, 24);
        QTest::newRow("VM, year end") << ClockKind::AllocationVm << cst(2025, 12, 24);
        QTest::newRow("physical, year end") << ClockKind::AllocationPhysical << cst(2025, 12, 24);
        QTest::newRow("VM, Spring Festival 2026") << ClockKind::AllocationVm << cst(2026, 2, 10);
        QTest::newRow("physical, Spring Festival 2026") << ClockKind::AllocationPhysical << cst(2026, 2, 10);
    }

    // Clocks started every 20 minutes for two weeks: the warning always falls inside working hours
    // of a working day at exactly the configured share of the working budget; the deadline is a
    // close of business.
    void warningsFallInsideWorkingHours()
    {
        QFETCH(ClockKind, kind);
        QFETCH(QDateTime, from);
        const ClockRule &r = rule(kind);
        for (int i = 0; i < 14 * 24 * 3; ++i) {
            const QDateTime start = from.addSecs(qint64(i) * 20 * kMinute);
            const ClockState s = at(factsFrom(kind, start), r, start);
            QVERIFY(!s.error);
            const QDateTime w = s.warningAt.toTimeZone(deskZone());
            const QDateTime d = s.deadline.toTimeZone(deskZone());
            const QByteArray where =
                start.toString(Qt::ISODate).toLatin1() + " -> " + w.toString(Qt::ISODate).toLatin1();
            QVERIFY2(m_cal->isWorkingDay(w.date()).value(), where.data());
            QVERIFY2(w.time() > QTime(8, 30) && w.time() <= QTime(17, 30), where.data());
            QVERIFY2(m_cal->isWorkingDay(d.date()).value() && d.time() == QTime(17, 30), where.data());
            QCOMPARE(m_cal->workingSecondsBetween(start, s.warningAt).value(), s.warningThreshold);
            QCOMPARE(s.warningThreshold, qRound64(0.75 * double(s.budget)));
            QVERIFY(s.warningAt < s.deadline);
        }
    }

    // ---- grade and policy changes --------------------------------------------------------

    void gradeChangeKeepsElapsedAndPauses_data()
    {
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<QDateTime>("deadline");
        QTest::newRow("III: 12 h") << Grade::III << cst(2025, 3, 3, 23);
        QTest::newRow("II: 6 h") << Grade::II << cst(2025, 3, 3, 17);
        QTest::newRow("I: 3 h") << Grade::I << cst(2025, 3, 3, 14);
        QTest::newRow("IV: 24 h") << Grade::IV << cst(2025, 3, 4, 11);
    }

    void gradeChangeKeepsElapsedAndPauses()
    {
        QFETCH(Grade, grade);
        QFETCH(QDateTime, deadline);
        const ClockFacts f =
            factsFrom(ClockKind::Resolution, cst(2025, 3, 3, 10), {{cst(2025, 3, 3, 11), cst(2025, 3, 3, 12)}});
        const ClockState s = at(f, rule(ClockKind::Resolution, grade), cst(2025, 3, 3, 13));
        QCOMPARE(s.elapsed, 2 * kHour);
        QCOMPARE(s.pausedCredited, kHour);
        QCOMPARE(s.deadline, deadline);
    }

    void policyChangeKeepsElapsedAndPauses()
    {
        SlaPolicy::Data d = defaultPolicyData(2);
        for (ClockRule &r : d.clocks) {
            if (r.clock == ClockKind::Resolution && r.grade == Grade::I)
                r.amount = 4 * kHour;
            if (r.clock == ClockKind::AllocationVm)
                r.amount = 3;
        }
        const SlaPolicy v2 = makePolicy(d);
        const ClockFacts f =
            factsFrom(ClockKind::Resolution, cst(2025, 3, 3, 10), {{cst(2025, 3, 3, 11), cst(2025, 3, 3, 12)}});
        const ClockState s = at(f, *v2.rule(ClockKind::Resolution, TicketKind::Fault, Grade::I), cst(2025, 3, 3, 13));
        QCOMPARE(s.elapsed, 2 * kHour);
        QCOMPARE(s.pausedCredited, kHour);
        QCOMPARE(s.deadline, cst(2025, 3, 3, 15));

        // A working-day clock moved to a policy with one day more: the same weekend pause, credited
        // the same, and the deadline exactly one working day later.
        const ClockFacts vm =
            factsFrom(ClockKind::AllocationVm, cst(2025, 3, 6, 10), {{cst(2025, 3, 7, 16), cst(2025, 3, 10, 10)}});
        const ClockState s2 =
            at(vm, *v2.rule(ClockKind::AllocationVm, TicketKind::ServiceRequest, Grade::IV), cst(2025, 3, 10, 12));
        QCOMPARE(s2.pausedCredited, 3 * kHour);
        QCOMPARE(s2.elapsed, 17 * kHour);
        QCOMPARE(s2.deadline, cst(2025, 3, 12, 11, 30));
    }

    // ---- years without calendar data -----------------------------------------------------

    void yearWithoutDataIsReported()
    {
        const ClockFacts f = factsFrom(ClockKind::AllocationVm, cst(2026, 12, 30, 10));
        const ClockState s = at(f, rule(ClockKind::AllocationVm), cst(2026, 12, 30, 11));
        QCOMPARE_E(s.status, ClockStatus::Unknown);
        QCOMPARE(s.missingCalendarYear, 2027);
        QVERIFY(s.error);
        QCOMPARE(s.error->detail, u"calendar_year_missing:2027"_s);
        QVERIFY(s.error->message.contains(u"2027"));
        QVERIFY(!s.countdown.known);
        QVERIFY(!s.countdown.running);
        QVERIFY(!s.deadline.isValid());

        // A clock due in 2026 that is still running in 2027.
        const ClockFacts late = factsFrom(ClockKind::AllocationVm, cst(2026, 12, 28, 10));
        const ClockState l = at(late, rule(ClockKind::AllocationVm), cst(2027, 1, 4, 10));
        QCOMPARE_E(l.status, ClockStatus::Unknown);
        QCOMPARE(l.missingCalendarYear, 2027);

        // Wall clocks need no calendar.
        const ClockState wall = computeClock(factsFrom(ClockKind::Response, cst(2027, 1, 4, 10)),
                                             rule(ClockKind::Response), nullptr, cst(2027, 1, 4, 10, 5));
        QCOMPARE_E(wall.status, ClockStatus::Ok);
        QVERIFY(!wall.error);
    }

    // ---- the 1 Hz countdown agrees with a full recomputation -----------------------------

    void countdownAgreesWithRecomputation_data()
    {
        QTest::addColumn<ClockKind>("kind");
        QTest::addColumn<Grade>("grade");
        QTest::newRow("response") << ClockKind::Response << Grade::I;
        QTest::newRow("resolution I") << ClockKind::Resolution << Grade::I;
        QTest::newRow("customer update") << ClockKind::CustomerUpdate << Grade::II;
        QTest::newRow("VM") << ClockKind::AllocationVm << Grade::IV;
        QTest::newRow("physical") << ClockKind::AllocationPhysical << Grade::IV;
    }

    void countdownAgreesWithRecomputation()
    {
        QFETCH(ClockKind, kind);
        QFETCH(Grade, grade);
        const ClockRule &r = rule(kind, grade);
        QRandomGenerator rng(7);
        const QDateTime start = cst(2025, 9, 26, 15);
        const ClockFacts f = factsFrom(kind, start, {{start.addSecs(300), start.addSecs(900)}});
        const ClockState first = at(f, r, start.addSecs(901));
        QVERIFY(first.countdown.running);
        for (int i = 0; i < 2000; ++i) {
            const QDateTime t = start.addSecs(901 + qint64(rng.bounded(30 * 24 * 3600)));
            const ClockState full = at(f, r, t);
            const auto reading = first.countdown.at(t.toSecsSinceEpoch());
            QCOMPARE_E(reading.status, full.status);
            QCOMPARE(reading.remaining, full.deadline.toSecsSinceEpoch() - t.toSecsSinceEpoch());
        }
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "test_sla_clock.moc"
