// The SLA policy rows as core objects, on both backends: the default rows are core's default policy, a
// published version keeps the old ones, and an escalation step is recorded once per (ticket, clock, cycle, step).

#include "SlaFixtures.h"
#include "StorageTestSupport.h"
#include "storage/CalendarRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;
using Code = core::Error::Code;

namespace {

const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

// QCOMPARE on lists of domain enums through their storage strings, so a failure prints names.
template <typename T>
QStringList names(const QList<T> &values)
{
    QStringList list;
    for (const T &v : values)
        list.append(core::toStorage(v));
    return list;
}

} // namespace

class TestSlaPolicyStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addBackends(); }

    void defaultPolicyIsCoresDefault()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        QVERIFY_OK(CalendarRepository(s.db()).importDefaultIfEmpty());
        const auto book = SlaPolicyRepository(s.db()).policyBook();
        QVERIFY_OK(book);
        QCOMPARE(book.value().versions(), (QList<int>{1}));
        const core::PolicyEntry *entry = book.value().find(1);
        QVERIFY(entry);
        const core::SlaPolicy::Data &got = entry->policy.data();
        const core::SlaPolicy::Data want = test::defaultPolicyData(1);

        QCOMPARE(got.version, want.version);
        QCOMPARE(got.active, want.active);
        QCOMPARE(got.hours.opening, want.hours.opening);
        QCOMPARE(got.hours.closeOfBusiness, want.hours.closeOfBusiness);
        QCOMPARE(got.hours.zone.id(), want.hours.zone.id());
        QCOMPARE(names(got.postIncidentGrades), names(want.postIncidentGrades));

        QCOMPARE(got.clocks.size(), want.clocks.size());
        for (qsizetype i = 0; i < want.clocks.size(); ++i) {
            const core::ClockRule &a = got.clocks[i];
            const core::ClockRule &b = want.clocks[i];
            const QByteArray row = QByteArray::number(i) + ' ' + core::toStorage(b.clock).toUtf8();
            QVERIFY2(a.clock == b.clock, row.constData());
            QVERIFY2(a.grade == b.grade, row.constData());
            QVERIFY2(names(a.ticketKinds) == names(b.ticketKinds), row.constData());
            QVERIFY2(a.unit == b.unit, row.constData());
            QVERIFY2(a.amount == b.amount, row.constData());
            QVERIFY2(a.warningShare == b.warningShare, row.constData());
            QVERIFY2(a.warningAfterSeconds == b.warningAfterSeconds, row.constData());
            QVERIFY2(a.pausable == b.pausable, row.constData());
        }

        QCOMPARE(got.escalation.size(), want.escalation.size());
        for (qsizetype i = 0; i < want.escalation.size(); ++i) {
            const core::EscalationRule &a = got.escalation[i];
            const core::EscalationRule &b = want.escalation[i];
            QCOMPARE_E(a.step, b.step);
            QCOMPARE_E(a.trigger, b.trigger);
            QCOMPARE(a.share, b.share);
            QCOMPARE(a.recipients.owner, b.recipients.owner);
            QCOMPARE(names(a.recipients.roles), names(b.recipients.roles));
            QCOMPARE(names(a.extraGrades), names(b.extraGrades));
            QCOMPARE(names(a.extraRoles), names(b.extraRoles));
            QCOMPARE(names(a.ticketKinds), names(b.ticketKinds));
            QCOMPARE(names(a.grades), names(b.grades));
            QCOMPARE(names(a.clocks), names(b.clocks));
        }

        // The calendar of the entry is the bundled one, in the policy's working hours.
        const auto days = CalendarRepository(s.db()).coreDays();
        QVERIFY_OK(days);
        QVERIFY(days.value() == test::holidayRows());
        QCOMPARE_E(entry->calendar->entry(QDate(2025, 1, 26)).value_or(core::CalendarDay{}).kind, core::DayKind::Workday);
        const auto calendar = CalendarRepository(s.db()).calendar(got.hours);
        QVERIFY_OK(calendar);
    }

    void publishedVersionKeepsTheOld()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        SlaPolicyRepository repo(s.db());
        DepartmentRecord d;
        d.name = u"省公安厅"_s;
        d.shortName = u"公安厅"_s;
        const qint64 department = DepartmentRepository(s.db()).create(d).value().id;
        StaffRecord agent;
        agent.login = u"agent01"_s;
        agent.displayName = u"王芳"_s;
        agent.role = u"agent"_s;
        const qint64 actor = StaffRepository(s.db()).create(agent).value().id;

        SlaPolicyRecord next = repo.active().value();
        next.name = u"2026 版"_s;
        for (SlaRule &r : next.rules) {
            if (r.clock == u"resolution"_s && r.grade == u"I"_s)
                r.amount = 2 * 3600;
        }
        next.postIncidentGrades = {u"I"_s};
        const auto published = repo.publish(next, 1, actor, t0);
        QVERIFY_OK(published);
        QCOMPARE(published.value().version, 2);

        const auto book = repo.policyBook();
        QVERIFY_OK(book);
        QCOMPARE(book.value().versions(), (QList<int>{1, 2}));
        // Both versions stay active (their tickets still escalate); only the state says which one new tickets get.
        QVERIFY(book.value().find(1)->policy.isActive());
        QVERIFY(book.value().find(2)->policy.isActive());
        QCOMPARE(repo.version(1).value().state, u"superseded"_s);
        const core::SlaPolicy &old = book.value().find(1)->policy;
        const core::SlaPolicy &now = book.value().find(2)->policy;
        QCOMPARE(old.rule(core::ClockKind::Resolution, core::TicketKind::Fault, core::Grade::I)->amount, 3 * 3600);
        QCOMPARE(now.rule(core::ClockKind::Resolution, core::TicketKind::Fault, core::Grade::I)->amount, 2 * 3600);
        QCOMPARE(names(old.postIncidentGrades()), (QStringList{u"I"_s, u"II"_s}));
        QCOMPARE(names(now.postIncidentGrades()), (QStringList{u"I"_s}));

        // A ticket opened now gets the new resolution time as its first deadline.
        TicketRecord t;
        t.kind = u"fault"_s;
        t.grade = 1;
        t.channel = u"phone"_s;
        t.title = u"云主机无法远程登录"_s;
        t.departmentId = department;
        const auto ticket = TicketRepository(s.db()).create(t, actor, t0);
        QVERIFY_OK(ticket);
        QCOMPARE(ticket.value().slaPolicyVersion, 2);
        QCOMPARE(ticket.value().deadlineAt, t0.addSecs(2 * 3600));

        // What core refuses is not stored: a warning share outside (0, 1).
        SlaPolicyRecord bad = next;
        bad.rules.first().warningShare = 1.5;
        QCOMPARE(repo.publish(bad, 2, actor, t0).error().code, Code::Invalid);
        SlaPolicyRecord unknown = next;
        unknown.rules.first().clock = u"customer_update_due"_s;
        QCOMPARE(repo.publish(unknown, 2, actor, t0).error().code, Code::Invalid);
        QCOMPARE(repo.versions().value(), (QList<int>{1, 2}));
    }

    void escalationKeyIncludesTheCycle()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        DepartmentRecord d;
        d.name = u"省教育厅"_s;
        d.shortName = u"教育厅"_s;
        const qint64 department = DepartmentRepository(s.db()).create(d).value().id;
        TicketRecord t;
        t.kind = u"fault"_s;
        t.grade = 2;
        t.channel = u"phone"_s;
        t.title = u"门户网站无法访问"_s;
        t.departmentId = department;
        const auto ticket = TicketRepository(s.db()).create(t, std::nullopt, t0);
        QVERIFY_OK(ticket);

        const auto record = [&](int cycle, const QString &step) {
            QSqlQuery q(s.db());
            q.prepare(u"INSERT INTO escalations (ticket_id, department_id, clock, cycle, step, fired_at)"
                      " VALUES (?, ?, 'customer_update', ?, ?, ?)"_s);
            q.addBindValue(ticket.value().id);
            q.addBindValue(department);
            q.addBindValue(cycle);
            q.addBindValue(step);
            q.addBindValue(s.postgres() ? QVariant(t0) : QVariant(t0.toString(Qt::ISODateWithMs)));
            return q.exec();
        };
        QVERIFY(record(0, u"warning"_s));
        QVERIFY(!record(0, u"warning"_s)); // the same step of the same cycle again
        QVERIFY(record(1, u"warning"_s));  // the next cycle may warn again
        QVERIFY(record(0, u"breach"_s));
        QVERIFY(!record(0, u"notify_owner"_s)); // only core's step names
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicyStorage)
#include "test_sla_policy_storage.moc"
