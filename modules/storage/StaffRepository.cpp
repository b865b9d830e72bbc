#include "storage/StaffRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::StaffRepository)
};
} // namespace

namespace govops::storage {

namespace {

const QString staffColumns =
    u"id, login, display_name, role, department_id, phone, email, active, created_at, updated_at, version"_s;

StaffRecord readStaff(const QSqlQuery &q)
{
    StaffRecord s;
    s.id = q.value(0).toLongLong();
    s.login = q.value(1).toString();
    s.displayName = q.value(2).toString();
    s.role = q.value(3).toString();
    s.departmentId = idFromDb(q.value(4));
    s.phone = q.value(5).toString();
    s.email = q.value(6).toString();
    s.active = q.value(7).toBool();
    s.createdAt = dateTimeFromDb(q.value(8));
    s.updatedAt = dateTimeFromDb(q.value(9));
    s.version = q.value(10).toInt();
    return s;
}

core::Status validate(const StaffRecord &s)
{
    for (const auto &status : {checkText(Text::tr("The login"), s.login, limits::login, true),
                               checkText(Text::tr("The display name"), s.displayName, limits::name, true),
                               checkCode(Text::tr("The role"), s.role, codes::staffRoles()),
                               checkText(Text::tr("The phone number"), s.phone, limits::phone),
                               checkText(Text::tr("The e-mail address"), s.email, limits::email)}) {
        if (!status)
            return status;
    }
    if (s.role == u"dept_maintainer"_s && !s.departmentId)
        return core::Error{core::Error::Code::Invalid,
                           Text::tr("A department application maintainer needs a department.")};
    return core::Done{};
}

} // namespace

core::Result<QList<StaffRecord>> StaffRepository::list(const QString &role)
{
    QString sql = u"SELECT "_s + staffColumns + u" FROM staff"_s;
    QVariantList values;
    if (!role.isEmpty()) {
        sql += u" WHERE role = ?"_s;
        values.append(role);
    }
    sql += u" ORDER BY display_name, id"_s;
    auto q = exec(m_db, sql, values, Text::tr("Could not read the staff"));
    if (!q)
        return q.error();
    QList<StaffRecord> rows;
    while (q.value().next())
        rows.append(readStaff(q.value()));
    return rows;
}

core::Result<StaffRecord> StaffRepository::one(const QString &where, const QVariant &value)
{
    auto q = exec(m_db, u"SELECT "_s + staffColumns + u" FROM staff WHERE "_s + where + u" = ?"_s, {value},
                  Text::tr("Could not read the staff member"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("No staff member %1.").arg(value.toString())};
    return readStaff(q.value());
}

core::Result<StaffRecord> StaffRepository::get(qint64 id)
{
    return one(u"id"_s, id);
}

core::Result<StaffRecord> StaffRepository::byLogin(const QString &login)
{
    return one(u"login"_s, login);
}

core::Result<StaffRecord> StaffRepository::create(const StaffRecord &s, std::optional<qint64> actorId)
{
    if (auto v = validate(s); !v)
        return v.error();
    Transaction tx(m_db);
    if (auto b = tx.begin(); !b)
        return b.error();
    auto q = exec(m_db,
                  u"INSERT INTO staff (login, display_name, role, department_id, phone, email, active)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {s.login, s.displayName, s.role, toDb(s.departmentId), s.phone, s.email, s.active},
                  Text::tr("Could not create the staff member %1").arg(s.login));
    if (!q)
        return q.error();
    q.value().next();
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    if (auto a = AuditRepository(m_db).record(u"create"_s, u"staff"_s, id, s.departmentId, actorId); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return get(id);
}

core::Result<StaffRecord> StaffRepository::update(const StaffRecord &s, std::optional<qint64> actorId)
{
    if (auto v = validate(s); !v)
        return v.error();
    Transaction tx(m_db);
    if (auto b = tx.begin(); !b)
        return b.error();
    auto q = exec(m_db,
                  u"UPDATE staff SET display_name = ?, role = ?, department_id = ?, phone = ?, email = ?, active = ?,"
                  " updated_at = "_s +
                      nowSql(backendOf(m_db)) + u", version = version + 1 WHERE id = ? AND version = ?"_s,
                  {s.displayName, s.role, toDb(s.departmentId), s.phone, s.email, s.active, s.id, s.version},
                  Text::tr("Could not save the staff member %1").arg(s.login));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0) {
        auto current = get(s.id);
        if (!current)
            return current.error();
        return core::Error{core::Error::Code::Conflict,
                           Text::tr("Someone else changed %1 meanwhile. Reload and make your change again.")
                               .arg(current.value().displayName)};
    }
    if (auto a = AuditRepository(m_db).record(u"update"_s, u"staff"_s, s.id, s.departmentId, actorId); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return get(s.id);
}

} // namespace govops::storage
