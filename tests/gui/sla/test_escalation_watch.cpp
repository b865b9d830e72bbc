#include "SlaDesk.h"
#include "sla/ClockBoard.h"
#include "sla/EscalationWatch.h"
#include "sla/Notifier.h"
#include "storage/EscalationRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops;
using govops::sla::EscalationWatch;
using govops::sla::Notice;

namespace {

class CountingNotifier final : public sla::Notifier
{
public:
    void notify(const Notice &notice) override { told.append(notice); }
    QList<Notice> told;
};

bool pass(EscalationWatch &watch)
{
    QSignalSpy finished(&watch, &EscalationWatch::passFinished);
    watch.runPass();
    return finished.wait(60000);
}

// A new grade I fault at the desk's "now": its creation step goes to leadership at once.
qint64 openGradeOneFault(test::SlaDesk &desk)
{
    const QDateTime now = desk.clock.now();
    return desk.run<qint64>([now](QSqlDatabase &db) -> qint64 {
        storage::TicketRecord t;
        t.kind = u"fault"_s;
        t.grade = 1;
        t.title = u"核心数据库宕机"_s;
        t.reporter = u"王芳"_s;
        t.departmentId = 1;
        auto created = storage::TicketRepository(db).create(t, std::nullopt, now);
        if (!created)
            qFatal("cannot open the ticket: %s", qPrintable(created.error().detail));
        return created.value().id;
    });
}

qint64 staffId(test::SlaDesk &desk, const QString &login)
{
    return desk.run<qint64>([login](QSqlDatabase &db) -> qint64 {
        auto s = storage::StaffRepository(db).byLogin(login);
        return s ? s.value().id : 0;
    });
}

} // namespace

class TestEscalationWatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_template = test::SlaDesk::seedTemplate(m_dir); }

    void tellsOncePerNewStepThatConcernsThePerson()
    {
        test::SlaDesk desk(m_template);
        CountingNotifier leadOne, leadTwo, agent;
        EscalationWatch a(desk.database.get(), &desk.clock, u"lead01"_s, &leadOne);
        EscalationWatch b(desk.database.get(), &desk.clock, u"lead02"_s, &leadTwo);
        EscalationWatch c(desk.database.get(), &desk.clock, u"agent01"_s, &agent);
        // The first pass records what is due in the demo and tells nothing that happened before sign-in.
        QVERIFY(pass(a));
        QVERIFY(pass(b));
        QVERIFY(pass(c));
        QVERIFY(leadOne.told.isEmpty());
        QVERIFY(leadTwo.told.isEmpty());
        QVERIFY(agent.told.isEmpty());
        const auto pendingBefore = a.pending().size(); // told of nothing, but listed until acknowledged

        const qint64 ticket = openGradeOneFault(desk);
        QVERIFY(pass(a)); // records the creation step
        QCOMPARE(leadOne.told.size(), 1);
        QCOMPARE(leadOne.told.first().ticketId, ticket);
        QCOMPARE(leadOne.told.first().escalationIds.size(), 1);
        QVERIFY(leadOne.told.first().key.endsWith(u"/ticket#0/created"_s));
        QVERIFY(pass(b)); // another console recorded it: told all the same
        QCOMPARE(leadTwo.told.size(), 1);
        QCOMPARE(leadTwo.told.first().escalationIds, leadOne.told.first().escalationIds);
        QVERIFY(pass(c)); // the step is not for agents
        QVERIFY(agent.told.isEmpty());

        QVERIFY(pass(a)); // nothing new: nothing told again
        QVERIFY(pass(b));
        QCOMPARE(leadOne.told.size(), 1);
        QCOMPARE(leadTwo.told.size(), 1);
        QCOMPARE(a.pending().size(), pendingBefore + 1);
    }

    void acknowledgingHidesTheNoticeForThatPersonOnly()
    {
        test::SlaDesk desk(m_template);
        CountingNotifier leadOne, leadTwo;
        EscalationWatch a(desk.database.get(), &desk.clock, u"lead01"_s, &leadOne);
        EscalationWatch b(desk.database.get(), &desk.clock, u"lead02"_s, &leadTwo);
        QVERIFY(pass(a));
        QVERIFY(pass(b));
        const qint64 ticket = openGradeOneFault(desk);
        QVERIFY(pass(a));
        QVERIFY(pass(b));
        QCOMPARE(leadOne.told.size(), 1);
        QCOMPARE(leadTwo.told.size(), 1);
        const QList<qint64> ids = leadOne.told.first().escalationIds;
        const auto pendingOf = [&](const EscalationWatch &w) {
            return std::count_if(w.pending().cbegin(), w.pending().cend(),
                                 [&](const Notice &n) { return n.escalationIds == ids; });
        };
        QCOMPARE(pendingOf(a), 1);
        QCOMPARE(pendingOf(b), 1);
        const auto aBefore = a.pending().size();
        const auto bBefore = b.pending().size();

        QSignalSpy acknowledged(&a, &EscalationWatch::acknowledged);
        QSignalSpy failed(&a, &EscalationWatch::failed);
        a.acknowledge(ids);
        QVERIFY(QTest::qWaitFor([&] { return !acknowledged.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(pendingOf(a), 0);
        QCOMPARE(a.pending().size(), aBefore - 1);
        QCOMPARE(pendingOf(b), 1);
        QVERIFY(pass(a));
        QVERIFY(pass(b));
        QCOMPARE(pendingOf(a), 0);
        QCOMPARE(pendingOf(b), 1);
        QCOMPARE(b.pending().size(), bBefore);
        QCOMPARE(leadOne.told.size(), 1);

        const qint64 one = staffId(desk, u"lead01"_s);
        const qint64 two = staffId(desk, u"lead02"_s);
        const auto ackedBy = [&](qint64 staff) {
            return desk.run<QSet<qint64>>([staff, ids](QSqlDatabase &db) {
                return storage::EscalationRepository(db).acknowledged(staff, ids).value();
            });
        };
        QCOMPARE(ackedBy(one), QSet<qint64>(ids.cbegin(), ids.cend()));
        QVERIFY(ackedBy(two).isEmpty());

        // The panel's rows say the same, each for its own person.
        const QDateTime now = desk.clock.now();
        const auto rowsOf = [&](const QString &login) {
            return desk.run<sla::ClockBoard>([login, now](QSqlDatabase &db) {
                return sla::loadClockBoard(db, {login, std::nullopt}, now).value();
            });
        };
        int checked = 0;
        for (const sla::ClockRow &r : rowsOf(u"lead01"_s).rows) {
            if (r.ticketId == ticket) {
                QVERIFY(r.escalationIds.contains(ids.first()));
                QVERIFY(!r.unacknowledged.contains(ids.first()));
                ++checked;
            }
        }
        for (const sla::ClockRow &r : rowsOf(u"lead02"_s).rows) {
            if (r.ticketId == ticket)
                QVERIFY(r.unacknowledged.contains(ids.first()));
        }
        QVERIFY(checked > 0);
    }

    void clockNoticesGoToTheOwnerOncePerStep()
    {
        test::SlaDesk desk(m_template);
        const QDateTime now = desk.clock.now();
        const sla::ClockBoard board = desk.run<sla::ClockBoard>([now](QSqlDatabase &db) {
            return sla::loadClockBoard(db, {u"agent01"_s, std::nullopt}, now).value();
        });
        const sla::ClockRow *owned = nullptr;
        const sla::ClockRow *other = nullptr;
        for (const sla::ClockRow &r : board.rows) { // before its warning: nothing recorded for it yet
            if (!owned && r.ownerId && r.countdown.at(now.toSecsSinceEpoch()).status == core::ClockStatus::Ok)
                owned = &r;
        }
        QVERIFY(owned);
        for (const sla::ClockRow &r : board.rows) {
            if (!other && r.ownerId && r.ownerId != owned->ownerId)
                other = &r;
        }
        QVERIFY(other);
        const qint64 ownerId = *owned->ownerId;
        const QString login = desk.run<QString>(
            [ownerId](QSqlDatabase &db) { return storage::StaffRepository(db).get(ownerId).value().login; });
        CountingNotifier notifier;
        EscalationWatch watch(desk.database.get(), &desk.clock, login, &notifier);
        QVERIFY(pass(watch)); // learns who the person is
        const auto before = notifier.told.size();
        watch.clockReached(*owned, false);
        QCOMPARE(notifier.told.size(), before + 1);
        QVERIFY(!notifier.told.constLast().breach);
        watch.clockReached(*owned, false);
        QCOMPARE(notifier.told.size(), before + 1);
        watch.clockReached(*owned, true);
        QCOMPARE(notifier.told.size(), before + 2);
        QVERIFY(notifier.told.constLast().breach);
        watch.clockReached(*other, true); // somebody else's ticket
        QCOMPARE(notifier.told.size(), before + 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
};

QTEST_MAIN(TestEscalationWatch)
#include "test_escalation_watch.moc"
