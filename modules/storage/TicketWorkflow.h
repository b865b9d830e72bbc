#pragma once

// What people do to a ticket, each action one transaction: the version check (Code::Conflict; the message
// names who saved meanwhile and when), the legality (core::legalNextStatuses, core::checkClose), the limits
// (Code::Invalid before anything is written), the ticket's events with actor and time, an audit row, and
// deadline_at recomputed with core::computeTicketClocks.
//
// deadline_at is the deadline of the running or paused clock that comes first. When no clock runs any
// more it is the moment the work stopped them: resolved_at for a resolved ticket, closed_at for a closed
// one (the column is NOT NULL, and the queue sorts finished tickets by when they finished); otherwise
// (a policy without clocks for the ticket) the stored value stays.
//
// Events are recorded at `now`, or at the ticket's last event if `now` is earlier (another console's clock
// ran ahead), because core folds a history only in order.
// The first claim, assignment, hand-over, status change out of "new" or customer update sets responded_at.
// Submitting a plan sets plan_submitted_at (the first one counts) and moves a new or assigned ticket to
// in_progress. Use on the Database worker thread, inside Database::run().

#include "core/Result.h"
#include "core/SlaPolicy.h"
#include "storage/Records.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace govops::storage {

struct NewTicket
{
    QString kind = QStringLiteral("fault");
    int grade = 4;
    QString channel = QStringLiteral("phone");
    QString title, description, reporter, reporterContact;
    qint64 departmentId = 0;
    std::optional<qint64> businessSystemId, ciId;
};

// The post-incident analysis of a fault (post_incident_analyses): time, cause, result and prevention.
struct PostIncidentRecord
{
    qint64 ticketId = 0;
    QDateTime occurredAt, recoveredAt;
    QString cause, result, preventiveMeasures;
    int version = 0; // 0: a new analysis; otherwise the stored version it was edited from
};

class TicketWorkflow
{
public:
    // `book` must hold every policy version the tickets refer to (SlaPolicyRepository::policyBook()) and
    // outlive the workflow. `actorId` is the person acting: every event, audit row and updated_by names them.
    TicketWorkflow(QSqlDatabase &db, const core::PolicyBook &book, qint64 actorId)
        : m_db(db), m_book(book), m_actorId(actorId)
    {
    }

    // Opens a ticket (status new, the active policy version) with a "created" event.
    core::Result<TicketRecord> create(const NewTicket &t, const QDateTime &now);
    // Exactly one owner: succeeds only if the ticket has no owner (or already this actor); otherwise
    // Code::Conflict whose message names the owner. A conditional UPDATE decides, so two consoles that
    // claim at the same moment cannot both win.
    core::Result<TicketRecord> claim(qint64 ticketId, const QDateTime &now);
    core::Result<TicketRecord> assign(qint64 ticketId, int expectedVersion, qint64 staffId, const QDateTime &now);
    core::Result<TicketRecord> handOver(qint64 ticketId, int expectedVersion, qint64 toStaffId, const QString &note,
                                        const QDateTime &now);
    // An internal note: changes no clock and not the ticket row, so it needs no version.
    core::Result<TicketRecord> comment(qint64 ticketId, const QString &text, const QDateTime &now);
    // A progress update given to the customer (channel: codes::channels()): restarts the update clock.
    core::Result<TicketRecord> customerUpdate(qint64 ticketId, const QString &channel, const QString &text,
                                              const QDateTime &now);
    core::Result<TicketRecord> submitPlan(qint64 ticketId, int expectedVersion, const QString &plan,
                                          const QDateTime &now);
    // Any legal status change; "resolved" and "closed" obey the same rules as resolve() and close().
    core::Result<TicketRecord> changeStatus(qint64 ticketId, int expectedVersion, const QString &status,
                                            const QString &note, const QDateTime &now);
    core::Result<TicketRecord> changeGrade(qint64 ticketId, int expectedVersion, int grade, const QString &reason,
                                           const QDateTime &now);
    // responsibility: codes::responsibilities(); required for faults, may be empty otherwise.
    core::Result<TicketRecord> resolve(qint64 ticketId, int expectedVersion, const QString &responsibility,
                                       const QString &note, const QDateTime &now);
    // Needs a complete post-incident analysis for the grades the ticket's policy names (default I/II faults).
    core::Result<TicketRecord> close(qint64 ticketId, int expectedVersion, const QDateTime &now);
    // Inserts (version 0) or updates (version check) the analysis; writes an "analysis" event.
    core::Result<PostIncidentRecord> saveAnalysis(const PostIncidentRecord &a, const QDateTime &now);
    core::Result<std::optional<PostIncidentRecord>> analysis(qint64 ticketId);

private:
    QSqlDatabase &m_db;
    const core::PolicyBook &m_book;
    qint64 m_actorId = 0;
};

} // namespace govops::storage
