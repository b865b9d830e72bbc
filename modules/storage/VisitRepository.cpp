#include "storage/VisitRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::VisitRepository)
};
} // namespace

namespace govops::storage {

namespace {

constexpr int reachedMax = 200;
constexpr int textMax = 10000;
constexpr int reasonMax = 2000;

const QString visitSelect =
    u"SELECT v.id, v.department_id, v.kind, v.mode, v.owner, v.plan_key, v.ticket_id, v.business_system_id,"
    " v.contact_id, v.assignee_id, v.script_id, v.plan_day, v.due_at, v.state, v.done_at, v.reached, v.summary,"
    " v.satisfaction, v.follow_up, v.created_at, v.updated_at, v.version, d.name, s.display_name, t.number, b.name"
    " FROM return_visits v JOIN departments d ON d.id = v.department_id"
    " LEFT JOIN staff s ON s.id = v.assignee_id LEFT JOIN tickets t ON t.id = v.ticket_id"
    " LEFT JOIN business_systems b ON b.id = v.business_system_id"_s;

VisitRecord readVisit(const QSqlQuery &q)
{
    VisitRecord v;
    v.id = q.value(0).toLongLong();
    v.departmentId = q.value(1).toLongLong();
    v.kind = q.value(2).toString();
    v.mode = q.value(3).toString();
    v.owner = q.value(4).toString();
    v.planKey = q.value(5).toString();
    v.ticketId = idFromDb(q.value(6));
    v.businessSystemId = idFromDb(q.value(7));
    v.contactId = idFromDb(q.value(8));
    v.assigneeId = idFromDb(q.value(9));
    v.scriptId = idFromDb(q.value(10));
    if (!q.value(11).isNull())
        v.planDay = q.value(11).toInt();
    v.dueAt = dateTimeFromDb(q.value(12));
    v.state = q.value(13).toString();
    v.doneAt = dateTimeFromDb(q.value(14));
    v.reached = q.value(15).toString();
    v.summary = q.value(16).toString();
    if (!q.value(17).isNull())
        v.satisfaction = q.value(17).toInt();
    v.followUp = q.value(18).toString();
    v.createdAt = dateTimeFromDb(q.value(19));
    v.updatedAt = dateTimeFromDb(q.value(20));
    v.version = q.value(21).toInt();
    v.departmentName = q.value(22).toString();
    v.assigneeName = q.value(23).toString();
    v.ticketNumber = q.value(24).toString();
    v.businessSystemName = q.value(25).toString();
    return v;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString marksFor(const QStringList &items, QVariantList &values)
{
    QStringList marks;
    for (const QString &item : items) {
        marks.append(u"?"_s);
        values.append(item);
    }
    return marks.join(u", "_s);
}

QString whereOf(const VisitFilter &f, Backend backend, QVariantList &values)
{
    QStringList conditions;
    if (!f.states.isEmpty())
        conditions.append(u"v.state IN ("_s + marksFor(f.states, values) + u")"_s);
    if (!f.kinds.isEmpty())
        conditions.append(u"v.kind IN ("_s + marksFor(f.kinds, values) + u")"_s);
    const auto equals = [&](const char16_t *column, const std::optional<qint64> &id) {
        if (id) {
            conditions.append(QString::fromUtf16(column) + u" = ?"_s);
            values.append(*id);
        }
    };
    equals(u"v.department_id", f.departmentId);
    equals(u"v.assignee_id", f.assigneeId);
    equals(u"v.ticket_id", f.ticketId);
    if (f.dueFrom.isValid()) {
        conditions.append(u"v.due_at >= ?"_s);
        values.append(toDb(f.dueFrom, backend));
    }
    if (f.dueTo.isValid()) {
        conditions.append(u"v.due_at < ?"_s);
        values.append(toDb(f.dueTo, backend));
    }
    if (f.overdueAt.isValid()) {
        conditions.append(u"v.state = 'planned' AND v.due_at < ?"_s);
        values.append(toDb(f.overdueAt, backend));
    }
    return conditions.isEmpty() ? u"1 = 1"_s : conditions.join(u" AND "_s);
}

core::Status checkSatisfaction(int value)
{
    if (value < 1 || value > 5)
        return core::Error{
            core::Error::Code::Invalid,
            Text::tr("The satisfaction is %1; it goes from 1 (very unhappy) to 5 (very happy).").arg(value)};
    return core::Done{};
}

// The value of an amendable field as text, the form amendments keep.
QString fieldText(const VisitRecord &v, const QString &field)
{
    if (field == u"reached"_s)
        return v.reached;
    if (field == u"summary"_s)
        return v.summary;
    if (field == u"satisfaction"_s)
        return v.satisfaction ? QString::number(*v.satisfaction) : QString();
    return v.followUp;
}

void setField(VisitRecord &v, const QString &field, const QString &value)
{
    if (field == u"reached"_s)
        v.reached = value;
    else if (field == u"summary"_s)
        v.summary = value;
    else if (field == u"satisfaction"_s)
        v.satisfaction = value.isEmpty() ? std::nullopt : std::optional<int>(value.toInt());
    else
        v.followUp = value;
}

core::Status checkField(const QString &field, const QString &value)
{
    if (field == u"satisfaction"_s) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok)
            return core::Error{core::Error::Code::Invalid,
                               Text::tr("The satisfaction '%1' is not a number from 1 to 5.").arg(value)};
        return checkSatisfaction(n);
    }
    if (field == u"reached"_s)
        return checkText(Text::tr("Who was reached"), value, reachedMax, true);
    return checkText(field == u"summary"_s ? Text::tr("The summary") : Text::tr("The follow-up"), value, textMax);
}

// The UTC instants where the days of [from, to] begin and end in `zone`.
std::pair<QDateTime, QDateTime> instants(QDate from, QDate to, const QTimeZone &zone)
{
    return {QDateTime(from, QTime(0, 0), zone).toUTC(), QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC()};
}

} // namespace

