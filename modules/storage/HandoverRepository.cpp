#include "storage/HandoverRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::HandoverRepository)
};
} // namespace

namespace govops::storage {

namespace {

constexpr int kShiftHours = 8;
constexpr int kNoteMax = 10000;
constexpr int kTicketNoteMax = 2000;

core::Error invalid(const QString &message)
{
    return core::Error{core::Error::Code::Invalid, message};
}

QString shiftName(const QDateTime &start, const QTimeZone &zone)
{
    switch (start.toTimeZone(zone).time().hour() / kShiftHours) {
    case 0:
        return Text::tr("Night shift");
    case 1:
        return Text::tr("Morning shift");
    default:
        return Text::tr("Afternoon shift");
    }
}

core::Status validate(const NewHandover &h)
{
    if (h.fromStaffId <= 0 || h.toStaffId <= 0)
        return invalid(Text::tr("Choose who hands over and who takes over."));
    if (h.fromStaffId == h.toStaffId)
        return invalid(Text::tr("Hand the work over to somebody else."));
    if (h.tickets.isEmpty())
        return invalid(Text::tr("A handover needs at least one ticket."));
    if (auto s = checkText(Text::tr("The handover note"), h.note, kNoteMax); !s)
        return s;
    QSet<qint64> seen;
    for (const HandoverTicketNote &t : h.tickets) {
        if (seen.contains(t.ticketId))
            return invalid(Text::tr("A ticket is listed twice in the handover."));
        seen.insert(t.ticketId);
        if (auto s = checkText(Text::tr("The note on a ticket"), t.note, kTicketNoteMax); !s)
            return s;
    }
    return core::Done{};
}

} // namespace

std::pair<QDateTime, QDateTime> HandoverRepository::rotationBlock(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const int startHour = local.time().hour() / kShiftHours * kShiftHours;
    const QDateTime start(local.date(), QTime(startHour, 0), zone);
    return {start.toUTC(), start.addSecs(kShiftHours * 3600).toUTC()};
}

core::Result<std::optional<ShiftRecord>> HandoverRepository::shiftAt(const QDateTime &at)
{
    const Backend backend = backendOf(m_db);
    auto q = exec(m_db,
                  u"SELECT id, name, starts_at, ends_at, supervisor_id FROM shifts"
                  " WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at DESC, id DESC LIMIT 1"_s,
                  {toDb(at, backend), toDb(at, backend)}, Text::tr("Could not read the shifts"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ShiftRecord>{};
    ShiftRecord s;
    s.id = q.value().value(0).toLongLong();
    s.name = q.value().value(1).toString();
    s.startsAt = dateTimeFromDb(q.value().value(2));
    s.endsAt = dateTimeFromDb(q.value().value(3));
    s.supervisorId = idFromDb(q.value().value(4));
    q.value().finish();
    auto m = exec(m_db, u"SELECT staff_id FROM shift_members WHERE shift_id = ? ORDER BY staff_id"_s, {s.id},
                  Text::tr("Could not read the shift's members"));
    if (!m)
        return m.error();
    while (m.value().next())
        s.memberIds.append(m.value().value(0).toLongLong());
    return std::optional<ShiftRecord>(s);
}

core::Result<qint64> HandoverRepository::ensureShift(const QDateTime &now, const QTimeZone &zone)
{
    auto current = shiftAt(now);
    if (!current)
        return current.error();
    if (current.value())
        return current.value()->id;
    const auto [start, end] = rotationBlock(now, zone);
    const Backend backend = backendOf(m_db);
    auto q = exec(m_db, u"INSERT INTO shifts (name, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id"_s,
                  {shiftName(start, zone), toDb(start, backend), toDb(end, backend)},
                  Text::tr("Could not create the current shift"));
    if (!q)
        return q.error();
    q.value().next();
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

core::Result<HandoverRecord> HandoverRepository::record(const NewHandover &h, const QDateTime &now,
                                                        const QTimeZone &zone)
{
    if (auto v = validate(h); !v)
        return v.error();
    const Backend backend = backendOf(m_db);
    Transaction tx(m_db);
    if (auto b = tx.begin(); !b)
        return b.error();

    for (const qint64 staff : {h.fromStaffId, h.toStaffId}) {
        auto q = exec(m_db, u"SELECT 1 FROM staff WHERE id = ?"_s, {staff}, Text::tr("Could not read the staff"));
        if (!q)
            return q.error();
        if (!q.value().next())
            return core::Error{core::Error::Code::NotFound, Text::tr("No staff member %1.").arg(staff)};
    }

    auto fromShift = ensureShift(now, zone);
    if (!fromShift)
        return fromShift.error();
    std::optional<qint64> toShift;
    {
        auto q = exec(m_db,
                      u"SELECT n.id FROM shifts n JOIN shifts f ON n.starts_at = f.ends_at WHERE f.id = ?"
                      " ORDER BY n.id LIMIT 1"_s,
                      {fromShift.value()}, Text::tr("Could not read the shifts"));
        if (!q)
            return q.error();
        if (q.value().next())
            toShift = q.value().value(0).toLongLong();
    }

    HandoverRecord r;
    r.fromShiftId = fromShift.value();
    r.toShiftId = toShift;
    r.fromStaffId = h.fromStaffId;
    r.toStaffId = h.toStaffId;
    r.handedAt = now.toUTC();
    r.note = h.note;
    {
        auto q = exec(m_db,
                      u"INSERT INTO handovers (from_shift_id, to_shift_id, from_staff_id, to_staff_id, handed_at, note)"
                      " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {r.fromShiftId, toDb(r.toShiftId), r.fromStaffId, r.toStaffId, toDb(now, backend),
                       dbValue(r.note)},
                      Text::tr("Could not record the handover"));
        if (!q)
            return q.error();
        q.value().next();
        r.id = q.value().value(0).toLongLong();
    }

    for (const HandoverTicketNote &t : h.tickets) {
        auto q = exec(m_db, u"SELECT department_id, status, number FROM tickets WHERE id = ?"_s, {t.ticketId},
                      Text::tr("Could not read the ticket"));
        if (!q)
            return q.error();
        if (!q.value().next())
            return invalid(Text::tr("Ticket %1 does not exist.").arg(t.ticketId));
        const qint64 department = q.value().value(0).toLongLong();
        if (q.value().value(1).toString() == u"closed"_s)
            return invalid(Text::tr("Ticket %1 is closed: there is nothing to hand over.")
                               .arg(q.value().value(2).toString()));
        q.value().finish();
        if (auto i = exec(m_db,
                          u"INSERT INTO handover_tickets (handover_id, ticket_id, department_id, note)"
                          " VALUES (?, ?, ?, ?)"_s,
                          {r.id, t.ticketId, department, dbValue(t.note)},
                          Text::tr("Could not record the handover of a ticket"));
            !i)
            return i.error();
        const QString payload = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"handover"_s, r.id}, {u"to"_s, h.toStaffId}}).toJson(QJsonDocument::Compact));
        if (auto e = exec(m_db,
                          u"INSERT INTO ticket_events (ticket_id, department_id, kind, actor_id, at, payload)"
                          " VALUES (?, ?, 'handover', ?, ?, ?)"_s,
                          {t.ticketId, department, h.fromStaffId, toDb(now, backend), payload},
                          Text::tr("Could not write the ticket's history"));
            !e)
            return e.error();
        r.tickets.append(t);
    }
    std::sort(r.tickets.begin(), r.tickets.end(),
              [](const HandoverTicketNote &a, const HandoverTicketNote &b) { return a.ticketId < b.ticketId; });

    const QString detail = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"to"_s, h.toStaffId}, {u"tickets"_s, qint64(h.tickets.size())}})
            .toJson(QJsonDocument::Compact));
    if (auto a = AuditRepository(m_db).record(u"handover"_s, u"handovers"_s, r.id, std::nullopt, h.fromStaffId, detail);
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

core::Result<HandoverRecord> HandoverRepository::get(qint64 id)
{
    auto q = exec(m_db,
                  u"SELECT id, from_shift_id, to_shift_id, from_staff_id, to_staff_id, handed_at, note"
                  " FROM handovers WHERE id = ?"_s,
                  {id}, Text::tr("Could not read the handover"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("No handover %1.").arg(id)};
    HandoverRecord r;
    r.id = q.value().value(0).toLongLong();
    r.fromShiftId = q.value().value(1).toLongLong();
    r.toShiftId = idFromDb(q.value().value(2));
    r.fromStaffId = q.value().value(3).toLongLong();
    r.toStaffId = q.value().value(4).toLongLong();
    r.handedAt = dateTimeFromDb(q.value().value(5));
    r.note = q.value().value(6).toString();
    q.value().finish();
    auto t = exec(m_db, u"SELECT ticket_id, note FROM handover_tickets WHERE handover_id = ? ORDER BY ticket_id"_s,
                  {id}, Text::tr("Could not read the handover's tickets"));
    if (!t)
        return t.error();
    while (t.value().next())
        r.tickets.append({t.value().value(0).toLongLong(), t.value().value(1).toString()});
    return r;
}

core::Result<QList<HandoverRecord>> HandoverRepository::recent(int limit)
{
    auto q = exec(m_db, u"SELECT id FROM handovers ORDER BY handed_at DESC, id DESC LIMIT ?"_s,
                  {std::clamp(limit, 1, 1000)}, Text::tr("Could not read the handovers"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    q.value().finish();
    QList<HandoverRecord> out;
    for (const qint64 id : std::as_const(ids)) {
        auto r = get(id);
        if (!r)
            return r.error();
        out.append(r.value());
    }
    return out;
}

} // namespace govops::storage
