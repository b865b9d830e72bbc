#pragma once

#include "core/Result.h"
#include "storage/Records.h"

#include <QSqlDatabase>

namespace govops::storage {

// The audit log: who did what to which row. Append-only (the schema refuses UPDATE and DELETE).
// Use on the Database worker thread, inside Database::run().
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase &db) : m_db(db) {}

    // Writes one entry; inside the caller's transaction when there is one. An invalid `at` means now.
    core::Result<qint64> record(const AuditEntry &entry);
    // The same, for the common case of one row changed by one person.
    core::Result<qint64> record(const QString &action, const QString &entity, std::optional<qint64> entityId,
                                std::optional<qint64> departmentId, std::optional<qint64> actorId,
                                const QString &detail = QStringLiteral("{}"));
    // Newest first, keyset-paged on id: pass the last id of the previous page as beforeId.
    core::Result<QList<AuditEntry>> page(std::optional<qint64> beforeId, int limit,
                                         std::optional<qint64> departmentId = std::nullopt);

private:
    QSqlDatabase &m_db;
};

} // namespace govops::storage
