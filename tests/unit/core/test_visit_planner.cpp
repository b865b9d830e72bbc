#include "SlaFixtures.h"
#include "core/VisitPlanner.h"

#include <QTest>

using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

namespace {

QList<ScheduledVisit> asScheduled(const QList<PlannedVisit> &planned, VisitState state = VisitState::Planned)
{
    QList<ScheduledVisit> out;
    qint64 id = 100;
    for (const PlannedVisit &p : planned)
        out.append({id++, p.key, state, p.dueAt});
    return out;
}

QList<PlannedVisit> planOrFail(const VisitPlanInput &input, const VisitRules &rules = {})
{
    auto plan = planVisits(input, rules, *defaultCalendar());
    if (!plan)
        qFatal("planVisits failed: %s", qPrintable(plan.error().message));
    return plan.value();
}

const PlannedVisit *byKey(const QList<PlannedVisit> &visits, const QString &key)
{
    for (const PlannedVisit &v : visits) {
        if (v.key == key)
            return &v;
    }
    return nullptr;
}

} // namespace

class TestVisitPlanner : public QObject
{
    Q_OBJECT
private slots:
    void storageNamesRoundTrip()
    {
        for (auto k : {VisitKind::AfterService, VisitKind::AfterFault, VisitKind::NewCustomer, VisitKind::Vip})
            QCOMPARE(visitKindFromStorage(toStorage(k)), k);
        for (auto m : {VisitMode::Call, VisitMode::OnSite})
            QCOMPARE(visitModeFromStorage(toStorage(m)), m);
        for (auto s : {VisitState::Planned, VisitState::Done, VisitState::Missed, VisitState::Cancelled})
            QCOMPARE(visitStateFromStorage(toStorage(s)), s);
        QCOMPARE(toStorage(VisitKind::NewCustomer), u"new_customer"_s);
        QCOMPARE(visitKindFromStorage(u"weekly"), std::nullopt);
    }

    void vipIsMoreThanFourHostsOrFlagged_data()
    {
        QTest::addColumn<int>("hosts");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<bool>("vip");
        QTest::newRow("4 hosts") << 4 << false << false;
        QTest::newRow("5 hosts") << 5 << false << true;
        QTest::newRow("0 hosts, flagged") << 0 << true << true;
    }
    void vipIsMoreThanFourHostsOrFlagged()
    {
        QFETCH(int, hosts);
        QFETCH(bool, flagged);
        QFETCH(bool, vip);
        QCOMPARE(isVip(hosts, flagged, VisitRules{}), vip);
    }

