#include "storage/Database.h"

#include "storage/CalendarRepository.h"
#include "storage/Connection.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "govops.storage.database")

namespace govops::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"govops-db-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

// Lives on the Database's thread and owns the connection; every member is used on that thread only.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    DatabaseWorker(DatabaseUrl url, QString connectionName)
        : m_url(std::move(url)), m_name(std::move(connectionName))
    {
    }

    void open(const QString &password, Database::SchemaPolicy policy)
    {
        disconnectNow();
        m_password = password;
        m_policy = policy;
        m_wanted = true;
        connectAndCheck();
        restartHeartbeat();
    }

    void run(const std::function<void(QSqlDatabase &)> &job)
    {
        if (m_wanted && !m_connected)
            connectAndCheck();
        detail::takeConnectionSuspect();
        job(m_db);
        m_idle.restart();
        if (detail::takeConnectionSuspect() && m_connected && !alive())
            lost();
    }

    void close()
    {
        m_wanted = false;
        disconnectNow();
        m_password.clear();
        delete m_heartbeat;
        m_heartbeat = nullptr;
        delete m_reconnect;
        m_reconnect = nullptr;
        delete m_watch;
        m_watch = nullptr;
        emit stateReport(Database::State::Closed, tr("Not connected."));
    }

    void setHeartbeatInterval(int ms)
    {
        m_heartbeatMs = ms;
        restartHeartbeat();
    }

    void listen(const QString &channel)
    {
        if (m_url.backend != Backend::Postgres || m_channels.contains(channel))
            return;
        m_channels.append(channel);
        if (m_connected)
            listenOn(channel);
    }

signals:
    void stateReport(govops::storage::Database::State state, const QString &message);
    void notified(const QString &channel, const QString &payload);
    void listening(const QString &channel);

private:
    // Connects, checks the schema and listens again: a new connection has no LISTEN of the old one.
    void connectAndCheck()
    {
        connectAndCheckSchema();
        if (m_connected) {
            for (const QString &channel : std::as_const(m_channels)) {
                if (!m_connected)
                    break;
                listenOn(channel);
            }
        } else if (!m_channels.isEmpty()) {
            scheduleReconnect();
        }
    }

    void connectAndCheckSchema()
    {
        emit stateReport(Database::State::Connecting, tr("Connecting to %1 …").arg(describe(m_url)));
        auto opened = openConnection(m_url, m_password, m_name);
        if (!opened) {
            qCWarning(lcDatabase).noquote() << "cannot connect:" << opened.error().message << opened.error().detail;
            emit stateReport(Database::State::Unreachable, opened.error().message);
            return;
        }
        m_db = opened.value();
        m_connected = true;
        m_idle.start();

        const Migrator migrator(m_url.backend);
        auto status = migrator.status(m_db);
        if (status && m_policy == Database::SchemaPolicy::MigrateIfNeeded
            && (status.value().verdict == SchemaStatus::Verdict::Empty
                || status.value().verdict == SchemaStatus::Verdict::Older)) {
            auto migrated = migrator.migrate(m_db);
            if (migrated)
                migrated = [&]() -> core::Result<int> {
                    auto imported = CalendarRepository(m_db).importDefaultIfEmpty();
                    if (!imported)
                        return imported.error();
                    return 0;
                }();
            if (!migrated) {
                qCWarning(lcDatabase).noquote() << "migration failed:" << migrated.error().detail;
                readOnly(tr("The database could not be upgraded, so the console only reads: %1")
                             .arg(migrated.error().message));
                return;
            }
            status = migrator.status(m_db);
        }
        if (!status) {
            if (!alive()) {
                lost();
                return;
            }
            readOnly(status.error().message);
            return;
        }
        if (status.value().verdict != SchemaStatus::Verdict::Current) {
            readOnly(status.value().message());
            return;
        }
        emit stateReport(Database::State::Ready, tr("Connected to %1.").arg(describe(m_url)));
    }

    // Reads only, enforced by the server (or SQLite) too, so no code path can write by mistake.
    void readOnly(const QString &reason)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(m_url.backend == Backend::Postgres
                                   ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s
                                   : u"PRAGMA query_only = ON"_s);
        if (!ok)
            qCWarning(lcDatabase) << "cannot make the session read-only:" << q.lastError().text();
        emit stateReport(Database::State::ReadOnly, reason);
    }

    bool alive()
    {
        if (!m_connected)
            return false;
        QSqlQuery q(m_db);
        const bool ok = q.exec(u"SELECT 1"_s);
        detail::takeConnectionSuspect();
        return ok;
    }

    void lost()
    {
        qCWarning(lcDatabase).noquote() << "connection lost:" << describe(m_url);
        disconnectNow();
        emit stateReport(Database::State::Unreachable,
                         tr("The connection to %1 was lost. The console reconnects with the next request.")
                             .arg(describe(m_url)));
        if (!m_channels.isEmpty())
            scheduleReconnect();
    }

    void listenOn(const QString &channel)
    {
        QSqlDriver *driver = m_db.driver();
        if (!driver->subscribeToNotification(channel)) {
            qCWarning(lcDatabase).noquote() << "cannot listen on" << channel << driver->lastError().text();
            if (!alive())
                lost();
            return;
        }
        connect(driver, &QSqlDriver::notification, this, &DatabaseWorker::driverNotification, Qt::UniqueConnection);
        if (!m_watch) {
            m_watch = new QTimer(this);
            connect(m_watch, &QTimer::timeout, this, &DatabaseWorker::watch);
        }
        m_watch->start(watchMs);
        m_reconnectMs = firstReconnectMs;
        emit listening(channel);
    }

    void driverNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        emit notified(name, payload.toString());
    }

    // QPSQL reads the socket whenever it becomes readable, to deliver notifications; when the server closed the
    // connection, libpq marks it bad then. Looking at that mark costs no round trip, so it is done often, and a
    // dropped connection is noticed long before the heartbeat would (which still catches a silent one).
    void watch()
    {
        if (!m_connected)
            m_watch->stop();
        else if (!m_db.isOpen())
            lost();
    }

    // Someone listens, so waiting for the next job or heartbeat would lose notifications: retry soon, then less
    // often, up to the heartbeat interval.
    void scheduleReconnect()
    {
        if (!m_reconnect) {
            m_reconnect = new QTimer(this);
            m_reconnect->setSingleShot(true);
            connect(m_reconnect, &QTimer::timeout, this, [this] {
                if (m_wanted && !m_connected)
                    connectAndCheck();
            });
        }
        if (!m_wanted || m_reconnect->isActive())
            return;
        m_reconnect->start(m_reconnectMs);
        const int longest = m_heartbeatMs > 0 ? std::max(m_heartbeatMs, firstReconnectMs) : 30'000;
        m_reconnectMs = std::min(m_reconnectMs * 2, longest);
    }

    void disconnectNow()
    {
        if (!m_db.isValid() && !m_connected)
            return;
        m_db = QSqlDatabase();
        closeConnection(m_name);
        m_connected = false;
    }

    void restartHeartbeat()
    {
        if (!m_heartbeat) {
            m_heartbeat = new QTimer(this);
            connect(m_heartbeat, &QTimer::timeout, this, &DatabaseWorker::heartbeat);
        }
        m_heartbeat->stop();
        if (m_wanted && m_heartbeatMs > 0)
            m_heartbeat->start(m_heartbeatMs);
    }

    void heartbeat()
    {
        if (!m_wanted)
            return;
        if (!m_connected)
            connectAndCheck();
        else if (m_idle.elapsed() >= m_heartbeatMs && !alive())
            lost();
    }

    const DatabaseUrl m_url;
    const QString m_name;
    QString m_password;
    Database::SchemaPolicy m_policy = Database::SchemaPolicy::RequireCurrent;
    QSqlDatabase m_db;
    bool m_wanted = false;     // open() was called and close() was not
    bool m_connected = false;
    QTimer *m_heartbeat = nullptr;
    int m_heartbeatMs = 30'000;
    QElapsedTimer m_idle;
    QStringList m_channels; // listened to on every connection (PostgreSQL)
    static constexpr int firstReconnectMs = 1000;
    int m_reconnectMs = firstReconnectMs;
    QTimer *m_reconnect = nullptr;
    static constexpr int watchMs = 500;
    QTimer *m_watch = nullptr; // while listening: has the driver seen the connection close?
};

