#include "iaas/sync/CmdbSync.h"

#include "iaas/CmdbSnapshot.h"
#include "iaas/OpenStackClient.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QPromise>

#include <array>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages (outside the govops namespaces for lupdate).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::iaas::CmdbSync)
};
} // namespace

namespace govops::iaas {

namespace {

enum Slot { Projects, Servers, Hypervisors, Volumes, Networks, SlotCount };

QString listingName(int slot)
{
    switch (slot) {
    case Projects: return Text::tr("project listing (Keystone)");
    case Servers: return Text::tr("server listing (Nova)");
    case Hypervisors: return Text::tr("hypervisor listing (Nova)");
    case Volumes: return Text::tr("volume listing (Cinder)");
    default: return Text::tr("network listing (Neutron)");
    }
}

} // namespace

struct CmdbSync::Fetch
{
    QPromise<core::Result<IaasSnapshot>> promise;
    IaasSnapshot snapshot;
    std::array<std::optional<core::Error>, SlotCount> errors;
    int pending = SlotCount;
};

CmdbSync::CmdbSync(OpenStackClient *client, storage::Database *database, QString source, const core::Clock *clock,
                   QObject *parent)
    : QObject(parent), m_client(client), m_database(database), m_source(std::move(source)),
      m_clock(clock ? clock : &m_systemClock)
{
}

CmdbSync::~CmdbSync() = default;

QFuture<core::Result<IaasSnapshot>> CmdbSync::fetch()
{
    auto fetch = std::make_shared<Fetch>();
    fetch->promise.start();
    auto future = fetch->promise.future();
    if (!m_client) {
        fetch->promise.addResult(core::Error{core::Error::Code::Internal, Text::tr("The CMDB sync has no cloud.")});
        fetch->promise.finish();
        return future;
    }
    collect(m_client->listProjects(), &IaasSnapshot::projects, Projects, fetch);
    collect(m_client->listServers(), &IaasSnapshot::servers, Servers, fetch);
    collect(m_client->listHypervisors(), &IaasSnapshot::hypervisors, Hypervisors, fetch);
    collect(m_client->listVolumes(), &IaasSnapshot::volumes, Volumes, fetch);
    collect(m_client->listNetworks(), &IaasSnapshot::networks, Networks, fetch);
    return future;
}

template <typename T, typename Member>
void CmdbSync::collect(QFuture<core::Result<QList<T>>> listing, Member member, int slot, std::shared_ptr<Fetch> fetch)
{
    listing
        .then(this,
              [this, fetch, member, slot](const core::Result<QList<T>> &result) {
                  if (result)
                      fetch->snapshot.*member = result.value();
                  else
                      fetch->errors[slot] = result.error();
                  listingDone(fetch);
              })
        .onCanceled(this, [this, fetch, slot] {
            fetch->errors[slot] = core::Error{core::Error::Code::Unavailable, Text::tr("It was cancelled.")};
            listingDone(fetch);
        });
}

void CmdbSync::listingDone(const std::shared_ptr<Fetch> &fetch)
{
    if (--fetch->pending > 0)
        return;
    for (int slot = 0; slot < SlotCount; ++slot) {
        if (const auto &cause = fetch->errors[slot]) {
            fetch->promise.addResult(core::Error{
                cause->code,
                Text::tr("The CMDB was left unchanged: the %1 failed. %2").arg(listingName(slot), cause->message),
                cause->detail});
            fetch->promise.finish();
            return;
        }
    }
    fetch->promise.addResult(std::move(fetch->snapshot));
    fetch->promise.finish();
}

QFuture<core::Result<storage::CmdbSyncRun>> CmdbSync::run()
{
    auto promise = std::make_shared<QPromise<core::Result<storage::CmdbSyncRun>>>();
    promise->start();
    auto future = promise->future();
    const QString source = m_source;
    const QDateTime startedAt = m_clock->now();
    fetch().then(this, [this, promise, source, startedAt](const core::Result<IaasSnapshot> &fetched) {
        if (!m_database) {
            promise->addResult(core::Error{core::Error::Code::Internal, Text::tr("The CMDB sync has no database.")});
            promise->finish();
            return;
        }
        if (!fetched) {
            const core::Error error = fetched.error();
            m_database
                ->run<core::Result<storage::CmdbSyncRun>>([source, startedAt, error](QSqlDatabase &db) {
                    return storage::CmdbRepository(db).recordFailure(source, startedAt, error.message);
                })
                .then(this, [promise, error](const core::Result<storage::CmdbSyncRun> &) {
                    // The listing's error is what matters; a failed record of it changes nothing.
                    promise->addResult(error);
                    promise->finish();
                });
            return;
        }
        const IaasSnapshot snapshot = fetched.value();
        m_database
            ->run<core::Result<storage::CmdbSyncRun>>([source, startedAt, snapshot](QSqlDatabase &db) {
                return storage::CmdbRepository(db).sync(cmdbFromSnapshot(snapshot), source, startedAt);
            })
            .then(this, [promise](const core::Result<storage::CmdbSyncRun> &result) {
                promise->addResult(result);
                promise->finish();
            });
    });
    return future;
}

} // namespace govops::iaas
