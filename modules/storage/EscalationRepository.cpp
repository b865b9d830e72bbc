#include "storage/EscalationRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::EscalationRepository)
};
} // namespace

namespace govops::storage {

namespace {

// Lists of ids go into IN (…) in slices, well under both backends' limits on bound values.
constexpr qsizetype kSlice = 500;

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(QVariant::fromValue<qlonglong>(id));
    return values;
}

// Runs `sql` (which ends in "IN (") once per slice of `ids`, with `leading` values bound first, and hands
// every row to `row`.
template <typename Row>
core::Status perSlice(QSqlDatabase &db, const QString &sql, const QVariantList &leading, const QList<qint64> &ids,
                      const QString &what, Row row)
{
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QList<qint64> slice = ids.mid(from, kSlice);
        auto q = exec(db, sql + placeholders(slice.size()) + u')', leading + idValues(slice), what);
        if (!q)
            return q.error();
        while (q.value().next())
            row(q.value());
    }
    return core::Done{};
}

struct Person
{
    qint64 id = 0;
    QString role;
    QString email;
};

struct Channel
{
    qint64 id = 0;
    QString role; // a staff role, or "owner"
    QString kind; // smtp | webhook
    QString name;
};

struct TicketInfo
{
    qint64 departmentId = 0;
    std::optional<qint64> ownerId;
};

bool keyLess(const core::DueStep &a, const core::DueStep &b)
{
    const auto tie = [](const core::DueStep &s) {
        return std::make_tuple(s.key.ticketId, s.key.clockString(), s.key.cycle, int(s.key.step));
    };
    return tie(a) < tie(b);
}

} // namespace

core::Result<core::RecordedSteps> EscalationRepository::recorded(const QList<qint64> &ticketIds)
{
    core::RecordedSteps steps;
    std::optional<core::Error> malformed;
    const auto status = perSlice(m_db, u"SELECT ticket_id, clock, cycle, step FROM escalations WHERE ticket_id IN ("_s,
                                 {}, ticketIds, Text::tr("Could not read the escalations"), [&](const QSqlQuery &q) {
                                     core::EscalationKey key;
                                     key.ticketId = q.value(0).toLongLong();
                                     const QString clock = q.value(1).toString();
                                     if (clock != u"ticket"_s)
                                         key.clock = core::clockKindFromStorage(clock);
                                     key.cycle = q.value(2).toInt();
                                     const auto step = core::escalationStepFromStorage(q.value(3).toString());
                                     if ((clock != u"ticket"_s && !key.clock) || !step) {
                                         malformed = core::Error{
                                             core::Error::Code::Malformed,
                                             Text::tr("The database holds an escalation this program does not know."),
                                             u"escalations: clock=%1 step=%2"_s.arg(clock, q.value(3).toString())};
                                         return;
                                     }
                                     key.step = *step;
                                     steps.insert(key);
                                 });
    if (!status)
        return status.error();
    if (malformed)
        return *malformed;
    return steps;
}

