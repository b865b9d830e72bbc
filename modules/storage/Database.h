#pragma once

#include "core/Result.h"
#include "storage/DatabaseUrl.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>

#include <chrono>
#include <functional>
#include <memory>

class QThread;

namespace govops::storage {

class DatabaseWorker;

// The console's one door to the database. All SQL runs on a worker thread that owns its own
// connection; the GUI thread only submits jobs and receives futures and signals.
//
// Jobs run one after another in the order they were submitted. A job whose connection turns out to be lost
// gets its errors (Code::Unavailable, through storage::sqlError); the state becomes Unreachable and the next
// job, or the heartbeat, reconnects. Jobs get the connection even when it is not open, so that they
// fail as values instead of never finishing.
class Database : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Closed,
        Connecting,
        Ready,          // schema current, reads and writes allowed
        ReadOnly,       // schema older or newer than this program: reads only, and the reason is in message()
        Unreachable,    // connection lost or refused; message() says why
    };
    Q_ENUM(State)

    // How open() treats the schema: the embedded SQLite file is migrated by the console itself;
    // a PostgreSQL server only by `govops-admin migrate`.
    enum class SchemaPolicy { MigrateIfNeeded, RequireCurrent };

    explicit Database(DatabaseUrl url, QObject *parent = nullptr);
    ~Database() override;  // waits for the jobs already submitted, then closes the connection

    const DatabaseUrl &url() const { return m_url; }
    void setPassword(const QString &password);  // kept in memory only, never logged
    // While connected and idle, the worker checks the link this often (and, when unreachable, tries to
    // reconnect), so that the state follows a server that goes away. Zero turns it off. Default 30 s.
    void setHeartbeatInterval(std::chrono::milliseconds interval);
    // Connects on the worker thread, then checks (RequireCurrent) or migrates (MigrateIfNeeded) the schema:
    // the state goes Connecting, then Ready, ReadOnly (the session is made read-only on the server too)
    // or Unreachable. Calling it again reconnects.
    void open(SchemaPolicy policy);
    void close();
    State state() const { return m_state; }
    QString message() const { return m_message; }
    bool isWritable() const { return m_state == State::Ready; }

    // PostgreSQL: LISTEN on `channel` on the worker's connection, from now on and again on every new connection
    // (reconnects included); each time the LISTEN is made, listening(channel) follows. While anything is
    // listened to, the worker notices within half a second that the server closed the connection, and
    // reconnects by itself (after 1 s, then less often, up to the heartbeat interval), because notifications
    // sent while nobody listens are lost. SQLite has no notifications: nothing happens.
    void listen(const QString &channel);

    // Runs job(connection) on the worker thread. The future finishes with the job's result; R must be
    // copyable (QFuture keeps copies), so return core::Result<T> of plain values, never a QSqlQuery.
    // A job is typically a repository call, its result taken on the GUI thread with storage::whenDone:
    //     whenDone(this, db->run<core::Result<TicketPage>>([r](QSqlDatabase &c) { return TicketRepository(c).page(r); }),
    //              [this](const core::Result<TicketPage> &page) { … });
    template <typename R>
    QFuture<R> run(std::function<R(QSqlDatabase &)> job)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](QSqlDatabase &db) {
            promise->addResult(job(db));
            promise->finish();
        });
        return future;
    }

signals:
    void stateChanged(govops::storage::Database::State state, const QString &message);
    void notified(const QString &channel, const QString &payload); // a NOTIFY on a channel listened to
    void listening(const QString &channel);                        // the LISTEN was made on a new connection

private:
    void post(std::function<void(QSqlDatabase &)> job);
    void setState(State state, const QString &message);

    DatabaseUrl m_url;
    QString m_password;
    State m_state = State::Closed;
    QString m_message;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace govops::storage
