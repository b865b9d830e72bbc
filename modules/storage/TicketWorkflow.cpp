#include "storage/TicketWorkflow.h"

#include "core/PostIncident.h"
#include "core/Ticket.h"
#include "core/TicketClocks.h"
#include "storage/AuditRepository.h"
#include "storage/Sql.h"
#include "storage/TicketFacts.h"
#include "storage/TicketRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::TicketWorkflow)
};
} // namespace

namespace govops::storage {

namespace {

// How often an action without a caller's version (claim, customer update) re-reads the ticket when another
// console saved it between the read and the write. Each retry reads what that console wrote.
constexpr int kAttempts = 3;

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue idJson(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

core::Error invalid(const QString &message, const QString &detail = {})
{
    return core::Error{core::Error::Code::Invalid, message, detail};
}

core::Status checkNote(const QString &label, const QString &text, bool required)
{
    return checkText(label, text, limits::eventText, required);
}

// What an action does to a loaded ticket: the core events that change its facts (their legality is core's
// TicketFacts::apply), the columns only it sets, and the history and audit it writes.
struct Change
{
    QList<core::TicketEvent> facts;
    QList<TicketEventRecord> events;
    QString audit;      // the audit action
    QJsonObject detail; // the audit detail
};

TicketEventRecord event(const QString &kind, qint64 actor, const QDateTime &at, const QJsonObject &payload)
{
    TicketEventRecord e;
    e.kind = kind;
    e.actorId = actor;
    e.at = at;
    e.payload = jsonText(payload);
    return e;
}

// A status change with its event, as DemoData and every console write it: {"from", "to"[, "note"]}.
void statusChange(Change &c, const TicketRecord &t, core::TicketStatus to, const QString &note, qint64 actor,
                  const QDateTime &at, QJsonObject extra = {})
{
    c.facts.append(core::TicketEvent::statusChanged(at, to));
    extra.insert(u"from"_s, t.status);
    extra.insert(u"to"_s, core::toStorage(to));
    if (!note.isEmpty())
        extra.insert(u"note"_s, note);
    c.events.append(event(u"status_change"_s, actor, at, extra));
}

// The columns the facts decide, so that row and history never disagree.
void writeFacts(TicketRecord &t, const core::TicketFacts &f)
{
    t.status = core::toStorage(f.status);
    t.grade = int(f.grade) + 1;
    t.respondedAt = f.respondedAt;
    t.planSubmittedAt = f.planSubmittedAt;
    t.lastCustomerUpdateAt = f.lastCustomerUpdateAt;
    t.resolvedAt = f.resolvedAt();
    t.closedAt = f.closedAt;
}

// deadline_at: the first deadline of a running or paused clock; when none runs, when the work stopped them.
core::Status writeDeadline(TicketRecord &t, const core::TicketFacts &f, const core::PolicyBook &book,
                           const QDateTime &now)
{
    const core::TicketClocks clocks = core::computeTicketClocks(f, book, now);
    if (clocks.error)
        return *clocks.error;
    if (const core::ClockState *next = clocks.next())
        t.deadlineAt = next->deadline;
    else if (f.closedAt.isValid())
        t.deadlineAt = f.closedAt;
    else if (f.resolvedAt().isValid())
        t.deadlineAt = f.resolvedAt();
    return core::Done{};
}

struct StaffName
{
    QString name;
    bool active = false;
};

core::Result<StaffName> staffName(QSqlDatabase &db, qint64 staffId)
{
    auto q = exec(db, u"SELECT display_name, active FROM staff WHERE id = ?"_s, {staffId},
                  Text::tr("Could not read the staff list"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return invalid(Text::tr("There is no such person (staff %1).").arg(staffId));
    return StaffName{q.value().value(0).toString(), q.value().value(1).toBool()};
}

core::Result<qint64> activePolicyVersion(QSqlDatabase &db)
{
    auto q = exec(db, u"SELECT version FROM sla_policy WHERE state = 'active'"_s, QVariantList{},
                  Text::tr("Could not read the SLA policy"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return invalid(Text::tr("No SLA policy is active: an operations manager must publish one first."));
    return q.value().value(0).toLongLong();
}

core::Status writeAudit(QSqlDatabase &db, const QString &action, const QString &entity, qint64 entityId,
                        qint64 departmentId, qint64 actor, const QDateTime &now, const QJsonObject &detail)
{
    AuditEntry a;
    a.at = now;
    a.actorId = actor;
    a.action = action;
    a.entity = entity;
    a.entityId = entityId;
    a.departmentId = departmentId;
    a.detail = jsonText(detail);
    auto id = AuditRepository(db).record(a);
    if (!id)
        return id.error();
    return core::Done{};
}

// One action on one ticket, in one transaction: load it with its facts, check the caller's version, let
// `change` decide, fold the change into the facts (core refuses what is illegal), recompute deadline_at,
// save with the version check, write the events and the audit row. Without a caller's version the action
// re-reads and tries again when another console saved the ticket in between.
using Decide =
    std::function<core::Result<Change>(TicketRecord &ticket, const core::TicketFacts &facts, const QDateTime &at)>;

core::Result<TicketRecord> act(QSqlDatabase &db, const core::PolicyBook &book, qint64 actor, qint64 ticketId,
                               std::optional<int> expectedVersion, const QDateTime &now, const Decide &decide)
{
    TicketRepository tickets(db);
    for (int attempt = 1;; ++attempt) {
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s.error();
        auto loaded = TicketFactsQuery(db).one(ticketId);
        if (!loaded)
            return loaded.error();
        TicketRecord t = loaded.value().ticket;
        core::TicketFacts facts = loaded.value().facts;
        if (expectedVersion && *expectedVersion != t.version)
            return tickets.conflict(ticketId, *expectedVersion);
        // A console whose clock lags another's records at the last event's time rather than out of order.
        const QDateTime at = std::max(now, facts.lastEventAt);

        auto change = decide(t, facts, at);
        if (!change)
            return change.error();
        for (const core::TicketEvent &e : change.value().facts) {
            if (auto s = facts.apply(e); !s)
                return s.error();
        }
        writeFacts(t, facts);
        if (auto s = writeDeadline(t, facts, book, at); !s)
            return s.error();

        auto departmentId = tickets.saveWithin(t, change.value().events, actor, at);
        if (!departmentId) {
            if (departmentId.error().code == core::Error::Code::Conflict && !expectedVersion && attempt < kAttempts)
                continue;
            return departmentId.error();
        }
        if (auto s = writeAudit(db, change.value().audit, u"tickets"_s, ticketId, departmentId.value(), actor, at,
                                change.value().detail);
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return tickets.get(ticketId);
    }
}

core::Result<PostIncidentRecord> readAnalysis(QSqlDatabase &db, qint64 ticketId, std::optional<qint64> *author,
                                              QDateTime *updatedAt)
{
    auto q = exec(db,
                  u"SELECT occurred_at, recovered_at, cause, result, preventive_measures, version, author_id,"
                  " updated_at FROM post_incident_analyses WHERE ticket_id = ?"_s,
                  {ticketId}, Text::tr("Could not read the post-incident analysis"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::NotFound,
                           Text::tr("Ticket %1 has no post-incident analysis yet.").arg(ticketId)};
    const QSqlQuery &r = q.value();
    PostIncidentRecord a;
    a.ticketId = ticketId;
    a.occurredAt = dateTimeFromDb(r.value(0));
    a.recoveredAt = dateTimeFromDb(r.value(1));
    a.cause = r.value(2).toString();
    a.result = r.value(3).toString();
    a.preventiveMeasures = r.value(4).toString();
    a.version = r.value(5).toInt();
    if (author)
        *author = idFromDb(r.value(6));
    if (updatedAt)
        *updatedAt = dateTimeFromDb(r.value(7));
    return a;
}

core::PostIncidentAnalysis toCore(const PostIncidentRecord &a)
{
    return core::PostIncidentAnalysis{a.occurredAt, a.recoveredAt, a.cause, a.result, a.preventiveMeasures};
}

// Resolving: the facts' status change plus the responsibility a fault must record.
core::Result<Change> resolution(TicketRecord &t, const QString &responsibility, const QString &note, qint64 actor,
                                const QDateTime &at)
{
    if (auto s = checkCode(Text::tr("The responsibility"), responsibility, codes::responsibilities(), true); !s)
        return s.error();
    if (t.kind == u"fault"_s && responsibility.isEmpty())
        return invalid(Text::tr("Say whose responsibility the fault was (platform, carrier, the customer's "
                                "system or a third party) before resolving it."));
    if (auto s = checkNote(Text::tr("The note"), note, false); !s)
        return s.error();
    t.responsibility = responsibility;
    Change c;
    c.audit = u"resolve"_s;
    QJsonObject extra;
    if (!responsibility.isEmpty())
        extra.insert(u"responsibility"_s, responsibility);
    statusChange(c, t, core::TicketStatus::Resolved, note, actor, at, extra);
    c.detail = extra;
    return c;
}

// Closing: legal and, for the grades the ticket's policy names, with a complete post-incident analysis.
core::Result<Change> closing(QSqlDatabase &db, const core::PolicyBook &book, TicketRecord &t,
                             const core::TicketFacts &facts, const QString &note, qint64 actor, const QDateTime &at)
{
    const core::PolicyEntry *entry = book.find(facts.policyVersion);
    if (!entry)
        return core::Error{
            core::Error::Code::Internal,
            Text::tr("The SLA policy version %1 of ticket %2 is not loaded.").arg(facts.policyVersion).arg(t.number)};
    core::PostIncidentAnalysis analysis;
    auto stored = readAnalysis(db, t.id, nullptr, nullptr);
    if (stored)
        analysis = toCore(stored.value());
    else if (stored.error().code != core::Error::Code::NotFound)
        return stored.error();
    if (auto s = core::checkClose(facts, analysis, entry->policy); !s)
        return s.error();
    Change c;
    c.audit = u"close"_s;
    statusChange(c, t, core::TicketStatus::Closed, note, actor, at);
    return c;
}

// A new owner (claim, assignment, hand-over): the first one is the first response, and a new ticket is assigned.
void takeOwnership(Change &c, TicketRecord &t, qint64 owner, qint64 actor, const QDateTime &at)
{
    c.facts.append(core::TicketEvent::responded(at));
    if (t.status == u"new"_s)
        statusChange(c, t, core::TicketStatus::Assigned, {}, actor, at);
    t.ownerId = owner;
}

} // namespace

core::Result<TicketRecord> TicketWorkflow::create(const NewTicket &n, const QDateTime &now)
{
    TicketRecord t;
    t.kind = n.kind;
    t.grade = n.grade;
    t.channel = n.channel;
    t.title = n.title;
    t.description = n.description;
    t.reporter = n.reporter;
    t.reporterContact = n.reporterContact;
    t.departmentId = n.departmentId;
    t.businessSystemId = n.businessSystemId;
    t.ciId = n.ciId;
    const auto kind = core::ticketKindFromStorage(n.kind);
    if (!kind)
        return invalid(
            Text::tr("The ticket kind '%1' is not one of: %2.").arg(n.kind, codes::ticketKinds().join(u", "_s)));
    if (n.grade < 1 || n.grade > core::kGradeCount)
        return invalid(Text::tr("The grade must be I, II, III or IV."));
    auto version = activePolicyVersion(m_db);
    if (!version)
        return version.error();
    t.slaPolicyVersion = int(version.value());
    const core::TicketFacts facts =
        core::TicketFacts::opened(0, *kind, core::Grade(n.grade - 1), t.slaPolicyVersion, now);
    t.deadlineAt = now; // replaced by the first deadline (a policy without clocks leaves the creation time)
    if (auto s = writeDeadline(t, facts, m_book, now); !s)
        return s.error();
    // TicketRepository::create validates everything before it writes, and writes ticket, "created" event
    // and audit row in one transaction.
    return TicketRepository(m_db).create(t, m_actorId, now);
}

core::Result<TicketRecord> TicketWorkflow::claim(qint64 ticketId, const QDateTime &now)
{
    TicketRepository tickets(m_db);
    for (int attempt = 1;; ++attempt) {
        Transaction tx(m_db);
        if (auto s = tx.begin(); !s)
            return s.error();
        auto loaded = TicketFactsQuery(m_db).one(ticketId);
        if (!loaded)
            return loaded.error();
        TicketRecord t = loaded.value().ticket;
        core::TicketFacts facts = loaded.value().facts;
        if (t.ownerId == m_actorId)
            return t;
        if (t.ownerId)
            return core::Error{core::Error::Code::Conflict,
                               Text::tr("%1 has already claimed ticket %2.").arg(t.ownerName, t.number),
                               u"ticket %1 owned by staff %2"_s.arg(ticketId).arg(*t.ownerId)};
        const QDateTime at = std::max(now, facts.lastEventAt);
        Change c;
        takeOwnership(c, t, m_actorId, m_actorId, at);
        for (const core::TicketEvent &e : std::as_const(c.facts)) {
            if (auto s = facts.apply(e); !s)
                return s.error();
        }
        writeFacts(t, facts);
        if (auto s = writeDeadline(t, facts, m_book, at); !s)
            return s.error();

        // The owner_id IS NULL condition decides between consoles that claim at the same moment: PostgreSQL
        // re-checks it on the row the winner committed, SQLite's write lock lets one writer in at a time.
        const Backend backend = backendOf(m_db);
        auto q = exec(m_db,
                      u"UPDATE tickets SET owner_id = ?, status = ?, responded_at = ?, deadline_at = ?, updated_at = ?,"
                      " updated_by = ?, version = version + 1"
                      " WHERE id = ? AND owner_id IS NULL AND version = ? RETURNING department_id"_s,
                      {m_actorId, t.status, toDb(t.respondedAt, backend), toDb(t.deadlineAt, backend),
                       toDb(at, backend), m_actorId, ticketId, t.version},
                      Text::tr("Could not claim ticket %1").arg(t.number));
        if (!q)
            return q.error();
        if (!q.value().next()) {
            q.value().finish();
            // Someone else saved first: the next round names the winner, or retries after an unrelated change.
            if (attempt < kAttempts)
                continue;
            return tickets.conflict(ticketId, t.version);
        }
        const qint64 departmentId = q.value().value(0).toLongLong();
        q.value().finish();
        c.events.prepend(event(u"assignment"_s, m_actorId, at, {{u"owner"_s, m_actorId}, {u"claimed"_s, true}}));
        for (TicketEventRecord e : std::as_const(c.events)) {
            e.ticketId = ticketId;
            if (auto r = tickets.insertEvent(e, departmentId, at); !r)
                return r.error();
        }
        if (auto s = writeAudit(m_db, u"claim"_s, u"tickets"_s, ticketId, departmentId, m_actorId, at, {}); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return tickets.get(ticketId);
    }
}

core::Result<TicketRecord> TicketWorkflow::assign(qint64 ticketId, int expectedVersion, qint64 staffId,
                                                  const QDateTime &now)
{
    return act(
        m_db, m_book, m_actorId, ticketId, expectedVersion, now,
        [&](TicketRecord &t, const core::TicketFacts &, const QDateTime &at) -> core::Result<Change> {
            auto staff = staffName(m_db, staffId);
            if (!staff)
                return staff.error();
            if (!staff.value().active)
                return invalid(Text::tr("%1 is no longer active and cannot own tickets.").arg(staff.value().name));
            if (t.ownerId == staffId)
                return invalid(Text::tr("Ticket %1 is already assigned to %2.").arg(t.number, staff.value().name));
            Change c;
            c.audit = u"assign"_s;
            c.detail = {{u"from"_s, idJson(t.ownerId)}, {u"owner"_s, staffId}};
            c.events.append(event(u"assignment"_s, m_actorId, at, c.detail));
            takeOwnership(c, t, staffId, m_actorId, at);
            return c;
        });
}

core::Result<TicketRecord> TicketWorkflow::handOver(qint64 ticketId, int expectedVersion, qint64 toStaffId,
                                                    const QString &note, const QDateTime &now)
{
    if (auto s = checkNote(Text::tr("The hand-over note"), note, false); !s)
        return s.error();
    return act(m_db, m_book, m_actorId, ticketId, expectedVersion, now,
               [&](TicketRecord &t, const core::TicketFacts &, const QDateTime &at) -> core::Result<Change> {
                   auto staff = staffName(m_db, toStaffId);
                   if (!staff)
                       return staff.error();
                   if (!staff.value().active)
                       return invalid(
                           Text::tr("%1 is no longer active and cannot own tickets.").arg(staff.value().name));
                   if (t.ownerId == toStaffId)
                       return invalid(Text::tr("Ticket %1 is already with %2.").arg(t.number, staff.value().name));
                   Change c;
                   c.audit = u"hand_over"_s;
                   c.detail = {{u"from"_s, idJson(t.ownerId)}, {u"to"_s, toStaffId}};
                   if (!note.isEmpty())
                       c.detail.insert(u"note"_s, note);
                   c.events.append(event(u"handover"_s, m_actorId, at, c.detail));
                   takeOwnership(c, t, toStaffId, m_actorId, at);
                   return c;
               });
}

core::Result<TicketRecord> TicketWorkflow::comment(qint64 ticketId, const QString &text, const QDateTime &now)
{
    if (auto s = checkNote(Text::tr("The comment"), text, true); !s)
        return s.error();
    TicketRepository tickets(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto t = tickets.get(ticketId);
    if (!t)
        return t.error();
    TicketEventRecord note = event(u"comment"_s, m_actorId, now, {{u"text"_s, text}});
    note.ticketId = ticketId;
    if (auto e = tickets.insertEvent(note, t.value().departmentId, now); !e)
        return e.error();
    if (auto s = writeAudit(m_db, u"comment"_s, u"tickets"_s, ticketId, t.value().departmentId, m_actorId, now, {}); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return t;
}

core::Result<TicketRecord> TicketWorkflow::customerUpdate(qint64 ticketId, const QString &channel, const QString &text,
                                                          const QDateTime &now)
{
    const auto parsed = core::channelFromStorage(channel);
    if (!parsed)
        return invalid(Text::tr("The channel '%1' is not one of: %2.").arg(channel, codes::channels().join(u", "_s)));
    if (auto s = checkNote(Text::tr("The update"), text, true); !s)
        return s.error();
    return act(
        m_db, m_book, m_actorId, ticketId, std::nullopt, now,
        [&](TicketRecord &, const core::TicketFacts &, const QDateTime &at) -> core::Result<Change> {
            Change c;
            c.audit = u"customer_update"_s;
            c.detail = {{u"channel"_s, channel}};
            c.facts = {core::TicketEvent::responded(at), core::TicketEvent::customerUpdate(at, *parsed)};
            c.events.append(event(u"customer_update"_s, m_actorId, at, {{u"channel"_s, channel}, {u"text"_s, text}}));
            return c;
        });
}

core::Result<TicketRecord> TicketWorkflow::submitPlan(qint64 ticketId, int expectedVersion, const QString &plan,
                                                      const QDateTime &now)
{
    if (auto s = checkNote(Text::tr("The handling plan"), plan, true); !s)
        return s.error();
    return act(m_db, m_book, m_actorId, ticketId, expectedVersion, now,
               [&](TicketRecord &t, const core::TicketFacts &, const QDateTime &at) -> core::Result<Change> {
                   Change c;
                   c.audit = u"plan"_s;
                   c.facts.append(core::TicketEvent::planSubmitted(at));
                   c.events.append(event(u"plan"_s, m_actorId, at, {{u"text"_s, plan}}));
                   if (t.status == u"new"_s || t.status == u"assigned"_s)
                       statusChange(c, t, core::TicketStatus::InProgress, {}, m_actorId, at);
                   return c;
               });
}

core::Result<TicketRecord> TicketWorkflow::changeStatus(qint64 ticketId, int expectedVersion, const QString &status,
                                                        const QString &note, const QDateTime &now)
{
    const auto to = core::ticketStatusFromStorage(status);
    if (!to)
        return invalid(
            Text::tr("The status '%1' is not one of: %2.").arg(status, codes::ticketStatuses().join(u", "_s)));
    if (auto s = checkNote(Text::tr("The note"), note, false); !s)
        return s.error();
    return act(m_db, m_book, m_actorId, ticketId, expectedVersion, now,
               [&](TicketRecord &t, const core::TicketFacts &facts, const QDateTime &at) -> core::Result<Change> {
                   if (*to == core::TicketStatus::Resolved)
                       return resolution(t, t.responsibility, note, m_actorId, at);
                   if (*to == core::TicketStatus::Closed)
                       return closing(m_db, m_book, t, facts, note, m_actorId, at);
                   Change c;
                   c.audit = u"status"_s;
                   c.detail = {{u"from"_s, t.status}, {u"to"_s, status}};
                   if (*to == core::TicketStatus::New)
                       t.ownerId.reset(); // released back to the queue
                   statusChange(c, t, *to, note, m_actorId, at);
                   return c;
               });
}

core::Result<TicketRecord> TicketWorkflow::changeGrade(qint64 ticketId, int expectedVersion, int grade,
                                                       const QString &reason, const QDateTime &now)
{
    if (grade < 1 || grade > core::kGradeCount)
        return invalid(Text::tr("The grade must be I, II, III or IV."));
    if (auto s = checkNote(Text::tr("The reason"), reason, true); !s)
        return s.error();
    return act(
        m_db, m_book, m_actorId, ticketId, expectedVersion, now,
        [&](TicketRecord &t, const core::TicketFacts &, const QDateTime &at) -> core::Result<Change> {
            if (t.grade == grade)
                return invalid(
                    Text::tr("Ticket %1 already has grade %2.").arg(t.number, core::toStorage(core::Grade(grade - 1))));
            Change c;
            c.audit = u"grade"_s;
            c.detail = {{u"from"_s, t.grade}, {u"to"_s, grade}};
            c.facts.append(core::TicketEvent::gradeChanged(at, core::Grade(grade - 1)));
            c.events.append(event(u"grade_change"_s, m_actorId, at,
                                  {{u"from"_s, t.grade}, {u"to"_s, grade}, {u"reason"_s, reason}}));
            return c;
        });
}

core::Result<TicketRecord> TicketWorkflow::resolve(qint64 ticketId, int expectedVersion, const QString &responsibility,
                                                   const QString &note, const QDateTime &now)
{
    return act(m_db, m_book, m_actorId, ticketId, expectedVersion, now,
               [&](TicketRecord &t, const core::TicketFacts &, const QDateTime &at) {
                   return resolution(t, responsibility, note, m_actorId, at);
               });
}

core::Result<TicketRecord> TicketWorkflow::close(qint64 ticketId, int expectedVersion, const QDateTime &now)
{
    return act(m_db, m_book, m_actorId, ticketId, expectedVersion, now,
               [&](TicketRecord &t, const core::TicketFacts &facts, const QDateTime &at) {
                   return closing(m_db, m_book, t, facts, {}, m_actorId, at);
               });
}

core::Result<PostIncidentRecord> TicketWorkflow::saveAnalysis(const PostIncidentRecord &a, const QDateTime &now)
{
    if (!a.occurredAt.isValid())
        return invalid(Text::tr("Say when the fault began."));
    if (a.recoveredAt.isValid() && a.recoveredAt < a.occurredAt)
        return invalid(Text::tr("Service cannot have been restored before the fault began."));
    for (const auto &s :
         {checkText(Text::tr("The cause"), a.cause, limits::analysisText, true),
          checkText(Text::tr("The result"), a.result, limits::analysisText, true),
          checkText(Text::tr("The preventive measures"), a.preventiveMeasures, limits::analysisText, true)}) {
        if (!s)
            return s.error();
    }
    const Backend backend = backendOf(m_db);
    TicketRepository tickets(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto t = tickets.get(a.ticketId);
    if (!t)
        return t.error();
    std::optional<qint64> author;
    QDateTime updatedAt;
    auto stored = readAnalysis(m_db, a.ticketId, &author, &updatedAt);
    if (!stored && stored.error().code != core::Error::Code::NotFound)
        return stored.error();
    const auto conflict = [&]() -> core::Error {
        QString who;
        if (author) {
            if (auto s = staffName(m_db, *author))
                who = s.value().name;
        }
        return core::Error{core::Error::Code::Conflict,
                           Text::tr("%1 saved the post-incident analysis of ticket %2 at %3 meanwhile. Reload it and "
                                    "make your change again.")
                               .arg(who.isEmpty() ? Text::tr("Someone else") : who, t.value().number,
                                    QLocale().toString(updatedAt.toLocalTime(), QLocale::ShortFormat)),
                           u"analysis of ticket %1 at version %2, expected %3"_s.arg(a.ticketId)
                               .arg(stored ? stored.value().version : 0)
                               .arg(a.version)};
    };
    const QVariantList fields{
        toDb(a.occurredAt, backend), toDb(a.recoveredAt, backend), a.cause, a.result, a.preventiveMeasures, m_actorId,
        toDb(now, backend)};
    core::Result<QSqlQuery> q = core::Error{};
    if (a.version == 0) {
        if (stored)
            return conflict();
        q = exec(m_db,
                 u"INSERT INTO post_incident_analyses (occurred_at, recovered_at, cause, result, preventive_measures,"
                 " author_id, updated_at, created_at, ticket_id, department_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " RETURNING id, version"_s,
                 fields + QVariantList{toDb(now, backend), a.ticketId, t.value().departmentId},
                 Text::tr("Could not save the post-incident analysis"));
    } else {
        q = exec(m_db,
                 u"UPDATE post_incident_analyses SET occurred_at = ?, recovered_at = ?, cause = ?, result = ?,"
                 " preventive_measures = ?, author_id = ?, updated_at = ?, version = version + 1"
                 " WHERE ticket_id = ? AND version = ? RETURNING id, version"_s,
                 fields + QVariantList{a.ticketId, a.version}, Text::tr("Could not save the post-incident analysis"));
    }
    if (!q)
        return q.error();
    if (!q.value().next())
        return conflict();
    const qint64 analysisId = q.value().value(0).toLongLong();
    PostIncidentRecord saved = a;
    saved.version = q.value().value(1).toInt();
    q.value().finish();
    TicketEventRecord analysed = event(u"analysis"_s, m_actorId, now, {{u"cause"_s, a.cause}});
    analysed.ticketId = a.ticketId;
    if (auto e = tickets.insertEvent(analysed, t.value().departmentId, now); !e)
        return e.error();
    if (auto s = writeAudit(m_db, a.version == 0 ? u"create"_s : u"update"_s, u"post_incident_analyses"_s, analysisId,
                            t.value().departmentId, m_actorId, now, {{u"ticket"_s, a.ticketId}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return saved;
}

core::Result<std::optional<PostIncidentRecord>> TicketWorkflow::analysis(qint64 ticketId)
{
    auto stored = readAnalysis(m_db, ticketId, nullptr, nullptr);
    if (stored)
        return std::optional<PostIncidentRecord>(stored.value());
    if (stored.error().code == core::Error::Code::NotFound)
        return std::optional<PostIncidentRecord>();
    return stored.error();
}

} // namespace govops::storage