QString VisitRepository::toStorage(core::VisitOwner owner)
{
    return owner == core::VisitOwner::AccountManager ? u"account_manager"_s : u"desk"_s;
}

QStringList VisitRepository::amendableFields()
{
    return {u"reached"_s, u"summary"_s, u"satisfaction"_s, u"follow_up"_s};
}

core::Result<VisitRecord> VisitRepository::one(const QString &where, const QVariant &value)
{
    auto q = exec(m_db, visitSelect + u" WHERE "_s + where, {value}, Text::tr("Could not read the return visit"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::NotFound,
                           Text::tr("The return visit %1 does not exist.").arg(value.toString())};
    return readVisit(q.value());
}

core::Result<VisitRecord> VisitRepository::get(qint64 id)
{
    return one(u"v.id = ?"_s, id);
}

core::Result<VisitRecord> VisitRepository::byPlanKey(const QString &key)
{
    return one(u"v.plan_key = ?"_s, key);
}

core::Result<VisitPage> VisitRepository::page(const VisitPageRequest &request)
{
    const Backend backend = backendOf(m_db);
    QVariantList values;
    QString where = whereOf(request.filter, backend, values);
    if (request.after) {
        // A row-value comparison walks the (…, due_at, id) index from the cursor on.
        where += u" AND (v.due_at, v.id) > (?, ?)"_s;
        values << toDb(request.after->dueAt, backend) << request.after->id;
    }
    const int limit = std::clamp(request.limit, 1, 5000);
    values.append(limit + 1); // one more tells whether another page follows
    auto q = exec(m_db, visitSelect + u" WHERE "_s + where + u" ORDER BY v.due_at, v.id LIMIT ?"_s, values,
                  Text::tr("Could not read the return-visit schedule"));
    if (!q)
        return q.error();
    VisitPage page;
    while (q.value().next())
        page.rows.append(readVisit(q.value()));
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.next = VisitCursor{page.rows.last().dueAt, page.rows.last().id};
    }
    return page;
}

