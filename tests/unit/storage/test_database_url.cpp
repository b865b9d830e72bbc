#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using govops::storage::Backend;
using govops::storage::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void postgres()
    {
        const auto url = DatabaseUrl::parse(
            u"postgresql://govops@db.example:6432/govops?sslmode=verify-full&sslrootcert=/etc/ssl/ca%20root.pem"_s);
        QVERIFY2(url.ok(), qPrintable(url ? QString() : url.error().message));
        QCOMPARE(url.value().backend, Backend::Postgres);
        QCOMPARE(url.value().user, u"govops"_s);
        QCOMPARE(url.value().host, u"db.example"_s);
        QCOMPARE(url.value().port, 6432);
        QCOMPARE(url.value().database, u"govops"_s);
        QCOMPARE(url.value().sslMode, u"verify-full"_s);
        QCOMPARE(url.value().sslRootCert, u"/etc/ssl/ca root.pem"_s);
    }

    void postgresDefaults()
    {
        const auto url = DatabaseUrl::parse(u"postgres://127.0.0.1/govops"_s);
        QVERIFY(url.ok());
        QCOMPARE(url.value().port, 5432);
        QVERIFY(url.value().user.isEmpty());  // libpq's default
        QVERIFY(url.value().sslMode.isEmpty());
    }

    void sqlite()
    {
        auto url = DatabaseUrl::parse(u"sqlite:///var/lib/govops/govops.db"_s);
        QVERIFY(url.ok());
        QCOMPARE(url.value().backend, Backend::Sqlite);
        QCOMPARE(url.value().path, u"/var/lib/govops/govops.db"_s);

        url = DatabaseUrl::parse(u"sqlite:demo.db"_s);
        QVERIFY(url.ok());
        QCOMPARE(url.value().path, QDir::current().absoluteFilePath(u"demo.db"_s));

        url = DatabaseUrl::parse(u"sqlite::memory:"_s);
        QVERIFY(url.ok());
        QCOMPARE(url.value().path, u":memory:"_s);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("postgres") << u"postgresql://govops@db.example:5432/govops?sslmode=require"_s;
        QTest::newRow("tls") << u"postgresql://u@h:1/d?sslmode=verify-ca&sslrootcert=/a/b.pem"_s;
        QTest::newRow("sqlite") << u"sqlite:///tmp/govops.db"_s;
        QTest::newRow("sqlite-chinese") << u"sqlite:///tmp/政务云/govops.db"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(url.ok());
        const auto again = DatabaseUrl::parse(url.value().toString());
        QVERIFY2(again.ok(), qPrintable(url.value().toString()));
        QCOMPARE(again.value(), url.value());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"No database given"_s;
        QTest::newRow("password") << u"postgresql://u:secret@h/d"_s << u"password"_s;
        QTest::newRow("password-query") << u"postgresql://u@h/d?password=secret"_s << u"password"_s;
        QTest::newRow("no-database") << u"postgresql://u@h:5432"_s << u"names no database"_s;
        QTest::newRow("bad-sslmode") << u"postgresql://u@h/d?sslmode=maybe"_s << u"sslmode"_s;
        QTest::newRow("unknown-option") << u"postgresql://u@h/d?foo=1"_s << u"Unknown option 'foo'"_s;
        QTest::newRow("scheme") << u"mysql://u@h/d"_s << u"not a database URL"_s;
        QTest::newRow("sqlite-two-slashes") << u"sqlite://relative.db"_s << u"three slashes"_s;
        QTest::newRow("sqlite-nothing") << u"sqlite:"_s << u"names no file"_s;
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, govops::core::Error::Code::Invalid);
        QVERIFY2(url.error().message.contains(says), qPrintable(url.error().message));
        QVERIFY(!url.error().message.contains(u"secret"_s));  // a password never travels into a message
    }

    void keyringKey()
    {
        const auto a = DatabaseUrl::parse(u"postgresql://govops@DB.example:5432/one?sslmode=require"_s);
        const auto b = DatabaseUrl::parse(u"postgresql://govops@db.example/two"_s);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().keyringKey(), b.value().keyringKey());  // one password per server and role
        QCOMPARE(a.value().keyringKey(), u"postgresql://govops@db.example:5432"_s);
        QVERIFY(DatabaseUrl::sqlite(u"/tmp/x.db"_s).keyringKey().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "test_database_url.moc"
