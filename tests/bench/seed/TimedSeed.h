#pragma once

#include "core/Result.h"
#include "storage/DemoData.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QElapsedTimer>

namespace govops::bench {

// Migrates an empty database, seeds the base demo data, then times DemoData::addBulkTickets of n tickets:
// the part both seed benchmarks measure. Returns the seconds it took.
inline core::Result<double> timedBulkSeed(QSqlDatabase &db, qint64 n)
{
    const storage::Backend backend = storage::backendOf(db);
    if (auto m = storage::Migrator(backend).migrate(db); !m)
        return m.error();
    storage::SeedOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    if (auto s = storage::DemoData::seed(db, options); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    if (auto loaded = storage::DemoData::addBulkTickets(db, n, 20250101, options.now); !loaded)
        return loaded.error();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace govops::bench
