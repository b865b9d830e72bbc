#pragma once

// A seeded SQLite demo database behind a storage::Database, as the queue tests need it: the base demo data
// plus bulk tickets, so that the queue has several pages.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DemoData.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace govops::test {

class QueueTestDatabase
{
public:
    // The demo data's "now", and where every ManualClock of these tests starts.
    static QDateTime seedTime() { return QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC); }

    // Opens, migrates and seeds; returns false (after a warning) when anything fails.
    bool open(qint64 bulkTickets = 600)
    {
        if (!m_dir.isValid())
            return false;
        m_database = std::make_unique<storage::Database>(storage::DatabaseUrl::sqlite(path()));
        m_database->setHeartbeatInterval(std::chrono::milliseconds(0));
        QSignalSpy state(m_database.get(), &storage::Database::stateChanged);
        m_database->open(storage::Database::SchemaPolicy::MigrateIfNeeded);
        if (!QTest::qWaitFor([&] { return m_database->state() == storage::Database::State::Ready; }, 30000)) {
            qWarning("database not ready: %s", qPrintable(m_database->message()));
            return false;
        }
        storage::SeedOptions options;
        options.now = seedTime();
        options.bulkTickets = bulkTickets;
        auto seeded = wait(m_database->run<core::Result<storage::SeedReport>>(
            [options](QSqlDatabase &db) { return storage::DemoData::seed(db, options); }));
        if (!seeded) {
            qWarning("seed failed: %s %s", qPrintable(seeded.error().message), qPrintable(seeded.error().detail));
            return false;
        }
        return true;
    }

    storage::Database *database() const { return m_database.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("queue.db")); }

    // Runs a job on the database thread and waits for it, keeping the event loop going.
    template <typename R> R wait(QFuture<R> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
            qFatal("database job did not finish");
        return future.result();
    }
    template <typename R> R run(std::function<R(QSqlDatabase &)> job)
    {
        return wait(m_database->run<R>(std::move(job)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace govops::test
