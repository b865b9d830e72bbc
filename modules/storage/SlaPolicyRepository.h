#pragma once

#include "core/Result.h"
#include "core/SlaPolicy.h"
#include "storage/Records.h"

#include <QSqlDatabase>

namespace govops::storage {

// The SLA policy as versioned data: the clocks (sla_rule) and escalation steps of each version.
// Exactly one version is active; a ticket keeps the version it was opened under, so old versions stay.
// The rows carry exactly what core::SlaPolicy needs, in core's storage strings.
// Use on the Database worker thread, inside Database::run().
class SlaPolicyRepository
{
public:
    explicit SlaPolicyRepository(QSqlDatabase &db) : m_db(db) {}

    core::Result<SlaPolicyRecord> active();
    core::Result<SlaPolicyRecord> version(int version);
    core::Result<QList<int>> versions();
    // Stores `policy` (its rules and escalations) as the next version and makes it the active one; the
    // previous active version becomes superseded (it keeps its own active flag: its tickets still escalate).
    // `expectedActive` is the version the editor started from: when another version was published
    // meanwhile, Code::Conflict. A policy core::SlaPolicy::create refuses is Code::Invalid. Returns the new version.
    core::Result<SlaPolicyRecord> publish(const SlaPolicyRecord &policy, int expectedActive,
                                          std::optional<qint64> actorId, const QDateTime &now);

    // Every stored version as core objects, each with the business calendar (all loaded years) counted in
    // its own working hours: what core::EscalationEngine and the ticket clocks work on.
    core::Result<core::PolicyBook> policyBook();

    // The rows of one version as a validated core::SlaPolicy (Code::Invalid names what core refuses).
    static core::Result<core::SlaPolicy> toPolicy(const SlaPolicyRecord &record);

private:
    core::Result<SlaPolicyRecord> load(const QString &where, const QVariantList &values);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
