#pragma once

#include "core/Result.h"

#include <QString>

namespace govops::storage {

enum class Backend { Sqlite, Postgres };

// Where the data lives, as given on a command line or in a connection profile:
//   sqlite:///absolute/path/govops.db      (sqlite:relative.db is made absolute; sqlite::memory: is in memory)
//   postgresql://user@host:5432/dbname?sslmode=verify-full&sslrootcert=/path/ca.pem   (postgres:// too)
// A URL never carries a password: one found in it is refused. Passwords come from libpq's own
// conventions (PGPASSWORD, ~/.pgpass) or the system keyring under keyringKey().
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString path;           // SQLite file
    QString host;           // empty: libpq's default (PGHOST or the local socket)
    int port = 5432;
    QString database;
    QString user;           // empty: libpq's default (PGUSER or the login name)
    QString sslMode;        // libpq sslmode; empty means libpq's default (prefer)
    QString sslRootCert;

    static core::Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);
    QString toString() const;    // canonical form; parse(toString()) gives the same URL back
    QString keyringKey() const;  // stable name of this server+user's password in the keyring; empty for SQLite

    bool operator==(const DatabaseUrl &) const = default;
};

} // namespace govops::storage
