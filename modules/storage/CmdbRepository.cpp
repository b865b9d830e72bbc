#include "storage/CmdbRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages (outside the govops namespaces for lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::CmdbRepository)
};
} // namespace

namespace govops::storage {

namespace {

// pg_try_advisory_xact_lock key of the CMDB sync: "CMDB" in ASCII.
constexpr qint64 syncLockKey = 0x434d4442;

QString keyOf(const QString &kind, const QString &externalId)
{
    return kind + u'\x1f' + externalId;
}

QVariant idOrNull(const QHash<QString, qint64> &ids, const QString &key)
{
    const auto found = ids.constFind(key);
    return found == ids.cend() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(*found);
}

QString attributesText(const QJsonObject &attributes)
{
    return QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
}

CmdbSyncRun readRun(const QSqlQuery &q)
{
    CmdbSyncRun r;
    r.id = q.value(0).toLongLong();
    r.source = q.value(1).toString();
    r.startedAt = dateTimeFromDb(q.value(2));
    r.finishedAt = dateTimeFromDb(q.value(3));
    r.outcome = q.value(4).toString();
    r.itemsAdded = q.value(5).toInt();
    r.itemsChanged = q.value(6).toInt();
    r.itemsRetired = q.value(7).toInt();
    r.relationsAdded = q.value(8).toInt();
    r.relationsRemoved = q.value(9).toInt();
    r.error = q.value(10).toString();
    return r;
}

const QString runColumns = u"id, source, started_at, finished_at, outcome, items_added, items_changed, items_retired,"
                           " relations_added, relations_removed, error"_s;

// Runs a query and hands each row to `row`. One query object per statement, gone before the next:
// QPSQL drops the rest of a live result when another statement runs on the connection.
template <typename Row>
core::Status eachRow(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what, Row row)
{
    auto q = exec(db, sql, values, what);
    if (!q)
        return q.error();
    while (q.value().next())
        row(q.value());
    return core::Done{};
}

// Runs a write and says how many rows it touched.
core::Result<int> write(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    auto q = exec(db, sql, values, what);
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace

core::Result<core::CmdbState> CmdbRepository::state()
{
    const QString what = Text::tr("Could not read the synced CMDB");
    core::CmdbState state;
    for (const auto &s : {
             eachRow(m_db,
                     u"SELECT ci.kind, ci.external_id, ci.name, ci.state, d.iaas_project_id, b.name, ci.attributes"
                     " FROM configuration_items ci LEFT JOIN departments d ON d.id = ci.department_id"
                     " LEFT JOIN business_systems b ON b.id = ci.business_system_id"
                     " WHERE ci.source = 'synced' AND ci.external_id IS NOT NULL"_s,
                     {}, what,
                     [&](const QSqlQuery &q) {
                         state.items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                             QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
                     }),
             eachRow(m_db,
                     u"SELECT kind, external_id FROM configuration_items"
                     " WHERE source = 'manual' AND external_id IS NOT NULL"_s,
                     {}, what,
                     [&](const QSqlQuery &q) {
                         core::CmdbItem item;
                         item.kind = q.value(0).toString();
                         item.externalId = q.value(1).toString();
                         state.manual.append(item);
                     }),
             eachRow(m_db,
                     u"SELECT r.kind, f.kind, f.external_id, t.kind, t.external_id FROM ci_relations r"
                     " JOIN configuration_items f ON f.id = r.from_ci_id"
                     " JOIN configuration_items t ON t.id = r.to_ci_id WHERE r.source = 'synced'"_s,
                     {}, what,
                     [&](const QSqlQuery &q) {
                         state.relations.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), q.value(4).toString()});
                     }),
             eachRow(m_db, u"SELECT iaas_project_id FROM departments WHERE iaas_project_id IS NOT NULL"_s, {}, what,
                     [&](const QSqlQuery &q) { state.linkedProjectIds.append(q.value(0).toString()); }),
             eachRow(m_db,
                     u"SELECT d.iaas_project_id, b.name FROM business_systems b"
                     " JOIN departments d ON d.id = b.department_id WHERE d.iaas_project_id IS NOT NULL"_s,
                     {}, what,
                     [&](const QSqlQuery &q) {
                         state.businessSystems.append({q.value(0).toString(), q.value(1).toString()});
                     })}) {
        if (!s)
            return s.error();
    }
    return state;
}

