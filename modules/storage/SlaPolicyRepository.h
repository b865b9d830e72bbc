#pragma once

#include "core/Result.h"
#include "storage/Records.h"

#include <QSqlDatabase>

namespace govops::storage {

// The SLA policy as versioned data: the clocks (sla_rule) and escalation steps of each version.
// Exactly one version is active; a ticket keeps the version it was opened under, so old versions stay.
// Use on the Database worker thread, inside Database::run().
class SlaPolicyRepository
{
public:
    explicit SlaPolicyRepository(QSqlDatabase &db) : m_db(db) {}

    core::Result<SlaPolicyRecord> active();
    core::Result<SlaPolicyRecord> version(int version);
    core::Result<QList<int>> versions();
    // Stores `policy` (its rules and escalations) as the next version and makes it the active one; the
    // previous active version becomes superseded. `expectedActive` is the version the editor started from:
    // when another version was published meanwhile, Code::Conflict. Returns the new version.
    core::Result<SlaPolicyRecord> publish(const SlaPolicyRecord &policy, int expectedActive,
                                          std::optional<qint64> actorId, const QDateTime &now);

private:
    core::Result<SlaPolicyRecord> load(const QString &where, const QVariantList &values);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