    // Due dates land at the close of business of a working day, across holidays and make-up working days.
    void afterEventDueDates_data()
    {
        QTest::addColumn<bool>("fault");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("fault Fri evening → make-up Sunday 20 Sep") << true << cst(2026, 9, 18, 20) << cst(2026, 9, 20, 17, 30);
        QTest::newRow("fault before National Day → 8 Oct") << true << cst(2026, 9, 30, 11) << cst(2026, 10, 8, 17, 30);
        QTest::newRow("fault on a holiday → 2nd working day") << true << cst(2026, 10, 3, 9) << cst(2026, 10, 9, 17, 30);
        QTest::newRow("service on a working day → same day") << false << cst(2026, 2, 13, 10) << cst(2026, 2, 13, 17, 30);
        QTest::newRow("service in Spring Festival → 24 Feb") << false << cst(2026, 2, 15, 10) << cst(2026, 2, 24, 17, 30);
        QTest::newRow("service on make-up Saturday → same day") << false << cst(2026, 2, 28, 9) << cst(2026, 2, 28, 17, 30);
    }
    void afterEventDueDates()
    {
        QFETCH(bool, fault);
        QFETCH(QDateTime, at);
        QFETCH(QDateTime, due);
        VisitPlanInput input;
        if (fault)
            input.faults.append({42, 7, at, false});
        else
            input.services.append({42, 7, at});
        const auto plan = planOrFail(input);
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan[0].dueAt, due);
        QCOMPARE(plan[0].ticketId, 42);
        QCOMPARE(plan[0].departmentId, 7);
        QCOMPARE(plan[0].key, fault ? u"after_fault/t42"_s : u"after_service/t42"_s);
    }

    void faultOfVipCustomerGoesToTheAccountManager()
    {
        VisitPlanInput input;
        input.faults = {{1, 7, cst(2026, 11, 20, 10), true}, {2, 8, cst(2026, 11, 20, 10), false}};
        const auto plan = planOrFail(input);
        QCOMPARE(byKey(plan, u"after_fault/t1"_s)->owner, VisitOwner::AccountManager);
        QCOMPARE(byKey(plan, u"after_fault/t2"_s)->owner, VisitOwner::Desk);
    }

    void newCustomerDays3_8_15OnWorkingDays()
    {
        VisitPlanInput input;
        input.newCustomers.append({5, QDate(2026, 9, 22), std::nullopt});
        const auto plan = planOrFail(input);
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan[0].key, u"new_customer/d5/day3"_s);
        QCOMPARE(plan[0].dueAt, cst(2026, 9, 28, 17, 30)); // day 3 is the Mid-Autumn holiday
        QCOMPARE(plan[1].dueAt, cst(2026, 9, 30, 17, 30)); // day 8
        QCOMPARE(plan[2].dueAt, cst(2026, 10, 8, 17, 30)); // day 15 is in the National Day holiday
        QCOMPARE(plan[2].planDay, 15);
    }

    void migrationDoneEndsNewCustomerVisitsEarly()
    {
        VisitPlanInput input;
        input.newCustomers.append({5, QDate(2026, 9, 22), std::nullopt});
        const auto before = planOrFail(input);
        auto scheduled = asScheduled(before);
        scheduled[0].state = VisitState::Done; // the day-3 call was made

        input.newCustomers[0].migrationDoneOn = QDate(2026, 9, 25);
        const auto after = planOrFail(input);
        QCOMPARE(after.size(), 1);
        const VisitChanges changes = reconcile(after, scheduled, QDate(2026, 9, 1), QDate(2026, 10, 31));
        QVERIFY(changes.create.isEmpty());
        QVERIFY(changes.reschedule.isEmpty());
        QCOMPARE(changes.cancel, (QList<qint64>{scheduled[1].id, scheduled[2].id}));
    }

    void vipMonthlyCallsAndQuarterlyVisitsOnLastWorkingDay()
    {
        VisitPlanInput input;
        input.vips.append({7, std::nullopt, QDate(2026, 8, 15)});
        input.vips.append({7, 17, QDate(2026, 1, 1)});
        input.windowFrom = QDate(2026, 9, 1);
        input.windowTo = QDate(2026, 12, 31);
        const auto plan = planOrFail(input);
        // 4 calls + 2 quarters for each subject
        QCOMPARE(plan.size(), 12);
        QCOMPARE(byKey(plan, u"vip_call/d7/2026-09"_s)->dueAt, cst(2026, 9, 30, 17, 30));
        QCOMPARE(byKey(plan, u"vip_call/d7/2026-10"_s)->dueAt, cst(2026, 10, 30, 17, 30));
        QCOMPARE(byKey(plan, u"vip_onsite/d7/2026-Q3"_s)->mode, VisitMode::OnSite);
        QCOMPARE(byKey(plan, u"vip_onsite/b17/2026-Q4"_s)->dueAt, cst(2026, 12, 31, 17, 30));
        QCOMPARE(byKey(plan, u"vip_call/b17/2026-12"_s)->businessSystemId, 17);
        QCOMPARE(byKey(plan, u"vip_call/b17/2026-12"_s)->owner, VisitOwner::AccountManager);
        QVERIFY(!byKey(plan, u"vip_call/d7/2026-08"_s)); // the window starts in September
    }

    void vipSinceMidPeriodIsOwedThatPeriod()
    {
        VisitPlanInput input;
        input.vips.append({7, std::nullopt, QDate(2026, 11, 15)});
        input.windowFrom = QDate(2026, 1, 1);
        input.windowTo = QDate(2026, 12, 31);
        const auto plan = planOrFail(input);
        QStringList keys;
        for (const PlannedVisit &v : plan)
            keys.append(v.key);
        keys.sort();
        QCOMPARE(keys, (QStringList{u"vip_call/d7/2026-11"_s, u"vip_call/d7/2026-12"_s, u"vip_onsite/d7/2026-Q4"_s}));
    }

    void aYearWithoutCalendarDataIsNamed()
    {
        VisitPlanInput input;
        input.vips.append({7, std::nullopt, QDate(2026, 1, 1)});
        input.windowFrom = QDate(2026, 12, 1);
        input.windowTo = QDate(2027, 1, 31);
        auto plan = planVisits(input, VisitRules{}, *defaultCalendar());
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(u"2027"_s), qPrintable(plan.error().message));
    }

    void planningAgainChangesNothing()
    {
        VisitPlanInput input;
        input.faults.append({1, 7, cst(2026, 11, 20, 10), false});
        input.services.append({2, 8, cst(2026, 11, 21, 10)});
        input.newCustomers.append({9, QDate(2026, 11, 2), std::nullopt});
        input.vips.append({7, std::nullopt, QDate(2026, 1, 1)});
        input.windowFrom = QDate(2026, 1, 1);
        input.windowTo = QDate(2026, 12, 31);
        const auto first = planOrFail(input);
        const VisitChanges initial = reconcile(first, {}, input.windowFrom, input.windowTo);
        QCOMPARE(initial.create, first);

        const auto again = planOrFail(input);
        QCOMPARE(again, first);
        QVERIFY(reconcile(again, asScheduled(first), input.windowFrom, input.windowTo).isEmpty());
        QVERIFY(std::is_sorted(first.begin(), first.end(),
                               [](const PlannedVisit &a, const PlannedVisit &b) { return a.dueAt < b.dueAt; }));
    }

    void aChangedRuleReschedulesOnlyVisitsNotYetDone()
    {
        VisitPlanInput input;
        input.faults = {{1, 7, cst(2026, 11, 16, 10), false}, {2, 7, cst(2026, 11, 17, 10), false}};
        auto scheduled = asScheduled(planOrFail(input));
        scheduled[0].state = VisitState::Done;

        VisitRules slower;
        slower.afterFaultWorkingDays = 3;
        const VisitChanges changes = reconcile(planOrFail(input, slower), scheduled, QDate(2026, 11, 1),
                                               QDate(2026, 11, 30));
        QVERIFY(changes.create.isEmpty());
        QVERIFY(changes.cancel.isEmpty());
        QCOMPARE(changes.reschedule, (QList<Reschedule>{{scheduled[1].id, cst(2026, 11, 20, 17, 30)}}));
    }

    void visitsOutsideTheWindowAreLeftAlone()
    {
        QList<ScheduledVisit> scheduled{{1, u"vip_call/d7/2027-01"_s, VisitState::Planned, cst(2027, 1, 29, 17, 30)},
                                        {2, u"vip_call/d7/2026-06"_s, VisitState::Planned, cst(2026, 6, 30, 17, 30)},
                                        {3, u"vip_call/d7/2026-05"_s, VisitState::Missed, cst(2026, 5, 29, 17, 30)}};
        const VisitChanges changes = reconcile({}, scheduled, QDate(2026, 6, 1), QDate(2026, 12, 31));
        QCOMPARE(changes.cancel, (QList<qint64>{2}));
    }
};

QTEST_GUILESS_MAIN(TestVisitPlanner)
#include "test_visit_planner.moc"