core::Result<QList<EscalationRecord>> EscalationRepository::record(const QList<core::DueStep> &due,
                                                                   const QDateTime &now)
{
    if (due.isEmpty())
        return QList<EscalationRecord>{};
    const QString what = Text::tr("Could not record the escalation");
    const Backend backend = backendOf(m_db);
    // Keys in one order: two writers inserting overlapping sets then wait for each other instead of dead-locking.
    QList<core::DueStep> steps = due;
    std::sort(steps.begin(), steps.end(), keyLess);

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();

    QList<Channel> channels;
    {
        auto q = exec(m_db, u"SELECT id, role, kind, name FROM escalation_channels WHERE active = ? ORDER BY id"_s,
                      {true}, what);
        if (!q)
            return q.error();
        while (q.value().next())
            channels.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                             q.value().value(2).toString(), q.value().value(3).toString()});
    }

    QHash<qint64, TicketInfo> tickets;
    QHash<QString, QList<Person>> staffByRole;
    QList<EscalationRecord> recordedNow;
    for (const core::DueStep &step : std::as_const(steps)) {
        const qint64 ticketId = step.key.ticketId;
        if (!tickets.contains(ticketId)) {
            auto q = exec(m_db, u"SELECT department_id, owner_id FROM tickets WHERE id = ?"_s, {ticketId}, what);
            if (!q)
                return q.error();
            if (!q.value().next())
                return core::Error{core::Error::Code::NotFound, Text::tr("Ticket %1 does not exist.").arg(ticketId)};
            tickets.insert(ticketId, {q.value().value(0).toLongLong(), idFromDb(q.value().value(1))});
        }
        const TicketInfo ticket = tickets.value(ticketId);

        QStringList roles;
        for (core::Role role : step.recipients.roles)
            roles.append(core::toStorage(role));

        auto inserted =
            exec(m_db,
                 u"INSERT INTO escalations (ticket_id, department_id, clock, cycle, step, fired_at,"
                 " notified_role, deadline_at, superseded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (ticket_id, clock, cycle, step) DO NOTHING RETURNING id"_s,
                 {ticketId, ticket.departmentId, step.key.clockString(), step.key.cycle, core::toStorage(step.key.step),
                  toDb(now, backend), roles.join(u','), toDb(step.deadline, backend), step.superseded},
                 what);
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            continue; // another console or the watcher recorded it first: theirs to deliver
        EscalationRecord record;
        record.id = inserted.value().value(0).toLongLong();
        inserted.value().finish();
        record.ticketId = ticketId;
        record.departmentId = ticket.departmentId;
        record.clock = step.key.clockString();
        record.cycle = step.key.cycle;
        record.step = core::toStorage(step.key.step);
        record.firedAt = now.toUTC();
        record.notifiedRoles = roles;

        // Who is told: active staff of the roles, and the owner when the step names the owner. A superseded step
        // tells nobody: a later step of the same clock speaks for it.
        QList<Person> told;
        for (const QString &role : std::as_const(roles)) {
            if (!staffByRole.contains(role)) {
                auto q = exec(m_db, u"SELECT id, role, email FROM staff WHERE role = ? AND active = ? ORDER BY id"_s,
                              {role, true}, what);
                if (!q)
                    return q.error();
                QList<Person> people;
                while (q.value().next())
                    people.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                                   q.value().value(2).toString()});
                staffByRole.insert(role, people);
            }
            told += staffByRole.value(role);
        }
        std::optional<Person> owner;
        if (step.recipients.owner && ticket.ownerId) {
            auto q = exec(m_db, u"SELECT id, role, email FROM staff WHERE id = ? AND active = ?"_s,
                          {*ticket.ownerId, true}, what);
            if (!q)
                return q.error();
            if (q.value().next())
                owner = Person{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                               q.value().value(2).toString()};
        }
        QList<qint64> staffIds;
        for (const Person &p : std::as_const(told))
            if (!step.superseded && !staffIds.contains(p.id))
                staffIds.append(p.id);
        if (owner && !step.superseded && !staffIds.contains(owner->id))
            staffIds.append(owner->id);
        for (qint64 id : std::as_const(staffIds)) {
            if (auto q = exec(m_db, u"INSERT INTO escalation_recipients (escalation_id, staff_id) VALUES (?, ?)"_s,
                              {record.id, id}, what);
                !q)
                return q.error();
        }
        record.notifiedStaffIds = staffIds;

        if (!step.superseded) {
            // One delivery per (channel, recipient); a person reached through two roles' mail channels gets one mail.
            QSet<QString> mailed;
            for (const Channel &channel : std::as_const(channels)) {
                QList<Person> people;
                if (channel.role == u"owner"_s) {
                    if (!owner)
                        continue;
                    people.append(*owner);
                } else if (roles.contains(channel.role)) {
                    people = staffByRole.value(channel.role);
                } else {
                    continue;
                }
                QList<std::pair<QString, std::optional<qint64>>> targets;
                if (channel.kind == u"webhook"_s) {
                    targets.append({channel.name, std::nullopt});
                } else {
                    for (const Person &p : std::as_const(people)) {
                        const QString address = p.email.trimmed();
                        if (address.isEmpty() || mailed.contains(address.toLower()))
                            continue;
                        mailed.insert(address.toLower());
                        targets.append({address, p.id});
                    }
                }
                for (const auto &[recipient, staffId] : std::as_const(targets)) {
                    if (auto q =
                            exec(m_db,
                                 u"INSERT INTO escalation_deliveries (escalation_id, channel_id, recipient,"
                                 " staff_id, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, 'pending', 0, ?)"_s,
                                 {record.id, channel.id, recipient, toDb(staffId), toDb(now, backend)}, what);
                        !q)
                        return q.error();
                }
            }
        }
        recordedNow.append(record);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return recordedNow;
}

