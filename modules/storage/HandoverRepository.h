#pragma once

// Shift handover: the outgoing person hands their open tickets to the incoming one, with a note per ticket.
// One handover is one transaction: a `handovers` row, a `handover_tickets` row per ticket, a "handover" event
// in each ticket's history and an audit entry. Ownership does not move here (TicketWorkflow::handOver does
// that, ticket by ticket, with its version check): the handover is the record that the work was passed on.
//
// The outgoing shift is the shift whose period holds the handover instant. When no shift is planned for
// that instant (a desk that does not plan shifts in the database), one is created for the current period in
// the same transaction: the 8-hour block of the usual three-shift rotation (00:00, 08:00, 16:00 in the
// desk's time zone) that holds the instant. The incoming shift is the one starting when the outgoing one
// ends, if it is planned.

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace govops::storage {

struct ShiftRecord
{
    qint64 id = 0;
    QString name;
    QDateTime startsAt;
    QDateTime endsAt;
    std::optional<qint64> supervisorId;
    QList<qint64> memberIds; // sorted
};

struct HandoverTicketNote
{
    qint64 ticketId = 0;
    QString note; // up to 2,000 characters
};

struct NewHandover
{
    qint64 fromStaffId = 0;
    qint64 toStaffId = 0;
    QString note; // up to 10,000 characters
    QList<HandoverTicketNote> tickets;
};

struct HandoverRecord
{
    qint64 id = 0;
    qint64 fromShiftId = 0;
    std::optional<qint64> toShiftId;
    qint64 fromStaffId = 0;
    qint64 toStaffId = 0;
    QDateTime handedAt;
    QString note;
    QList<HandoverTicketNote> tickets; // by ticket id
};

// Use on the Database worker thread, inside Database::run().
class HandoverRepository
{
public:
    explicit HandoverRepository(QSqlDatabase &db) : m_db(db) {}

    // The shift whose period holds `at` (the latest starting one if periods overlap), if any is planned.
    core::Result<std::optional<ShiftRecord>> shiftAt(const QDateTime &at);

    // Records the handover at `now` (see the header comment for the shifts). Refused with Code::Invalid: the
    // same person on both sides, no ticket, a ticket twice, an unknown or closed ticket, oversized notes;
    // Code::NotFound: an unknown staff member.
    core::Result<HandoverRecord> record(const NewHandover &handover, const QDateTime &now,
                                        const QTimeZone &zone = QTimeZone(8 * 3600));

    core::Result<HandoverRecord> get(qint64 id);
    // The newest first.
    core::Result<QList<HandoverRecord>> recent(int limit);

    // The block of the three-shift rotation holding `at`: [start, start + 8 h).
    static std::pair<QDateTime, QDateTime> rotationBlock(const QDateTime &at, const QTimeZone &zone);

private:
    core::Result<qint64> ensureShift(const QDateTime &now, const QTimeZone &zone);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
