#pragma once

// The facts about a ticket that its SLA clocks are computed from, and how they follow from the
// ticket's event history (TicketFacts::apply folds one event). Storage may also fill TicketFacts
// directly from its columns; the meaning of every field is stated here.

#include "core/Domain.h"
#include "core/Result.h"
#include "core/SlaClock.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace govops::core {

enum class ResourceKind : quint8 { Vm, Physical };
QString toStorage(ResourceKind k); // vm, physical
std::optional<ResourceKind> resourceKindFromStorage(QStringView s);

enum class TicketEventKind : quint8 {
    StatusChanged,       // status
    GradeChanged,        // grade
    PolicyChanged,       // policyVersion
    Responded,           // first contact with the customer (a claim or assignment also counts)
    PlanSubmitted,       // the handling plan was submitted
    CustomerUpdate,      // a progress update given to the customer (channel): restarts the update clock
    Comment,             // an internal note: changes no clock
    AllocationApproved,  // resource: the allocation request was approved; starts its clock
    AllocationCompleted, // resource: allocated and the customer told
};
QString toStorage(TicketEventKind k);
std::optional<TicketEventKind> ticketEventKindFromStorage(QStringView s);

struct TicketEvent
{
    TicketEventKind kind = TicketEventKind::Comment;
    QDateTime at;
    TicketStatus status = TicketStatus::New;
    Grade grade = Grade::IV;
    int policyVersion = 0;
    Channel channel = Channel::Phone;
    ResourceKind resource = ResourceKind::Vm;

    static TicketEvent statusChanged(const QDateTime &at, TicketStatus s);
    static TicketEvent gradeChanged(const QDateTime &at, Grade g);
    static TicketEvent policyChanged(const QDateTime &at, int version);
    static TicketEvent responded(const QDateTime &at);
    static TicketEvent planSubmitted(const QDateTime &at);
    static TicketEvent customerUpdate(const QDateTime &at, Channel c);
    static TicketEvent comment(const QDateTime &at);
    static TicketEvent allocationApproved(const QDateTime &at, ResourceKind r);
    static TicketEvent allocationCompleted(const QDateTime &at, ResourceKind r);
};

struct TicketFacts
{
    qint64 id = 0;
    TicketKind kind = TicketKind::Fault;
    Grade grade = Grade::IV;
    TicketStatus status = TicketStatus::New;
    int policyVersion = 0; // the policy the ticket was opened under (or moved to)
    QDateTime createdAt;
    QDateTime respondedAt; // first response; invalid: none yet
    QDateTime planSubmittedAt;
    QDateTime closedAt;
    QList<Interval> waiting;         // periods in waiting_customer (last one open while waiting)
    QList<Interval> resolvedPeriods; // periods in resolved (last one open while resolved or closed)
    QDateTime lastCustomerUpdateAt;  // invalid: no update yet
    int customerUpdateCount = 0;
    QDateTime vmApprovedAt;
    QDateTime vmAllocatedAt;
    QDateTime physicalApprovedAt;
    QDateTime physicalAllocatedAt;
    QDateTime lastEventAt;

    static TicketFacts opened(qint64 id, TicketKind kind, Grade grade, int policyVersion, const QDateTime &at);

    // Folds one event. Refuses: events on a closed ticket (other than comments), events older
    // than the last one, and illegal status changes (Domain.h).
    Status apply(const TicketEvent &e);

    // When the ticket was resolved, if it is resolved or closed now; invalid otherwise.
    QDateTime resolvedAt() const;
};

} // namespace govops::core
