#include "storage/TicketRepository.h"

#include "core/Domain.h"
#include "storage/AuditRepository.h"
#include "storage/Sql.h"
#include "storage/TicketRows_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::TicketRepository)
};
} // namespace

namespace govops::storage {

namespace detail {

QString ticketSelect(bool withDescription)
{
    return u"SELECT t.id, t.number, t.kind, t.grade, t.channel, t.status, t.title, "_s
           + (withDescription ? u"t.description"_s : u"''"_s)
           + u", t.reporter, t.reporter_contact, t.owner_id, t.department_id, t.business_system_id, t.ci_id,"
             " t.responsibility, t.sla_policy_version, t.created_by, t.created_at, t.updated_at, t.deadline_at,"
             " t.responded_at, t.plan_submitted_at, t.last_customer_update_at, t.resolved_at, t.closed_at,"
             " t.updated_by, t.version, d.name, b.name, o.display_name"
             " FROM tickets t JOIN departments d ON d.id = t.department_id"
             " LEFT JOIN business_systems b ON b.id = t.business_system_id"
             " LEFT JOIN staff o ON o.id = t.owner_id"_s;
}

TicketRecord readTicket(const QSqlQuery &q)
{
    TicketRecord t;
    int i = 0;
    t.id = q.value(i++).toLongLong();
    t.number = q.value(i++).toString();
    t.kind = q.value(i++).toString();
    t.grade = q.value(i++).toInt();
    t.channel = q.value(i++).toString();
    t.status = q.value(i++).toString();
    t.title = q.value(i++).toString();
    t.description = q.value(i++).toString();
    t.reporter = q.value(i++).toString();
    t.reporterContact = q.value(i++).toString();
    t.ownerId = idFromDb(q.value(i++));
    t.departmentId = q.value(i++).toLongLong();
    t.businessSystemId = idFromDb(q.value(i++));
    t.ciId = idFromDb(q.value(i++));
    t.responsibility = q.value(i++).toString();
    t.slaPolicyVersion = q.value(i++).toInt();
    t.createdBy = idFromDb(q.value(i++));
    t.createdAt = dateTimeFromDb(q.value(i++));
    t.updatedAt = dateTimeFromDb(q.value(i++));
    t.deadlineAt = dateTimeFromDb(q.value(i++));
    t.respondedAt = dateTimeFromDb(q.value(i++));
    t.planSubmittedAt = dateTimeFromDb(q.value(i++));
    t.lastCustomerUpdateAt = dateTimeFromDb(q.value(i++));
    t.resolvedAt = dateTimeFromDb(q.value(i++));
    t.closedAt = dateTimeFromDb(q.value(i++));
    t.updatedBy = idFromDb(q.value(i++));
    t.version = q.value(i++).toInt();
    t.departmentName = q.value(i++).toString();
    t.businessSystemName = q.value(i++).toString();
    t.ownerName = q.value(i++).toString();
    return t;
}

} // namespace detail

namespace {

core::Status validate(const TicketRecord &t)
{
    for (const auto &s : {checkCode(Text::tr("The ticket kind"), t.kind, codes::ticketKinds()),
                          checkCode(Text::tr("The channel"), t.channel, codes::channels()),
                          checkCode(Text::tr("The status"), t.status, codes::ticketStatuses()),
                          checkCode(Text::tr("The responsibility"), t.responsibility, codes::responsibilities(), true),
                          checkText(Text::tr("The title"), t.title, limits::ticketTitle, true),
                          checkText(Text::tr("The description"), t.description, limits::ticketDescription),
                          checkText(Text::tr("The reporter"), t.reporter, limits::reporter),
                          checkText(Text::tr("The reporter's contact"), t.reporterContact, limits::reporterContact)}) {
        if (!s)
            return s;
    }
    if (t.grade < 1 || t.grade > 4)
        return core::Error{core::Error::Code::Invalid, Text::tr("The grade must be I, II, III or IV.")};
    if (t.departmentId <= 0)
        return core::Error{core::Error::Code::Invalid, Text::tr("A ticket needs a department.")};
    return core::Done{};
}

core::Status validate(const TicketEventRecord &e)
{
    if (auto s = checkCode(Text::tr("The event kind"), e.kind, codes::eventKinds()); !s)
        return s;
    return checkText(Text::tr("The event text"), e.payload, limits::eventPayload);
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

TicketCursor TicketCursor::after(const TicketRecord &row)
{
    return TicketCursor{row.grade, row.status, row.deadlineAt, row.createdAt, row.id};
}

QString TicketRepository::numberFor(qint64 id)
{
    return u"GO-%1"_s.arg(id, 8, 10, QLatin1Char('0'));
}

core::Result<qint64> TicketRepository::reserveId()
{
    auto q = exec(m_db,
                  backendOf(m_db) == Backend::Postgres ? u"SELECT nextval(pg_get_serial_sequence('tickets', 'id'))"_s
                                                       : u"SELECT coalesce(max(id), 0) + 1 FROM tickets"_s,
                  QVariantList{}, Text::tr("Could not number the ticket"));
    if (!q)
        return q.error();
    q.value().next();
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

core::Result<TicketRecord> TicketRepository::create(const TicketRecord &draft, std::optional<qint64> actorId,
                                                    const QDateTime &now)
{
    if (auto s = validate(draft); !s)
        return s.error();
    const Backend backend = backendOf(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();

    TicketRecord t = draft;
    if (t.slaPolicyVersion == 0) {
        auto q = exec(m_db, u"SELECT version FROM sla_policy WHERE state = 'active'"_s, QVariantList{},
                      Text::tr("Could not read the SLA policy"));
        if (!q)
            return q.error();
        if (!q.value().next())
            return core::Error{core::Error::Code::Invalid,
                               Text::tr("No SLA policy is active: an operations manager must publish one first.")};
        t.slaPolicyVersion = q.value().value(0).toInt();
    }
    if (!t.deadlineAt.isValid()) {
        auto q = exec(m_db,
                      u"SELECT amount FROM sla_rule WHERE policy_version = ? AND clock = 'resolution'"
                      " AND (grade = ? OR grade IS NULL) AND (',' || ticket_kinds || ',') LIKE ?"
                      " AND unit = 'wall_seconds' ORDER BY grade IS NULL"_s,
                      {t.slaPolicyVersion, core::toStorage(core::Grade(t.grade - 1)), u"%,"_s + t.kind + u",%"_s},
                      Text::tr("Could not read the SLA policy"));
        if (!q)
            return q.error();
        t.deadlineAt = now.addSecs(q.value().next() ? q.value().value(0).toLongLong() : 24 * 3600);
    }
    // The id comes first, so that the number can be made of it in the same INSERT.
    auto id = reserveId();
    if (!id)
        return id.error();
    t.id = id.value();
    t.number = numberFor(t.id);
    t.createdAt = now;
    t.updatedAt = now;
    t.createdBy = actorId;

    auto q = exec(m_db,
                  u"INSERT INTO tickets (id, number, kind, grade, channel, status, title, description, reporter,"
                  " reporter_contact, owner_id, department_id, business_system_id, ci_id, responsibility,"
                  " sla_policy_version, created_by, created_at, updated_at, deadline_at, responded_at,"
                  " plan_submitted_at, last_customer_update_at, resolved_at, closed_at, updated_by)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {t.id,
                   t.number,
                   t.kind,
                   t.grade,
                   t.channel,
                   t.status,
                   t.title,
                   t.description,
                   t.reporter,
                   t.reporterContact,
                   toDb(t.ownerId),
                   t.departmentId,
                   toDb(t.businessSystemId),
                   toDb(t.ciId),
                   nullableText(t.responsibility),
                   t.slaPolicyVersion,
                   toDb(t.createdBy),
                   toDb(now, backend),
                   toDb(now, backend),
                   toDb(t.deadlineAt, backend),
                   toDb(t.respondedAt, backend),
                   toDb(t.planSubmittedAt, backend),
                   toDb(t.lastCustomerUpdateAt, backend),
                   toDb(t.resolvedAt, backend),
                   toDb(t.closedAt, backend),
                   toDb(actorId)},
                  Text::tr("Could not create the ticket"));
    if (!q)
        return q.error();

    TicketEventRecord created;
    created.kind = u"created"_s;
    created.ticketId = t.id;
    created.actorId = actorId;
    created.payload = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"channel"_s, t.channel}, {u"grade"_s, t.grade}, {u"status"_s, t.status}})
            .toJson(QJsonDocument::Compact));
    if (auto e = insertEvent(created, t.departmentId, now); !e)
        return e.error();
    if (auto a = AuditRepository(m_db).record(u"create"_s, u"tickets"_s, t.id, t.departmentId, actorId); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(t.id);
}

core::Result<TicketRecord> TicketRepository::one(const QString &where, const QVariant &value)
{
    auto q = exec(m_db, detail::ticketSelect(true) + u" WHERE t."_s + where + u" = ?"_s, {value},
                  Text::tr("Could not read the ticket"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("Ticket %1 does not exist.").arg(value.toString())};
    return detail::readTicket(q.value());
}

core::Result<TicketRecord> TicketRepository::get(qint64 id)
{
    return one(u"id"_s, id);
}

core::Result<TicketRecord> TicketRepository::byNumber(const QString &number)
{
    return one(u"number"_s, number);
}

namespace {

// "?, ?, ?" for `items`, whose values are appended to `values`.
template <typename T>
QString marksFor(const QList<T> &items, QVariantList &values)
{
    QStringList marks;
    for (const T &item : items) {
        marks.append(u"?"_s);
        values.append(QVariant::fromValue(item));
    }
    return marks.join(u", "_s);
}

// A LIKE pattern that matches `text` literally, backslash being the ESCAPE character.
QString likeLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped;
}

// WHERE conditions of a filter on tickets t, with their values appended to `values`.
QString whereOf(const TicketFilter &f, Backend backend, QVariantList &values)
{
    QStringList conditions;
    if (!f.statuses.isEmpty())
        conditions.append(u"t.status IN ("_s + marksFor(f.statuses, values) + u")"_s);
    // Exactly the predicate of the partial index tickets_open_deadline_idx.
    const QString open = u"t.status NOT IN ('resolved', 'closed')"_s;
    if (f.openOnly)
        conditions.append(open);
    if (f.departmentId) {
        conditions.append(u"t.department_id = ?"_s);
        values.append(*f.departmentId);
    }
    if (!f.departmentIds.isEmpty())
        conditions.append(u"t.department_id IN ("_s + marksFor(f.departmentIds, values) + u")"_s);
    if (f.ownerId) {
        conditions.append(u"t.owner_id = ?"_s);
        values.append(*f.ownerId);
    }
    if (f.unassignedOnly)
        conditions.append(u"t.owner_id IS NULL"_s);
    if (f.grade) {
        conditions.append(u"t.grade = ?"_s);
        values.append(*f.grade);
    }
    if (!f.grades.isEmpty())
        conditions.append(u"t.grade IN ("_s + marksFor(f.grades, values) + u")"_s);
    if (f.deadlineBefore) {
        if (!f.openOnly)
            conditions.append(open);
        conditions.append(u"t.deadline_at < ?"_s);
        values.append(toDb(*f.deadlineBefore, backend));
    }
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        // PostgreSQL answers these from the trigram index tickets_text_trgm_idx (0004); ILIKE for every
        // script. SQLite's LIKE ignores ASCII case and scans: the embedded database stays small.
        const QString like = backend == Backend::Postgres ? u"ILIKE"_s : u"LIKE"_s;
        conditions.append(u"(t.number LIKE ? ESCAPE '\\' OR t.title "_s + like + u" ? ESCAPE '\\' OR t.reporter "_s
                          + like + u" ? ESCAPE '\\')"_s);
        const QString inside = u'%' + likeLiteral(text) + u'%';
        values << likeLiteral(text.toUpper()) + u'%' << inside << inside;
    }
    return conditions.isEmpty() ? u"1 = 1"_s : conditions.join(u" AND "_s);
}

// The rank of a status in the lifecycle, as the generated column status_rank (0004) has it.
int statusRank(const QString &status)
{
    return int(codes::ticketStatuses().indexOf(status)) + 1;
}

} // namespace

