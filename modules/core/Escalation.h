#pragma once

// Escalation: which steps are due now and not yet recorded.
//
// A step is identified by (ticket, clock, cycle, step). The cycle is 0 for every clock except the
// repeating customer-update clock, where it counts the customer updates so far: each new cycle
// may warn again. The creation step has no clock. Storage records each step under this key,
// uniquely, so that however many engines evaluate the same ticket, a step is recorded once.
//
// Nothing is due for: a closed ticket; a ticket under a deactivated policy; a paused, met,
// stopped or unknown clock. Because the elapsed time excludes credited pauses, a clock leaving
// a pause carries on from where it paused: it never escalates from time that was paused.

#include "core/SlaPolicy.h"
#include "core/Ticket.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace govops::core {

struct EscalationKey
{
    qint64 ticketId = 0;
    std::optional<ClockKind> clock; // std::nullopt for the creation step
    int cycle = 0;
    EscalationStep step = EscalationStep::Warning;

    // "clock" column value in storage: the clock's string, or "ticket" for the creation step.
    QString clockString() const;
    QString toString() const; // for logs: "42/customer_update#3/warning"
    friend bool operator==(const EscalationKey &, const EscalationKey &) = default;
};
size_t qHash(const EscalationKey &key, size_t seed = 0) noexcept;

using RecordedSteps = QSet<EscalationKey>;

struct DueStep
{
    EscalationKey key;
    Recipients recipients;
    TicketKind ticketKind = TicketKind::Fault;
    Grade grade = Grade::IV;
    QDateTime dueSince; // when the step became due
    QDateTime deadline; // the clock's deadline (invalid for the creation step)
    // A later step of the same clock is due as well (e.g. an engine that was down for a while):
    // record this one, but deliver only the latest.
    bool superseded = false;
};

struct EscalationProblem
{
    qint64 ticketId = 0;
    std::optional<ClockKind> clock;
    Error error;
};

struct EscalationResult
{
    QList<DueStep> due;
    QList<EscalationProblem> problems; // e.g. a working-day clock running into a year without calendar data
    int runningClocks = 0;             // clocks evaluated that are running (ok, warning, breached)
};

class EscalationEngine
{
public:
    explicit EscalationEngine(PolicyBook book);

    const PolicyBook &policies() const { return m_book; }
    void setPolicies(PolicyBook book) { m_book = std::move(book); }

    EscalationResult evaluate(const QList<TicketFacts> &tickets, const QDateTime &now,
                              const RecordedSteps &recorded) const;

private:
    PolicyBook m_book;
};

} // namespace govops::core
