#pragma once

// The same test body against both backends: a test class declares initTestCase_data() with
// govops::test::addBackends(), and each test function opens a Scratch database of the current row.

#include "TestPostgres.h"
#include "storage/Connection.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace govops::test {

inline void addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

// A fresh, empty database of the backend in the current global data row, named after the running test
// function, and a connection to it on this thread.
class Scratch
{
public:
    // The backend of the current global data row (initTestCase_data() with addBackends()).
    explicit Scratch(const QString &suffix = {}) : Scratch(globalBackend(), suffix) {}

    Scratch(const QString &backend, const QString &suffix)
    {
        const QString name = (QString::fromLatin1(QTest::currentAppName()).section(u'/', -1) + u'_'
                              + QString::fromLatin1(QTest::currentTestFunction()) + u'_' + backend + suffix)
                                 .toLower()
                                 .left(60);
        QString text;
        if (backend == QStringLiteral("postgres")) {
            text = freshPostgresDatabase(name);
        } else {
            text = QStringLiteral("sqlite://") + m_dir.filePath(name + QStringLiteral(".db"));
        }
        auto parsed = storage::DatabaseUrl::parse(text);
        if (!parsed)
            qFatal("bad test URL %s", qPrintable(text));
        m_url = parsed.value();
        m_connection = QStringLiteral("scratch-") + name;
        auto opened = storage::openConnection(m_url, {}, m_connection);
        if (!opened)
            qFatal("cannot open the test database %s: %s", qPrintable(text), qPrintable(opened.error().message));
        m_db = opened.value();
    }
    ~Scratch()
    {
        m_db = QSqlDatabase();
        storage::closeConnection(m_connection);
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    QSqlDatabase &db() { return m_db; }
    const storage::DatabaseUrl &url() const { return m_url; }
    bool postgres() const { return m_url.backend == storage::Backend::Postgres; }

    // Migrates to the schema this program carries; fails the test otherwise.
    bool migrate()
    {
        const auto applied = storage::Migrator(m_url.backend).migrate(m_db);
        if (!applied)
            qWarning("migration failed: %s %s", qPrintable(applied.error().message), qPrintable(applied.error().detail));
        return applied.ok();
    }

private:
    static QString globalBackend()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }

    QTemporaryDir m_dir;
    storage::DatabaseUrl m_url;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace govops::test

// QVERIFY for a core::Result or core::Status, printing the error's message and detail.
#define QVERIFY_OK(result)                                                                                         \
    do {                                                                                                           \
        const auto &r_ = (result);                                                                                 \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message + QStringLiteral(" | ") + r_.error().detail)); \
    } while (false)