core::Result<TicketPage> TicketRepository::page(const TicketPageRequest &request)
{
    const Backend backend = backendOf(m_db);
    QVariantList values;
    QString where = whereOf(request.filter, backend, values);

    QStringList keys;
    switch (request.sort) {
    case TicketPageRequest::Sort::Deadline:
        keys = {u"t.deadline_at"_s, u"t.id"_s};
        break;
    case TicketPageRequest::Sort::Created:
        keys = {u"t.created_at"_s, u"t.id"_s};
        break;
    case TicketPageRequest::Sort::Grade:
        keys = {u"t.grade"_s, u"t.deadline_at"_s, u"t.id"_s};
        break;
    case TicketPageRequest::Sort::Status:
        keys = {u"t.status_rank"_s, u"t.deadline_at"_s, u"t.id"_s};
        break;
    case TicketPageRequest::Sort::Number:
        keys = {u"t.id"_s};
        break;
    }
    if (request.after) {
        const TicketCursor &c = *request.after;
        QStringList marks;
        for (const QString &key : std::as_const(keys)) {
            marks.append(u"?"_s);
            if (key == u"t.deadline_at"_s)
                values.append(toDb(c.deadlineAt, backend));
            else if (key == u"t.created_at"_s)
                values.append(toDb(c.createdAt, backend));
            else if (key == u"t.grade"_s)
                values.append(c.grade);
            else if (key == u"t.status_rank"_s)
                values.append(statusRank(c.status));
            else
                values.append(c.id);
        }
        // A row-value comparison walks the (key…, id) index from the cursor on.
        where += u" AND ("_s + keys.join(u", "_s) + (request.descending ? u") < ("_s : u") > ("_s)
                 + marks.join(u", "_s) + u")"_s;
    }
    QStringList order;
    for (const QString &key : std::as_const(keys))
        order.append(key + (request.descending ? u" DESC"_s : u""_s));
    const int limit = std::clamp(request.limit, 1, 5000);
    values.append(limit + 1);  // one more tells whether another page follows

    auto q = exec(m_db,
                  detail::ticketSelect(false) + u" WHERE "_s + where + u" ORDER BY "_s + order.join(u", "_s)
                      + u" LIMIT ?"_s,
                  values, Text::tr("Could not read the ticket queue"));
    if (!q)
        return q.error();
    TicketPage page;
    while (q.value().next())
        page.rows.append(detail::readTicket(q.value()));
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.next = TicketCursor::after(page.rows.last());
    }
    return page;
}

