#include "storage/DepartmentRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::DepartmentRepository)
};
} // namespace

namespace govops::storage {

namespace {

const QString departmentColumns =
    u"id, name, short_name, region, vip, account_manager_id, created_at, updated_at, version"_s;

DepartmentRecord readDepartment(const QSqlQuery &q)
{
    DepartmentRecord d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.shortName = q.value(2).toString();
    d.region = q.value(3).toString();
    d.vip = q.value(4).toBool();
    d.accountManagerId = idFromDb(q.value(5));
    d.createdAt = dateTimeFromDb(q.value(6));
    d.updatedAt = dateTimeFromDb(q.value(7));
    d.version = q.value(8).toInt();
    return d;
}

core::Status validate(const DepartmentRecord &d)
{
    for (const auto &s : {checkText(Text::tr("The department name"), d.name, limits::name, true),
                          checkText(Text::tr("The short name"), d.shortName, limits::shortName, true),
                          checkText(Text::tr("The region"), d.region, limits::region)}) {
        if (!s)
            return s;
    }
    return core::Done{};
}

} // namespace

core::Result<QList<DepartmentRecord>> DepartmentRepository::list()
{
    auto q = exec(m_db, u"SELECT "_s + departmentColumns + u" FROM departments ORDER BY name, id"_s, QVariantList{},
                  Text::tr("Could not read the departments"));
    if (!q)
        return q.error();
    QList<DepartmentRecord> rows;
    while (q.value().next())
        rows.append(readDepartment(q.value()));
    return rows;
}

core::Result<DepartmentRecord> DepartmentRepository::get(qint64 id)
{
    auto q = exec(m_db, u"SELECT "_s + departmentColumns + u" FROM departments WHERE id = ?"_s, {id},
                  Text::tr("Could not read the department"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("Department %1 does not exist.").arg(id)};
    return readDepartment(q.value());
}

core::Result<DepartmentRecord> DepartmentRepository::create(const DepartmentRecord &d, std::optional<qint64> actorId)
{
    if (auto s = validate(d); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto q = exec(m_db,
                  u"INSERT INTO departments (name, short_name, region, vip, account_manager_id)"
                  " VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                  {d.name, d.shortName, d.region, d.vip, toDb(d.accountManagerId)},
                  Text::tr("Could not create the department %1").arg(d.name));
    if (!q)
        return q.error();
    q.value().next();
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    if (auto a = AuditRepository(m_db).record(u"create"_s, u"departments"_s, id, id, actorId); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(id);
}

core::Result<DepartmentRecord> DepartmentRepository::update(const DepartmentRecord &d, std::optional<qint64> actorId)
{
    if (auto s = validate(d); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto q = exec(m_db,
                  u"UPDATE departments SET name = ?, short_name = ?, region = ?, vip = ?, account_manager_id = ?,"
                  " updated_at = "_s +
                      nowSql(backendOf(m_db)) + u", version = version + 1 WHERE id = ? AND version = ?"_s,
                  {d.name, d.shortName, d.region, d.vip, toDb(d.accountManagerId), d.id, d.version},
                  Text::tr("Could not save the department %1").arg(d.name));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0) {
        auto current = get(d.id);
        if (!current)
            return current.error();
        return core::Error{core::Error::Code::Conflict,
                           Text::tr("Someone else changed the department %1 meanwhile. Reload it and make your change "
                                    "again.")
                               .arg(current.value().name)};
    }
    if (auto a = AuditRepository(m_db).record(u"update"_s, u"departments"_s, d.id, d.id, actorId); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(d.id);
}

core::Result<QList<ContactRecord>> DepartmentRepository::contacts(qint64 departmentId)
{
    auto q = exec(m_db,
                  u"SELECT id, department_id, role, name, title, phone, email, version FROM contacts"
                  " WHERE department_id = ? ORDER BY role, id"_s,
                  {departmentId}, Text::tr("Could not read the contacts"));
    if (!q)
        return q.error();
    QList<ContactRecord> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        rows.append(ContactRecord{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                                  r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                                  r.value(6).toString(), r.value(7).toInt()});
    }
    return rows;
}

core::Result<ContactRecord> DepartmentRepository::createContact(const ContactRecord &c, std::optional<qint64> actorId)
{
    for (const auto &s : {checkCode(Text::tr("The contact role"), c.role, codes::contactRoles()),
                          checkText(Text::tr("The contact name"), c.name, limits::name, true),
                          checkText(Text::tr("The job title"), c.title, limits::name),
                          checkText(Text::tr("The phone number"), c.phone, limits::phone),
                          checkText(Text::tr("The e-mail address"), c.email, limits::email)}) {
        if (!s)
            return s.error();
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto q =
        exec(m_db,
             u"INSERT INTO contacts (department_id, role, name, title, phone, email) VALUES (?, ?, ?, ?, ?, ?)"
             " RETURNING id"_s,
             {c.departmentId, c.role, c.name, c.title, c.phone, c.email}, Text::tr("Could not create the contact"));
    if (!q)
        return q.error();
    q.value().next();
    ContactRecord created = c;
    created.id = q.value().value(0).toLongLong();
    created.version = 1;
    q.value().finish();
    if (auto a = AuditRepository(m_db).record(u"create"_s, u"contacts"_s, created.id, c.departmentId, actorId); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

core::Result<QList<BusinessSystemRecord>> DepartmentRepository::businessSystems(qint64 departmentId)
{
    auto q = exec(m_db,
                  u"SELECT id, department_id, name, description, vip, version FROM business_systems"
                  " WHERE department_id = ? ORDER BY name, id"_s,
                  {departmentId}, Text::tr("Could not read the business systems"));
    if (!q)
        return q.error();
    QList<BusinessSystemRecord> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        rows.append(BusinessSystemRecord{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                                         r.value(3).toString(), r.value(4).toBool(), r.value(5).toInt()});
    }
    return rows;
}

core::Result<BusinessSystemRecord> DepartmentRepository::createBusinessSystem(const BusinessSystemRecord &b,
                                                                              std::optional<qint64> actorId)
{
    for (const auto &s : {checkText(Text::tr("The business system name"), b.name, limits::name, true),
                          checkText(Text::tr("The description"), b.description, 2000)}) {
        if (!s)
            return s.error();
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto q = exec(m_db,
                  u"INSERT INTO business_systems (department_id, name, description, vip) VALUES (?, ?, ?, ?)"
                  " RETURNING id"_s,
                  {b.departmentId, b.name, b.description, b.vip}, Text::tr("Could not create the business system"));
    if (!q)
        return q.error();
    q.value().next();
    BusinessSystemRecord created = b;
    created.id = q.value().value(0).toLongLong();
    created.version = 1;
    q.value().finish();
    if (auto a = AuditRepository(m_db).record(u"create"_s, u"business_systems"_s, created.id, b.departmentId, actorId); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

} // namespace govops::storage