core::Result<QList<EscalationRecord>> EscalationRepository::load(const QString &where, const QVariantList &values)
{
    const QString what = Text::tr("Could not read the escalations");
    auto q = exec(m_db,
                  u"SELECT id, ticket_id, department_id, clock, cycle, step, fired_at, notified_role FROM escalations"
                  " WHERE "_s +
                      where,
                  values, what);
    if (!q)
        return q.error();
    QList<EscalationRecord> records;
    QHash<qint64, qsizetype> index;
    while (q.value().next()) {
        EscalationRecord r;
        r.id = q.value().value(0).toLongLong();
        r.ticketId = q.value().value(1).toLongLong();
        r.departmentId = q.value().value(2).toLongLong();
        r.clock = q.value().value(3).toString();
        r.cycle = q.value().value(4).toInt();
        r.step = q.value().value(5).toString();
        r.firedAt = dateTimeFromDb(q.value().value(6));
        const QString roles = q.value().value(7).toString();
        if (!roles.isEmpty())
            r.notifiedRoles = roles.split(u',');
        index.insert(r.id, records.size());
        records.append(r);
    }
    q.value().finish();
    if (records.isEmpty())
        return records;
    const QList<qint64> ids = index.keys();
    if (auto s = perSlice(m_db, u"SELECT escalation_id, staff_id FROM escalation_recipients WHERE escalation_id IN ("_s,
                          {}, ids, what,
                          [&](const QSqlQuery &row) {
                              records[index.value(row.value(0).toLongLong())].notifiedStaffIds.append(
                                  row.value(1).toLongLong());
                          });
        !s)
        return s.error();
    if (auto s = perSlice(m_db,
                          u"SELECT d.escalation_id, c.kind, d.recipient FROM escalation_deliveries d"
                          " JOIN escalation_channels c ON c.id = d.channel_id"
                          " WHERE d.status = 'sent' AND d.escalation_id IN ("_s,
                          {}, ids, what,
                          [&](const QSqlQuery &row) {
                              const QString kind = row.value(1).toString() == u"smtp"_s ? u"mail"_s : u"webhook"_s;
                              records[index.value(row.value(0).toLongLong())].deliveredTo.append(
                                  kind + u':' + row.value(2).toString());
                          });
        !s)
        return s.error();
    for (EscalationRecord &r : records) {
        std::sort(r.notifiedStaffIds.begin(), r.notifiedStaffIds.end());
        r.deliveredTo.sort();
    }
    return records;
}

core::Result<QList<EscalationRecord>> EscalationRepository::forTickets(const QList<qint64> &ticketIds)
{
    QList<EscalationRecord> all;
    for (qsizetype from = 0; from < ticketIds.size(); from += kSlice) {
        const QList<qint64> slice = ticketIds.mid(from, kSlice);
        auto part = load(u"ticket_id IN ("_s + placeholders(slice.size()) + u") ORDER BY id"_s, idValues(slice));
        if (!part)
            return part.error();
        all += part.value();
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return all;
}

core::Result<QList<EscalationRecord>> EscalationRepository::since(qint64 afterId)
{
    // Bounded, so that a console that was away long does not load the whole history; it asks again from the last id.
    return load(u"id > ? ORDER BY id LIMIT 500"_s, {afterId});
}

core::Status EscalationRepository::acknowledge(qint64 escalationId, qint64 staffId, const QDateTime &now)
{
    const QString what = Text::tr("Could not acknowledge the escalation");
    auto exists = exec(m_db, u"SELECT 1 FROM escalations WHERE id = ?"_s, {escalationId}, what);
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("Escalation %1 does not exist.").arg(escalationId)};
    exists.value().finish();
    // Acknowledging twice keeps the first time: the acknowledgement is a fact, not a toggle.
    auto q = exec(m_db,
                  u"INSERT INTO escalation_acks (escalation_id, staff_id, at) VALUES (?, ?, ?)"
                  " ON CONFLICT (escalation_id, staff_id) DO NOTHING"_s,
                  {escalationId, staffId, toDb(now, backendOf(m_db))}, what);
    if (!q)
        return q.error();
    return core::Done{};
}

core::Result<QSet<qint64>> EscalationRepository::acknowledged(qint64 staffId, const QList<qint64> &escalationIds)
{
    QSet<qint64> acked;
    const auto status =
        perSlice(m_db, u"SELECT escalation_id FROM escalation_acks WHERE staff_id = ? AND escalation_id IN ("_s,
                 {staffId}, escalationIds, Text::tr("Could not read the acknowledgements"),
                 [&](const QSqlQuery &q) { acked.insert(q.value(0).toLongLong()); });
    if (!status)
        return status.error();
    return acked;
}

} // namespace govops::storage
