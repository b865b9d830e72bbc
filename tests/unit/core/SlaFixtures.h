#pragma once

// Test data for the SLA rules: the default policy (the values of the seed's SLA table, the same
// the database's default policy rows carry) and the real holiday calendar, loaded from the CSV
// whose path CMake passes as GOVOPS_HOLIDAY_CSV. The rules themselves hold none of these values.

#include "core/BusinessCalendar.h"
#include "core/SlaPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <memory>

#ifndef GOVOPS_HOLIDAY_CSV
#error "GOVOPS_HOLIDAY_CSV must name the holiday calendar CSV"
#endif

// QCOMPARE for the domain's enum classes: compares (and on failure prints) their storage strings.
#define QCOMPARE_E(actual, expected) QCOMPARE(::govops::core::toStorage(actual), ::govops::core::toStorage(expected))

namespace govops::test {

using namespace govops::core;

inline QTimeZone deskZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}

// An instant on the desk's wall clock (China Standard Time).
inline QDateTime cst(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), deskZone());
}

inline WorkingHours defaultHours()
{
    return WorkingHours{QTime(8, 30), QTime(17, 30), deskZone()};
}

[[noreturn]] inline void fixtureFailure(const QString &what)
{
    std::fprintf(stderr, "test fixture: %s\n", qPrintable(what));
    std::abort();
}

inline QString holidayCsvText()
{
    QFile f(QStringLiteral(GOVOPS_HOLIDAY_CSV));
    if (!f.open(QIODevice::ReadOnly))
        fixtureFailure(QStringLiteral("cannot read %1").arg(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

inline QList<CalendarDay> holidayRows()
{
    auto rows = parseCalendarCsv(holidayCsvText());
    if (!rows)
        fixtureFailure(rows.error().message);
    return rows.value();
}

inline std::shared_ptr<const BusinessCalendar> defaultCalendar(const WorkingHours &hours = defaultHours())
{
    auto cal = BusinessCalendar::create(holidayRows(), hours);
    if (!cal)
        fixtureFailure(cal.error().message);
    return std::make_shared<const BusinessCalendar>(std::move(cal).value());
}

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;

inline ClockRule wallRule(ClockKind clock, std::optional<Grade> grade, QList<TicketKind> kinds, qint64 seconds,
                          bool pausable = false)
{
    ClockRule r;
    r.clock = clock;
    r.grade = grade;
    r.ticketKinds = std::move(kinds);
    r.unit = DurationUnit::WallSeconds;
    r.amount = seconds;
    r.warningShare = 0.75;
    r.pausable = pausable;
    return r;
}

inline ClockRule workingDaysRule(ClockKind clock, int days, bool pausable = true)
{
    ClockRule r;
    r.clock = clock;
    r.ticketKinds = {TicketKind::ServiceRequest};
    r.unit = DurationUnit::WorkingDays;
    r.amount = days;
    r.warningShare = 0.75;
    r.pausable = pausable;
    return r;
}

// The default policy rows: response 10 min; handling plan 30 min (2 h for grade IV); resolution
// 3/6/12/24 h (pausable while waiting for the customer); customer update due at 20 min, breached
// at 30, for every open fault; allocation 2 working days (VM) or 7 (physical), pausable; warning
// at 75 %; working day 08:30–17:30. Escalation: grade I/II faults tell leadership at creation; the
// warning tells the owner; 90 % tells the shift supervisor; a breach tells the supervisor, and
// leadership too for grade I/II. Grade I/II faults need the post-incident analysis to close.
inline SlaPolicy::Data defaultPolicyData(int version = 1)
{
    const QList<TicketKind> fault{TicketKind::Fault};
    const QList<TicketKind> faultOrConsultation{TicketKind::Fault, TicketKind::Consultation};
    SlaPolicy::Data d;
    d.version = version;
    d.active = true;
    d.name = QStringLiteral("default");
    d.hours = defaultHours();
    d.clocks = {
        wallRule(ClockKind::Response, std::nullopt,
                 {TicketKind::Fault, TicketKind::ServiceRequest, TicketKind::Consultation}, 10 * kMinute),
        wallRule(ClockKind::HandlingPlan, std::nullopt, fault, 30 * kMinute),
        wallRule(ClockKind::HandlingPlan, Grade::IV, fault, 2 * kHour),
        wallRule(ClockKind::Resolution, Grade::I, faultOrConsultation, 3 * kHour, true),
        wallRule(ClockKind::Resolution, Grade::II, faultOrConsultation, 6 * kHour, true),
        wallRule(ClockKind::Resolution, Grade::III, faultOrConsultation, 12 * kHour, true),
        wallRule(ClockKind::Resolution, Grade::IV, faultOrConsultation, 24 * kHour, true),
        workingDaysRule(ClockKind::AllocationVm, 2),
        workingDaysRule(ClockKind::AllocationPhysical, 7),
    };
    ClockRule update = wallRule(ClockKind::CustomerUpdate, std::nullopt, fault, 30 * kMinute);
    update.warningAfterSeconds = 20 * kMinute;
    d.clocks.append(update);

    EscalationRule created;
    created.step = EscalationStep::Created;
    created.trigger = StepTrigger::AtCreation;
    created.recipients.roles = {Role::Leadership};
    created.ticketKinds = fault;
    created.grades = {Grade::I, Grade::II};
    EscalationRule warning;
    warning.step = EscalationStep::Warning;
    warning.trigger = StepTrigger::AtWarning;
    warning.recipients.owner = true;
    EscalationRule supervisor;
    supervisor.step = EscalationStep::Supervisor;
    supervisor.trigger = StepTrigger::AtShare;
    supervisor.share = 0.9;
    supervisor.recipients.roles = {Role::Supervisor};
    EscalationRule breach;
    breach.step = EscalationStep::Breach;
    breach.trigger = StepTrigger::AtBreach;
    breach.recipients.roles = {Role::Supervisor};
    breach.extraGrades = {Grade::I, Grade::II};
    breach.extraRoles = {Role::Leadership};
    d.escalation = {created, warning, supervisor, breach};
    d.postIncidentGrades = {Grade::I, Grade::II};
    return d;
}

inline SlaPolicy makePolicy(SlaPolicy::Data d)
{
    auto p = SlaPolicy::create(std::move(d));
    if (!p)
        fixtureFailure(p.error().message);
    return p.value();
}

inline SlaPolicy defaultPolicy(int version = 1, bool active = true)
{
    SlaPolicy::Data d = defaultPolicyData(version);
    d.active = active;
    return makePolicy(std::move(d));
}

inline PolicyEntry defaultEntry(int version = 1, bool active = true)
{
    auto entry = makePolicyEntry(defaultPolicy(version, active), holidayRows());
    if (!entry)
        fixtureFailure(entry.error().message);
    return entry.value();
}

inline PolicyBook defaultBook()
{
    PolicyBook book;
    book.insert(defaultEntry(1));
    return book;
}

} // namespace govops::test
