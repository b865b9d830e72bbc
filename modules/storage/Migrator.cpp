#include "storage/Migrator.h"

#include "storage/Sql.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrator, "govops.storage.migrator")

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::Migrator)
};
} // namespace

namespace govops::storage {

namespace {

core::Error error(core::Error::Code code, const QString &message, const QString &detail = {})
{
    return {code, message, detail};
}

// Any number will do, as long as it stays the same: all GovOps administrators take the same lock.
constexpr qint64 migrationLockKey = 0x476f764f7073;  // "GovOps"

} // namespace

QString SchemaStatus::message() const
{
    switch (verdict) {
    case Verdict::Empty:
        return Text::tr("The database holds no GovOps schema yet. An administrator creates it with "
                        "'govops-admin migrate --db URL'.");
    case Verdict::Older:
        return Text::tr(
                   "The database schema is version %1, this program needs version %2. An administrator upgrades it "
                   "with 'govops-admin migrate --db URL'; until then the console only reads.")
            .arg(current)
            .arg(latest);
    case Verdict::Current:
        if (!modified.isEmpty()) {
            QStringList versions;
            for (int v : modified)
                versions.append(QString::number(v));
            return Text::tr("The database schema is current (version %1), but migrations %2 were changed after they "
                            "were applied.")
                .arg(current)
                .arg(versions.join(u", "_s));
        }
        return Text::tr("The database schema is current (version %1).").arg(current);
    case Verdict::Newer:
        return Text::tr("The database schema is version %1, newer than this program understands (version %2). "
                        "Install the newer GovOps Console; until then it only reads.")
            .arg(current)
            .arg(latest);
    }
    return {};
}

Migrator::Migrator(Backend backend) : Migrator(backend, defaultSource(backend)) {}

Migrator::Migrator(Backend backend, QString source) : m_backend(backend), m_source(std::move(source)) {}

QString Migrator::defaultSource(Backend backend)
{
    return backend == Backend::Postgres ? u":/govops/sql/postgres"_s : u":/govops/sql/sqlite"_s;
}

core::Result<QList<Migration>> Migrator::migrations() const
{
    static const QRegularExpression pattern(u"^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"_s);
    const QDir dir(m_source);
    if (!dir.exists())
        return error(core::Error::Code::Internal, Text::tr("The migrations folder %1 does not exist.").arg(m_source));

    QList<Migration> list;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return error(core::Error::Code::Internal,
                         Text::tr("The migration file %1 is not named NNNN_name.sql.").arg(dir.filePath(file)));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return error(core::Error::Code::Internal,
                         Text::tr("Cannot read the migration %1: %2").arg(f.fileName(), f.errorString()));
        const QByteArray bytes = f.readAll();
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.sql = QString::fromUtf8(bytes);
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (m.version != list.size() + 1)
            return error(core::Error::Code::Internal, Text::tr("The migrations in %1 do not run 1, 2, 3 …: %2 comes "
                                                               "where version %3 was expected.")
                                                          .arg(m_source, file)
                                                          .arg(list.size() + 1));
        list.append(m);
    }
    return list;
}

core::Result<SchemaStatus> Migrator::status(QSqlDatabase &db) const
{
    const auto available = migrations();
    if (!available)
        return available.error();
    SchemaStatus status;
    status.latest = available.value().isEmpty() ? 0 : available.value().last().version;

    if (!db.tables().contains(u"schema_version"_s)) {
        if (db.lastError().isValid())
            return sqlError(db.lastError(), Text::tr("Could not read the database schema"));
        status.verdict = SchemaStatus::Verdict::Empty;
        return status;
    }
    auto query = exec(db, u"SELECT version, checksum FROM schema_version ORDER BY version"_s, QVariantList{},
                      Text::tr("Could not read the schema version"));
    if (!query)
        return query.error();
    while (query.value().next()) {
        const int version = query.value().value(0).toInt();
        status.current = std::max(status.current, version);
        if (version >= 1 && version <= available.value().size()
            && available.value().at(version - 1).checksum != query.value().value(1).toString())
            status.modified.append(version);
    }
    if (status.current == 0)
        status.verdict = SchemaStatus::Verdict::Empty;
    else if (status.current < status.latest)
        status.verdict = SchemaStatus::Verdict::Older;
    else if (status.current > status.latest)
        status.verdict = SchemaStatus::Verdict::Newer;
    else
        status.verdict = SchemaStatus::Verdict::Current;
    return status;
}

