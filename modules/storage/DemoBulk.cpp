#include "storage/DemoData.h"

#include "storage/DemoWords_p.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::DemoData)
};
} // namespace

namespace govops::storage {

namespace {

using namespace demo;

// PostgreSQL makes the rows itself: one INSERT … SELECT FROM generate_series per chunk, each also writing
// the tickets' "created" events through a data-modifying WITH. The choices hash the row number with the seed.
const QString postgresBulk = uR"SQL(
WITH params AS (
    SELECT (SELECT array_agg(id ORDER BY id) FROM departments) AS departments,
           (SELECT array_agg(id ORDER BY id) FROM staff
             WHERE role IN ('agent', 'technician', 'ops_manager') AND active) AS owners,
           (SELECT version FROM sla_policy WHERE state = 'active') AS policy,
           (SELECT array_agg((amount / 60)::int ORDER BY grade) FROM sla_rule r JOIN sla_policy p ON p.version = r.policy_version
             WHERE p.state = 'active' AND r.clock = 'resolution' AND r.grade IS NOT NULL
               AND r.unit = 'wall_seconds') AS resolution,  -- grades sort I, II, III, IV
           ?::timestamptz AS now,
           ?::bigint AS seed,
           ?::bigint AS last,     -- the row number of the newest generated ticket
           ?::bigint AS total     -- how many are generated in all (this chunk is a part)
), numbered AS (
    SELECT g AS id, g,
           (hashint8extended(g, p.seed) & 9223372036854775807) AS h1,
           (hashint8extended(g, p.seed + 1) & 9223372036854775807) AS h2,
           (hashint8extended(g, p.seed + 2) & 9223372036854775807) AS h3,
           (hashint8extended(g, p.seed + 3) & 9223372036854775807) AS h4
      FROM generate_series(?::bigint, ?::bigint) AS g, params p
), shaped AS (
    SELECT n.*,
           CASE WHEN n.h1 % 10 < 6 THEN 'fault' WHEN n.h1 % 10 < 9 THEN 'service_request' ELSE 'consultation' END AS kind,
           (p.last - n.g) * 31536000 / p.total + n.h2 % greatest(1, 31536000 / p.total) AS age,
           p.now - make_interval(secs => ((p.last - n.g) * 31536000 / p.total
                                          + n.h2 % greatest(1, 31536000 / p.total))::double precision) AS created_at
      FROM numbered n, params p
), graded AS (
    SELECT s.*,
           CASE s.kind WHEN 'consultation' THEN 4
                       WHEN 'service_request' THEN 3 + (s.h3 % 2)::int
                       ELSE CASE WHEN s.h3 % 100 < 5 THEN 1 WHEN s.h3 % 100 < 20 THEN 2
                                 WHEN s.h3 % 100 < 55 THEN 3 ELSE 4 END END AS grade,
           CASE WHEN s.age > 259200 THEN CASE WHEN s.h4 % 100 < 93 THEN 'closed' ELSE 'resolved' END
                ELSE (ARRAY['new', 'assigned', 'in_progress', 'waiting_customer', 'resolved', 'closed'])[(1 + s.h4 % 6)::int]
           END AS status
      FROM shaped s
), timed AS (
    SELECT gr.*,
           p.resolution[gr.grade] AS minutes,
           CASE WHEN gr.status IN ('resolved', 'closed')
                THEN least(gr.created_at + make_interval(mins => (p.resolution[gr.grade] * (20 + gr.h4 % 90) / 100)::int),
                           p.now - interval '1 minute') END AS resolved_at
      FROM graded gr, params p
), ins AS (
    INSERT INTO tickets (id, number, kind, grade, channel, status, title, owner_id, department_id, responsibility,
                         sla_policy_version, created_at, updated_at, deadline_at, responded_at, plan_submitted_at,
                         resolved_at, closed_at)
    SELECT t.id,
           'GO-' || CASE WHEN t.id < 100000000 THEN lpad(t.id::text, 8, '0') ELSE t.id::text END,
           t.kind, t.grade,
           (ARRAY['phone', 'phone', 'mailbox', 'portal'])[(1 + t.h3 % 4)::int],
           t.status,
           CASE t.kind
               WHEN 'fault' THEN (ARRAY[%FAULTS%])[(1 + t.h2 % %NFAULTS%)::int]
               WHEN 'service_request' THEN (ARRAY[%REQUESTS%])[(1 + t.h2 % %NREQUESTS%)::int]
               ELSE (ARRAY[%CONSULTATIONS%])[(1 + t.h2 % %NCONSULTATIONS%)::int] END,
           CASE WHEN t.status = 'new' THEN NULL ELSE p.owners[(1 + t.h1 % array_length(p.owners, 1))::int] END,
           p.departments[(1 + t.h3 % array_length(p.departments, 1))::int],
           CASE WHEN t.kind = 'fault' AND t.resolved_at IS NOT NULL
                THEN (ARRAY['platform', 'platform', 'platform', 'platform', 'carrier', 'customer_system', 'third_party'])[(1 + t.h1 % 7)::int] END,
           p.policy,
           t.created_at,
           coalesce(least(t.resolved_at + interval '4 hours', p.now), t.created_at),
           t.created_at + make_interval(mins => t.minutes),
           CASE WHEN t.status <> 'new' THEN least(t.created_at + make_interval(mins => (2 + t.h4 % 8)::int), p.now) END,
           CASE WHEN t.status NOT IN ('new', 'assigned')
                THEN least(t.created_at + make_interval(mins => (12 + t.h4 % 15)::int), p.now) END,
           t.resolved_at,
           CASE WHEN t.status = 'closed' THEN least(t.resolved_at + interval '4 hours', p.now) END
      FROM timed t, params p
    RETURNING id, department_id, created_at, channel, grade
)
INSERT INTO ticket_events (ticket_id, department_id, kind, at, payload)
SELECT id, department_id, 'created', created_at,
       json_build_object('channel', channel, 'grade', grade, 'status', 'new')::text
  FROM ins
)SQL"_s;

template <std::size_t N>
QString sqlArray(const char16_t *const (&items)[N])
{
    QStringList quoted;
    for (const char16_t *item : items)
        quoted.append(u'\'' + str(item).replace(u'\'', u"''"_s) + u'\'');
    return quoted.join(u", "_s);
}

core::Result<qint64> bulkPostgres(QSqlDatabase &db, qint64 count, quint32 seed, const QDateTime &now,
                                  const std::function<void(const QString &)> &progress)
{
    QString sql = postgresBulk;
    sql.replace(u"%FAULTS%"_s, sqlArray(faultTitles))
        .replace(u"%NFAULTS%"_s, QString::number(std::size(faultTitles)))
        .replace(u"%REQUESTS%"_s, sqlArray(requestTitles))
        .replace(u"%NREQUESTS%"_s, QString::number(std::size(requestTitles)))
        .replace(u"%CONSULTATIONS%"_s, sqlArray(consultationTitles))
        .replace(u"%NCONSULTATIONS%"_s, QString::number(std::size(consultationTitles)));

    constexpr qint64 chunk = 250'000;
    const QString what = Text::tr("Could not generate the tickets");
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    for (const QString &setting : {u"SET LOCAL synchronous_commit = off"_s, u"SET LOCAL maintenance_work_mem = '512MB'"_s,
                                   u"SET LOCAL work_mem = '256MB'"_s, u"LOCK TABLE tickets IN EXCLUSIVE MODE"_s}) {
        if (auto q = exec(db, setting, QVariantList{}, what); !q)
            return q.error();
    }
    // The new tickets take the ids after every one used so far (the lock keeps other writers out meanwhile),
    // and the sequence moves past them at the end, instead of a nextval() per row.
    auto first = exec(db,
                      u"SELECT greatest((SELECT coalesce(max(id), 0) FROM tickets),"
                      " coalesce(pg_sequence_last_value(pg_get_serial_sequence('tickets', 'id')::regclass), 0))"_s,
                      QVariantList{}, what);
    if (!first)
        return first.error();
    first.value().next();
    const qint64 offset = first.value().value(0).toLongLong();
    first.value().finish();

    // A big load goes faster without the secondary indexes, unique and foreign keys of the two tables, built
    // and checked once at the end (PostgreSQL manual, "Populating a Database"). It is all one transaction:
    // a failure anywhere brings every index and constraint back as it was.
    QStringList rebuild;
    if (count >= 100'000) {
        auto q = exec(db,
                      u"SELECT 'DROP INDEX ' || i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                      "  FROM pg_index i WHERE i.indrelid IN ('tickets'::regclass, 'ticket_events'::regclass)"
                      "   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
                      " UNION ALL "
                      "SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),"
                      "       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname,"
                      "              pg_get_constraintdef(c.oid))"
                      "  FROM pg_constraint c WHERE c.contype IN ('f', 'u')"
                      "   AND c.conrelid IN ('tickets'::regclass, 'ticket_events'::regclass)"_s,
                      QVariantList{}, what);
        if (!q)
            return q.error();
        QStringList drops;
        while (q.value().next()) {
            drops.append(q.value().value(0).toString());
            rebuild.append(q.value().value(1).toString());
        }
        q.value().finish();
        for (const QString &drop : std::as_const(drops)) {
            if (auto d = exec(db, drop, QVariantList{}, what); !d)
                return d.error();
        }
    }

    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (done < count) {
        const qint64 n = std::min(chunk, count - done);
        auto q = exec(db, sql, {now.toUTC(), qint64(seed), offset + count, count, offset + done + 1, offset + done + n},
                      what);
        if (!q)
            return q.error();
        done += n;
        qCInfo(lcDemo) << done << "tickets after" << timer.elapsed() << "ms";
        if (progress)
            progress(Text::tr("%1 of %2 tickets …").arg(done).arg(count));
    }
    if (!rebuild.isEmpty() && progress)
        progress(Text::tr("Rebuilding %1 indexes and keys …").arg(rebuild.size()));
    for (const QString &statement : std::as_const(rebuild)) {
        timer.restart();
        if (auto q = exec(db, statement, QVariantList{}, what); !q)
            return q.error();
        qCInfo(lcDemo).noquote() << timer.elapsed() << "ms:" << statement;
    }
    if (auto q = exec(db, u"SELECT setval(pg_get_serial_sequence('tickets', 'id'), ?)"_s, {offset + count}, what); !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    // Fresh statistics, so that the planner walks the queue's indexes.
    for (const QString &table : {u"tickets"_s, u"ticket_events"_s}) {
        if (auto q = exec(db, u"ANALYZE "_s + table, QVariantList{}, what); !q)
            return q.error();
    }
    return done;
}

// SQLite makes the rows itself too: a recursive WITH counts, integer hashes of the row number choose.
// SQLite has no arrays, so the titles become CASE expressions; integers stay below 2^63 (no overflow to REAL).
const QString sqliteBulk = uR"SQL(
WITH RECURSIVE
params AS (
    SELECT ? AS now_s, ? AS seed, ? AS first, ? AS last, ? AS total,
           (SELECT count(*) FROM departments) AS departments,
           (SELECT count(*) FROM staff WHERE role IN ('agent', 'technician', 'ops_manager') AND active = 1) AS owners,
           (SELECT version FROM sla_policy WHERE state = 'active') AS policy
), department AS (
    SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM departments
), owner AS (
    SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM staff
     WHERE role IN ('agent', 'technician', 'ops_manager') AND active = 1
), resolution AS (
    SELECT CASE r.grade WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 4 END AS grade, r.amount / 60 AS minutes
      FROM sla_rule r JOIN sla_policy p ON p.version = r.policy_version
     WHERE p.state = 'active' AND r.clock = 'resolution' AND r.grade IS NOT NULL AND r.unit = 'wall_seconds'
), numbered(g) AS (
    SELECT first FROM params UNION ALL SELECT g + 1 FROM numbered, params WHERE g < params.last
), hashed AS (
    SELECT n.g,
           (((n.g + p.seed % 65521) * 2654435761) % 4294967296) >> 8 AS h1,
           (((n.g + p.seed % 65519) * 2246822519) % 4294967296) >> 8 AS h2,
           (((n.g + p.seed % 65497) * 3266489917) % 4294967296) >> 8 AS h3,
           (((n.g + p.seed % 65479) * 668265263) % 4294967296) >> 8 AS h4
      FROM numbered n, params p
), shaped AS (
    SELECT h.*,
           CASE WHEN h.h1 % 10 < 6 THEN 'fault' WHEN h.h1 % 10 < 9 THEN 'service_request' ELSE 'consultation' END AS kind,
           (p.last - h.g) * 31536000 / p.total + h.h2 % max(1, 31536000 / p.total) AS age
      FROM hashed h, params p
), graded AS MATERIALIZED (  -- computed once: SQLite would repeat the expressions per use

    SELECT s.*, p.now_s - s.age AS created,
           CASE s.kind WHEN 'consultation' THEN 4
                       WHEN 'service_request' THEN 3 + s.h3 % 2
                       ELSE CASE WHEN s.h3 % 100 < 5 THEN 1 WHEN s.h3 % 100 < 20 THEN 2
                                 WHEN s.h3 % 100 < 55 THEN 3 ELSE 4 END END AS grade,
           CASE WHEN s.age > 259200 THEN CASE WHEN s.h4 % 100 < 93 THEN 'closed' ELSE 'resolved' END
                ELSE CASE s.h4 % 6 WHEN 0 THEN 'new' WHEN 1 THEN 'assigned' WHEN 2 THEN 'in_progress'
                                   WHEN 3 THEN 'waiting_customer' WHEN 4 THEN 'resolved' ELSE 'closed' END END AS status
      FROM shaped s, params p
), timed AS MATERIALIZED (
    SELECT gr.*, r.minutes,
           CASE WHEN gr.status IN ('resolved', 'closed')
                THEN min(gr.created + r.minutes * 60 * (20 + gr.h4 % 90) / 100, p.now_s - 60) END AS resolved
      FROM graded gr CROSS JOIN params p CROSS JOIN resolution r
     WHERE r.grade = gr.grade
)
INSERT INTO tickets (id, number, kind, grade, channel, status, title, owner_id, department_id, responsibility,
                     sla_policy_version, created_at, updated_at, deadline_at, responded_at, plan_submitted_at,
                     resolved_at, closed_at)
SELECT t.g, printf('GO-%08d', t.g), t.kind, t.grade,
       CASE t.h3 % 4 WHEN 3 THEN 'portal' WHEN 2 THEN 'mailbox' ELSE 'phone' END,
       t.status,
       CASE t.kind WHEN 'fault' THEN %FAULTS% WHEN 'service_request' THEN %REQUESTS% ELSE %CONSULTATIONS% END,
       CASE WHEN t.status = 'new' THEN NULL ELSE o.id END,
       d.id,
       CASE WHEN t.kind = 'fault' AND t.resolved IS NOT NULL
            THEN CASE t.h1 % 7 WHEN 4 THEN 'carrier' WHEN 5 THEN 'customer_system' WHEN 6 THEN 'third_party'
                               ELSE 'platform' END END,
       p.policy,
       strftime('%Y-%m-%dT%H:%M:%fZ', t.created, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%fZ', coalesce(min(t.resolved + 14400, p.now_s), t.created), 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%fZ', t.created + t.minutes * 60, 'unixepoch'),
       CASE WHEN t.status <> 'new'
            THEN strftime('%Y-%m-%dT%H:%M:%fZ', min(t.created + (2 + t.h4 % 8) * 60, p.now_s), 'unixepoch') END,
       CASE WHEN t.status NOT IN ('new', 'assigned')
            THEN strftime('%Y-%m-%dT%H:%M:%fZ', min(t.created + (12 + t.h4 % 15) * 60, p.now_s), 'unixepoch') END,
       CASE WHEN t.resolved IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%fZ', t.resolved, 'unixepoch') END,
       CASE WHEN t.status = 'closed' THEN strftime('%Y-%m-%dT%H:%M:%fZ', min(t.resolved + 14400, p.now_s), 'unixepoch') END
  FROM timed t CROSS JOIN params p CROSS JOIN department d CROSS JOIN owner o  -- the generated rows lead
 WHERE d.rn = t.h3 % p.departments AND o.rn = t.h1 % p.owners

)SQL"_s;

// CASE h2 % n WHEN 0 THEN 'first' … END, for SQLite, which has no arrays.
template <std::size_t N>
QString sqlCase(const char16_t *const (&items)[N])
{
    QString sql = u"CASE t.h2 %% %1"_s.arg(N);
    for (std::size_t i = 0; i < N; ++i)
        sql += u" WHEN %1 THEN '%2'"_s.arg(i).arg(str(items[i]).replace(u'\'', u"''"_s));
    return sql + u" END"_s;
}

core::Result<qint64> bulkSqlite(QSqlDatabase &db, qint64 count, quint32 seed, const QDateTime &now,
                                const std::function<void(const QString &)> &progress)
{
    QString sql = sqliteBulk;
    sql.replace(u"%FAULTS%"_s, sqlCase(faultTitles))
        .replace(u"%REQUESTS%"_s, sqlCase(requestTitles))
        .replace(u"%CONSULTATIONS%"_s, sqlCase(consultationTitles));
    sql.replace(u"%%"_s, u"%"_s);

    const QString what = Text::tr("Could not generate the tickets");
    // A big page cache keeps the indexes of both tables in memory while they grow.
    if (auto q = exec(db, u"PRAGMA cache_size = -262144"_s, QVariantList{}, what); !q)
        return q.error();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto check =
        exec(db,
             u"SELECT coalesce((SELECT max(id) FROM tickets), 0), (SELECT count(*) FROM departments),"
             " (SELECT count(*) FROM staff WHERE role IN ('agent', 'technician', 'ops_manager') AND active = 1),"
             " (SELECT count(*) FROM sla_rule r JOIN sla_policy p ON p.version = r.policy_version"
             "   WHERE p.state = 'active' AND r.clock = 'resolution' AND r.grade IS NOT NULL)"_s,
             QVariantList{}, Text::tr("Could not read the demo data"));
    if (!check)
        return check.error();
    check.value().next();
    const qint64 offset = check.value().value(0).toLongLong();
    if (check.value().value(1).toInt() == 0 || check.value().value(2).toInt() == 0 || check.value().value(3).toInt() < 4)
        return core::Error{core::Error::Code::Invalid,
                           Text::tr("Generated tickets need departments, staff and an active SLA policy: seed the base "
                                    "data first.")};
    check.value().finish();

    const double nowSeconds = double(now.toMSecsSinceEpoch()) / 1000.0;
    if (auto q = exec(db, sql, {nowSeconds, qint64(seed), offset + 1, offset + count, count}, what); !q)
        return q.error();
    if (progress)
        progress(Text::tr("%1 tickets, now their history …").arg(count));
    if (auto q = exec(db,
                      u"INSERT INTO ticket_events (ticket_id, department_id, kind, at, payload)"
                      " SELECT id, department_id, 'created', created_at,"
                      " json_object('channel', channel, 'grade', grade, 'status', 'new')"
                      " FROM tickets WHERE id > ? ORDER BY id"_s,
                      {offset}, what);
        !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto q = exec(db, u"ANALYZE tickets"_s, QVariantList{}, what); !q)
        return q.error();
    return count;
}
} // namespace

core::Result<qint64> DemoData::addBulkTickets(QSqlDatabase &db, qint64 count, quint32 seed, const QDateTime &now,
                                              const std::function<void(const QString &)> &progress)
{
    if (count <= 0)
        return qint64(0);
    return backendOf(db) == Backend::Postgres ? bulkPostgres(db, count, seed, now, progress)
                                              : bulkSqlite(db, count, seed, now, progress);
}

} // namespace govops::storage
