#pragma once

// Which SLA clocks a ticket has, and every one of them with its own deadline.
//
// A ticket has a clock when its policy has a rule for (clock, ticket kind, grade) and the facts
// that start it exist:
//   response        from creation; met at the first response
//   handling_plan   from creation; met when the plan is submitted; stopped if the ticket is
//                   resolved without one
//   resolution      from creation; met when resolved (a reopening resumes it; the resolved
//                   period is not counted); pauses while waiting for the customer if pausable
//   customer_update repeating: from creation or the last customer update (any channel; comments
//                   and status changes do not count); stopped once the fault is resolved. It
//                   runs for every open fault whose grade the policy gives the rule to: the seed
//                   speaks of faults "hard to solve and long-lasting" (确难解决且历时较长);
//                   which grades count as such is policy data, by default all four.
//   allocation_vm / allocation_physical
//                   from approval; met when allocated (or, lacking that record, when resolved)
// Every clock not met when the ticket is closed is stopped at the close. Under a deactivated
// policy every clock is stopped.

#include "core/SlaClock.h"
#include "core/SlaPolicy.h"
#include "core/Ticket.h"

#include <QList>

#include <optional>

namespace govops::core {

namespace detail {
// The ticket's instants in epoch seconds, converted once per evaluation.
struct TicketSecs
{
    qint64 created = 0;
    std::optional<qint64> responded, planSubmitted, resolved, closed, lastCustomerUpdate;
    std::optional<qint64> vmApproved, vmAllocated, physicalApproved, physicalAllocated;
    static TicketSecs of(const TicketFacts &t);
};
// The instants of one clock of a ticket (the ticket's pauses and suspensions complete the facts).
struct ClockSource
{
    qint64 start = 0;
    std::optional<qint64> metAt;
    std::optional<qint64> endedAt;
    int cycle = 0;
    bool halted = false;
};
std::optional<ClockSource> clockSourceFor(const TicketFacts &ticket, const TicketSecs &secs, ClockKind kind,
                                          const SlaPolicy &policy);
} // namespace detail

// The facts of one clock of the ticket, or std::nullopt if the ticket does not have it.
std::optional<ClockFacts> clockFactsFor(const TicketFacts &ticket, ClockKind kind, const SlaPolicy &policy);

// The clocks the ticket has, in ClockKind order.
QList<ClockKind> clockKindsOf(const TicketFacts &ticket, const SlaPolicy &policy);

struct TicketClocks
{
    qint64 ticketId = 0;
    int policyVersion = 0;
    QList<ClockState> clocks;   // every clock of the ticket, each with its own deadline
    std::optional<Error> error; // the ticket's policy version is not loaded

    const ClockState *find(ClockKind kind) const;
    // The running or paused clock whose deadline comes first (for a queue's "next deadline" column).
    const ClockState *next() const;
};

TicketClocks computeTicketClocks(const TicketFacts &ticket, const PolicyEntry &entry, const QDateTime &now);
TicketClocks computeTicketClocks(const TicketFacts &ticket, const PolicyBook &book, const QDateTime &now);

} // namespace govops::core
