#pragma once

#include "core/CmdbPlan.h"
#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace govops::storage {

// One CMDB sync as recorded in cmdb_sync_runs.
struct CmdbSyncRun
{
    qint64 id = 0;
    QString source;             // the cloud's auth URL
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome;            // succeeded | failed
    int itemsAdded = 0;
    int itemsChanged = 0;
    int itemsRetired = 0;
    int relationsAdded = 0;
    int relationsRemoved = 0;
    QString error;              // why a failed run applied nothing
};

// The synced part of the CMDB. Use on the Database worker thread, inside Database::run().
// Only rows with source 'synced' are ever written; hand-kept ('manual') items and relations are
// read (so that the sync never adds a twin of one) but never changed.
class CmdbRepository
{
public:
    explicit CmdbRepository(QSqlDatabase &db) : m_db(db) {}

    core::Result<core::CmdbState> state();

    // In ONE transaction: takes the sync lock, reads the state, plans against `desired`
    // (core::planCmdbSync), applies the plan and records the run. A sync already running elsewhere
    // makes this fail at once with Code::Conflict ("a CMDB sync is already running"); nothing is written.
    // Unchanged items are not rewritten (their last_synced_at is when the sync last changed them).
    core::Result<CmdbSyncRun> sync(const core::CmdbDesired &desired, const QString &source,
                                   const QDateTime &startedAt);

    // Records a sync that applied nothing (e.g. a listing of the cloud failed) and why.
    core::Result<CmdbSyncRun> recordFailure(const QString &source, const QDateTime &startedAt, const QString &error);

    core::Result<QList<CmdbSyncRun>> runs(int limit);   // newest first

private:
    core::Status takeSyncLock();
    core::Status apply(const core::CmdbPlan &plan);
    core::Result<CmdbSyncRun> insertRun(CmdbSyncRun run);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
