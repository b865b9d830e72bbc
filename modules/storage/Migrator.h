#pragma once

#include "core/Result.h"
#include "storage/DatabaseUrl.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace govops::storage {

struct Migration
{
    int version = 0;
    QString name;       // from NNNN_name.sql
    QString sql;
    QString checksum;   // SHA-256 of the file, hex
};

// What a database's schema is, compared with the migrations this program carries.
struct SchemaStatus
{
    enum class Verdict {
        Empty,      // no schema_version table: nothing of GovOps yet
        Older,      // migrations are pending
        Current,
        Newer,      // applied by a newer program: this one must not write
    };
    Verdict verdict = Verdict::Empty;
    int current = 0;            // highest applied version (0 when empty)
    int latest = 0;             // highest version this program knows
    QList<int> modified;        // applied versions whose file has changed since (checksum differs)

    QString message() const;    // for people, translated: what it means and what to do
};

// Applies the numbered migrations NNNN_name.sql of one backend, each in one transaction that also records
// it in schema_version (version, name, applied_at, checksum); a failing migration leaves nothing behind.
// The compiled-in set lives under :/govops/sql/<backend>/; tests may give another folder or resource prefix.
class Migrator
{
public:
    explicit Migrator(Backend backend);
    Migrator(Backend backend, QString source);

    static QString defaultSource(Backend backend);

    // Every migration of the source, in order; versions must run 1, 2, 3 … without gaps or repeats.
    core::Result<QList<Migration>> migrations() const;
    core::Result<SchemaStatus> status(QSqlDatabase &db) const;
    // Applies what is pending; returns how many were applied. Refuses a schema newer than the source.
    // On PostgreSQL an advisory lock keeps two administrators from migrating at once.
    core::Result<int> migrate(QSqlDatabase &db, const std::function<void(const Migration &)> &progress = {}) const;

private:
    core::Status ensureVersionTable(QSqlDatabase &db) const;
    core::Status apply(QSqlDatabase &db, const Migration &migration) const;

    Backend m_backend;
    QString m_source;
};

} // namespace govops::storage