Database::Database(DatabaseUrl url, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_thread(std::make_unique<QThread>()),
      m_worker(std::make_unique<DatabaseWorker>(m_url, nextConnectionName()))
{
    m_thread->setObjectName(u"govops-database"_s);
    m_worker->moveToThread(m_thread.get());
    connect(m_worker.get(), &DatabaseWorker::stateReport, this, &Database::setState);
    connect(m_worker.get(), &DatabaseWorker::notified, this, &Database::notified);
    connect(m_worker.get(), &DatabaseWorker::listening, this, &Database::listening);
    m_thread->start();
}

Database::~Database()
{
    // Queued behind every job already submitted: they all finish first.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [worker = m_worker.get()] {
            worker->close();
            worker->thread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    m_worker.reset();
}

void Database::setPassword(const QString &password)
{
    m_password = password;
}

void Database::setHeartbeatInterval(std::chrono::milliseconds interval)
{
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), ms = int(interval.count())] { worker->setHeartbeatInterval(ms); },
        Qt::QueuedConnection);
}

void Database::open(SchemaPolicy policy)
{
    setState(State::Connecting, tr("Connecting to %1 …").arg(describe(m_url)));
    QMetaObject::invokeMethod(
        m_worker.get(),
        [worker = m_worker.get(), password = m_password, policy] { worker->open(password, policy); },
        Qt::QueuedConnection);
}

void Database::close()
{
    QMetaObject::invokeMethod(m_worker.get(), [worker = m_worker.get()] { worker->close(); }, Qt::QueuedConnection);
}

void Database::listen(const QString &channel)
{
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), channel] { worker->listen(channel); }, Qt::QueuedConnection);
}

void Database::post(std::function<void(QSqlDatabase &)> job)
{
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

void Database::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    qCInfo(lcDatabase).noquote() << "state" << state << message;
    emit stateChanged(state, message);
}

} // namespace govops::storage

#include "Database.moc"
