#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "iaas/CmdbSnapshot.h"
#include "storage/CmdbRepository.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>

namespace govops::storage {
class Database;
}

namespace govops::iaas {

class OpenStackClient;

// Syncs the CMDB with the cloud: lists projects, servers, hypervisors, volumes and networks at
// once (asynchronously, on this object's thread), then plans and applies the changes in one
// transaction on the database's thread (storage::CmdbRepository::sync).
//
// All or nothing: when any listing fails, nothing is applied (a missing listing would retire what
// it used to hold); the error says which listing failed and why, and a failed run is recorded.
// The client and the database must outlive the sync; destroying the sync cancels its future.
// fetch() alone serves callers that apply the snapshot themselves (govops-admin, on its own thread).
class CmdbSync : public QObject
{
    Q_OBJECT
public:
    CmdbSync(OpenStackClient *client, storage::Database *database, QString source,
             const core::Clock *clock = nullptr, QObject *parent = nullptr);
    ~CmdbSync() override;

    // Fetches, then applies (needs the database); a failed fetch is recorded as a failed run.
    QFuture<core::Result<storage::CmdbSyncRun>> run();
    // Every listing, complete, or the first failed one's error ("the volume listing (Cinder) failed …").
    QFuture<core::Result<IaasSnapshot>> fetch();

private:
    struct Fetch;
    template <typename T, typename Member>
    void collect(QFuture<core::Result<QList<T>>> listing, Member member, int slot, std::shared_ptr<Fetch> fetch);
    void listingDone(const std::shared_ptr<Fetch> &fetch);

    QPointer<OpenStackClient> m_client;
    QPointer<storage::Database> m_database;
    QString m_source;
    core::SystemClock m_systemClock;
    const core::Clock *m_clock;
};

} // namespace govops::iaas
