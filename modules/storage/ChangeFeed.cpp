#include "storage/ChangeFeed.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChangeFeed, "govops.storage.changefeed")

namespace govops::storage {

namespace {

// The channel sql/postgres/0005_change_feed.sql notifies on.
const QString channelName = u"govops_changes"_s;

// More unread rows than this in the SQLite log are not listed one by one: the console reloads instead.
constexpr int longestBacklog = 1000;

// Every this many polls the SQLite log loses its rows older than ten minutes, which every running console
// has read long since (a console that slept longer notices the gap and reloads).
constexpr int pollsPerPrune = 60;

// "table:id:version", as the trigger writes it.
std::optional<Change> parseChange(const QString &payload)
{
    const QStringList parts = payload.split(u':');
    if (parts.size() != 3 || parts.at(0).isEmpty())
        return std::nullopt;
    bool idOk = false;
    bool versionOk = false;
    Change change{parts.at(0), parts.at(1).toLongLong(&idOk), parts.at(2).toInt(&versionOk)};
    if (!idOk || !versionOk)
        return std::nullopt;
    return change;
}

} // namespace

ChangeFeed::ChangeFeed(Database *database, QObject *parent) : QObject(parent), m_database(database)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(50);
    connect(&m_batch, &QTimer::timeout, this, &ChangeFeed::flush);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    connect(&m_read, &QFutureWatcherBase::finished, this, &ChangeFeed::polled);
}

// A poll still running on the worker finishes without us: the watcher goes with this object.
ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::setBatchInterval(std::chrono::milliseconds interval)
{
    m_batch.setInterval(interval);
}

void ChangeFeed::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
}

void ChangeFeed::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_database->url().backend == Backend::Postgres) {
        connect(m_database, &Database::notified, this, &ChangeFeed::notified);
        connect(m_database, &Database::listening, this, &ChangeFeed::listening);
        m_database->listen(channelName);
    } else {
        poll(); // learns where the log ends now
        m_poll.start();
    }
}

void ChangeFeed::notified(const QString &channel, const QString &payload)
{
    if (channel != channelName)
        return;
    const auto change = parseChange(payload);
    if (!change) {
        qCWarning(lcChangeFeed).noquote() << "ignored a notification that does not parse:" << payload;
        return;
    }
    add(*change);
    if (!m_batch.isActive())
        m_batch.start();
}

void ChangeFeed::add(const Change &change)
{
    const QString key = change.table + u':' + QString::number(change.id);
    if (const auto seen = m_pendingIndex.constFind(key); seen != m_pendingIndex.cend()) {
        Change &pending = m_pending[*seen];
        pending.version = std::max(pending.version, change.version);
    } else {
        m_pendingIndex.insert(key, m_pending.size());
        m_pending.append(change);
    }
}

void ChangeFeed::listening(const QString &channel)
{
    if (channel != channelName)
        return;
    // The first LISTEN starts the feed; every later one follows a new connection, and what was sent in between
    // reached nobody.
    if (++m_listenings > 1) {
        qCInfo(lcChangeFeed) << "listening again after a reconnect: asking for a reload";
        emit resync();
    }
}

void ChangeFeed::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<Change> changes = std::exchange(m_pending, {});
    m_pendingIndex.clear();
    emit changed(changes);
}

void ChangeFeed::poll()
{
    if (m_read.isRunning())
        return; // the previous read is still queued behind other jobs
    const qint64 after = m_lastSeq;
    const bool prune = after >= 0 && m_database->isWritable() && ++m_pollsSincePrune >= pollsPerPrune;
    if (prune)
        m_pollsSincePrune = 0;
    m_read.setFuture(
        m_database->run<core::Result<LogRead>>([after, prune](QSqlDatabase &db) { return readLog(db, after, prune); }));
}

void ChangeFeed::polled()
{
    const core::Result<LogRead> read = m_read.result();
    if (!read) {
        // Said once per outage, not every second; the database's own state tells the person.
        if (!m_pollFailing)
            qCWarning(lcChangeFeed).noquote()
                << "cannot read the change log:" << read.error().message << read.error().detail;
        m_pollFailing = true;
        return;
    }
    m_pollFailing = false;
    const bool first = m_lastSeq < 0;
    m_lastSeq = read.value().last;
    if (first)
        return;
    if (read.value().missed) {
        qCInfo(lcChangeFeed) << "the change log has moved on too far: asking for a reload";
        emit resync();
        return;
    }
    for (const Change &change : read.value().changes)
        add(change);
    flush();
}

core::Result<ChangeFeed::LogRead> ChangeFeed::readLog(QSqlDatabase &db, qint64 after, bool prune)
{
    LogRead read;
    if (after < 0) {
        // sqlite_sequence remembers the highest seq ever given, also when pruning emptied the log.
        auto end = exec(db, u"SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'change_log'), 0)"_s,
                        QVariantList{}, tr("Could not read the change log"));
        if (!end)
            return end.error();
        end.value().next();
        read.last = end.value().value(0).toLongLong();
        return read;
    }

    if (prune) {
        // A read-only session cannot prune; another console will.
        auto pruned =
            exec(db, u"DELETE FROM change_log WHERE at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-10 minutes')"_s,
                 QVariantList{}, tr("Could not prune the change log"));
        if (!pruned)
            qCDebug(lcChangeFeed).noquote() << "not pruned:" << pruned.error().detail;
    }

    auto rows = exec(db, u"SELECT seq, tbl, row_id, version FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                     {after, longestBacklog + 1}, tr("Could not read the change log"));
    if (!rows)
        return rows.error();
    read.last = after;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        // seq has no holes (one writer at a time, AUTOINCREMENT), so a jump means pruned rows never read.
        if (read.changes.isEmpty() && seq != after + 1)
            read.missed = true;
        read.last = seq;
        read.changes.append(Change{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt()});
    }
    if (read.changes.size() > longestBacklog) {
        read.missed = true;
        q.finish();
        auto end = exec(db, u"SELECT max(seq) FROM change_log"_s, QVariantList{}, tr("Could not read the change log"));
        if (!end)
            return end.error();
        end.value().next();
        read.last = end.value().value(0).toLongLong();
    }
    if (read.missed)
        read.changes.clear();
    return read;
}

} // namespace govops::storage
