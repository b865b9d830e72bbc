#include "SlaFixtures.h"
#include "core/SlaPolicy.h"

#include <QTest>

#include <functional>

using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(SlaPolicy::Data &)>;
Q_DECLARE_METATYPE(Mutation)

class TestSlaPolicy : public QObject
{
    Q_OBJECT
private slots:
    void defaultTable_data()
    {
        QTest::addColumn<ClockKind>("clock");
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<qint64>("amount"); // 0: no such clock
        QTest::addColumn<bool>("pausable");
        const auto F = TicketKind::Fault;
        const auto C = TicketKind::Consultation;
        const auto S = TicketKind::ServiceRequest;
        for (Grade g : allGrades()) {
            const QByteArray gn = toStorage(g).toLatin1();
            QTest::addRow("fault %s response", gn.data()) << ClockKind::Response << F << g << 10 * kMinute << false;
            QTest::addRow("fault %s update", gn.data()) << ClockKind::CustomerUpdate << F << g << 30 * kMinute << false;
            QTest::addRow("fault %s no VM", gn.data()) << ClockKind::AllocationVm << F << g << qint64(0) << false;
            QTest::addRow("consultation %s no plan", gn.data())
                << ClockKind::HandlingPlan << C << g << qint64(0) << false;
            QTest::addRow("request %s VM", gn.data()) << ClockKind::AllocationVm << S << g << qint64(2) << true;
            QTest::addRow("request %s physical", gn.data())
                << ClockKind::AllocationPhysical << S << g << qint64(7) << true;
            QTest::addRow("request %s no resolution", gn.data())
                << ClockKind::Resolution << S << g << qint64(0) << false;
        }
        QTest::newRow("plan I") << ClockKind::HandlingPlan << F << Grade::I << 30 * kMinute << false;
        QTest::newRow("plan III") << ClockKind::HandlingPlan << F << Grade::III << 30 * kMinute << false;
        QTest::newRow("plan IV (own row wins)") << ClockKind::HandlingPlan << F << Grade::IV << 2 * kHour << false;
        QTest::newRow("resolution I") << ClockKind::Resolution << F << Grade::I << 3 * kHour << true;
        QTest::newRow("resolution II") << ClockKind::Resolution << F << Grade::II << 6 * kHour << true;
        QTest::newRow("resolution III") << ClockKind::Resolution << F << Grade::III << 12 * kHour << true;
        QTest::newRow("resolution IV") << ClockKind::Resolution << F << Grade::IV << 24 * kHour << true;
        QTest::newRow("consultation resolution") << ClockKind::Resolution << C << Grade::IV << 24 * kHour << true;
    }

    void defaultTable()
    {
        QFETCH(ClockKind, clock);
        QFETCH(TicketKind, kind);
        QFETCH(Grade, grade);
        QFETCH(qint64, amount);
        QFETCH(bool, pausable);
        const SlaPolicy p = defaultPolicy();
        const ClockRule *r = p.rule(clock, kind, grade);
        if (amount == 0) {
            QVERIFY(!r);
            return;
        }
        QVERIFY(r);
        QCOMPARE(r->amount, amount);
        QCOMPARE(r->pausable, pausable);
        QCOMPARE(r->warningShare, 0.75);
    }

    void specificRuleWinsWhateverTheOrder()
    {
        SlaPolicy::Data d = defaultPolicyData();
        std::reverse(d.clocks.begin(), d.clocks.end());
        const SlaPolicy p = makePolicy(d);
        QCOMPARE(p.rule(ClockKind::HandlingPlan, TicketKind::Fault, Grade::IV)->amount, 2 * kHour);
        QCOMPARE(p.rule(ClockKind::HandlingPlan, TicketKind::Fault, Grade::II)->amount, 30 * kMinute);
    }

