#pragma once

#include "core/Result.h"
#include "storage/Records.h"

#include <QSqlDatabase>

namespace govops::storage {

// Staff and their roles. Use on the Database worker thread, inside Database::run().
class StaffRepository
{
public:
    explicit StaffRepository(QSqlDatabase &db) : m_db(db) {}

    core::Result<QList<StaffRecord>> list(const QString &role = {});  // active and inactive, by display name
    core::Result<StaffRecord> get(qint64 id);
    core::Result<StaffRecord> byLogin(const QString &login);
    core::Result<StaffRecord> create(const StaffRecord &staff, std::optional<qint64> actorId = {});
    // Writes display name, role, department, phone, e-mail and active when `staff.version` is still current.
    core::Result<StaffRecord> update(const StaffRecord &staff, std::optional<qint64> actorId = {});

private:
    core::Result<StaffRecord> one(const QString &where, const QVariant &value);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