core::Status Migrator::ensureVersionTable(QSqlDatabase &db) const
{
    const QString ddl = m_backend == Backend::Postgres
                            ? u"CREATE TABLE IF NOT EXISTS schema_version ("
                              " version integer PRIMARY KEY,"
                              " name text NOT NULL,"
                              " applied_at timestamptz NOT NULL DEFAULT now(),"
                              " checksum text NOT NULL)"_s
                            : u"CREATE TABLE IF NOT EXISTS schema_version ("
                              " version INTEGER PRIMARY KEY,"
                              " name TEXT NOT NULL,"
                              " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                              " checksum TEXT NOT NULL)"_s;
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (m_backend == Backend::Postgres) {
        if (auto q = exec(db, u"SELECT pg_advisory_xact_lock(?)"_s, {migrationLockKey},
                          Text::tr("Could not lock the schema"));
            !q)
            return q.error();
    }
    if (auto q = exec(db, ddl, QVariantList{}, Text::tr("Could not create the schema_version table")); !q)
        return q.error();
    return tx.commit();
}

core::Status Migrator::apply(QSqlDatabase &db, const Migration &migration) const
{
    const auto statements = splitSqlScript(migration.sql);
    if (!statements)
        return error(core::Error::Code::Internal, Text::tr("Migration %1 (%2) cannot be read: %3")
                                                      .arg(migration.version)
                                                      .arg(migration.name, statements.error().message));

    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (m_backend == Backend::Postgres) {
        if (auto q = exec(db, u"SELECT pg_advisory_xact_lock(?)"_s, {migrationLockKey},
                          Text::tr("Could not lock the schema"));
            !q)
            return q.error();
    }
    // Someone else may have applied it while we waited for the lock.
    auto seen = exec(db, u"SELECT count(*) FROM schema_version WHERE version = ?"_s, {migration.version},
                     Text::tr("Could not read the schema version"));
    if (!seen)
        return seen.error();
    seen.value().next();
    if (seen.value().value(0).toInt() > 0)
        return core::Done{};
    seen.value().finish();

    int index = 0;
    for (const QString &statement : statements.value()) {
        ++index;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            core::Error e = sqlError(q, Text::tr("Migration %1 (%2) failed at statement %3")
                                            .arg(migration.version)
                                            .arg(migration.name)
                                            .arg(index));
            e.detail += u" in: "_s + statement.left(200);
            return e;  // the transaction rolls back: nothing of this migration stays
        }
    }
    if (auto q = exec(db, u"INSERT INTO schema_version (version, name, checksum) VALUES (?, ?, ?)"_s,
                      {migration.version, migration.name, migration.checksum},
                      Text::tr("Could not record migration %1").arg(migration.version));
        !q)
        return q.error();
    return tx.commit();
}

core::Result<int> Migrator::migrate(QSqlDatabase &db, const std::function<void(const Migration &)> &progress) const
{
    const auto available = migrations();
    if (!available)
        return available.error();
    const auto before = status(db);
    if (!before)
        return before.error();
    if (before.value().verdict == SchemaStatus::Verdict::Newer)
        return error(core::Error::Code::Schema, before.value().message());
    if (auto s = ensureVersionTable(db); !s)
        return s.error();

    int applied = 0;
    for (const Migration &m : available.value()) {
        if (m.version <= before.value().current)
            continue;
        if (progress)
            progress(m);
        qCInfo(lcMigrator) << "applying migration" << m.version << m.name;
        if (auto s = apply(db, m); !s)
            return s.error();
        ++applied;
    }
    return applied;
}

} // namespace govops::storage
