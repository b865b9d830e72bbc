#pragma once

#include "core/Result.h"
#include "storage/Records.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace govops::storage {

// Which tickets a queue shows. Every condition is optional; they are AND-ed.
struct TicketFilter
{
    QStringList statuses;                  // empty: every status
    bool openOnly = false;                 // status neither resolved nor closed
    std::optional<qint64> departmentId;    // a department maintainer sees only their own
    std::optional<qint64> ownerId;         // "mine"
    std::optional<int> grade;
    QList<int> grades;                     // empty: every grade
    QList<qint64> departmentIds;           // empty: every department
    bool unassignedOnly = false;           // no owner
    // Free text: the number begins with it, or the title or the reporter contains it (case-insensitive).
    QString text;
    // "Breaching soon": open (neither resolved nor closed) and deadline_at before this.
    std::optional<QDateTime> deadlineBefore;
};

// A filter as JSON (saved views) and back; unknown keys are ignored, missing ones are "any".
QJsonObject toJson(const TicketFilter &f);
TicketFilter ticketFilterFromJson(const QJsonObject &o);

// The position after the last row of a page, for keyset paging (no OFFSET: page N costs what page 1 costs).
struct TicketCursor
{
    int grade = 0;
    QString status;
    QDateTime deadlineAt;
    QDateTime createdAt;
    qint64 id = 0;

    static TicketCursor after(const TicketRecord &row);
};

struct TicketPageRequest
{
    // Every order ends in id, so it is total; each has an index (sql/*/0001_schema.sql, 0004).
    enum class Sort {
        Deadline,   // deadline_at, id
        Created,    // created_at, id
        Grade,      // grade, deadline_at, id
        Status,     // lifecycle order (new, assigned … closed: the status_rank column), deadline_at, id
        Number,     // id (the number is made of it)
    };
    TicketFilter filter;
    Sort sort = Sort::Deadline;
    bool descending = false;
    int limit = 200;                       // 1 … 5000
    std::optional<TicketCursor> after;     // empty: the first page
};

struct TicketPage
{
    QList<TicketRecord> rows;              // without description (get() reads it)
    std::optional<TicketCursor> next;      // empty: this was the last page
};

// Tickets and their append-only history. Use on the Database worker thread, inside Database::run().
// Every write runs in one transaction that also writes the ticket's events and an audit entry;
// update() checks the version it was given (Code::Conflict when someone else saved first).
// Oversized or unknown values are refused with Code::Invalid before anything is written.
class TicketRepository
{
public:
    explicit TicketRepository(QSqlDatabase &db) : m_db(db) {}

    static QString numberFor(qint64 id);   // GO-00000042
    // The id the next ticket gets; call inside the write transaction that inserts it.
    core::Result<qint64> reserveId();

    // Opens a ticket: assigns id and number, status "new" unless given, the active SLA policy version unless
    // given, created/updated at `now`; deadlineAt should come from the SLA engine, and defaults to `now` plus
    // the policy's resolution time for the grade. Writes a "created" event.
    core::Result<TicketRecord> create(const TicketRecord &ticket, std::optional<qint64> actorId,
                                      const QDateTime &now);
    core::Result<TicketRecord> get(qint64 id);
    core::Result<TicketRecord> byNumber(const QString &number);
    core::Result<TicketPage> page(const TicketPageRequest &request);
    core::Result<qint64> count(const TicketFilter &filter);
    // Saves the ticket's changeable fields if ticket.version is still the stored one, and appends `events`
    // (their ticket, department and, when invalid, time are filled in) in the same transaction.
    // Department, number, SLA policy version and creation stay as they were.
    core::Result<TicketRecord> update(const TicketRecord &ticket, const QList<TicketEventRecord> &events,
                                      std::optional<qint64> actorId, const QDateTime &now);
    // Appends one event (a comment, a customer update, …) without touching the ticket row.
    core::Result<TicketEventRecord> appendEvent(const TicketEventRecord &event, const QDateTime &now);
    core::Result<QList<TicketEventRecord>> events(qint64 ticketId);

    // The parts of update() for a caller that holds the transaction itself (TicketWorkflow); no audit row.
    // saveWithin: the UPDATE with the version check (conflict() when ticket.version is not the stored one)
    // and the events; returns the ticket's department. insertEvent: one event, as it is given.
    core::Result<qint64> saveWithin(const TicketRecord &ticket, const QList<TicketEventRecord> &events,
                                    std::optional<qint64> actorId, const QDateTime &now);
    core::Result<qint64> insertEvent(TicketEventRecord event, qint64 departmentId, const QDateTime &now);
    // Code::Conflict for a ticket saved by someone else after `yourVersion`: says who saved it and when.
    core::Error conflict(qint64 ticketId, int yourVersion);

private:
    core::Result<TicketRecord> one(const QString &where, const QVariant &value);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
