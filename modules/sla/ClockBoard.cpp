#include "sla/ClockBoard.h"

#include "core/TicketClocks.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace govops::sla {

namespace {

// Later steps of a clock supersede earlier ones; the order of the escalation ladder.
int stepRank(const QString &step)
{
    static const QStringList ladder{u"created"_s, u"warning"_s, u"supervisor"_s, u"breach"_s};
    return int(ladder.indexOf(step));
}

} // namespace

void sortByTimeLeft(QList<ClockRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ClockRow &a, const ClockRow &b) {
        const bool ra = a.countdown.running;
        const bool rb = b.countdown.running;
        if (ra != rb)
            return ra;
        const qint64 ka = ra ? a.countdown.deadline : a.countdown.frozenRemaining;
        const qint64 kb = rb ? b.countdown.deadline : b.countdown.frozenRemaining;
        if (ka != kb)
            return ka < kb;
        if (a.ticketId != b.ticketId)
            return a.ticketId < b.ticketId;
        return a.clock < b.clock;
    });
}

QList<ClockRow> clockRowsOf(const QList<storage::TicketWithFacts> &tickets, const core::PolicyBook &book,
                            const QDateTime &now)
{
    QList<ClockRow> rows;
    for (const storage::TicketWithFacts &t : tickets) {
        const core::TicketClocks clocks = core::computeTicketClocks(t.facts, book, now);
        for (const core::ClockState &c : clocks.clocks) {
            if (!core::isRunning(c.status) && c.status != core::ClockStatus::Paused)
                continue;
            ClockRow r;
            r.ticketId = t.ticket.id;
            r.number = t.ticket.number;
            r.title = t.ticket.title;
            r.grade = t.ticket.grade;
            r.departmentId = t.ticket.departmentId;
            r.departmentName = t.ticket.departmentName;
            r.ownerId = t.ticket.ownerId;
            r.clock = c.kind;
            r.cycle = c.cycle;
            r.deadline = c.deadline;
            r.countdown = c.countdown;
            rows.append(std::move(r));
        }
    }
    sortByTimeLeft(rows);
    return rows;
}

void attachEscalations(QList<ClockRow> &rows, const QList<storage::EscalationRecord> &records,
                       const QSet<qint64> &acknowledged, const QHash<qint64, QString> &staffNames)
{
    QMultiHash<qint64, const storage::EscalationRecord *> byTicket;
    for (const storage::EscalationRecord &e : records)
        byTicket.insert(e.ticketId, &e);
    for (ClockRow &row : rows) {
        const QString clock = core::toStorage(row.clock);
        const storage::EscalationRecord *latest = nullptr;
        for (auto it = byTicket.constFind(row.ticketId); it != byTicket.cend() && it.key() == row.ticketId; ++it) {
            const storage::EscalationRecord *e = it.value();
            const bool ofThisClock = e->clock == clock && e->cycle == row.cycle;
            if (!ofThisClock && e->clock != u"ticket"_s)
                continue;
            row.escalationIds.append(e->id);
            if (!acknowledged.contains(e->id))
                row.unacknowledged.append(e->id);
            if (!latest || stepRank(e->step) > stepRank(latest->step))
                latest = e;
        }
        std::sort(row.escalationIds.begin(), row.escalationIds.end());
        std::sort(row.unacknowledged.begin(), row.unacknowledged.end());
        if (latest) {
            row.step = latest->step;
            row.notifiedRoles = latest->notifiedRoles;
            for (const qint64 id : latest->notifiedStaffIds)
                row.notifiedPeople.append(staffNames.value(id, QString::number(id)));
        }
    }
}

core::Result<ClockBoard> loadClockBoard(QSqlDatabase &db, const BoardScope &scope, const QDateTime &now)
{
    ClockBoard board;
    auto staff = storage::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    QHash<qint64, QString> names;
    for (const storage::StaffRecord &s : staff.value()) {
        names.insert(s.id, s.displayName);
        if (s.login == scope.login)
            board.staffId = s.id;
    }

    auto tickets = storage::TicketFactsQuery(db).unclosed(scope.departmentId);
    if (!tickets)
        return tickets.error();
    auto book = storage::SlaPolicyRepository(db).policyBook();
    if (!book)
        return book.error();
    board.rows = clockRowsOf(tickets.value(), book.value(), now);

    QList<qint64> ticketIds;
    for (const ClockRow &r : std::as_const(board.rows)) {
        if (ticketIds.isEmpty() || ticketIds.constLast() != r.ticketId)
            ticketIds.append(r.ticketId);
    }
    std::sort(ticketIds.begin(), ticketIds.end());
    ticketIds.erase(std::unique(ticketIds.begin(), ticketIds.end()), ticketIds.end());
    storage::EscalationRepository escalations(db);
    auto records = escalations.forTickets(ticketIds);
    if (!records)
        return records.error();
    QSet<qint64> acknowledged;
    if (board.staffId != 0 && !records.value().isEmpty()) {
        QList<qint64> ids;
        ids.reserve(records.value().size());
        for (const storage::EscalationRecord &e : records.value())
            ids.append(e.id);
        auto acked = escalations.acknowledged(board.staffId, ids);
        if (!acked)
            return acked.error();
        acknowledged = acked.value();
    }
    attachEscalations(board.rows, records.value(), acknowledged, names);
    return board;
}

} // namespace govops::sla
