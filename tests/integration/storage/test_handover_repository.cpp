#include "StorageTestSupport.h"
#include "storage/DemoData.h"
#include "storage/HandoverRepository.h"
#include "storage/StaffRepository.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;
using Code = core::Error::Code;

namespace {

// Monday 16 June 2025, 10:30 in Beijing.
const QDateTime now(QDate(2025, 6, 16), QTime(2, 30), Qt::UTC);
const QTimeZone beijing(8 * 3600);

qint64 count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto q = exec(db, sql, values, u"count"_s);
    if (!q || !q.value().next())
        qFatal("%s: %s", qPrintable(sql), q ? "no row" : qPrintable(q.error().detail));
    return q.value().value(0).toLongLong();
}

QList<qint64> ids(QSqlDatabase &db, const QString &sql)
{
    auto q = exec(db, sql, QVariantList{}, u"ids"_s);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().detail));
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

bool seed(test::Scratch &s)
{
    if (!s.migrate())
        return false;
    SeedOptions options;
    options.now = now;
    const auto seeded = DemoData::seed(s.db(), options);
    if (!seeded)
        qWarning("seed: %s %s", qPrintable(seeded.error().message), qPrintable(seeded.error().detail));
    return seeded.ok();
}

qint64 staff(QSqlDatabase &db, const QString &login)
{
    return StaffRepository(db).byLogin(login).value().id;
}

} // namespace

class TestHandoverRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    void rotationBlocks()
    {
        auto block = HandoverRepository::rotationBlock(now, beijing);
        QCOMPARE(block.first, QDateTime(QDate(2025, 6, 16), QTime(8, 0), beijing).toUTC());
        QCOMPARE(block.second, QDateTime(QDate(2025, 6, 16), QTime(16, 0), beijing).toUTC());
        block = HandoverRepository::rotationBlock(QDateTime(QDate(2025, 6, 16), QTime(23, 59), beijing), beijing);
        QCOMPARE(block.first, QDateTime(QDate(2025, 6, 16), QTime(16, 0), beijing).toUTC());
        QCOMPARE(block.second, QDateTime(QDate(2025, 6, 17), QTime(0, 0), beijing).toUTC());
    }

    void recordsTheHandoverWithItsTickets()
    {
        test::Scratch s;
        QVERIFY(seed(s));
        HandoverRepository repo(s.db());
        const auto shift = repo.shiftAt(now);
        QVERIFY_OK(shift);
        QVERIFY(shift.value());
        QVERIFY(shift.value()->startsAt <= now && now < shift.value()->endsAt);
        QVERIFY(!shift.value()->memberIds.isEmpty());

        const QList<qint64> open = ids(s.db(), u"SELECT id FROM tickets WHERE status NOT IN ('resolved', 'closed')"
                                               " ORDER BY id LIMIT 3"_s);
        QCOMPARE(open.size(), 3);
        const qint64 before = count(s.db(), u"SELECT count(*) FROM handovers"_s);
        const qint64 events = count(s.db(), u"SELECT count(*) FROM ticket_events WHERE kind = 'handover'"_s);

        NewHandover h;
        h.fromStaffId = staff(s.db(), u"agent01"_s);
        h.toStaffId = staff(s.db(), u"agent02"_s);
        h.note = u"夜班交接：两单等客户回电"_s;
        h.tickets = {{open.at(2), u"等客户回电"_s}, {open.at(0), QString()}, {open.at(1), u"已联系厂商"_s}};
        const auto recorded = repo.record(h, now);
        QVERIFY_OK(recorded);
        const HandoverRecord &r = recorded.value();
        QVERIFY(r.id > 0);
        QCOMPARE(r.fromShiftId, shift.value()->id);
        QVERIFY(r.toShiftId); // the demo plans the next shift
        QCOMPARE(r.handedAt, now);

        const auto stored = repo.get(r.id);
        QVERIFY_OK(stored);
        QCOMPARE(stored.value().fromStaffId, h.fromStaffId);
        QCOMPARE(stored.value().toStaffId, h.toStaffId);
        QCOMPARE(stored.value().note, h.note);
        QCOMPARE(stored.value().handedAt, now);
        QCOMPARE(stored.value().toShiftId, r.toShiftId);
        QCOMPARE(stored.value().tickets.size(), 3);
        QCOMPARE(stored.value().tickets.at(0).ticketId, open.at(0));
        QCOMPARE(stored.value().tickets.at(0).note, QString());
        QCOMPARE(stored.value().tickets.at(1).note, u"已联系厂商"_s);
        QCOMPARE(stored.value().tickets.at(2).note, u"等客户回电"_s);

        QCOMPARE(count(s.db(), u"SELECT count(*) FROM handovers"_s), before + 1);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM ticket_events WHERE kind = 'handover'"_s), events + 3);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM handover_tickets WHERE handover_id = ?"_s, {r.id}), 3);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'handovers' AND entity_id = ?"_s, {r.id}),
                 1);
        const auto recent = repo.recent(1);
        QVERIFY_OK(recent);
        QCOMPARE(recent.value().size(), 1);
        QCOMPARE(recent.value().first().id, r.id);
    }

    void opensAShiftWhenNoneIsPlanned()
    {
        test::Scratch s;
        QVERIFY(seed(s));
        HandoverRepository repo(s.db());
        const QDateTime later = now.addDays(30);
        QVERIFY(!repo.shiftAt(later).value());
        const qint64 shifts = count(s.db(), u"SELECT count(*) FROM shifts"_s);
        const QList<qint64> open = ids(s.db(), u"SELECT id FROM tickets WHERE status <> 'closed' ORDER BY id LIMIT 1"_s);

        NewHandover h;
        h.fromStaffId = staff(s.db(), u"agent03"_s);
        h.toStaffId = staff(s.db(), u"agent04"_s);
        h.tickets = {{open.first(), u"请跟进"_s}};
        const auto recorded = repo.record(h, later, beijing);
        QVERIFY_OK(recorded);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM shifts"_s), shifts + 1);
        const auto opened = repo.shiftAt(later);
        QVERIFY_OK(opened);
        QVERIFY(opened.value());
        QCOMPARE(opened.value()->id, recorded.value().fromShiftId);
        const auto block = HandoverRepository::rotationBlock(later, beijing);
        QCOMPARE(opened.value()->startsAt, block.first);
        QCOMPARE(opened.value()->endsAt, block.second);
        QVERIFY(!opened.value()->name.isEmpty());
        QVERIFY(!recorded.value().toShiftId);

        // A second handover in the same period uses that shift.
        h.fromStaffId = staff(s.db(), u"agent04"_s);
        h.toStaffId = staff(s.db(), u"agent05"_s);
        const auto again = repo.record(h, later.addSecs(600), beijing);
        QVERIFY_OK(again);
        QCOMPARE(again.value().fromShiftId, recorded.value().fromShiftId);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM shifts"_s), shifts + 1);
    }

    void refusesAndWritesNothing()
    {
        test::Scratch s;
        QVERIFY(seed(s));
        HandoverRepository repo(s.db());
        const QDateTime later = now.addDays(30); // no shift: a refused handover must not leave one behind
        const qint64 handovers = count(s.db(), u"SELECT count(*) FROM handovers"_s);
        const qint64 shifts = count(s.db(), u"SELECT count(*) FROM shifts"_s);
        const qint64 events = count(s.db(), u"SELECT count(*) FROM ticket_events"_s);
        const QList<qint64> open = ids(s.db(), u"SELECT id FROM tickets WHERE status <> 'closed' ORDER BY id LIMIT 1"_s);
        const QList<qint64> closed = ids(s.db(), u"SELECT id FROM tickets WHERE status = 'closed' ORDER BY id LIMIT 1"_s);
        QCOMPARE(closed.size(), 1);
        const qint64 a = staff(s.db(), u"agent01"_s);
        const qint64 b = staff(s.db(), u"agent02"_s);

        const auto refused = [&](NewHandover h, Code code) {
            const auto r = repo.record(h, later);
            return !r.ok() && r.error().code == code && !r.error().message.isEmpty();
        };
        QVERIFY(refused({a, a, {}, {{open.first(), {}}}}, Code::Invalid));
        QVERIFY(refused({a, b, {}, {}}, Code::Invalid));
        QVERIFY(refused({a, b, {}, {{open.first(), {}}, {open.first(), {}}}}, Code::Invalid));
        QVERIFY(refused({a, b, QString(10001, u'x'), {{open.first(), {}}}}, Code::Invalid));
        QVERIFY(refused({a, b, {}, {{open.first(), QString(2001, u'x')}}}, Code::Invalid));
        // These fail inside the transaction, after the shift was opened and the handover row written.
        QVERIFY(refused({a, b, {}, {{open.first(), {}}, {closed.first(), {}}}}, Code::Invalid));
        QVERIFY(refused({a, b, {}, {{open.first(), {}}, {99999999, {}}}}, Code::Invalid));
        QVERIFY(refused({a, 99999999, {}, {{open.first(), {}}}}, Code::NotFound));

        QCOMPARE(count(s.db(), u"SELECT count(*) FROM handovers"_s), handovers);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM shifts"_s), shifts);
        QCOMPARE(count(s.db(), u"SELECT count(*) FROM ticket_events"_s), events);
    }
};

QTEST_GUILESS_MAIN(TestHandoverRepository)
#include "test_handover_repository.moc"
