// The standalone govops-iaas-sim: starts, reports its port, serves the client, takes faults
// through its admin route, and stops cleanly on SIGTERM.
#include "IaasTestSupport.h"

#include "iaas/IaasError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace govops;
using namespace govops::iaas;
using namespace govops::iaas::test;
using namespace Qt::StringLiterals;

class TestSimulatorProcess : public QObject
{
    Q_OBJECT
private:
    QByteArray post(QNetworkAccessManager &network, const QUrl &url, const QJsonObject &body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        reply->deleteLater();
        return reply->readAll();
    }

private slots:
    void servesTheClientAndTakesFaults()
    {
        QProcess sim;
        sim.setProgram(QStringLiteral(GOVOPS_IAAS_SIM));
        sim.setArguments({u"--port"_s, u"0"_s, u"--seed"_s, u"5"_s, u"--servers"_s, u"120"_s, u"--max-limit"_s, u"25"_s});
        sim.start();
        QVERIFY(sim.waitForStarted(5000));
        QSignalSpy output(&sim, &QProcess::readyReadStandardOutput);
        QByteArray text;
        while (!text.contains("servers=")) {
            QVERIFY2(output.wait(5000), sim.readAllStandardError().constData());
            text += sim.readAllStandardOutput();
        }
        QUrl authUrl;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith("auth_url="))
                authUrl = QUrl(QString::fromUtf8(line.mid(9)));
        }
        QVERIFY(authUrl.isValid());
        QVERIFY(text.contains("servers=120"));

        OpenStackConfig config;
        config.authUrl = authUrl;
        config.credentials = PasswordCredentials{u"admin"_s, u"Default"_s, u"govops-demo"_s, u"admin"_s, {}, u"Default"_s};
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && servers->ok());
        QCOMPARE(servers->value().size(), 120);

        QNetworkAccessManager network;
        QUrl admin = authUrl;
        admin.setPath(u"/_sim/faults"_s);
        post(network, admin, QJsonObject{{u"kind"_s, u"server-error"_s}, {u"path"_s, u"/volumes/detail"_s},
                                         {u"count"_s, 1}, {u"status"_s, 502}});
        const auto volumes = waitFor(client.listVolumes());
        QVERIFY(volumes && !volumes->ok());
        QCOMPARE(failureKind(volumes->error()), FailureKind::ServerError);
        QVERIFY(volumes->error().message.contains(u"HTTP 502"_s));
        QVERIFY(waitFor(client.listVolumes())->ok());

        admin.setPath(u"/_sim/expire-tokens"_s);
        post(network, admin, {});
        QVERIFY(waitFor(client.listFlavors())->ok());
        QCOMPARE(client.authenticationCount(), 2);

        QSignalSpy exited(&sim, &QProcess::finished);
        sim.terminate();
        QVERIFY(exited.wait(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorProcess)
#include "test_simulator_process.moc"
