#include "storage/AuditRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::AuditRepository)
};
} // namespace

namespace govops::storage {

core::Result<qint64> AuditRepository::record(const AuditEntry &entry)
{
    if (auto s = checkText(Text::tr("The audit action"), entry.action, 64, true); !s)
        return s.error();
    if (auto s = checkText(Text::tr("The audit entity"), entry.entity, 64, true); !s)
        return s.error();
    if (auto s = checkText(Text::tr("The audit detail"), entry.detail, limits::auditDetail); !s)
        return s.error();
    const Backend backend = backendOf(m_db);
    auto q = exec(m_db,
                  u"INSERT INTO audit_log (at, actor_id, actor_login, action, entity, entity_id, department_id, detail)"
                  " VALUES (COALESCE(?, "_s +
                      nowSql(backend) + u"), ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {toDb(entry.at, backend), toDb(entry.actorId), entry.actorLogin, entry.action, entry.entity,
                   toDb(entry.entityId), toDb(entry.departmentId), entry.detail.isEmpty() ? u"{}"_s : entry.detail},
                  Text::tr("Could not write the audit log"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

core::Result<qint64> AuditRepository::record(const QString &action, const QString &entity,
                                             std::optional<qint64> entityId, std::optional<qint64> departmentId,
                                             std::optional<qint64> actorId, const QString &detail)
{
    AuditEntry e;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.departmentId = departmentId;
    e.actorId = actorId;
    e.detail = detail;
    return record(e);
}

core::Result<QList<AuditEntry>> AuditRepository::page(std::optional<qint64> beforeId, int limit,
                                                      std::optional<qint64> departmentId)
{
    QString sql = u"SELECT id, at, actor_id, actor_login, action, entity, entity_id, department_id, detail"
                  " FROM audit_log WHERE 1 = 1"_s;
    QVariantList values;
    if (beforeId) {
        sql += u" AND id < ?"_s;
        values.append(*beforeId);
    }
    if (departmentId) {
        sql += u" AND department_id = ?"_s;
        values.append(*departmentId);
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values.append(std::clamp(limit, 1, 10000));
    auto q = exec(m_db, sql, values, Text::tr("Could not read the audit log"));
    if (!q)
        return q.error();
    QList<AuditEntry> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.at = dateTimeFromDb(r.value(1));
        e.actorId = idFromDb(r.value(2));
        e.actorLogin = r.value(3).toString();
        e.action = r.value(4).toString();
        e.entity = r.value(5).toString();
        e.entityId = idFromDb(r.value(6));
        e.departmentId = idFromDb(r.value(7));
        e.detail = r.value(8).toString();
        rows.append(e);
    }
    return rows;
}

} // namespace govops::storage
