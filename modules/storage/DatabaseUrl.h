#pragma once

#include "core/Result.h"

#include <QString>

namespace govops::storage {

enum class Backend { Sqlite, Postgres };

// Where the data lives, as given on a command line or in a connection profile:
//   sqlite:///absolute/path/govops.db
//   postgresql://user@host:5432/dbname?sslmode=verify-full&sslrootcert=/path/ca.pem
// A URL never carries a password: one found in it is refused. Passwords come from libpq's own
// conventions (PGPASSWORD, ~/.pgpass) or the system keyring under keyringKey().
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString path;           // SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode;        // libpq sslmode; empty means libpq's default (prefer)
    QString sslRootCert;

    static core::Result<DatabaseUrl> parse(const QString &text);
    QString toString() const;
    QString keyringKey() const;  // stable name of this server+user's password in the keyring
};

} // namespace govops::storage
