#include "storage/TicketFacts.h"

#include "storage/Sql.h"
#include "storage/TicketRows_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::TicketFactsQuery)
};
} // namespace

namespace govops::storage {

namespace {

// The facts the ticket's own columns hold.
core::TicketFacts factsOfColumns(const TicketRecord &t)
{
    core::TicketFacts f = core::TicketFacts::opened(
        t.id, core::ticketKindFromStorage(t.kind).value_or(core::TicketKind::Fault),
        core::Grade(std::clamp(t.grade, 1, core::kGradeCount) - 1), t.slaPolicyVersion, t.createdAt);
    f.status = core::ticketStatusFromStorage(t.status).value_or(core::TicketStatus::New);
    f.respondedAt = t.respondedAt;
    f.planSubmittedAt = t.planSubmittedAt;
    f.lastCustomerUpdateAt = t.lastCustomerUpdateAt;
    f.closedAt = t.closedAt;
    for (const QDateTime &at : {t.respondedAt, t.planSubmittedAt, t.lastCustomerUpdateAt, t.resolvedAt, t.closedAt}) {
        if (at.isValid() && at > f.lastEventAt)
            f.lastEventAt = at;
    }
    return f;
}

// Folds the history into the facts, one event at a time in (at, id) order.
class HistoryFold
{
public:
    explicit HistoryFold(core::TicketFacts &facts) : m_f(facts) {}

    void statusChanged(const QString &to, const QDateTime &at)
    {
        const auto next = core::ticketStatusFromStorage(to);
        if (!next)
            return;
        if (m_status == core::TicketStatus::WaitingCustomer && !m_f.waiting.isEmpty() && m_f.waiting.last().isOpen())
            m_f.waiting.last().to = at;
        // Closing keeps the resolved period open (core::TicketFacts); anything else out of resolved is a reopening.
        if (m_status == core::TicketStatus::Resolved && *next != core::TicketStatus::Closed &&
            !m_f.resolvedPeriods.isEmpty() && m_f.resolvedPeriods.last().isOpen())
            m_f.resolvedPeriods.last().to = at;
        if (*next == core::TicketStatus::WaitingCustomer)
            m_f.waiting.append(core::Interval{at, {}});
        if (*next == core::TicketStatus::Resolved)
            m_f.resolvedPeriods.append(core::Interval{at, {}});
        m_status = *next;
        seen(at);
    }

    void customerUpdate(const QDateTime &at)
    {
        ++m_f.customerUpdateCount;
        if (!m_f.lastCustomerUpdateAt.isValid() || at > m_f.lastCustomerUpdateAt)
            m_f.lastCustomerUpdateAt = at;
        seen(at);
    }

    // A history without the status changes (bulk demo rows) still says when the work was done.
    void finish(const TicketRecord &t)
    {
        if (core::isWorkDone(m_f.status) && t.resolvedAt.isValid() &&
            (m_f.resolvedPeriods.isEmpty() || !m_f.resolvedPeriods.last().isOpen()))
            m_f.resolvedPeriods.append(core::Interval{t.resolvedAt, {}});
    }

private:
    void seen(const QDateTime &at)
    {
        if (at > m_f.lastEventAt)
            m_f.lastEventAt = at;
    }

    core::TicketFacts &m_f;
    core::TicketStatus m_status = core::TicketStatus::New;
};

// The events that matter to the facts. The payload is parsed here rather than by the database, so that one
// malformed payload costs its own status change, not the whole evaluation.
QString eventsSql()
{
    return u"SELECT e.ticket_id, e.kind, e.at, CASE WHEN e.kind = 'status_change' THEN e.payload END"
           " FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id"
           " WHERE e.kind IN ('status_change', 'customer_update') AND "_s;
}

void fold(HistoryFold &history, const QSqlQuery &q)
{
    const QString kind = q.value(1).toString();
    const QDateTime at = dateTimeFromDb(q.value(2));
    if (kind == u"status_change"_s)
        history.statusChanged(
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().value(u"to"_s).toString(), at);
    else
        history.customerUpdate(at);
}

} // namespace

core::Result<QList<TicketWithFacts>> TicketFactsQuery::unclosed(std::optional<qint64> departmentId)
{
    QString where = u"t.status <> 'closed'"_s;
    QVariantList values;
    if (departmentId) {
        where += u" AND t.department_id = ?"_s;
        values.append(*departmentId);
    }
    auto tickets = exec(m_db, detail::ticketSelect(false) + u" WHERE "_s + where + u" ORDER BY t.id"_s, values,
                        Text::tr("Could not read the open tickets"));
    if (!tickets)
        return tickets.error();
    QList<TicketWithFacts> rows;
    while (tickets.value().next()) {
        TicketRecord t = detail::readTicket(tickets.value());
        core::TicketFacts f = factsOfColumns(t);
        rows.append(TicketWithFacts{std::move(t), std::move(f)});
    }
    tickets.value().finish();

    auto events = exec(m_db, eventsSql() + where + u" ORDER BY e.ticket_id, e.at, e.id"_s, values,
                       Text::tr("Could not read the history of the open tickets"));
    if (!events)
        return events.error();
    // Both lists run in ticket id order: one merge walk. A ticket added between the two queries has no
    // row in `rows`, and its events are passed over.
    QSqlQuery &e = events.value();
    bool more = e.next();
    for (TicketWithFacts &row : rows) {
        HistoryFold history(row.facts);
        while (more && e.value(0).toLongLong() < row.ticket.id)
            more = e.next();
        while (more && e.value(0).toLongLong() == row.ticket.id) {
            fold(history, e);
            more = e.next();
        }
        history.finish(row.ticket);
    }
    return rows;
}

core::Result<TicketWithFacts> TicketFactsQuery::one(qint64 ticketId)
{
    auto ticket = exec(m_db, detail::ticketSelect(true) + u" WHERE t.id = ?"_s, {ticketId},
                       Text::tr("Could not read the ticket"));
    if (!ticket)
        return ticket.error();
    if (!ticket.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("Ticket %1 does not exist.").arg(ticketId)};
    TicketWithFacts row{detail::readTicket(ticket.value()), {}};
    ticket.value().finish();
    row.facts = factsOfColumns(row.ticket);

    auto events = exec(m_db, eventsSql() + u"t.id = ? ORDER BY e.at, e.id"_s, {ticketId},
                       Text::tr("Could not read the ticket's history"));
    if (!events)
        return events.error();
    HistoryFold history(row.facts);
    while (events.value().next())
        fold(history, events.value());
    history.finish(row.ticket);
    return row;
}

} // namespace govops::storage
