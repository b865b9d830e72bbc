#pragma once

#include <QString>

namespace govops::test {

// The URL of the throw-away PostgreSQL cluster that the ctest fixture 'postgres' started.
// Fails the calling test (never skips it) when the fixture did not run.
QString postgresUrl();

// A fresh, empty database on that cluster, named after the calling test; returns its URL.
QString freshPostgresDatabase(const QString &name);

} // namespace govops::test
