// govops-iaas-sim: serves the simulated OpenStack cloud on 127.0.0.1 until interrupted.
#include "iaas/simulator/SimulatorServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using govops::iaas::sim::DemoCredentials;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"govops-iaas-sim"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simulated OpenStack cloud (Keystone, Nova, Cinder, Neutron subset) on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 = any free port (default)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption servers(u"servers"_s, u"Number of servers (default 300)."_s, u"N"_s, u"300"_s);
    const QCommandLineOption departments(u"departments"_s, u"Number of departments, at most 30 (default 30)."_s, u"N"_s, u"30"_s);
    const QCommandLineOption hypervisors(u"hypervisors"_s, u"Number of hypervisors (default: max(20, servers/40))."_s, u"N"_s, u"0"_s);
    const QCommandLineOption tokenLifetime(u"token-lifetime"_s, u"Token lifetime in seconds (default 3600)."_s, u"S"_s, u"3600"_s);
    const QCommandLineOption maxLimit(u"max-limit"_s, u"Largest page the API returns (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"Serve HTTPS with this PEM certificate."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key of --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption noAdmin(u"no-admin"_s, u"Disable the /_sim/ admin routes (faults, stats)."_s);
    parser.addOptions({port, seed, servers, departments, hypervisors, tokenLifetime, maxLimit, tlsCert, tlsKey, noAdmin});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    bool ok = true;
    auto number = [&](const QCommandLineOption &o) {
        bool good = false;
        const qlonglong v = parser.value(o).toLongLong(&good);
        if (!good || v < 0) {
            err << "govops-iaas-sim: --" << o.names().constFirst() << " needs a non-negative number\n";
            ok = false;
        }
        return v;
    };
    govops::iaas::sim::Scale scale;
    scale.servers = static_cast<int>(number(servers));
    scale.departments = static_cast<int>(number(departments));
    scale.hypervisors = static_cast<int>(number(hypervisors));
    const auto portNumber = number(port);
    const auto seedNumber = number(seed);
    const auto lifetime = number(tokenLifetime);
    const auto limit = number(maxLimit);
    if (!ok || portNumber > 65535)
        return 2;

    govops::iaas::sim::SimulatorServer sim(static_cast<quint64>(seedNumber), scale);
    sim.setTokenLifetime(std::chrono::seconds(lifetime));
    sim.setMaxLimit(static_cast<int>(limit));
    sim.setAdminRoutesEnabled(!parser.isSet(noAdmin));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        err << "govops-iaas-sim: --tls-cert and --tls-key go together\n";
        return 2;
    }
    if (parser.isSet(tlsCert)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << "govops-iaas-sim: cannot read the TLS certificate or key\n";
            return 2;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            err << "govops-iaas-sim: the TLS certificate or key is not PEM (RSA key expected)\n";
            return 2;
        }
        sim.setTls(cert, key);
    }
    if (sim.listen(static_cast<quint16>(portNumber)) == 0) {
        err << "govops-iaas-sim: cannot listen on 127.0.0.1:" << portNumber << "\n";
        return 1;
    }

    // Stop cleanly on SIGINT/SIGTERM.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    out << "port=" << sim.port() << "\n"
        << "auth_url=" << sim.authUrl().toString() << "\n"
        << "region=" << sim.region() << "\n"
        << "user=" << DemoCredentials::adminUser << " password=" << DemoCredentials::password
        << " domain=" << DemoCredentials::domain << " project=" << DemoCredentials::project << "\n"
        << "reader_user=" << DemoCredentials::readerUser << " (same password; reader role)\n"
        << "application_credential_id=" << DemoCredentials::applicationCredentialId
        << " secret=" << DemoCredentials::applicationCredentialSecret << "\n"
        << "servers=" << sim.data().servers.size() << " projects=" << sim.data().projects.size()
        << " hypervisors=" << sim.data().hypervisors.size() << " volumes=" << sim.data().volumes.size() << "\n";
    if (!parser.isSet(noAdmin))
        out << "admin: GET /_sim/stats; POST /_sim/faults {\"kind\":\"server-error\",\"path\":\"/servers/detail\",\"count\":1}; "
               "DELETE /_sim/faults; POST /_sim/expire-tokens; POST /_sim/config {\"token_lifetime\":60}\n";
    out.flush();
    return app.exec();
}
