#pragma once

// core::TicketFacts built from the database: the one way to get them (SLA clocks, escalation, queue).
//
// The instants come from the ticket's columns, which every write keeps in the same transaction as the
// history: created_at, responded_at, plan_submitted_at, last_customer_update_at, closed_at, and the current
// status, grade, kind and policy version. The history (ticket_events) gives what columns cannot hold:
//   status_change {"from", "to"}: the waiting_customer periods and the resolved periods (a reopening ends one);
//   customer_update: how many updates were given (the update clock's cycle).
// grade_change events need no folding: clocks are always computed with the current grade from the same
// elapsed time (modules/core/SLA.md). A ticket whose history lacks the status changes (bulk demo rows) but
// whose status is resolved or closed gets one open resolved period from resolved_at.

#include "core/Result.h"
#include "core/Ticket.h"
#include "storage/Records.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace govops::storage {

struct TicketWithFacts
{
    TicketRecord ticket;
    core::TicketFacts facts;
};

// Use on the Database worker thread, inside Database::run().
class TicketFactsQuery
{
public:
    explicit TicketFactsQuery(QSqlDatabase &db) : m_db(db) {}

    // Every ticket whose status is not "closed" (descriptions left empty), optionally of one department,
    // in id order. Two queries whatever the number of tickets: the tickets, then their events in
    // (ticket, at, id) order.
    core::Result<QList<TicketWithFacts>> unclosed(std::optional<qint64> departmentId = std::nullopt);
    // One ticket (with its description) and its facts; Code::NotFound if there is none.
    core::Result<TicketWithFacts> one(qint64 ticketId);

private:
    QSqlDatabase &m_db;
};

} // namespace govops::storage
