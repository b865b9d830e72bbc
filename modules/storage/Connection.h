#pragma once

#include "core/Result.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>

namespace govops::storage {

// Opens a named QSqlDatabase connection for `url` on the calling thread (a QSqlDatabase may only be used
// on the thread that opened it). PostgreSQL: sslmode/sslrootcert and a connect timeout go into the libpq
// connect options, the session runs in UTC; an empty password lets libpq read PGPASSWORD or ~/.pgpass.
// SQLite: the file's folder is created, foreign keys are enforced, the journal is WAL.
// Errors: Unavailable (refused, unknown host, timeout, driver missing), Forbidden (authentication failed
// or a password is needed), each with a message for people that never contains the password.
core::Result<QSqlDatabase> openConnection(const DatabaseUrl &url, const QString &password,
                                          const QString &connectionName, int connectTimeoutSeconds = 5);

// Closes and forgets the connection; every QSqlDatabase copy of it must be gone already.
void closeConnection(const QString &connectionName);

// A short description for messages and logs: "PostgreSQL govops@db.example:5432/govops" or the SQLite path.
QString describe(const DatabaseUrl &url);

} // namespace govops::storage
