#include "notify/DeliveryQueue.h"

#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages (outside the govops namespaces, so that lupdate finds it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::notify::DeliveryQueue)
};
} // namespace

namespace govops::notify {

using storage::Backend;
using storage::exec;
using storage::toDb;

namespace {

QString marks(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

// Due: pending and its time has come, or being sent by a dispatcher whose lease ran out.
const QString kDue =
    u"((d.status = 'pending' AND d.next_attempt_at <= ?) OR (d.status = 'sending' AND d.claimed_until < ?))"
    " AND c.kind IN (%1)"_s;

} // namespace

qint64 DeliveryQueue::backoffSeconds(int attempts)
{
    return attempts <= 1 ? 60 : attempts == 2 ? 300 : 900;
}

core::Result<QList<qint64>> DeliveryQueue::claimIds(const QString &worker, const QStringList &kinds,
                                                    const QDateTime &now, int limit, std::chrono::seconds lease)
{
    const QString what = Text::tr("Could not take escalation deliveries to send");
    const Backend backend = storage::backendOf(m_db);
    const QVariant at = toDb(now, backend);
    const QVariant until = toDb(now.addSecs(lease.count()), backend);
    QVariantList kindValues;
    for (const QString &k : kinds)
        kindValues.append(k);
    const QString due = kDue.arg(marks(kinds.size()));
    const QString candidates =
        u"SELECT d.id FROM escalation_deliveries d JOIN escalation_channels c ON c.id = d.channel_id"
        " WHERE "_s +
        due + u" ORDER BY d.next_attempt_at, d.id LIMIT ?"_s;
    QList<qint64> ids;
    if (backend == Backend::Postgres) {
        // SKIP LOCKED: rows another dispatcher is claiming right now are left to it, not waited for.
        auto q = exec(m_db,
                      u"UPDATE escalation_deliveries SET status = 'sending', claimed_by = ?, claimed_until = ?,"
                      " attempts = attempts + 1 WHERE id IN ("_s +
                          candidates + u" FOR UPDATE OF d SKIP LOCKED) RETURNING id"_s,
                      QVariantList{worker, until, at, at} + kindValues + QVariantList{limit}, what);
        if (!q)
            return q.error();
        while (q.value().next())
            ids.append(q.value().value(0).toLongLong());
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    // SQLite has one writer at a time (BEGIN IMMEDIATE); each row is taken only if it is still due.
    storage::Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QList<qint64> candidateIds;
    {
        auto q = exec(m_db, candidates, QVariantList{at, at} + kindValues + QVariantList{limit}, what);
        if (!q)
            return q.error();
        while (q.value().next())
            candidateIds.append(q.value().value(0).toLongLong());
    }
    for (qint64 id : std::as_const(candidateIds)) {
        auto q = exec(m_db,
                      u"UPDATE escalation_deliveries SET status = 'sending', claimed_by = ?, claimed_until = ?,"
                      " attempts = attempts + 1 WHERE id = ? AND ((status = 'pending' AND next_attempt_at <= ?)"
                      " OR (status = 'sending' AND claimed_until < ?))"_s,
                      {worker, until, id, at, at}, what);
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 1)
            ids.append(id);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

core::Result<QList<PendingDelivery>> DeliveryQueue::claim(const QString &worker, const QStringList &kinds,
                                                          const QDateTime &now, int limit, std::chrono::seconds lease)
{
    if (kinds.isEmpty() || limit <= 0)
        return QList<PendingDelivery>{};
    auto ids = claimIds(worker, kinds, now, limit, lease);
    if (!ids)
        return ids.error();
    if (ids.value().isEmpty())
        return QList<PendingDelivery>{};
    QVariantList values;
    for (qint64 id : ids.value())
        values.append(QVariant::fromValue<qlonglong>(id));
    auto q = exec(m_db,
                  u"SELECT d.id, d.escalation_id, c.kind, d.recipient, c.url, d.attempts, t.number, t.title, p.name,"
                  " t.grade, e.clock, e.step, e.deadline_at FROM escalation_deliveries d"
                  " JOIN escalation_channels c ON c.id = d.channel_id JOIN escalations e ON e.id = d.escalation_id"
                  " JOIN tickets t ON t.id = e.ticket_id JOIN departments p ON p.id = t.department_id"
                  " WHERE d.id IN ("_s +
                      marks(values.size()) + u") ORDER BY d.id"_s,
                  values, Text::tr("Could not read the escalation deliveries"));
    if (!q)
        return q.error();
    QList<PendingDelivery> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PendingDelivery d;
        d.id = r.value(0).toLongLong();
        d.escalationId = r.value(1).toLongLong();
        d.kind = r.value(2).toString();
        d.recipient = r.value(3).toString();
        d.url = QUrl(r.value(4).toString(), QUrl::StrictMode);
        d.attempts = r.value(5).toInt();
        d.notice.ticketNumber = r.value(6).toString();
        d.notice.title = r.value(7).toString();
        d.notice.department = r.value(8).toString();
        d.notice.grade = r.value(9).toInt();
        d.notice.clock = r.value(10).toString();
        d.notice.step = r.value(11).toString();
        d.notice.deadline = storage::dateTimeFromDb(r.value(12));
        list.append(d);
    }
    return list;
}

core::Status DeliveryQueue::markSent(qint64 id, const QString &worker, const QDateTime &now)
{
    auto q = exec(m_db,
                  u"UPDATE escalation_deliveries SET status = 'sent', sent_at = ?, last_error = '', claimed_by = NULL,"
                  " claimed_until = NULL WHERE id = ? AND status = 'sending' AND claimed_by = ?"_s,
                  {toDb(now, storage::backendOf(m_db)), id, worker}, Text::tr("Could not record a sent escalation"));
    if (!q)
        return q.error();
    return core::Done{};
}

core::Status DeliveryQueue::markFailed(qint64 id, const QString &worker, const QString &error, const QDateTime &now)
{
    const Backend backend = storage::backendOf(m_db);
    const QString what = Text::tr("Could not record a failed escalation delivery");
    auto attempts = exec(m_db,
                         u"SELECT attempts FROM escalation_deliveries WHERE id = ? AND status = 'sending'"
                         " AND claimed_by = ?"_s,
                         {id, worker}, what);
    if (!attempts)
        return attempts.error();
    if (!attempts.value().next())
        return core::Done{}; // no longer ours: the dispatcher that took it over records its outcome
    const int n = attempts.value().value(0).toInt();
    attempts.value().finish();
    const bool giveUp = n >= kMaxAttempts;
    auto q =
        exec(m_db,
             u"UPDATE escalation_deliveries SET status = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL,"
             " claimed_until = NULL WHERE id = ? AND status = 'sending' AND claimed_by = ?"_s,
             {giveUp ? u"failed"_s : u"pending"_s, toDb(now.addSecs(backoffSeconds(n)), backend), error.left(2000), id,
              worker},
             what);
    if (!q)
        return q.error();
    return core::Done{};
}

} // namespace govops::notify