core::Result<qint64> VisitRepository::count(const VisitFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, backendOf(m_db), values);
    auto q = exec(m_db, u"SELECT count(*) FROM return_visits v WHERE "_s + where, values,
                  Text::tr("Could not count the return visits"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

core::Error VisitRepository::conflict(qint64 visitId, int yourVersion)
{
    auto current = get(visitId);
    if (!current)
        return current.error();
    const VisitRecord &v = current.value();
    if (v.state == u"cancelled"_s)
        return core::Error{core::Error::Code::Invalid,
                           Text::tr("The return visit %1 was cancelled: it is no longer owed.").arg(visitId)};
    return core::Error{
        core::Error::Code::Conflict,
        Text::tr("Someone else changed the return visit %1 meanwhile (it is now at version %2, yours "
                 "was %3). Reload it and make your change again.")
            .arg(visitId)
            .arg(v.version)
            .arg(yourVersion),
        u"return visit %1 at version %2 (%3), expected %4"_s.arg(visitId).arg(v.version).arg(v.state).arg(yourVersion)};
}

core::Result<VisitRecord> VisitRepository::logVisit(const VisitLog &log, std::optional<qint64> actorId,
                                                    const QDateTime &now)
{
    for (const auto &s :
         {checkText(Text::tr("Who was reached"), log.reached, reachedMax, true),
          checkText(Text::tr("The summary"), log.summary, textMax),
          checkText(Text::tr("The follow-up"), log.followUp, textMax), checkSatisfaction(log.satisfaction)}) {
        if (!s)
            return s.error();
    }
    const Backend backend = backendOf(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto q = exec(m_db,
                  u"UPDATE return_visits SET state = 'done', done_at = ?, reached = ?, summary = ?, satisfaction = ?,"
                  " follow_up = ?, contact_id = COALESCE(?, contact_id), updated_at = ?, version = version + 1"
                  " WHERE id = ? AND version = ? AND state IN ('planned', 'missed')"
                  " RETURNING department_id, ticket_id"_s,
                  {toDb(log.doneAt.isValid() ? log.doneAt : now, backend), log.reached, log.summary, log.satisfaction,
                   log.followUp, toDb(log.contactId), toDb(now, backend), log.visitId, log.version},
                  Text::tr("Could not log the return visit %1").arg(log.visitId));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        q.value().finish();
        auto current = get(log.visitId);
        if (!current)
            return current.error();
        if (current.value().state == u"done"_s)
            return core::Error{core::Error::Code::Invalid,
                               Text::tr("The return visit %1 was already logged; a logged visit is never overwritten: "
                                        "amend it instead.")
                                   .arg(log.visitId)};
        return conflict(log.visitId, log.version);
    }
    const qint64 departmentId = q.value().value(0).toLongLong();
    const std::optional<qint64> ticketId = idFromDb(q.value().value(1));
    q.value().finish();
    // The ticket's history says that its customer was called back, and how happy they were.
    if (ticketId) {
        auto e = exec(m_db,
                      u"INSERT INTO ticket_events (ticket_id, department_id, kind, actor_id, at, payload)"
                      " VALUES (?, ?, 'visit', ?, ?, ?)"_s,
                      {*ticketId, departmentId, toDb(actorId), toDb(now, backend),
                       json({{u"visit"_s, log.visitId}, {u"satisfaction"_s, log.satisfaction}})},
                      Text::tr("Could not add the return visit to the ticket's history"));
        if (!e)
            return e.error();
    }
    if (auto a = AuditRepository(m_db).record(u"log"_s, u"return_visits"_s, log.visitId, departmentId, actorId,
                                              json({{u"satisfaction"_s, log.satisfaction}}));
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(log.visitId);
}

core::Result<VisitAmendmentRecord> VisitRepository::amend(qint64 visitId, int version, const QString &field,
                                                          const QString &newValue, const QString &reason,
                                                          std::optional<qint64> actorId, const QDateTime &now)
{
    if (auto s = checkCode(Text::tr("The field"), field, amendableFields()); !s)
        return s.error();
    if (auto s = checkField(field, newValue); !s)
        return s.error();
    if (auto s = checkText(Text::tr("The reason for the correction"), reason, reasonMax, true); !s)
        return s.error();
    const Backend backend = backendOf(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    // Only the version moves: the logged values stay, and the change feed tells other consoles.
    auto q = exec(m_db,
                  u"UPDATE return_visits SET updated_at = ?, version = version + 1"
                  " WHERE id = ? AND version = ? AND state = 'done' RETURNING department_id"_s,
                  {toDb(now, backend), visitId, version}, Text::tr("Could not amend the return visit %1").arg(visitId));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        q.value().finish();
        auto current = get(visitId);
        if (!current)
            return current.error();
        if (current.value().state != u"done"_s)
            return core::Error{
                core::Error::Code::Invalid,
                Text::tr("The return visit %1 has not been logged yet: log it instead of amending it.").arg(visitId)};
        return conflict(visitId, version);
    }
    const qint64 departmentId = q.value().value(0).toLongLong();
    q.value().finish();
    auto before = amended(visitId);
    if (!before)
        return before.error();

    VisitAmendmentRecord a;
    a.visitId = visitId;
    a.amendedAt = now;
    a.authorId = actorId;
    a.field = field;
    a.oldValue = fieldText(before.value(), field);
    a.newValue = newValue;
    a.reason = reason;
    auto ins = exec(m_db,
                    u"INSERT INTO return_visit_amendments (visit_id, department_id, amended_at, author_id, field,"
                    " old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {visitId, departmentId, toDb(now, backend), toDb(actorId), field, a.oldValue, newValue, reason},
                    Text::tr("Could not amend the return visit %1").arg(visitId));
    if (!ins)
        return ins.error();
    ins.value().next();
    a.id = ins.value().value(0).toLongLong();
    ins.value().finish();
    if (auto r = AuditRepository(m_db).record(u"amend"_s, u"return_visits"_s, visitId, departmentId, actorId,
                                              json({{u"field"_s, field}, {u"amendment"_s, a.id}}));
        !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return a;
}

core::Result<QList<VisitAmendmentRecord>> VisitRepository::amendments(qint64 visitId)
{
    auto q = exec(m_db,
                  u"SELECT id, visit_id, amended_at, author_id, field, old_value, new_value, reason"
                  " FROM return_visit_amendments WHERE visit_id = ? ORDER BY amended_at, id"_s,
                  {visitId}, Text::tr("Could not read the corrections of the return visit"));
    if (!q)
        return q.error();
    QList<VisitAmendmentRecord> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        rows.append(VisitAmendmentRecord{r.value(0).toLongLong(), r.value(1).toLongLong(), dateTimeFromDb(r.value(2)),
                                         idFromDb(r.value(3)), r.value(4).toString(), r.value(5).toString(),
                                         r.value(6).toString(), r.value(7).toString()});
    }
    return rows;
}

core::Result<VisitRecord> VisitRepository::amended(qint64 visitId)
{
    auto visit = get(visitId);
    if (!visit)
        return visit.error();
    auto list = amendments(visitId);
    if (!list)
        return list.error();
    VisitRecord v = visit.value();
    for (const VisitAmendmentRecord &a : std::as_const(list.value()))
        setField(v, a.field, a.newValue);
    return v;
}

core::Result<VisitPlanReport> VisitRepository::applyPlan(const core::VisitPlanInput &input,
                                                         const core::VisitRules &rules,
                                                         const core::BusinessCalendar &calendar,
                                                         std::optional<qint64> actorId, const QDateTime &now)
{
    if (!input.windowFrom.isValid() || !input.windowTo.isValid() || input.windowTo < input.windowFrom)
        return core::Error{core::Error::Code::Invalid,
                           Text::tr("The planning window %1 to %2 is not a range of days.")
                               .arg(input.windowFrom.toString(Qt::ISODate), input.windowTo.toString(Qt::ISODate))};
    auto planned = core::planVisits(input, rules, calendar);
    if (!planned)
        return planned.error();
    const QTimeZone zone = calendar.workingHours().zone;
    QList<core::PlannedVisit> owed;
    owed.reserve(planned.value().size());
    for (const core::PlannedVisit &p : std::as_const(planned.value())) {
        const QDate due = p.dueAt.toTimeZone(zone).date();
        if (due >= input.windowFrom && due <= input.windowTo)
            owed.append(p);
    }

    const Backend backend = backendOf(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();

    const auto [from, to] = instants(input.windowFrom, input.windowTo, zone);
    QList<core::ScheduledVisit> scheduled;
    {
        auto q = exec(m_db,
                      u"SELECT id, plan_key, state, due_at FROM return_visits"
                      " WHERE plan_key IS NOT NULL AND due_at >= ? AND due_at < ?"_s,
                      {toDb(from, backend), toDb(to, backend)}, Text::tr("Could not read the return-visit schedule"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            // In the calendar's zone, so that reconcile() sees the same days as the plan.
            scheduled.append({r.value(0).toLongLong(), r.value(1).toString(),
                              core::visitStateFromStorage(r.value(2).toString()).value_or(core::VisitState::Planned),
                              dateTimeFromDb(r.value(3)).toTimeZone(zone)});
        }
    }
    const core::VisitChanges changes = core::reconcile(owed, scheduled, input.windowFrom, input.windowTo);

    VisitPlanReport report;
    report.owed = int(owed.size());
    const QVariant stamp = toDb(now, backend);
    const QString what = Text::tr("Could not write the return-visit schedule");
    {
        // Prepared once: a year for thousands of customers is tens of thousands of rows. A key that is already
        // stored (outside the window, or written by another console meanwhile) is left as it is.
        QSqlQuery insert(m_db);
        if (!insert.prepare(
                u"INSERT INTO return_visits (department_id, kind, mode, ticket_id, business_system_id, contact_id,"
                " assignee_id, script_id, plan_day, plan_key, owner, due_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?,"
                " (SELECT min(id) FROM contacts WHERE department_id = ? AND role = 'main_contact'),"
                " CASE WHEN ? THEN (SELECT account_manager_id FROM departments WHERE id = ?) END,"
                " (SELECT id FROM visit_scripts WHERE kind = ? AND active = ? ORDER BY version DESC LIMIT 1),"
                " ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (plan_key) WHERE plan_key IS NOT NULL DO NOTHING"_s))
            return sqlError(insert, what);
        for (const core::PlannedVisit &p : changes.create) {
            const QString kind = core::toStorage(p.kind);
            const QVariantList values{p.departmentId,
                                      kind,
                                      core::toStorage(p.mode),
                                      toDb(p.ticketId),
                                      toDb(p.businessSystemId),
                                      p.departmentId,
                                      p.owner == core::VisitOwner::AccountManager,
                                      p.departmentId,
                                      kind,
                                      true,
                                      p.planDay > 0 ? QVariant(p.planDay) : QVariant(QMetaType::fromType<int>()),
                                      p.key,
                                      toStorage(p.owner),
                                      toDb(p.dueAt, backend),
                                      stamp,
                                      stamp};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, dbValue(values.at(i)));
            if (!insert.exec())
                return sqlError(insert, what);
            report.created += insert.numRowsAffected() > 0 ? 1 : 0;
        }
        insert.finish();

        // Only a visit still planned moves or goes: one logged meanwhile stays as it was logged.
        QSqlQuery move(m_db);
        if (!move.prepare(u"UPDATE return_visits SET due_at = ?, updated_at = ?, version = version + 1"
                          " WHERE id = ? AND state = 'planned'"_s))
            return sqlError(move, what);
        for (const core::Reschedule &r : changes.reschedule) {
            move.bindValue(0, toDb(r.dueAt, backend));
            move.bindValue(1, stamp);
            move.bindValue(2, r.visitId);
            if (!move.exec())
                return sqlError(move, what);
            report.rescheduled += move.numRowsAffected() > 0 ? 1 : 0;
        }
        move.finish();

        QSqlQuery cancel(m_db);
        if (!cancel.prepare(u"UPDATE return_visits SET state = 'cancelled', updated_at = ?, version = version + 1"
                            " WHERE id = ? AND state = 'planned'"_s))
            return sqlError(cancel, what);
        for (qint64 id : changes.cancel) {
            cancel.bindValue(0, stamp);
            cancel.bindValue(1, id);
            if (!cancel.exec())
                return sqlError(cancel, what);
            report.cancelled += cancel.numRowsAffected() > 0 ? 1 : 0;
        }
        cancel.finish();
    }
    // A run that changes nothing leaves the database exactly as it was: generating again is idempotent.
    if (report.created + report.rescheduled + report.cancelled > 0) {
        const QString detail = json({{u"from"_s, input.windowFrom.toString(Qt::ISODate)},
                                     {u"to"_s, input.windowTo.toString(Qt::ISODate)},
                                     {u"owed"_s, report.owed},
                                     {u"created"_s, report.created},
                                     {u"rescheduled"_s, report.rescheduled},
                                     {u"cancelled"_s, report.cancelled}});
        if (auto a = AuditRepository(m_db).record(u"plan"_s, u"return_visits"_s, std::nullopt, std::nullopt, actorId,
                                                  detail);
            !a)
            return a.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace govops::storage