core::Status CmdbRepository::takeSyncLock()
{
    const QString busy = Text::tr("A CMDB sync is already running; try again when it has finished.");
    if (backendOf(m_db) != Backend::Postgres)
        return core::Done{};   // SQLite: BEGIN IMMEDIATE already holds the only write lock
    auto q = exec(m_db, u"SELECT pg_try_advisory_xact_lock(?)"_s, {syncLockKey}, Text::tr("Could not lock the CMDB"));
    if (!q)
        return q.error();
    if (!q.value().next() || !q.value().value(0).toBool())
        return core::Error{core::Error::Code::Conflict, busy, u"pg_try_advisory_xact_lock(%1) refused"_s.arg(syncLockKey)};
    return core::Done{};
}

core::Status CmdbRepository::apply(const core::CmdbPlan &plan)
{
    const QString what = Text::tr("Could not write the synced CMDB");
    const QString now = nowSql(backendOf(m_db));

    for (const auto &d : plan.linkDepartments) {
        // A department entered by hand under the project's name is linked, not duplicated.
        const auto linked = write(m_db,
                                  u"UPDATE departments SET iaas_project_id = ?, updated_at = "_s + now
                                      + u", version = version + 1 WHERE name = ? AND iaas_project_id IS NULL"_s,
                                  {d.projectId, d.name.left(100)}, what);
        if (!linked)
            return linked.error();
        if (linked.value() == 0) {
            const auto created = write(m_db, u"INSERT INTO departments (name, short_name, iaas_project_id) VALUES (?, ?, ?)"_s,
                                       {d.name.left(100), d.name.left(40), d.projectId}, what);
            if (!created)
                return created.error();
        }
    }

    QHash<QString, qint64> departmentIds;   // by project id
    if (auto s = eachRow(m_db, u"SELECT id, iaas_project_id FROM departments WHERE iaas_project_id IS NOT NULL"_s, {},
                         what, [&](const QSqlQuery &q) { departmentIds.insert(q.value(1).toString(), q.value(0).toLongLong()); });
        !s)
        return s.error();

    for (const auto &system : plan.addBusinessSystems) {
        const auto added = write(m_db, u"INSERT INTO business_systems (department_id, name) VALUES (?, ?)"_s,
                                 {departmentIds.value(system.projectId), system.name.left(100)}, what);
        if (!added)
            return added.error();
    }
    QHash<QString, qint64> systemIds;       // by keyOf(project id, name)
    if (auto s = eachRow(m_db,
                         u"SELECT b.id, d.iaas_project_id, b.name FROM business_systems b JOIN departments d"
                         " ON d.id = b.department_id WHERE d.iaas_project_id IS NOT NULL"_s,
                         {}, what,
                         [&](const QSqlQuery &q) {
                             systemIds.insert(keyOf(q.value(1).toString(), q.value(2).toString()), q.value(0).toLongLong());
                         });
        !s)
        return s.error();

    const auto values = [&](const core::CmdbItem &item) {
        return QVariantList{idOrNull(departmentIds, item.projectId),
                            idOrNull(systemIds, keyOf(item.projectId, item.businessSystem)),
                            item.name,
                            attributesText(item.attributes),
                            item.state,
                            item.kind,
                            item.externalId};
    };
    for (const auto &item : plan.add) {
        const auto added = write(m_db,
                                 u"INSERT INTO configuration_items (department_id, business_system_id, name, attributes,"
                                 " state, kind, external_id, source, last_synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'synced', "_s
                                     + now + u')',
                                 values(item), what);
        if (!added)
            return added.error();
    }
    for (const auto &item : plan.update + plan.retire) {
        const auto changed = write(m_db,
                                   u"UPDATE configuration_items SET department_id = ?, business_system_id = ?, name = ?,"
                                   " attributes = ?, state = ?, last_synced_at = "_s
                                       + now + u", updated_at = "_s + now
                                       + u", version = version + 1 WHERE kind = ? AND external_id = ? AND source = 'synced'"_s,
                                   values(item), what);
        if (!changed)
            return changed.error();
    }

    struct Ci
    {
        qint64 id = 0;
        QVariant department;
    };
    QHash<QString, Ci> cis;
    if (auto s = eachRow(m_db,
                         u"SELECT id, kind, external_id, department_id FROM configuration_items"
                         " WHERE source = 'synced' AND external_id IS NOT NULL"_s,
                         {}, what,
                         [&](const QSqlQuery &q) {
                             cis.insert(keyOf(q.value(1).toString(), q.value(2).toString()),
                                        {q.value(0).toLongLong(), q.value(3)});
                         });
        !s)
        return s.error();

    for (const auto &r : plan.removeRelations) {
        const auto removed = write(m_db,
                                   u"DELETE FROM ci_relations WHERE source = 'synced' AND kind = ? AND from_ci_id = ?"
                                   " AND to_ci_id = ?"_s,
                                   {r.kind, cis.value(keyOf(r.fromKind, r.fromExternalId)).id,
                                    cis.value(keyOf(r.toKind, r.toExternalId)).id},
                                   what);
        if (!removed)
            return removed.error();
    }
    for (const auto &r : plan.addRelations) {
        const Ci from = cis.value(keyOf(r.fromKind, r.fromExternalId));
        const auto added = write(m_db,
                                 u"INSERT INTO ci_relations (department_id, from_ci_id, to_ci_id, kind, source)"
                                 " VALUES (?, ?, ?, ?, 'synced')"_s,
                                 {from.department.isNull() ? QVariant(QMetaType::fromType<qint64>()) : from.department,
                                  from.id, cis.value(keyOf(r.toKind, r.toExternalId)).id, r.kind},
                                 what);
        if (!added)
            return added.error();
    }
    return core::Done{};
}

