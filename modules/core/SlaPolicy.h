#pragma once

// The SLA policy: versioned data (an operations manager edits it; the database keeps every
// version; a ticket keeps the version it was opened under). Code holds no durations: a policy
// is built from rows, validated here, and then answers "which rule governs this clock" in O(1).

#include "core/BusinessCalendar.h"
#include "core/Domain.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace govops::core {

enum class ClockKind : quint8 {
    Response,           // first response to the customer
    HandlingPlan,       // handling plan submitted (故障处理方案)
    Resolution,         // fault resolved
    CustomerUpdate,     // repeating: progress update to the customer while the fault is open
    AllocationVm,       // resources allocated: virtual machine (working days)
    AllocationPhysical, // resources allocated: physical server (working days)
};
inline constexpr int kClockKindCount = 6;
QString
toStorage(ClockKind k); // response, handling_plan, resolution, customer_update, allocation_vm, allocation_physical
std::optional<ClockKind> clockKindFromStorage(QStringView s);
QList<ClockKind> allClockKinds();

enum class DurationUnit : quint8 {
    WallSeconds, // runs 24×7
    WorkingDays, // the business calendar's "N working days" rule; measured in working time
};
QString toStorage(DurationUnit u); // wall_seconds, working_days
std::optional<DurationUnit> durationUnitFromStorage(QStringView s);

// One row of the SLA table.
struct ClockRule
{
    ClockKind clock = ClockKind::Response;
    std::optional<Grade> grade;    // std::nullopt: every grade without a rule of its own
    QList<TicketKind> ticketKinds; // the kinds of ticket that have this clock
    DurationUnit unit = DurationUnit::WallSeconds;
    qint64 amount = 0;                         // seconds or working days until breach
    double warningShare = 0.75;                // warn when this share of the budget has elapsed
    std::optional<qint64> warningAfterSeconds; // instead of the share (wall clocks): e.g. the
                                               // customer update is *due* at 20 min, breached at 30
    bool pausable = false;                     // may waiting for the customer pause it?
};

// Who an escalation step tells. "owner" is the ticket's current owner (a person, not a role).
struct Recipients
{
    bool owner = false;
    QList<Role> roles;
    friend bool operator==(const Recipients &, const Recipients &) = default;
};

enum class EscalationStep : quint8 {
    Created,    // at creation (grade I/II faults: leadership at once)
    Warning,    // nearing a breach: the owner
    Supervisor, // nearer still (or at breach): the shift supervisor
    Breach,     // the deadline passed: supervisor (and leadership for grade I/II)
};
inline constexpr int kEscalationStepCount = 4;
QString toStorage(EscalationStep s); // created, warning, supervisor, breach
std::optional<EscalationStep> escalationStepFromStorage(QStringView s);

enum class StepTrigger : quint8 {
    AtCreation, // once per ticket, as soon as it matches (a grade raised to II later counts too)
    AtWarning,  // when the clock rule's warning point is reached
    AtShare,    // when `share` of the budget has elapsed
    AtBreach,   // when the whole budget has elapsed
};
QString toStorage(StepTrigger t); // at_creation, at_warning, at_share, at_breach
std::optional<StepTrigger> stepTriggerFromStorage(QStringView s);

// One row of the escalation table. Empty filter lists match everything.
struct EscalationRule
{
    EscalationStep step = EscalationStep::Warning;
    StepTrigger trigger = StepTrigger::AtWarning;
    double share = 0.0; // AtShare only
    Recipients recipients;
    QList<Grade> extraGrades;      // for these grades …
    QList<Role> extraRoles;        // … these roles are told as well (e.g. leadership for I/II)
    QList<TicketKind> ticketKinds; // filter
    QList<Grade> grades;           // filter
    QList<ClockKind> clocks;       // filter (AtCreation rules ignore it)

    bool matches(TicketKind kind, Grade grade) const;
    bool matchesClock(ClockKind clock) const { return clocks.isEmpty() || clocks.contains(clock); }
    Recipients recipientsFor(Grade grade) const;
};

class SlaPolicy
{
public:
    struct Data
    {
        int version = 0;
        bool active = true;
        QString name;
        WorkingHours hours;
        QList<ClockRule> clocks;
        QList<EscalationRule> escalation;
        QList<Grade> postIncidentGrades; // faults of these grades need the analysis to close
    };

    SlaPolicy() = default;
    // Refuses: a duplicate rule for the same (clock, grade, ticket kind); a non-positive amount; a
    // share outside (0, 1); a warning point not before the breach; working-day amounts on a
    // clock with warningAfterSeconds; escalation shares outside (0, 1]; invalid working hours.
    static Result<SlaPolicy> create(Data data);

    int version() const { return m_data.version; }
    bool isActive() const { return m_data.active; }
    const QString &name() const { return m_data.name; }
    const WorkingHours &workingHours() const { return m_data.hours; }
    const QList<ClockRule> &clockRules() const { return m_data.clocks; }
    const QList<EscalationRule> &escalationRules() const { return m_data.escalation; }
    const QList<Grade> &postIncidentGrades() const { return m_data.postIncidentGrades; }
    const Data &data() const { return m_data; }

    // The rule for this clock on a ticket of this kind and grade, or nullptr if it has no such clock.
    // A rule for the exact grade wins over a rule for every grade.
    const ClockRule *rule(ClockKind clock, TicketKind kind, Grade grade) const
    {
        const int i = m_index[indexOf(clock, kind, grade)];
        return i < 0 ? nullptr : &m_data.clocks[i];
    }

    // A copy with another active flag (deactivating a policy stops its escalations).
    SlaPolicy withActive(bool active) const;

    // The escalation rules that apply to a clock (or, with std::nullopt, to the creation of a
    // ticket) of this kind and grade, as a bit set over escalationRules() indices; precomputed.
    quint32 escalationMask(std::optional<ClockKind> clock, TicketKind kind, Grade grade) const
    {
        const int c = clock ? int(*clock) : kClockKindCount;
        return m_escalationMask[std::size_t((c * kTicketKindCount + int(kind)) * kGradeCount + int(grade))];
    }
    // EscalationRule::recipientsFor(grade) of rule `index`, precomputed.
    const Recipients &recipients(int index, Grade grade) const
    {
        return m_recipients[std::size_t(index * kGradeCount + int(grade))];
    }
    static constexpr int kMaxEscalationRules = 32;

private:
    static constexpr int indexOf(ClockKind c, TicketKind k, Grade g)
    {
        return (int(c) * kTicketKindCount + int(k)) * kGradeCount + int(g);
    }
    Data m_data;
    std::array<int, kClockKindCount * kTicketKindCount * kGradeCount> m_index{};
    std::array<quint32, (kClockKindCount + 1) * kTicketKindCount * kGradeCount> m_escalationMask{};
    std::vector<Recipients> m_recipients;
};

// A policy version together with the calendar its working-day clocks count on.
struct PolicyEntry
{
    SlaPolicy policy;
    std::shared_ptr<const BusinessCalendar> calendar;
};

// The entry for a policy, its calendar built from the holiday rows with the policy's own working
// hours (so the two can never disagree).
Result<PolicyEntry> makePolicyEntry(SlaPolicy policy, const QList<CalendarDay> &calendarRows);

// Every policy version a set of tickets may refer to.
class PolicyBook
{
public:
    void insert(PolicyEntry entry);
    const PolicyEntry *find(int version) const;
    void setActive(int version, bool active);
    QList<int> versions() const;

private:
    QList<PolicyEntry> m_entries; // few versions: a linear scan beats hashing
};

} // namespace govops::core
