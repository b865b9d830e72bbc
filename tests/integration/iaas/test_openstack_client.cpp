// OpenStackClient against the bundled simulator: authentication, token caching and renewal,
// paging, every injected fault turning into the right typed error that names the endpoint, and
// an event loop that keeps running throughout.
#include "IaasTestSupport.h"

#include "iaas/IaasError.h"
#include "iaas/OpenStackParse.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace govops;
using namespace govops::iaas;
using namespace govops::iaas::test;
using namespace Qt::StringLiterals;
using sim::Fault;
using sim::SimulatorServer;

namespace {

QString describe(const core::Error &e)
{
    return u"[%1] %2 | %3"_s.arg(failureKindName(failureKind(e)), e.message, e.detail);
}

} // namespace

class TestOpenStackClient : public QObject
{
    Q_OBJECT
private slots:
    void passwordAuthenticationScopesToTheProject()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        QSignalSpy authenticated(&client, &OpenStackClient::authenticated);
        const auto status = waitFor(client.authenticate());
        QVERIFY(status);
        QVERIFY2(status->ok(), qPrintable(status->ok() ? QString() : describe(status->error())));
        QCOMPARE(client.authenticationCount(), 1);
        QCOMPARE(authenticated.count(), 1);
        QCOMPARE(client.scopedProjectId(), sim.data().adminProjectId);
        QVERIFY(client.roles().contains(u"admin"_s));
        QVERIFY(client.tokenExpiresAt() > QDateTime::currentDateTimeUtc());
        QVERIFY(client.hasService(OpenStackClient::Service::Compute));
        QVERIFY(client.hasService(OpenStackClient::Service::Volume));
        QVERIFY(client.hasService(OpenStackClient::Service::Network));
        QVERIFY(client.hasService(OpenStackClient::Service::Identity));
    }

    void applicationCredentialAuthentication()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackConfig config = configFor(sim);
        config.credentials = ApplicationCredential{QString::fromLatin1(sim::DemoCredentials::applicationCredentialId),
                                                   QString::fromLatin1(sim::DemoCredentials::applicationCredentialSecret)};
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && servers->ok());
        QCOMPARE(servers->value().size(), sim.data().servers.size());
    }

    void wrongPasswordIsAClearUnauthorizedError()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackConfig config = configFor(sim);
        std::get<PasswordCredentials>(config.credentials).password = u"not-the-password"_s;
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers);
        QVERIFY(!servers->ok());
        const core::Error &e = servers->error();
        QCOMPARE(failureKind(e), FailureKind::Unauthorized);
        QCOMPARE(e.code, core::Error::Code::Forbidden);
        QVERIFY2(e.message.contains(u"/identity/v3/auth/tokens"_s), qPrintable(describe(e)));
        QVERIFY(e.message.contains(u"\"admin\""_s));
        QVERIFY(!e.message.contains(u"not-the-password"_s));   // never the secret
        QVERIFY(!e.detail.contains(u"not-the-password"_s));
        QCOMPARE(client.authenticationCount(), 0);
        QCOMPARE(sim.stats().tokensIssued, 0);
    }

    void listsEverythingTheCloudHas()
    {
        SimulatorServer sim(11);
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        auto serversFuture = client.listServers();
        auto projects = waitFor(client.listProjects());
        auto servers = waitFor(serversFuture);
        auto flavors = waitFor(client.listFlavors());
        auto hypervisors = waitFor(client.listHypervisors());
        auto volumes = waitFor(client.listVolumes());
        auto networks = waitFor(client.listNetworks());
        auto groups = waitFor(client.listSecurityGroups());
        for (const auto *r : {&servers}) {
            QVERIFY(*r);
            QVERIFY2((*r)->ok(), qPrintable((*r)->ok() ? QString() : describe((*r)->error())));
        }
        QVERIFY(projects && projects->ok());
        QVERIFY(flavors && flavors->ok());
        QVERIFY(hypervisors && hypervisors->ok());
        QVERIFY(volumes && volumes->ok());
        QVERIFY(networks && networks->ok());
        QVERIFY(groups && groups->ok());
        const auto &data = sim.data();
        QCOMPARE(client.authenticationCount(), 1);   // one token for the whole round

        QCOMPARE(projects->value().size(), data.projects.size());
        int departments = 0;
        for (const Project &p : projects->value())
            departments += p.tags.contains(u"govops-department"_s) ? 1 : 0;
        QCOMPARE(departments, 30);

        QCOMPARE(servers->value().size(), data.servers.size());
        QSet<QString> ids;
        int withHost = 0;
        int withSystem = 0;
        for (const Server &s : servers->value()) {
            ids.insert(s.id);
            QVERIFY(!s.flavorName.isEmpty());   // 2.47: embedded
            QVERIFY(s.vcpus && *s.vcpus > 0);
            QVERIFY(s.created.isValid());
            withHost += s.hypervisorHost.isEmpty() ? 0 : 1;
            withSystem += s.metadata.contains(u"business_system"_s) ? 1 : 0;
        }
        QCOMPARE(ids.size(), data.servers.size());
        for (const auto &s : data.servers)
            QVERIFY(ids.contains(s.id));
        QVERIFY(withHost > 250 && withHost < data.servers.size());
        QVERIFY(withSystem > 250);

        QCOMPARE(flavors->value().size(), data.flavors.size());
        QCOMPARE(hypervisors->value().size(), data.hypervisors.size());
        QVERIFY(hypervisors->value().at(0).vcpus.has_value());
        QCOMPARE(hypervisors->value().at(0).id, data.hypervisors.at(0).uuid);   // 2.53: UUID ids
        QCOMPARE(volumes->value().size(), data.volumes.size());
        int attachments = 0;
        for (const Volume &v : volumes->value()) {
            attachments += static_cast<int>(v.attachments.size());
            QVERIFY(!v.projectId.isEmpty());
            for (const VolumeAttachment &a : v.attachments)
                QVERIFY(ids.contains(a.serverId));
        }
        QVERIFY(attachments > 50);
        QCOMPARE(networks->value().size(), data.networks.size());
        QCOMPARE(groups->value().size(), data.securityGroups.size());
        QCOMPARE(groups->value().at(0).rules.size(), 3);

        // Servers relate to hypervisors by hypervisor_hostname.
        QSet<QString> hostnames;
        for (const Hypervisor &h : hypervisors->value())
            hostnames.insert(h.hostname);
        for (const Server &s : servers->value()) {
            if (!s.hypervisorHost.isEmpty())
                QVERIFY(hostnames.contains(s.hypervisorHost));
        }
    }

    void pagingAcrossManyPagesWithProgress()
    {
        SimulatorServer sim;
        sim.setMaxLimit(7);   // the cloud caps pages at 7, whatever the client asks
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        auto future = client.listServers();
        const auto servers = waitFor(future);
        QVERIFY(servers && servers->ok());
        QCOMPARE(servers->value().size(), 300);
        QSet<QString> ids;
        for (const Server &s : servers->value())
            ids.insert(s.id);
        QCOMPARE(ids.size(), 300);   // no page twice, none skipped
        const int pages = sim.stats().byRoute.value(u"GET /compute/v2.1/servers/detail"_s);
        QCOMPARE(pages, 300 / 7 + 1);
        QCOMPARE(future.progressValue(), 300);

        // A full last page is followed by an empty one; that must end the listing too.
        sim.setMaxLimit(10);
        const auto exact = waitFor(client.listServers());
        QVERIFY(exact && exact->ok());
        QCOMPARE(exact->value().size(), 300);
    }

    void tokenIsCachedAndRenewedBeforeItExpires()
    {
        core::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        SimulatorServer sim;
        sim.setClock(&clock);
        sim.setTokenLifetime(std::chrono::seconds(600));
        QVERIFY(sim.listen() != 0);
        OpenStackConfig config = configFor(sim);
        config.tokenRenewMargin = std::chrono::seconds(300);   // = half of 600 s
        OpenStackClient client(config, nullptr, &clock);

        QVERIFY(waitFor(client.listFlavors())->ok());
        QCOMPARE(client.authenticationCount(), 1);
        QCOMPARE(client.tokenExpiresAt(), clock.now().addSecs(600));

        clock.advance(200);   // 400 s left: still fresh
        QVERIFY(waitFor(client.listFlavors())->ok());
        QCOMPARE(client.authenticationCount(), 1);

        clock.advance(150);   // 250 s left, inside the margin: renewed before use
        QVERIFY(waitFor(client.listFlavors())->ok());
        QCOMPARE(client.authenticationCount(), 2);
        QCOMPARE(sim.stats().unauthorized, 0);   // renewed in time, never refused
        QCOMPARE(client.tokenExpiresAt(), clock.now().addSecs(600));
    }

    void shortLivedTokensAreRenewedHalfwayThroughTheirLife()
    {
        core::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        SimulatorServer sim;
        sim.setClock(&clock);
        sim.setTokenLifetime(std::chrono::seconds(60));   // far shorter than the 300 s margin
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim), nullptr, &clock);
        QVERIFY(waitFor(client.listFlavors())->ok());
        clock.advance(20);
        QVERIFY(waitFor(client.listFlavors())->ok());
        QCOMPARE(client.authenticationCount(), 1);   // not every call re-authenticates
        clock.advance(15);
        QVERIFY(waitFor(client.listFlavors())->ok());
        QCOMPARE(client.authenticationCount(), 2);
        QCOMPARE(sim.stats().unauthorized, 0);
    }

    void an401ReauthenticatesOnce()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        QVERIFY(waitFor(client.authenticate())->ok());
        sim.expireAllTokens();   // revoked early, before the client's own renewal would happen
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && servers->ok());
        QCOMPARE(servers->value().size(), 300);
        QCOMPARE(client.authenticationCount(), 2);
        QCOMPARE(sim.stats().unauthorized, 1);
    }

    void aSecond401GivesUpWithAClearError()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        sim.addFault(Fault(Fault::Kind::Unauthorized, u"/flavors/detail"_s));
        OpenStackClient client(configFor(sim));
        const auto flavors = waitFor(client.listFlavors());
        QVERIFY(flavors);
        QVERIFY(!flavors->ok());
        QCOMPARE(failureKind(flavors->error()), FailureKind::Unauthorized);
        QVERIFY2(flavors->error().message.contains(u"/compute/v2.1/flavors/detail"_s), qPrintable(describe(flavors->error())));
        QCOMPARE(client.authenticationCount(), 2);   // the first token, then exactly one renewal
        QCOMPARE(sim.stats().byRoute.value(u"GET /compute/v2.1/flavors/detail"_s), 2);
        // Other services still work with the same client.
        QVERIFY(waitFor(client.listNetworks())->ok());
    }

    void everyFaultBecomesATypedErrorNamingTheEndpoint_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("says");
        QTest::newRow("503") << int(Fault::Kind::ServerError) << int(FailureKind::ServerError) << u"HTTP 503"_s;
        QTest::newRow("truncated json") << int(Fault::Kind::TruncatedJson) << int(FailureKind::Malformed) << u"cut short"_s;
        QTest::newRow("malformed json") << int(Fault::Kind::MalformedJson) << int(FailureKind::Malformed) << u"at byte"_s;
        QTest::newRow("dropped connection") << int(Fault::Kind::DropConnection) << int(FailureKind::Network)
                                            << u"before the whole answer arrived"_s;
        QTest::newRow("missing id") << int(Fault::Kind::MissingField) << int(FailureKind::MissingField) << u"servers[0].id"_s;
        QTest::newRow("no answer") << int(Fault::Kind::NoAnswer) << int(FailureKind::Timeout) << u"no answer within 0.4 s"_s;
    }
    void everyFaultBecomesATypedErrorNamingTheEndpoint()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        QFETCH(QString, says);
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackConfig config = configFor(sim);
        config.requestTimeout = std::chrono::milliseconds(400);
        config.pageSize = 50;
        OpenStackClient client(config);
        Fault fault;
        fault.kind = Fault::Kind(kind);
        fault.pathContains = u"/servers/detail"_s;
        fault.skip = 2;   // the third page fails: nothing partial may come back
        fault.count = 1;
        sim.addFault(fault);

        Heartbeat heartbeat;
        QElapsedTimer elapsed;
        elapsed.start();
        const auto servers = waitFor(client.listServers(), 10000);
        QVERIFY2(servers, "the call never finished");
        QVERIFY(!servers->ok());
        const core::Error &e = servers->error();
        qInfo().noquote() << describe(e);
        QCOMPARE(int(failureKind(e)), expected);
        QVERIFY2(e.message.contains(u"GET "_s + sim.baseUrl().toString() + u"/compute/v2.1/servers/detail"_s),
                 qPrintable(describe(e)));
        QVERIFY2(e.message.contains(u"marker="_s), qPrintable(describe(e)));   // which page
        QVERIFY2(e.message.contains(says), qPrintable(describe(e)));
        QVERIFY(elapsed.elapsed() < 5000);
        if (Fault::Kind(kind) == Fault::Kind::MalformedJson)
            QVERIFY(!e.message.contains(u"cut short"_s));
        if (Fault::Kind(kind) == Fault::Kind::NoAnswer)
            QVERIFY(heartbeat.ticks() > 0);   // the loop ran while the client waited

        // The fault was one-off: the next listing succeeds in full.
        const auto again = waitFor(client.listServers());
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().size(), 300);
    }

    void faultsOnKeystoneAreReportedAgainstKeystone()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        sim.addFault(Fault(Fault::Kind::ServerError, u"/auth/tokens"_s, 1));
        OpenStackClient client(configFor(sim));
        const auto first = waitFor(client.listServers());
        QVERIFY(first && !first->ok());
        QCOMPARE(failureKind(first->error()), FailureKind::ServerError);
        QVERIFY(first->error().message.contains(u"POST "_s + sim.authUrl().toString() + u"/auth/tokens"_s));

        sim.addFault(Fault(Fault::Kind::MissingField, u"/auth/tokens"_s, 1));
        const auto second = waitFor(client.listServers());
        QVERIFY(second && !second->ok());
        QCOMPARE(failureKind(second->error()), FailureKind::MissingField);
        QVERIFY2(second->error().message.contains(u"token.expires_at"_s), qPrintable(describe(second->error())));

        QVERIFY(waitFor(client.listServers())->ok());
    }

    void aHugeResponseIsReadOrRefusedByTheLimit()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        Fault huge;
        huge.kind = Fault::Kind::HugeResponse;
        huge.pathContains = u"/flavors/detail"_s;
        huge.hugeBytes = 48LL * 1024 * 1024;
        huge.count = 1;
        sim.addFault(huge);
        OpenStackClient client(configFor(sim));
        Heartbeat heartbeat;
        const auto flavors = waitFor(client.listFlavors(), 60000);
        QVERIFY(flavors);
        QVERIFY2(flavors->ok(), qPrintable(flavors->ok() ? QString() : describe(flavors->error())));
        QCOMPARE(flavors->value().size(), 8);
        QVERIFY(heartbeat.ticks() > 0);

        OpenStackConfig small = configFor(sim);
        small.maxResponseBytes = 1024 * 1024;
        OpenStackClient limited(small);
        huge.count = 1;
        sim.addFault(huge);
        const auto refused = waitFor(limited.listFlavors(), 60000);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(failureKind(refused->error()), FailureKind::TooLarge);
        QVERIFY(refused->error().message.contains(u"/flavors/detail"_s));
        QVERIFY(refused->error().message.contains(u"1 MB"_s));
    }

    void latencyNeverBlocksTheEventLoop()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        Fault slow;
        slow.kind = Fault::Kind::Latency;
        slow.delay = std::chrono::milliseconds(150);
        slow.pathContains = u"/servers/detail"_s;
        sim.addFault(slow);
        OpenStackConfig config = configFor(sim);
        config.pageSize = 100;   // 4 slow pages
        OpenStackClient client(config);
        Heartbeat heartbeat(10);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && servers->ok());
        QVERIFY(elapsed.elapsed() >= 4 * 150);
        QVERIFY2(heartbeat.ticks() >= 20, qPrintable(QString::number(heartbeat.ticks())));
    }

    void aTimeoutOnEveryRequestDoesNotHang()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        sim.addFault(Fault(Fault::Kind::NoAnswer));   // not even Keystone answers
        OpenStackConfig config = configFor(sim);
        config.requestTimeout = std::chrono::milliseconds(300);
        OpenStackClient client(config);
        Heartbeat heartbeat;
        QElapsedTimer elapsed;
        elapsed.start();
        auto a = client.listServers();
        auto b = client.listVolumes();   // waits for the same authentication
        const auto ra = waitFor(a, 5000);
        const auto rb = waitFor(b, 5000);
        QVERIFY(ra && rb);
        QCOMPARE(failureKind(ra->error()), FailureKind::Timeout);
        QCOMPARE(failureKind(rb->error()), FailureKind::Timeout);
        QVERIFY(ra->error().message.contains(u"/auth/tokens"_s));
        QVERIFY(elapsed.elapsed() < 3000);
        QVERIFY(heartbeat.ticks() >= 5);
        QCOMPARE(sim.stats().byRoute.value(u"POST /identity/v3/auth/tokens"_s), 1);
        sim.clearFaults();
        QVERIFY(waitFor(client.listNetworks())->ok());
    }

    void concurrentCallsShareOneAuthentication()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        auto a = client.listServers();
        auto b = client.listFlavors();
        auto c = client.listHypervisors();
        auto d = client.listVolumes();
        auto e = client.listNetworks();
        QVERIFY(waitFor(a)->ok());
        QVERIFY(waitFor(b)->ok());
        QVERIFY(waitFor(c)->ok());
        QVERIFY(waitFor(d)->ok());
        QVERIFY(waitFor(e)->ok());
        QCOMPARE(sim.stats().tokensIssued, 1);
    }

    void olderComputeFallsBackToMicroversion21()
    {
        SimulatorServer sim;
        sim.setComputeMaxMicroversion(40);   // an older Nova: 2.47 is refused with 406
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers);
        QVERIFY2(servers->ok(), qPrintable(servers->ok() ? QString() : describe(servers->error())));
        QVERIFY(client.effectiveComputeMicroversion().isEmpty());
        QList<Server> list = servers->value();
        QVERIFY(!list.at(0).flavorId.isEmpty());
        QVERIFY(list.at(0).flavorName.isEmpty());
        const auto flavors = waitFor(client.listFlavors());
        QVERIFY(flavors && flavors->ok());
        resolveFlavors(list, flavors->value());
        QVERIFY(!list.at(0).flavorName.isEmpty());
        const auto hypervisors = waitFor(client.listHypervisors());
        QVERIFY(hypervisors && hypervisors->ok());
        QCOMPARE(hypervisors->value().size(), 20);
        QCOMPARE(hypervisors->value().at(0).id, u"1"_s);   // integer ids before 2.53
    }

    void aReaderAccountIsToldWhatItLacks()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackConfig config = configFor(sim);
        std::get<PasswordCredentials>(config.credentials).userName = QString::fromLatin1(sim::DemoCredentials::readerUser);
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && !servers->ok());
        QCOMPARE(failureKind(servers->error()), FailureKind::Forbidden);
        QVERIFY(servers->error().message.contains(u"admin role"_s));
        QVERIFY(servers->error().message.contains(u"all_tenants=1"_s));
        const auto networks = waitFor(client.listNetworks());   // shared networks are visible
        QVERIFY(networks && networks->ok());
        QCOMPARE(networks->value().size(), 1);
        QVERIFY(networks->value().at(0).networkType.isEmpty());   // provider fields are admin only
    }

    void aRegionWithoutTheServiceIsNamed()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackConfig config = configFor(sim);
        config.region = u"RegionNorth"_s;
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && !servers->ok());
        QCOMPARE(failureKind(servers->error()), FailureKind::NoEndpoint);
        QVERIFY2(servers->error().message.contains(u"RegionNorth"_s), qPrintable(describe(servers->error())));
        QVERIFY(servers->error().message.contains(u"compute"_s));
        QVERIFY(!client.hasService(OpenStackClient::Service::Compute));
    }

    void internalInterfaceIsUsedWhenConfigured()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackConfig config = configFor(sim);
        config.endpointInterface = EndpointInterface::Internal;
        OpenStackClient client(config);
        QVERIFY(waitFor(client.listFlavors())->ok());
    }

    void unreachableCloudIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();   // nothing listens there now
        OpenStackConfig config;
        config.authUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));   // bare host: /v3 is added
        config.credentials = PasswordCredentials{u"admin"_s, u"Default"_s, u"pw"_s, u"admin"_s, {}, u"Default"_s};
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && !servers->ok());
        QCOMPARE(failureKind(servers->error()), FailureKind::Network);
        QVERIFY2(servers->error().message.contains(u"127.0.0.1:%1/v3/auth/tokens"_s.arg(port)), qPrintable(describe(servers->error())));
    }

    void badConfigurationFailsEveryCallAtOnce()
    {
        OpenStackConfig config;
        config.authUrl = QUrl(u"ftp://example.org"_s);
        OpenStackClient client(config);
        const auto r = waitFor(client.listServers());
        QVERIFY(r && !r->ok());
        QCOMPARE(failureKind(r->error()), FailureKind::Configuration);

        OpenStackConfig withCa;
        withCa.authUrl = QUrl(u"https://keystone.example.org:5000/v3"_s);
        withCa.caFile = u"/nonexistent/ca.pem"_s;
        OpenStackClient client2(withCa);
        const auto r2 = waitFor(client2.authenticate());
        QVERIFY(r2 && !r2->ok());
        QCOMPARE(failureKind(r2->error()), FailureKind::Configuration);
        QVERIFY(r2->error().message.contains(u"/nonexistent/ca.pem"_s));
    }

    void cancellingAbortsTheRequestInFlight()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        sim.addFault(Fault(Fault::Kind::NoAnswer, u"/servers/detail"_s));
        OpenStackClient client(configFor(sim));
        auto future = client.listServers();
        QTRY_COMPARE(sim.stats().byRoute.value(u"GET /compute/v2.1/servers/detail"_s), 1);
        future.cancel();
        QFutureWatcher<core::Result<QList<Server>>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        QVERIFY(future.isFinished() || finished.wait(2000));
        QVERIFY(future.isCanceled());
    }

    void destroyingTheClientFinishesItsCalls()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        sim.addFault(Fault(Fault::Kind::NoAnswer, u"/servers/detail"_s));
        QNetworkAccessManager network;   // outlives the client
        auto *client = new OpenStackClient(configFor(sim), &network);
        auto future = client->listServers();
        QTRY_COMPARE(sim.stats().byRoute.value(u"GET /compute/v2.1/servers/detail"_s), 1);
        delete client;
        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
    }

    void simulatorLeavesRoomForMoreServices()
    {
        SimulatorServer sim;
        sim.addCatalogService(u"metric"_s, u"prometheus"_s, u"/metrics-api"_s);
        sim.addHandler(u"/metrics-api/"_s, [](const sim::SimRequest &r) {
            sim::SimResponse response;
            response.body = QByteArray(R"({"status":"success","path":")") + r.path.toUtf8() + "\"}";
            return response;
        });
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        QVERIFY(!client.catalogEndpoint({u"metric"_s}).ok());   // unknown before authentication
        QVERIFY(waitFor(client.authenticate())->ok());
        const auto metrics = client.catalogEndpoint({u"metric"_s});
        QVERIFY(metrics.ok());
        QCOMPARE(metrics.value().toString(), sim.baseUrl().toString() + u"/metrics-api"_s);

        // The extra route answers with a token and refuses without one.
        QNetworkAccessManager network;
        QNetworkRequest tokenRequest(QUrl(sim.authUrl().toString() + u"/auth/tokens"_s));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *tokenReply = network.post(tokenRequest, authRequestBody(configFor(sim).credentials));
        QSignalSpy tokenDone(tokenReply, &QNetworkReply::finished);
        QVERIFY(tokenDone.wait(5000));
        const QByteArray token = tokenReply->rawHeader("X-Subject-Token");
        QVERIFY(!token.isEmpty());
        QNetworkRequest query(QUrl(metrics.value().toString() + u"/api/v1/query"_s));
        QNetworkReply *anonymous = network.get(query);
        query.setRawHeader("X-Auth-Token", token);
        QNetworkReply *authorised = network.get(query);
        QSignalSpy anonymousDone(anonymous, &QNetworkReply::finished);
        QSignalSpy authorisedDone(authorised, &QNetworkReply::finished);
        QVERIFY(anonymousDone.count() || anonymousDone.wait(5000));
        QVERIFY(authorisedDone.count() || authorisedDone.wait(5000));
        QCOMPARE(anonymous->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(authorised->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(authorised->readAll().contains("/metrics-api/api/v1/query"));
        tokenReply->deleteLater();
        anonymous->deleteLater();
        authorised->deleteLater();
    }

    void theSimulatorCanServeFromAWorkerThread()
    {
        QThread thread;
        auto *sim = new SimulatorServer(2);
        sim->moveToThread(&thread);
        connect(&thread, &QThread::finished, sim, &QObject::deleteLater);
        thread.start();
        quint16 port = 0;
        QMetaObject::invokeMethod(sim, [sim, &port] { port = sim->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(port != 0);
        OpenStackConfig config = configFor(*sim);   // baseUrl() only reads the port and scheme
        OpenStackClient client(config);
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && servers->ok());
        QCOMPARE(servers->value().size(), 300);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void incrementalChangesShowUpInTheNextListing()
    {
        SimulatorServer sim;
        QVERIFY(sim.listen() != 0);
        OpenStackClient client(configFor(sim));
        const QString gone = sim.data().servers.at(5).id;
        QVERIFY(sim.data().removeServer(gone));
        const auto servers = waitFor(client.listServers());
        QVERIFY(servers && servers->ok());
        QCOMPARE(servers->value().size(), 299);
        for (const Server &s : servers->value())
            QVERIFY(s.id != gone);
    }
};

QTEST_GUILESS_MAIN(TestOpenStackClient)
#include "test_openstack_client.moc"