core::Result<CmdbSyncRun> CmdbRepository::insertRun(CmdbSyncRun run)
{
    const Backend backend = backendOf(m_db);
    auto q = exec(m_db,
                  u"INSERT INTO cmdb_sync_runs (source, started_at, finished_at, outcome, items_added, items_changed,"
                  " items_retired, relations_added, relations_removed, error) VALUES (?, ?, "_s
                      + nowSql(backend) + u", ?, ?, ?, ?, ?, ?, ?) RETURNING "_s + runColumns,
                  {run.source.left(500), toDb(run.startedAt, backend), run.outcome, run.itemsAdded, run.itemsChanged,
                   run.itemsRetired, run.relationsAdded, run.relationsRemoved, dbValue(run.error.left(10000))},
                  Text::tr("Could not record the CMDB sync"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::Internal, Text::tr("Could not record the CMDB sync")};
    return readRun(q.value());
}

core::Result<CmdbSyncRun> CmdbRepository::sync(const core::CmdbDesired &desired, const QString &source,
                                               const QDateTime &startedAt)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        if (backendOf(m_db) == Backend::Sqlite && s.error().detail.contains(u"locked"_s, Qt::CaseInsensitive))
            return core::Error{core::Error::Code::Conflict,
                               Text::tr("A CMDB sync is already running; try again when it has finished."),
                               s.error().detail};
        return s.error();
    }
    if (auto s = takeSyncLock(); !s)
        return s.error();
    const auto current = state();
    if (!current)
        return current.error();
    const core::CmdbPlan plan = core::planCmdbSync(desired, current.value());
    if (auto s = apply(plan); !s)
        return s.error();
    CmdbSyncRun run;
    run.source = source;
    run.startedAt = startedAt;
    run.outcome = u"succeeded"_s;
    run.itemsAdded = int(plan.add.size());
    run.itemsChanged = int(plan.update.size());
    run.itemsRetired = int(plan.retire.size());
    run.relationsAdded = int(plan.addRelations.size());
    run.relationsRemoved = int(plan.removeRelations.size());
    auto recorded = insertRun(run);
    if (!recorded)
        return recorded.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return recorded;
}

core::Result<CmdbSyncRun> CmdbRepository::recordFailure(const QString &source, const QDateTime &startedAt,
                                                        const QString &error)
{
    CmdbSyncRun run;
    run.source = source;
    run.startedAt = startedAt;
    run.outcome = u"failed"_s;
    run.error = error;
    return insertRun(run);
}

core::Result<QList<CmdbSyncRun>> CmdbRepository::runs(int limit)
{
    auto q = exec(m_db, u"SELECT "_s + runColumns + u" FROM cmdb_sync_runs ORDER BY started_at DESC, id DESC LIMIT ?"_s,
                  {limit}, Text::tr("Could not read the CMDB sync runs"));
    if (!q)
        return q.error();
    QList<CmdbSyncRun> rows;
    while (q.value().next())
        rows.append(readRun(q.value()));
    return rows;
}

} // namespace govops::storage
