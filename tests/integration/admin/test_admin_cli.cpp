#include "TestPostgres.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs govops-admin as a user would, with GOVOPS_DB and PGPASSWORD unset unless given.
Run admin(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GOVOPS_DB"_s);
    env.remove(u"PGPASSWORD"_s);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GOVOPS_ADMIN), arguments);
    if (!p.waitForFinished(240000))
        qFatal("govops-admin %s did not finish", qPrintable(arguments.join(u' ')));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString deadPostgresUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return u"postgresql://postgres@127.0.0.1:%1/govops"_s.arg(port);
}

} // namespace

#define QVERIFY_RUN(run, code)                                                                                     \
    QVERIFY2((run).exitCode == (code), qPrintable(u"exit %1\nstdout: %2\nstderr: %3"_s.arg((run).exitCode)         \
                                                      .arg((run).out, (run).err)))

class TestAdminCli : public QObject
{
    Q_OBJECT
private slots:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{u"--db"_s, u"sqlite:///tmp/x.db"_s} << u"No command given"_s;
        QTest::newRow("unknown command") << QStringList{u"explode"_s, u"--db"_s, u"sqlite:///tmp/x.db"_s}
                                         << u"Unknown command 'explode'"_s;
        QTest::newRow("no database") << QStringList{u"check"_s} << u"No database given"_s;
        QTest::newRow("bad url") << QStringList{u"check"_s, u"--db"_s, u"mysql://x/y"_s} << u"not a database URL"_s;
        QTest::newRow("password in url") << QStringList{u"check"_s, u"--db"_s, u"postgresql://u:hunter2@h/d"_s}
                                         << u"carries a password"_s;
        QTest::newRow("password option") << QStringList{u"check"_s, u"--password"_s, u"hunter2"_s}
                                         << u"never given on the command line"_s;
        QTest::newRow("bad ticket count") << QStringList{u"seed"_s, u"--tickets"_s, u"many"_s, u"--db"_s,
                                                         u"sqlite:///tmp/x.db"_s}
                                          << u"--tickets"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = admin(arguments);
        QVERIFY_RUN(r, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"hunter2"_s));  // a password is never echoed back
    }

    void help()
    {
        const Run r = admin({u"--help"_s});
        QVERIFY_RUN(r, 0);
        for (const QString &command : {u"migrate"_s, u"seed"_s, u"check"_s, u"PGPASSWORD"_s})
            QVERIFY(r.out.contains(command));
    }

    void unreachableServer()
    {
        const Run r = admin({u"check"_s, u"--db"_s, deadPostgresUrl()});
        QVERIFY_RUN(r, 1);
        QVERIFY2(r.err.contains(u"Cannot connect to PostgreSQL postgres@127.0.0.1:"_s), qPrintable(r.err));
    }

    void missingDatabase()
    {
        QUrl url(govops::test::postgresUrl());
        url.setPath(u"/no_such_database"_s);
        const Run r = admin({u"migrate"_s, u"--db"_s, url.toString()});
        QVERIFY_RUN(r, 1);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
    }

    void freshPostgres()
    {
        const QString url = govops::test::freshPostgresDatabase(u"test_admin_cli_fresh"_s);
        QProcessEnvironment env;
        env.insert(u"GOVOPS_DB"_s, url);  // the database may come from the environment too

        Run r = admin({u"check"_s}, env);
        QVERIFY_RUN(r, 1);
        QVERIFY2(r.err.contains(u"no GovOps schema"_s), qPrintable(r.err));

        r = admin({u"migrate"_s}, env);
        QVERIFY_RUN(r, 0);
        QVERIFY2(r.out.contains(u"Applying migration 0001 (schema)"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"schema is current"_s));

        r = admin({u"migrate"_s}, env);
        QVERIFY_RUN(r, 0);
        QVERIFY(r.out.contains(u"Nothing to do"_s));

        r = admin({u"seed"_s, u"--tickets"_s, u"1000"_s}, env);
        QVERIFY_RUN(r, 0);
        QVERIFY2(r.out.contains(u"30 departments"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Generated 1000 tickets"_s));

        r = admin({u"check"_s, u"--db"_s, url}, {});
        QVERIFY_RUN(r, 0);
        QVERIFY2(r.out.contains(u"PostgreSQL 15"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"30 departments"_s));
        QVERIFY(r.out.contains(u"1240 tickets"_s));
    }

    void schemaTooNew()
    {
        const QString url = govops::test::freshPostgresDatabase(u"test_admin_cli_new"_s);
        QVERIFY_RUN(admin({u"migrate"_s, u"--db"_s, url}), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"newer"_s);
            const QUrl u(url);
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO schema_version (version, name, checksum) VALUES (999, 'future', 'x')"_s));
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        Run r = admin({u"check"_s, u"--db"_s, url});
        QVERIFY_RUN(r, 1);
        QVERIFY2(r.err.contains(u"newer than this program"_s), qPrintable(r.err));
        r = admin({u"migrate"_s, u"--db"_s, url});
        QVERIFY_RUN(r, 1);
        QVERIFY(r.err.contains(u"newer than this program"_s));
        r = admin({u"seed"_s, u"--db"_s, url});
        QVERIFY_RUN(r, 1);
    }

    void sqlite()
    {
        QTemporaryDir dir;
        const QString url = u"sqlite://"_s + dir.filePath(u"sub/govops.db"_s);
        QVERIFY_RUN(admin({u"migrate"_s, u"--db"_s, url}), 0);
        QVERIFY_RUN(admin({u"seed"_s, u"--db"_s, url}), 0);
        const Run r = admin({u"check"_s, u"--db"_s, url});
        QVERIFY_RUN(r, 0);
        QVERIFY2(r.out.contains(u"SQLite 3."_s), qPrintable(r.out));

        // A calendar with a mistake is refused, naming the line; a good one loads.
        QFile bad(dir.filePath(u"bad.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-06,workday,oops\n");
        bad.close();
        Run c = admin({u"import-calendar"_s, bad.fileName(), u"--db"_s, url});
        QVERIFY_RUN(c, 1);
        QVERIFY2(c.err.contains(u"line 3"_s), qPrintable(c.err));
        QFile good(dir.filePath(u"good.csv"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("date,kind,name\n2027-01-01,holiday,元旦\n");
        good.close();
        c = admin({u"import-calendar"_s, good.fileName(), u"--db"_s, url});
        QVERIFY_RUN(c, 0);
        QVERIFY(c.out.contains(u"2027"_s));
        QVERIFY_RUN(admin({u"import-calendar"_s, dir.filePath(u"none.csv"_s), u"--db"_s, url}), 1);
    }

    // Without a keyring the tool says so, rather than failing silently or writing the password elsewhere.
    void noKeyring()
    {
        QProcess p;
        QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
        full.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        p.setProcessEnvironment(full);
        p.start(QStringLiteral(GOVOPS_ADMIN), {u"store-password"_s, u"--db"_s, u"postgresql://u@127.0.0.1/d"_s});
        QVERIFY(p.waitForStarted());
        p.write("pw-Xy7q\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"keyring"_s), qPrintable(err));
        QVERIFY(!err.contains(u"pw-Xy7q"_s));
    }

    // The database govops_password of the test cluster demands a SCRAM password (tests/support/pg-cluster).
    // The tool finds it where libpq looks (PGPASSWORD, a password file) or else in the keyring, never elsewhere.
    void passwordSources()
    {
        const QString secret = u"s3cret-%1"_s.arg(QCoreApplication::applicationPid());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"setup"_s);
            const QUrl server(govops::test::postgresUrl());
            db.setHostName(server.host());
            db.setPort(server.port());
            db.setUserName(server.userName());
            db.setDatabaseName(u"postgres"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.exec(u"DROP DATABASE IF EXISTS govops_password WITH (FORCE)"_s);
            q.exec(u"DROP ROLE IF EXISTS govops_pw"_s);
            // CREATEROLE, as the administrator who migrates needs it: migration 0007 makes the group roles.
            QVERIFY(q.exec(u"CREATE ROLE govops_pw LOGIN CREATEROLE PASSWORD '%1'"_s.arg(secret)));
            QVERIFY(q.exec(u"CREATE DATABASE govops_password OWNER govops_pw"_s));
        }
        QSqlDatabase::removeDatabase(u"setup"_s);
        const QUrl server(govops::test::postgresUrl());
        const QString url = u"postgresql://govops_pw@127.0.0.1:%1/govops_password"_s.arg(server.port());

        QTemporaryDir dir;
        QProcessEnvironment noFile;
        noFile.insert(u"PGPASSFILE"_s, dir.filePath(u"none"_s));

        const Run nothing = admin({u"check"_s, u"--db"_s, url}, noFile);
        QVERIFY_RUN(nothing, 1);
        QVERIFY2(nothing.err.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(nothing.err));

        QProcessEnvironment fromEnv = noFile;
        fromEnv.insert(u"PGPASSWORD"_s, secret);
        QVERIFY_RUN(admin({u"migrate"_s, u"--db"_s, url}, fromEnv), 0);

        QFile passFile(dir.filePath(u"pgpass"_s));
        QVERIFY(passFile.open(QIODevice::WriteOnly));
        passFile.write(u"127.0.0.1:*:govops_password:govops_pw:%1\n"_s.arg(secret).toUtf8());
        passFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        passFile.close();
        QProcessEnvironment fromFile;
        fromFile.insert(u"PGPASSFILE"_s, passFile.fileName());
        QVERIFY_RUN(admin({u"check"_s, u"--db"_s, url}, fromFile), 0);

        QProcess store;
        store.start(QStringLiteral(GOVOPS_ADMIN), {u"store-password"_s, u"--db"_s, url});
        QVERIFY(store.waitForStarted());
        store.write(secret.toUtf8() + "\n");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(60000));
        QVERIFY2(store.exitCode() == 0, store.readAllStandardError().constData());
        const Run fromKeyring = admin({u"check"_s, u"--db"_s, url}, noFile);
        QVERIFY_RUN(fromKeyring, 0);
        QVERIFY(!fromKeyring.out.contains(secret) && !fromKeyring.err.contains(secret));

        QVERIFY_RUN(admin({u"forget-password"_s, u"--db"_s, url}), 0);
        QVERIFY_RUN(admin({u"check"_s, u"--db"_s, url}, noFile), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "test_admin_cli.moc"
