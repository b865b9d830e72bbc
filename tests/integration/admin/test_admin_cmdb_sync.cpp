// govops-admin cmdb sync against the in-process simulator and an SQLite database.
#include "iaas/simulator/SimulatorServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops::iaas;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs govops-admin while this thread's event loop keeps serving the simulator.
Run admin(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"_s) || key == u"GOVOPS_DB"_s)
            env.remove(key);
    }
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(GOVOPS_ADMIN), arguments);
    Run r;
    if (!finished.wait(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment credentials()
{
    QProcessEnvironment env;
    env.insert(u"OS_USERNAME"_s, QString::fromLatin1(sim::DemoCredentials::adminUser));
    env.insert(u"OS_PASSWORD"_s, QString::fromLatin1(sim::DemoCredentials::password));
    env.insert(u"OS_PROJECT_NAME"_s, QString::fromLatin1(sim::DemoCredentials::project));
    env.insert(u"OS_USER_DOMAIN_NAME"_s, QString::fromLatin1(sim::DemoCredentials::domain));
    env.insert(u"OS_PROJECT_DOMAIN_NAME"_s, QString::fromLatin1(sim::DemoCredentials::domain));
    return env;
}

} // namespace

class TestAdminCmdbSync : public QObject
{
    Q_OBJECT
private slots:
    void syncsWithCredentialsFromTheEnvironment()
    {
        sim::SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        QTemporaryDir dir;
        const QString db = u"sqlite://"_s + dir.filePath(u"govops.db"_s);
        QCOMPARE(admin({u"migrate"_s, u"--db"_s, db}, {}).exitCode, 0);
        QProcessEnvironment env = credentials();
        env.insert(u"OS_REGION_NAME"_s, sim.region());
        const QStringList sync{u"cmdb"_s, u"sync"_s, u"--db"_s, db, u"--cloud"_s, sim.authUrl().toString()};

        const qsizetype items = sim.data().servers.size() + sim.data().hypervisors.size() + sim.data().volumes.size()
            + sim.data().networks.size();
        Run first = admin(sync, env);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u": %1 added, 0 changed, 0 retired"_s.arg(items)), qPrintable(first.out));

        Run second = admin(sync, env);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(u": 0 added, 0 changed, 0 retired; 0 relations added, 0 removed"_s),
                 qPrintable(second.out));

        // OS_AUTH_URL stands in for --cloud, as for the OpenStack CLI.
        env.insert(u"OS_AUTH_URL"_s, sim.authUrl().toString());
        QCOMPARE(admin({u"cmdb"_s, u"sync"_s, u"--db"_s, db}, env).exitCode, 0);

        sim.addFault(sim::Fault(sim::Fault::Kind::ServerError, u"/volumes/detail"_s));
        QVERIFY(sim.data().removeServer(sim.data().servers.first().id));
        Run failed = admin(sync, env);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"volume listing"_s), qPrintable(failed.err));
        sim.clearFaults();
        Run mended = admin(sync, env);
        QVERIFY2(mended.out.contains(u", 1 retired"_s), qPrintable(mended.out + mended.err));
    }

    void credentialsNeverOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = u"sqlite://"_s + dir.filePath(u"govops.db"_s);
        const QStringList sync{u"cmdb"_s, u"sync"_s, u"--db"_s, db, u"--cloud"_s, u"https://keystone.example/v3"_s};
        QProcessEnvironment noPassword = credentials();
        noPassword.remove(u"OS_PASSWORD"_s);
        Run r = admin(sync, noPassword);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"OS_PASSWORD"_s), qPrintable(r.err));

        r = admin(sync + QStringList{u"--os-password"_s, u"secret"_s}, credentials());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"never given on the command line"_s), qPrintable(r.err));

        r = admin({u"cmdb"_s, u"sync"_s, u"--db"_s, db}, credentials());   // no --cloud, no OS_AUTH_URL
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"OS_AUTH_URL"_s), qPrintable(r.err));

        r = admin({u"cmdb"_s, u"--db"_s, db}, credentials());
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAdminCmdbSync)
#include "test_admin_cmdb_sync.moc"
