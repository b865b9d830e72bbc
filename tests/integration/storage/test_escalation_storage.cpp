#include "EscalationFixture.h"
#include "StorageTestSupport.h"
#include "storage/EscalationRepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace govops;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

core::DueStep step(qint64 ticket, std::optional<core::ClockKind> clock, core::EscalationStep which,
                   core::Recipients recipients, bool superseded = false)
{
    core::DueStep s;
    s.key = {ticket, clock, 0, which};
    s.recipients = std::move(recipients);
    s.grade = core::Grade::II;
    s.dueSince = kNow;
    s.deadline = clock ? kNow.addSecs(600) : QDateTime();
    s.superseded = superseded;
    return s;
}

} // namespace

class TestEscalationStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    // Two consoles recording the same due step: one row, and only the first call reports it.
    void recordsEachStepOnce()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto people = test::seedEscalationPeople(s.db(), QUrl(u"http://127.0.0.1:1/robot"_s));
        const qint64 ticket = test::addTicket(s.db(), people, u"T-1"_s, 2, kNow.addSecs(-1200), people.technician);
        const QList<core::DueStep> due{
            step(ticket, std::nullopt, core::EscalationStep::Created, {false, {core::Role::Leadership}})};
        storage::EscalationRepository repo(s.db());
        const auto first = repo.record(due, kNow);
        QVERIFY_OK(first);
        QCOMPARE(first.value().size(), 1);
        const auto second = repo.record(due, kNow.addSecs(5));
        QVERIFY_OK(second);
        QVERIFY(second.value().isEmpty());
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalations"_s), 1);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries"_s), 1);

        const auto keys = repo.recorded({ticket});
        QVERIFY_OK(keys);
        QVERIFY(keys.value().contains(due.first().key));
        QCOMPARE(keys.value().size(), 1);
    }

    // Roles become people, the owner joins them; each mail channel mails each person once, a robot posts once.
    void recipientsAndDeliveries()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto people = test::seedEscalationPeople(s.db(), QUrl(u"http://127.0.0.1:1/robot"_s));
        const qint64 ticket = test::addTicket(s.db(), people, u"T-2"_s, 2, kNow.addSecs(-1200), people.technician);
        storage::EscalationRepository repo(s.db());
        const auto recorded = repo.record({step(ticket, core::ClockKind::Resolution, core::EscalationStep::Breach,
                                                {true, {core::Role::Supervisor, core::Role::Leadership}})},
                                          kNow);
        QVERIFY_OK(recorded);
        QCOMPARE(recorded.value().size(), 1);
        const storage::EscalationRecord &r = recorded.value().first();
        QCOMPARE(r.clock, u"resolution"_s);
        QCOMPARE(r.step, u"breach"_s);
        QCOMPARE(r.notifiedRoles, (QStringList{u"supervisor"_s, u"leadership"_s}));
        QList<qint64> told = r.notifiedStaffIds;
        std::sort(told.begin(), told.end());
        QCOMPARE(told, (QList<qint64>{people.leader, people.supervisor, people.technician}));

        auto q = storage::exec(s.db(),
                               u"SELECT c.kind, d.recipient FROM escalation_deliveries d JOIN escalation_channels c"
                               " ON c.id = d.channel_id ORDER BY c.kind, d.recipient"_s,
                               QVariantList{}, u"read"_s);
        QVERIFY_OK(q);
        QStringList deliveries;
        while (q.value().next())
            deliveries.append(q.value().value(0).toString() + u':' + q.value().value(1).toString());
        QCOMPARE(deliveries, (QStringList{u"smtp:lead@example.test"_s, u"smtp:sup@example.test"_s,
                                          u"smtp:tech@example.test"_s, u"webhook:duty-robot"_s}));

        // Read back as a console sees it.
        const auto back = repo.forTickets({ticket});
        QVERIFY_OK(back);
        QCOMPARE(back.value().size(), 1);
        QCOMPARE(back.value().first().notifiedStaffIds, told);
        QVERIFY(back.value().first().deliveredTo.isEmpty()); // nothing sent yet
        const auto newer = repo.since(0);
        QVERIFY_OK(newer);
        QCOMPARE(newer.value().size(), 1);
        QVERIFY(repo.since(r.id).value().isEmpty());
    }

    // A late engine's earlier steps are recorded (so they are never due again) but not delivered.
    void supersededIsRecordedNotDelivered()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto people = test::seedEscalationPeople(s.db(), {});
        const qint64 ticket = test::addTicket(s.db(), people, u"T-3"_s, 3, kNow.addSecs(-86400), people.technician);
        storage::EscalationRepository repo(s.db());
        const auto recorded =
            repo.record({step(ticket, core::ClockKind::Resolution, core::EscalationStep::Warning, {true, {}}, true),
                         step(ticket, core::ClockKind::Resolution, core::EscalationStep::Breach,
                              {false, {core::Role::Supervisor}})},
                        kNow);
        QVERIFY_OK(recorded);
        QCOMPARE(recorded.value().size(), 2);
        QVERIFY(recorded.value().at(0).notifiedStaffIds.isEmpty() != recorded.value().at(1).notifiedStaffIds.isEmpty());
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalations"_s), 2);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_recipients"_s), 1);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries"_s), 1);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE recipient = ?"_s,
                                 {u"sup@example.test"_s}),
                 1);
    }

    // Each person acknowledges for themselves; twice is once.
    void acknowledgePerPerson()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto people = test::seedEscalationPeople(s.db(), {});
        const qint64 ticket = test::addTicket(s.db(), people, u"T-4"_s, 1, kNow.addSecs(-60));
        storage::EscalationRepository repo(s.db());
        const auto recorded = repo.record(
            {step(ticket, std::nullopt, core::EscalationStep::Created, {false, {core::Role::Leadership}})}, kNow);
        QVERIFY_OK(recorded);
        const qint64 id = recorded.value().first().id;
        QVERIFY_OK(repo.acknowledge(id, people.leader, kNow.addSecs(30)));
        QVERIFY_OK(repo.acknowledge(id, people.leader, kNow.addSecs(90)));
        QCOMPARE(repo.acknowledged(people.leader, {id}).value(), QSet<qint64>{id});
        QVERIFY(repo.acknowledged(people.supervisor, {id}).value().isEmpty());
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_acks"_s), 1);
        const auto missing = repo.acknowledge(id + 1000, people.leader, kNow);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, core::Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEscalationStorage)
#include "test_escalation_storage.moc"
