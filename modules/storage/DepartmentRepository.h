#pragma once

#include "core/Result.h"
#include "storage/Records.h"

#include <QSqlDatabase>

namespace govops::storage {

// Departments (委办局) with their contacts and business systems. Use on the Database worker thread,
// inside Database::run(). Writes run in a transaction, updates with a version check (Code::Conflict).
class DepartmentRepository
{
public:
    explicit DepartmentRepository(QSqlDatabase &db) : m_db(db) {}

    core::Result<QList<DepartmentRecord>> list();   // by name
    core::Result<DepartmentRecord> get(qint64 id);
    core::Result<DepartmentRecord> create(const DepartmentRecord &department, std::optional<qint64> actorId = {});
    // Writes name, short name, region, VIP flag and account manager when `department.version` is still current.
    core::Result<DepartmentRecord> update(const DepartmentRecord &department, std::optional<qint64> actorId = {});

    core::Result<QList<ContactRecord>> contacts(qint64 departmentId);
    core::Result<ContactRecord> createContact(const ContactRecord &contact, std::optional<qint64> actorId = {});
    core::Result<QList<BusinessSystemRecord>> businessSystems(qint64 departmentId);
    core::Result<BusinessSystemRecord> createBusinessSystem(const BusinessSystemRecord &system,
                                                            std::optional<qint64> actorId = {});

private:
    QSqlDatabase &m_db;
};

} // namespace govops::storage
