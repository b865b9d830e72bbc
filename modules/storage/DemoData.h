#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace govops::storage {

struct SeedOptions
{
    QDateTime now;                  // every time in the demo data is relative to it (required)
    quint32 seed = 20250101;        // same seed and now: the same data
    int tickets = 240;              // hand-made tickets in every state, with history, for the base data set
    qint64 bulkTickets = 0;         // generated tickets on top (a year of history, for load and benchmarks)
    std::function<void(const QString &)> progress;  // told what is being done, for people
};

struct SeedReport
{
    bool baseSeeded = false;        // false: the database already held departments, so the base was left alone
    int departments = 0;
    int staff = 0;
    int configurationItems = 0;
    int tickets = 0;                // hand-made ones
    qint64 bulkTickets = 0;
};

// Realistic demo data for a provincial government cloud: 30 provincial departments with their contacts,
// business systems and cloud resources (VMs, hosts, volumes, networks and their relations), staff in every
// role, shifts and handovers, tickets in every state with their history, escalations, post-incident analyses,
// return visits and the default business calendar. Deterministic: the same seed and `now` give the same rows.
// Used by `govops-admin seed` and the console's --demo. Runs on the calling thread (the Database worker, or
// the admin tool's own connection). The base data goes in one transaction: all of it or nothing.
class DemoData
{
public:
    // Seeds the base data set when the database has no departments yet, then adds bulkTickets.
    static core::Result<SeedReport> seed(QSqlDatabase &db, const SeedOptions &options);

    // Adds `count` generated tickets, each with its "created" event, spread over the year before `now`.
    // PostgreSQL: server-side INSERT … SELECT FROM generate_series in chunks; SQLite: one transaction of
    // prepared inserts. Needs departments, staff and an active SLA policy (seed() first).
    static core::Result<qint64> addBulkTickets(QSqlDatabase &db, qint64 count, quint32 seed, const QDateTime &now,
                                               const std::function<void(const QString &)> &progress = {});
};

} // namespace govops::storage
