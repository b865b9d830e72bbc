#pragma once

// One SLA clock, computed from facts. Nothing here remembers anything: the state at any instant
// follows from when the clock started, the recorded pauses, when it stopped, and the rule in
// force. So changing a ticket's grade or policy recomputes the deadline from the same elapsed
// time and the same pauses; nothing is forgotten because nothing was stored.
//
// Measures: a wall-time clock measures seconds; a working-day clock measures *working* seconds
// on the business calendar (budget, elapsed, pauses and the warning share alike), so its warning
// falls inside working hours, never at midnight, and a pause over a weekend credits only the
// working time it covered.

#include "core/BusinessCalendar.h"
#include "core/Result.h"
#include "core/SlaPolicy.h"

#include <QDateTime>
#include <QList>
#include <QVarLengthArray>

#include <limits>
#include <optional>

namespace govops::core {

// A recorded interval; an invalid `to` means it is still going on.
struct Interval
{
    QDateTime from;
    QDateTime to;
    bool isOpen() const { return !to.isValid(); }
};

enum class ClockStatus : quint8 {
    Ok,       // running, before the warning point
    Warning,  // running, past the warning point
    Breached, // running, past the deadline
    Paused,   // waiting for the customer, and the rule allows the pause
    Met,      // the goal was reached (see ClockState::late)
    Stopped,  // ended without its goal: ticket closed, fault resolved (update clock), policy deactivated
    Unknown,  // the calendar has no data for a year the clock needs: see ClockState::error
};
QString toStorage(ClockStatus s); // ok, warning, breached, paused, met, stopped, unknown
constexpr bool isRunning(ClockStatus s)
{
    return s == ClockStatus::Ok || s == ClockStatus::Warning || s == ClockStatus::Breached;
}

// The facts one clock is computed from.
struct ClockFacts
{
    ClockKind kind = ClockKind::Response;
    int cycle = 0; // repeating clocks (customer update): how many times it restarted
    QDateTime start;
    QDateTime metAt;             // the goal was reached (invalid: not yet)
    QDateTime endedAt;           // ended without the goal (invalid: not ended)
    bool halted = false;         // stopped now for a reason without an instant (policy deactivated)
    QList<Interval> pauses;      // waiting for the customer; recorded always, credited only if the rule is pausable
    QList<Interval> suspensions; // always credited: periods in which the ticket was resolved, before a reopening
};

// The 1 Hz view of a clock: everything a countdown needs, with no calendar and no allocation.
struct Countdown
{
    qint64 deadline = 0;        // epoch seconds
    qint64 warningAt = 0;       // epoch seconds
    qint64 frozenRemaining = 0; // when not running
    ClockStatus fixedStatus = ClockStatus::Stopped;
    bool running = false;
    bool known = false; // false when the calendar lacks a year the clock needs

    struct Reading
    {
        qint64 remaining; // running: wall seconds to the deadline (negative: overdue by);
                          // otherwise the frozen remaining in the clock's measure
        ClockStatus status;
    };
    Reading at(qint64 nowSecs) const
    {
        if (!running)
            return {frozenRemaining, fixedStatus};
        const ClockStatus s = nowSecs >= deadline    ? ClockStatus::Breached
                              : nowSecs >= warningAt ? ClockStatus::Warning
                                                     : ClockStatus::Ok;
        return {deadline - nowSecs, s};
    }
};

struct ClockState
{
    ClockKind kind = ClockKind::Response;
    int cycle = 0;
    ClockStatus status = ClockStatus::Ok;
    DurationUnit unit = DurationUnit::WallSeconds;
    bool pausable = false;
    QDateTime start;
    QDateTime warningAt; // when the warning point is (or was, or would be if resumed now) reached
    QDateTime deadline;  // when the budget is (or was, or would be if resumed now) used up
    QDateTime endedAt;   // met or stopped at
    // In the clock's measure: seconds (wall clocks) or working seconds (working-day clocks).
    qint64 budget = 0;
    qint64 warningThreshold = 0; // elapsed at the warning point
    qint64 elapsed = 0;          // excluding credited pauses and suspensions
    qint64 remaining = 0;        // budget - elapsed; negative when overdue
    qint64 pausedRecorded = 0;   // waiting time recorded within the clock's span
    qint64 pausedCredited = 0;   // credited: pauses where the rule allows them, plus resolved periods
                                 // before a reopening (always credited)
    bool late = false;           // met, but after the deadline
    int missingCalendarYear = 0; // non-zero: the calendar has no data for this year
    std::optional<Error> error;  // set with missingCalendarYear: what to tell the user
    Countdown countdown;
};

// The clock's state at `now`. `calendar` is needed for working-day rules (may be null otherwise).
ClockState computeClock(const ClockFacts &facts, const ClockRule &rule, const BusinessCalendar *calendar,
                        const QDateTime &now);

namespace detail {

// Allocation-free core of computeClock, on epoch seconds; used by the escalation engine.
struct Span
{
    qint64 from;
    qint64 to; // kOpenEnd while going on
};
inline constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

struct ClockInput
{
    const ClockRule *rule = nullptr;
    const BusinessCalendar *calendar = nullptr;
    qint64 start = 0;
    std::optional<qint64> metAt;
    std::optional<qint64> endedAt;
    bool halted = false;
    const Interval *pauses = nullptr;
    qsizetype pauseCount = 0;
    const Interval *suspensions = nullptr;
    qsizetype suspensionCount = 0;
};

class ClockMath
{
public:
    ClockMath(const ClockInput &in, qint64 now);

    bool ok() const { return m_missingYear == 0; }
    int missingYear() const { return m_missingYear; }
    ClockStatus status() const { return m_status; }
    qint64 budget() const { return m_budget; }
    qint64 elapsed() const { return m_elapsed; }
    qint64 warningThreshold() const { return m_warning; }
    qint64 pausedCredited() const { return m_credited; }
    qint64 pausedRecorded() const { return m_recorded; }
    qint64 end() const { return m_end; }
    bool late() const { return m_late; }
    // The threshold for a share of the budget, rounded to the second.
    qint64 shareOfBudget(double share) const;
    // The earliest instant at which the elapsed time reaches `threshold`; while paused, the
    // instant it would be reached if the clock resumed now. std::nullopt on a calendar gap.
    std::optional<qint64> instantWhenElapsed(qint64 threshold);

private:
    bool measure(qint64 a, qint64 b, qint64 *out);
    bool advance(qint64 t, qint64 amount, qint64 *out);
    void addSpans(const Interval *list, qsizetype count, bool credited);

    const ClockInput &m_in;
    qint64 m_now;
    qint64 m_end = 0;
    qint64 m_budget = 0;
    qint64 m_warning = 0;
    qint64 m_elapsed = 0;
    qint64 m_credited = 0;
    qint64 m_recorded = 0;
    int m_missingYear = 0;
    bool m_late = false;
    ClockStatus m_status = ClockStatus::Ok;
    bool m_working = false;
    QVarLengthArray<Span, 8> m_spans;  // credited, merged, sorted
    QVarLengthArray<Span, 8> m_pauses; // recorded pauses (for pausedRecorded)
};

} // namespace detail

} // namespace govops::core
