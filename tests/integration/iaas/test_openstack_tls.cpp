// HTTPS: the client verifies the simulator's certificate against the system CAs plus the
// configured CA file, and a certificate it cannot verify is a TLS error naming the endpoint.
#include "IaasTestSupport.h"

#include "iaas/IaasError.h"

#include <QFile>
#include <QSslSocket>
#include <QTest>

using namespace govops;
using namespace govops::iaas;
using namespace govops::iaas::test;
using namespace Qt::StringLiterals;
using sim::SimulatorServer;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(GOVOPS_IAAS_TEST_DATA) + u'/' + QString::fromLatin1(name);
}

bool startTls(SimulatorServer &sim)
{
    QFile certFile(dataFile("sim-test-cert.pem"));
    QFile keyFile(dataFile("sim-test-key.pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (cert.isNull() || key.isNull())
        return false;
    sim.setTls(cert, key);
    return sim.listen() != 0;
}

} // namespace

class TestOpenStackTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here (install the OpenSSL libraries)");
    }

    void untrustedCertificateIsATlsError()
    {
        SimulatorServer sim;
        QVERIFY(startTls(sim));
        QCOMPARE(sim.authUrl().scheme(), u"https"_s);
        OpenStackClient client(configFor(sim));   // system CAs only
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && !servers->ok());
        const core::Error &e = servers->error();
        QCOMPARE(failureKind(e), FailureKind::Tls);
        QVERIFY2(e.message.contains(u"POST "_s + sim.authUrl().toString() + u"/auth/tokens"_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"self signed"_s, Qt::CaseInsensitive)
                     || e.message.contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(e.message));
        QCOMPARE(sim.stats().tokensIssued, 0);   // the credentials never left the client
    }

    void theConfiguredCaFileIsTrusted()
    {
        SimulatorServer sim;
        QVERIFY(startTls(sim));
        OpenStackConfig config = configFor(sim);
        config.caFile = dataFile("sim-test-cert.pem");
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers);
        QVERIFY2(servers->ok(), qPrintable(servers->ok() ? QString() : servers->error().message));
        QCOMPARE(servers->value().size(), 300);
    }

    void anUnrelatedCaDoesNotHelp()
    {
        SimulatorServer sim;
        QVERIFY(startTls(sim));
        OpenStackConfig config = configFor(sim);
        config.caFile = dataFile("other-ca-cert.pem");
        OpenStackClient client(config);
        const auto r = waitFor(client.authenticate());
        QVERIFY(r && !r->ok());
        QCOMPARE(failureKind(r->error()), FailureKind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestOpenStackTls)
#include "test_openstack_tls.moc"
