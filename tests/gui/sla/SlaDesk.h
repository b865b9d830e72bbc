#pragma once

// A seeded SQLite demo desk for the SLA panel's tests: DemoData once per test process into a template file,
// then a fresh copy (and its own storage::Database with the worker thread) for each test function, at a
// ManualClock time.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/DemoData.h"

#include <QFile>
#include <QFuture>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace govops::test {

// "Now" of the demo desk: a Monday morning, Beijing time 10:30.
inline QDateTime deskNow()
{
    return QDateTime(QDate(2025, 6, 16), QTime(2, 30), Qt::UTC);
}

template <typename T> T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
        qFatal("a database job did not finish in time");
    return future.result();
}

class SlaDesk
{
public:
    // Seeds the template once (call from initTestCase).
    static QString seedTemplate(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("template.db"));
        storage::Database db(url(path));
        if (!open(db))
            qFatal("cannot open the template database: %s", qPrintable(db.message()));
        storage::SeedOptions options;
        options.now = deskNow();
        auto seeded = waitFor(db.run<core::Result<storage::SeedReport>>(
            [options](QSqlDatabase &c) { return storage::DemoData::seed(c, options); }));
        if (!seeded)
            qFatal("cannot seed the demo: %s %s", qPrintable(seeded.error().message), qPrintable(seeded.error().detail));
        return path;
    }

    explicit SlaDesk(const QString &templatePath) : clock(deskNow())
    {
        const QString path = m_dir.filePath(QStringLiteral("desk.db"));
        if (!QFile::copy(templatePath, path))
            qFatal("cannot copy the template database");
        database = std::make_unique<storage::Database>(url(path));
        if (!open(*database))
            qFatal("cannot open the desk database: %s", qPrintable(database->message()));
    }

    template <typename T> T run(std::function<T(QSqlDatabase &)> job) { return waitFor(database->run<T>(job)); }

    core::ManualClock clock;
    std::unique_ptr<storage::Database> database;

private:
    static storage::DatabaseUrl url(const QString &path)
    {
        return storage::DatabaseUrl::parse(QStringLiteral("sqlite://") + path).value();
    }

    static bool open(storage::Database &db)
    {
        QSignalSpy spy(&db, &storage::Database::stateChanged);
        db.open(storage::Database::SchemaPolicy::MigrateIfNeeded);
        while (db.state() != storage::Database::State::Ready) {
            if (db.state() == storage::Database::State::Unreachable || !spy.wait(30000))
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
};

} // namespace govops::test