    void invalidPolicies_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("zero duration") << Mutation([](SlaPolicy::Data &d) { d.clocks[0].amount = 0; }) << u"positive"_s;
        QTest::newRow("share 1") << Mutation([](SlaPolicy::Data &d) { d.clocks[0].warningShare = 1.0; }) << u"share"_s;
        QTest::newRow("share 0") << Mutation([](SlaPolicy::Data &d) { d.clocks[0].warningShare = 0.0; }) << u"share"_s;
        QTest::newRow("warning after breach")
            << Mutation([](SlaPolicy::Data &d) { d.clocks.last().warningAfterSeconds = 30 * kMinute; })
            << u"before the breach"_s;
        QTest::newRow("fixed warning on working days") << Mutation([](SlaPolicy::Data &d) {
            for (ClockRule &r : d.clocks) {
                if (r.clock == ClockKind::AllocationVm)
                    r.warningAfterSeconds = 60;
            }
        }) << u"wall time"_s;
        QTest::newRow("duplicate grade row") << Mutation([](SlaPolicy::Data &d) {
            d.clocks.append(wallRule(ClockKind::Resolution, Grade::I, {TicketKind::Fault}, kHour));
        }) << u"twice"_s;
        QTest::newRow("duplicate every-grade row") << Mutation([](SlaPolicy::Data &d) {
            d.clocks.append(wallRule(ClockKind::Response, std::nullopt, {TicketKind::Fault}, kHour));
        }) << u"twice"_s;
        QTest::newRow("no ticket kind") << Mutation([](SlaPolicy::Data &d) { d.clocks[0].ticketKinds.clear(); })
                                        << u"no kind"_s;
        QTest::newRow("escalation share")
            << Mutation([](SlaPolicy::Data &d) { d.escalation[2].share = 1.5; }) << u"(0, 1]"_s;
        QTest::newRow("escalation to nobody")
            << Mutation([](SlaPolicy::Data &d) { d.escalation[1].recipients = Recipients{}; }) << u"nobody"_s;
        QTest::newRow("hours backwards") << Mutation([](SlaPolicy::Data &d) { d.hours.opening = QTime(18, 0); })
                                         << u"open before"_s;
    }

    void invalidPolicies()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, fragment);
        SlaPolicy::Data d = defaultPolicyData(7);
        mutate(d);
        const auto p = SlaPolicy::create(d);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::Invalid);
        QVERIFY2(p.error().message.contains(fragment), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains(u"version 7"));
    }

    void versionAndActiveFlag()
    {
        const SlaPolicy p = defaultPolicy(3);
        QCOMPARE(p.version(), 3);
        QVERIFY(p.isActive());
        const SlaPolicy off = p.withActive(false);
        QVERIFY(!off.isActive());
        QCOMPARE(off.rule(ClockKind::Response, TicketKind::Fault, Grade::I)->amount, 10 * kMinute);

        PolicyBook book;
        book.insert(defaultEntry(1));
        book.insert(defaultEntry(2));
        QCOMPARE(book.versions(), (QList<int>{1, 2}));
        book.setActive(1, false);
        QVERIFY(!book.find(1)->policy.isActive());
        QVERIFY(book.find(2)->policy.isActive());
        QVERIFY(!book.find(3));
    }

    void entryCalendarUsesThePolicyHours()
    {
        SlaPolicy::Data d = defaultPolicyData(4);
        d.hours.opening = QTime(9, 0);
        d.hours.closeOfBusiness = QTime(18, 0);
        const auto entry = makePolicyEntry(makePolicy(d), holidayRows());
        QVERIFY(entry.ok());
        QCOMPARE(entry.value().calendar->workingHours().closeOfBusiness, QTime(18, 0));
        QCOMPARE(entry.value().calendar->addWorkingDays(cst(2025, 3, 3, 10), 2).value(), cst(2025, 3, 5, 18));
        const QList<CalendarDay> bad{{QDate(2025, 3, 3), DayKind::Workday, u"Monday"_s}};
        QVERIFY(!makePolicyEntry(makePolicy(d), bad).ok());
    }

    void escalationRecipients()
    {
        const SlaPolicy p = defaultPolicy();
        const EscalationRule &breach = p.escalationRules()[3];
        QCOMPARE(breach.recipientsFor(Grade::III), (Recipients{false, {Role::Supervisor}}));
        QCOMPARE(breach.recipientsFor(Grade::I), (Recipients{false, {Role::Supervisor, Role::Leadership}}));
        const EscalationRule &created = p.escalationRules()[0];
        QVERIFY(created.matches(TicketKind::Fault, Grade::II));
        QVERIFY(!created.matches(TicketKind::Fault, Grade::III));
        QVERIFY(!created.matches(TicketKind::Consultation, Grade::I));
    }

    void storageStrings()
    {
        QStringList clocks;
        for (ClockKind k : allClockKinds()) {
            clocks.append(toStorage(k));
            QVERIFY(clockKindFromStorage(toStorage(k)) == k);
        }
        QCOMPARE(clocks, (QStringList{u"response"_s, u"handling_plan"_s, u"resolution"_s, u"customer_update"_s,
                                      u"allocation_vm"_s, u"allocation_physical"_s}));
        QCOMPARE(toStorage(DurationUnit::WorkingDays), u"working_days"_s);
        QVERIFY(durationUnitFromStorage(u"wall_seconds") == DurationUnit::WallSeconds);
        QCOMPARE(toStorage(EscalationStep::Supervisor), u"supervisor"_s);
        QVERIFY(escalationStepFromStorage(u"breach") == EscalationStep::Breach);
        QCOMPARE(toStorage(StepTrigger::AtShare), u"at_share"_s);
        QVERIFY(stepTriggerFromStorage(u"at_creation") == StepTrigger::AtCreation);
        QVERIFY(!clockKindFromStorage(u"sla"));
        QVERIFY(!escalationStepFromStorage(u""));
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "test_sla_policy.moc"
