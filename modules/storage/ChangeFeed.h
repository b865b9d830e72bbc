#pragma once

#include "core/Result.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <chrono>

namespace govops::storage {

class Database;

// One row that some console (this one too) inserted or updated.
struct Change
{
    QString table; // "tickets", "ticket_events", "escalations", …
    qint64 id = 0;
    int version = 0; // 0 where the table has no version column

    friend bool operator==(const Change &, const Change &) = default;
};

// What other consoles (and this one) changed. PostgreSQL: LISTEN/NOTIFY (a trigger sends table:id:version);
// SQLite: a cheap poll of a change log. Lives on the GUI thread, emits batched signals there.
//
// PostgreSQL: the Database listens on its worker connection; notifications arriving within the batch interval
// (50 ms) become one changed(), each row once with its highest version. After the worker had to reconnect,
// resync(): what was sent meanwhile is lost.
// SQLite: every poll interval (1 s) one job on the worker reads change_log past the last row seen; a gap (rows
// pruned before this console read them) or a backlog too big to be worth listing becomes resync().
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database *database, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void start(); // after the database is open; once

    void setBatchInterval(std::chrono::milliseconds interval); // PostgreSQL; default 50 ms
    void setPollInterval(std::chrono::milliseconds interval);  // SQLite; default 1 s

signals:
    void changed(const QList<govops::storage::Change> &changes);
    void resync(); // notifications may have been missed (reconnect): reload everything

private:
    // What one read of the SQLite change log found.
    struct LogRead
    {
        QList<Change> changes;
        qint64 last = 0;     // the seq to read after next time
        bool missed = false; // rows were pruned unread, or too many to list: resync
    };
    static core::Result<LogRead> readLog(QSqlDatabase &db, qint64 after, bool prune);

    void notified(const QString &channel, const QString &payload);
    void listening(const QString &channel);
    void add(const Change &change); // to the pending batch, each row once with its highest version
    void flush();
    void poll();
    void polled();

    Database *m_database;
    bool m_started = false;
    QList<Change> m_pending;
    QHash<QString, qsizetype> m_pendingIndex; // "table:id" -> position in m_pending
    // PostgreSQL
    QTimer m_batch;
    int m_listenings = 0;
    // SQLite
    QTimer m_poll;
    QFutureWatcher<core::Result<LogRead>> m_read;
    qint64 m_lastSeq = -1; // -1: not read yet; the first poll starts at the current end of the log
    int m_pollsSincePrune = 0;
    bool m_pollFailing = false;
};

} // namespace govops::storage

Q_DECLARE_METATYPE(govops::storage::Change)
