#pragma once

// What the SLA timers panel shows, built on the database thread: one row per running or paused clock of every
// unclosed ticket the person may see, with the escalation steps recorded for it and whether this person has
// acknowledged them. Built once when facts change; the 1 Hz tick only reads each row's core::Countdown.

#include "core/Result.h"
#include "core/SlaClock.h"
#include "core/SlaPolicy.h"
#include "storage/EscalationRepository.h"
#include "storage/TicketFacts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace govops::sla {

// Whose tickets: a department maintainer sees their own department only.
struct BoardScope
{
    QString login;                      // the person signed in (their staff row gives their id)
    std::optional<qint64> departmentId; // set: only this department's tickets
};

struct ClockRow
{
    qint64 ticketId = 0;
    QString number;
    QString title;
    int grade = 4;
    qint64 departmentId = 0;
    QString departmentName;
    std::optional<qint64> ownerId;
    core::ClockKind clock = core::ClockKind::Response;
    int cycle = 0;
    QDateTime deadline;
    core::Countdown countdown;
    // The latest escalation step recorded for this clock (or the ticket's creation step), storage string;
    // empty: none yet.
    QString step;
    QStringList notifiedRoles;    // storage strings of the roles told of that step
    QStringList notifiedPeople;   // display names of the people told of that step
    QList<qint64> escalationIds;  // every step recorded for this clock (and the ticket's creation step)
    QList<qint64> unacknowledged; // of those, the ones this person has not acknowledged

    bool acknowledged() const { return !escalationIds.isEmpty() && unacknowledged.isEmpty(); }
};

struct ClockBoard
{
    qint64 staffId = 0;   // the person's staff id; 0: no staff row for the login
    QList<ClockRow> rows; // sorted by time left (see sortByTimeLeft)
};

// Running clocks first, by deadline (the order of their time left, which never changes as time passes),
// most overdue on top; then the paused ones by their frozen time left. Ties by ticket and clock.
void sortByTimeLeft(QList<ClockRow> &rows);

// The rows of these tickets at `now`, without escalations (pure; what loadClockBoard and the benchmark share).
QList<ClockRow> clockRowsOf(const QList<storage::TicketWithFacts> &tickets, const core::PolicyBook &book,
                            const QDateTime &now);

// Adds the recorded steps and this person's acknowledgements to the rows.
void attachEscalations(QList<ClockRow> &rows, const QList<storage::EscalationRecord> &records,
                       const QSet<qint64> &acknowledged, const QHash<qint64, QString> &staffNames);

// Everything in one go, on the Database worker thread.
core::Result<ClockBoard> loadClockBoard(QSqlDatabase &db, const BoardScope &scope, const QDateTime &now);

} // namespace govops::sla