core::Result<qint64> TicketRepository::count(const TicketFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, backendOf(m_db), values);
    auto q = exec(m_db, u"SELECT count(*) FROM tickets t WHERE "_s + where, values,
                  Text::tr("Could not count the tickets"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

core::Result<TicketRecord> TicketRepository::update(const TicketRecord &t, const QList<TicketEventRecord> &events,
                                                    std::optional<qint64> actorId, const QDateTime &now)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto departmentId = saveWithin(t, events, actorId, now);
    if (!departmentId)
        return departmentId.error();
    if (auto a = AuditRepository(m_db).record(u"update"_s, u"tickets"_s, t.id, departmentId.value(), actorId); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(t.id);
}

core::Result<qint64> TicketRepository::saveWithin(const TicketRecord &t, const QList<TicketEventRecord> &events,
                                                  std::optional<qint64> actorId, const QDateTime &now)
{
    if (auto s = validate(t); !s)
        return s.error();
    for (const TicketEventRecord &e : events) {
        if (auto s = validate(e); !s)
            return s.error();
    }
    const Backend backend = backendOf(m_db);
    auto q = exec(m_db,
                  u"UPDATE tickets SET kind = ?, grade = ?, channel = ?, status = ?, title = ?, description = ?,"
                  " reporter = ?, reporter_contact = ?, owner_id = ?, business_system_id = ?, ci_id = ?,"
                  " responsibility = ?, deadline_at = ?, responded_at = ?, plan_submitted_at = ?,"
                  " last_customer_update_at = ?, resolved_at = ?, closed_at = ?, updated_at = ?, updated_by = ?,"
                  " version = version + 1 WHERE id = ? AND version = ? RETURNING department_id"_s,
                  {t.kind,
                   t.grade,
                   t.channel,
                   t.status,
                   t.title,
                   t.description,
                   t.reporter,
                   t.reporterContact,
                   toDb(t.ownerId),
                   toDb(t.businessSystemId),
                   toDb(t.ciId),
                   nullableText(t.responsibility),
                   toDb(t.deadlineAt, backend),
                   toDb(t.respondedAt, backend),
                   toDb(t.planSubmittedAt, backend),
                   toDb(t.lastCustomerUpdateAt, backend),
                   toDb(t.resolvedAt, backend),
                   toDb(t.closedAt, backend),
                   toDb(now, backend),
                   toDb(actorId),
                   t.id,
                   t.version},
                  Text::tr("Could not save the ticket %1").arg(t.number));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        q.value().finish();
        return conflict(t.id, t.version);
    }
    // The department is the stored one, not whatever the caller's copy says.
    const qint64 departmentId = q.value().value(0).toLongLong();
    q.value().finish();
    for (TicketEventRecord e : events) {
        e.ticketId = t.id;
        if (auto r = insertEvent(e, departmentId, now); !r)
            return r.error();
    }
    return departmentId;
}

core::Error TicketRepository::conflict(qint64 ticketId, int yourVersion)
{
    auto current = get(ticketId);
    if (!current)
        return current.error();
    const TicketRecord &t = current.value();
    QString who;
    if (t.updatedBy) {
        auto q = exec(m_db, u"SELECT display_name FROM staff WHERE id = ?"_s, {*t.updatedBy},
                      Text::tr("Could not read the ticket"));
        if (q && q.value().next())
            who = q.value().value(0).toString();
    }
    const QString when = QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
    const QString message =
        who.isEmpty()
            ? Text::tr("Ticket %1 was changed by someone else at %2 (it is now at version %3, yours was %4). "
                       "Reload it and make your change again.")
                  .arg(t.number, when)
                  .arg(t.version)
                  .arg(yourVersion)
            : Text::tr("%1 changed ticket %2 at %3 (it is now at version %4, yours was %5). "
                       "Reload it and make your change again.")
                  .arg(who, t.number, when)
                  .arg(t.version)
                  .arg(yourVersion);
    return core::Error{core::Error::Code::Conflict, message,
                       u"ticket %1 at version %2, expected %3"_s.arg(ticketId).arg(t.version).arg(yourVersion)};
}

core::Result<qint64> TicketRepository::insertEvent(TicketEventRecord e, qint64 departmentId, const QDateTime &now)
{
    const Backend backend = backendOf(m_db);
    auto q = exec(m_db,
                  u"INSERT INTO ticket_events (ticket_id, department_id, kind, actor_id, at, payload)"
                  " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {e.ticketId, departmentId, e.kind, toDb(e.actorId), toDb(e.at.isValid() ? e.at : now, backend),
                   e.payload.isEmpty() ? u"{}"_s : e.payload},
                  Text::tr("Could not add to the ticket's history"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

core::Result<TicketEventRecord> TicketRepository::appendEvent(const TicketEventRecord &event, const QDateTime &now)
{
    if (auto s = validate(event); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto ticket = exec(m_db, u"SELECT department_id FROM tickets WHERE id = ?"_s, {event.ticketId},
                       Text::tr("Could not read the ticket"));
    if (!ticket)
        return ticket.error();
    if (!ticket.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("Ticket %1 does not exist.").arg(event.ticketId)};
    const qint64 departmentId = ticket.value().value(0).toLongLong();
    ticket.value().finish();
    auto id = insertEvent(event, departmentId, now);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    TicketEventRecord stored = event;
    stored.id = id.value();
    stored.departmentId = departmentId;
    stored.at = (event.at.isValid() ? event.at : now).toUTC();
    if (stored.payload.isEmpty())
        stored.payload = u"{}"_s;
    return stored;
}

core::Result<QList<TicketEventRecord>> TicketRepository::events(qint64 ticketId)
{
    auto q = exec(m_db,
                  u"SELECT id, ticket_id, department_id, kind, actor_id, at, payload FROM ticket_events"
                  " WHERE ticket_id = ? ORDER BY at, id"_s,
                  {ticketId}, Text::tr("Could not read the ticket's history"));
    if (!q)
        return q.error();
    QList<TicketEventRecord> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        TicketEventRecord e;
        e.id = r.value(0).toLongLong();
        e.ticketId = r.value(1).toLongLong();
        e.departmentId = r.value(2).toLongLong();
        e.kind = r.value(3).toString();
        e.actorId = idFromDb(r.value(4));
        e.at = dateTimeFromDb(r.value(5));
        e.payload = r.value(6).toString();
        rows.append(e);
    }
    return rows;
}

QJsonObject toJson(const TicketFilter &f)
{
    QJsonObject o;
    if (!f.statuses.isEmpty())
        o.insert(u"statuses"_s, QJsonArray::fromStringList(f.statuses));
    if (f.openOnly)
        o.insert(u"openOnly"_s, true);
    if (f.departmentId)
        o.insert(u"departmentId"_s, *f.departmentId);
    if (f.ownerId)
        o.insert(u"ownerId"_s, *f.ownerId);
    if (f.grade)
        o.insert(u"grade"_s, *f.grade);
    if (!f.grades.isEmpty()) {
        QJsonArray grades;
        for (int g : f.grades)
            grades.append(g);
        o.insert(u"grades"_s, grades);
    }
    if (!f.departmentIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : f.departmentIds)
            ids.append(id);
        o.insert(u"departmentIds"_s, ids);
    }
    if (f.unassignedOnly)
        o.insert(u"unassignedOnly"_s, true);
    if (!f.text.isEmpty())
        o.insert(u"text"_s, f.text);
    if (f.deadlineBefore)
        o.insert(u"deadlineBefore"_s, f.deadlineBefore->toUTC().toString(Qt::ISODateWithMs));
    return o;
}

TicketFilter ticketFilterFromJson(const QJsonObject &o)
{
    TicketFilter f;
    for (const QJsonValue &v : o.value(u"statuses"_s).toArray())
        f.statuses.append(v.toString());
    f.openOnly = o.value(u"openOnly"_s).toBool();
    if (o.value(u"departmentId"_s).isDouble())
        f.departmentId = o.value(u"departmentId"_s).toInteger();
    if (o.value(u"ownerId"_s).isDouble())
        f.ownerId = o.value(u"ownerId"_s).toInteger();
    if (o.value(u"grade"_s).isDouble())
        f.grade = o.value(u"grade"_s).toInt();
    for (const QJsonValue &v : o.value(u"grades"_s).toArray())
        f.grades.append(v.toInt());
    for (const QJsonValue &v : o.value(u"departmentIds"_s).toArray())
        f.departmentIds.append(v.toInteger());
    f.unassignedOnly = o.value(u"unassignedOnly"_s).toBool();
    f.text = o.value(u"text"_s).toString();
    if (const QDateTime at = QDateTime::fromString(o.value(u"deadlineBefore"_s).toString(), Qt::ISODateWithMs);
        at.isValid())
        f.deadlineBefore = at.toUTC();
    return f;
}

} // namespace govops::storage
