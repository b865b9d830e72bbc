#include "core/TicketClocks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace govops::core {

namespace detail {

namespace {

std::optional<qint64> secs(const QDateTime &t)
{
    return t.isValid() ? std::optional<qint64>(t.toSecsSinceEpoch()) : std::nullopt;
}

QDateTime dateTime(std::optional<qint64> s)
{
    return s ? QDateTime::fromSecsSinceEpoch(*s, Qt::UTC) : QDateTime();
}

} // namespace

TicketSecs TicketSecs::of(const TicketFacts &t)
{
    TicketSecs s;
    s.created = t.createdAt.toSecsSinceEpoch();
    s.responded = secs(t.respondedAt);
    s.planSubmitted = secs(t.planSubmittedAt);
    s.resolved = secs(t.resolvedAt());
    s.closed = secs(t.closedAt);
    s.lastCustomerUpdate = secs(t.lastCustomerUpdateAt);
    s.vmApproved = secs(t.vmApprovedAt);
    s.vmAllocated = secs(t.vmAllocatedAt);
    s.physicalApproved = secs(t.physicalApprovedAt);
    s.physicalAllocated = secs(t.physicalAllocatedAt);
    return s;
}

std::optional<ClockSource> clockSourceFor(const TicketFacts &t, const TicketSecs &s, ClockKind kind,
                                          const SlaPolicy &policy)
{
    if (!policy.rule(kind, t.kind, t.grade))
        return std::nullopt;
    ClockSource f;
    f.halted = !policy.isActive();
    f.start = s.created;
    switch (kind) {
    case ClockKind::Response:
        f.metAt = s.responded;
        break;
    case ClockKind::HandlingPlan:
        f.metAt = s.planSubmitted;
        if (!f.metAt)
            f.endedAt = s.resolved; // resolved without a plan: nothing left to plan
        break;
    case ClockKind::Resolution:
        f.metAt = s.resolved;
        break;
    case ClockKind::CustomerUpdate:
        f.cycle = t.customerUpdateCount;
        if (s.lastCustomerUpdate && *s.lastCustomerUpdate > s.created)
            f.start = *s.lastCustomerUpdate;
        f.endedAt = s.resolved; // runs only while the fault is open and unresolved
        break;
    case ClockKind::AllocationVm:
    case ClockKind::AllocationPhysical: {
        const bool vm = kind == ClockKind::AllocationVm;
        const std::optional<qint64> &approved = vm ? s.vmApproved : s.physicalApproved;
        if (!approved)
            return std::nullopt;
        f.start = *approved;
        const std::optional<qint64> &allocated = vm ? s.vmAllocated : s.physicalAllocated;
        f.metAt = allocated ? allocated : s.resolved;
        break;
    }
    }
    if (!f.metAt && !f.endedAt && s.closed)
        f.endedAt = s.closed;
    return f;
}

} // namespace detail

std::optional<ClockFacts> clockFactsFor(const TicketFacts &t, ClockKind kind, const SlaPolicy &policy)
{
    const auto src = detail::clockSourceFor(t, detail::TicketSecs::of(t), kind, policy);
    if (!src)
        return std::nullopt;
    ClockFacts f;
    f.kind = kind;
    f.cycle = src->cycle;
    f.start = detail::dateTime(src->start);
    f.metAt = detail::dateTime(src->metAt);
    f.endedAt = detail::dateTime(src->endedAt);
    f.halted = src->halted;
    f.pauses = t.waiting;
    // The open resolved period (if any) starts where every clock of the ticket has ended, so the
    // whole list can be given: only closed periods before a reopening are ever credited.
    f.suspensions = t.resolvedPeriods;
    return f;
}

QList<ClockKind> clockKindsOf(const TicketFacts &ticket, const SlaPolicy &policy)
{
    QList<ClockKind> out;
    for (ClockKind k : allClockKinds()) {
        if (clockFactsFor(ticket, k, policy))
            out.append(k);
    }
    return out;
}

const ClockState *TicketClocks::find(ClockKind kind) const
{
    for (const ClockState &c : clocks) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

const ClockState *TicketClocks::next() const
{
    const ClockState *best = nullptr;
    for (const ClockState &c : clocks) {
        if (!(isRunning(c.status) || c.status == ClockStatus::Paused) || !c.deadline.isValid())
            continue;
        if (!best || c.deadline < best->deadline)
            best = &c;
    }
    return best;
}

TicketClocks computeTicketClocks(const TicketFacts &ticket, const PolicyEntry &entry, const QDateTime &now)
{
    TicketClocks out;
    out.ticketId = ticket.id;
    out.policyVersion = ticket.policyVersion;
    for (ClockKind k : allClockKinds()) {
        const auto facts = clockFactsFor(ticket, k, entry.policy);
        if (!facts)
            continue;
        out.clocks.append(
            computeClock(*facts, *entry.policy.rule(k, ticket.kind, ticket.grade), entry.calendar.get(), now));
    }
    return out;
}

TicketClocks computeTicketClocks(const TicketFacts &ticket, const PolicyBook &book, const QDateTime &now)
{
    const PolicyEntry *entry = book.find(ticket.policyVersion);
    if (entry)
        return computeTicketClocks(ticket, *entry, now);
    TicketClocks out;
    out.ticketId = ticket.id;
    out.policyVersion = ticket.policyVersion;
    out.error = Error{Error::Code::NotFound,
                      QCoreApplication::translate("govops::core::TicketClocks",
                                                  "Ticket %1 refers to SLA policy version %2, which is not loaded: "
                                                  "its clocks cannot be shown.")
                          .arg(ticket.id)
                          .arg(ticket.policyVersion),
                      u"policy_version_missing:%1"_s.arg(ticket.policyVersion)};
    return out;
}

} // namespace govops::core
