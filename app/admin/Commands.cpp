#include "Commands.h"

#include "core/Clock.h"
#include "iaas/CmdbSnapshot.h"
#include "iaas/OpenStackClient.h"
#include "iaas/sync/CmdbSync.h"
#include "notify/Dispatcher.h"
#include "notify/SmtpSender.h"
#include "notify/WebhookSender.h"
#include "storage/CmdbRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/EscalationPass.h"
#include "storage/LoginRoles.h"
#include "storage/Migrator.h"
#include "storage/SecretStore.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/Sql.h"
#include "storage/VisitPlanSource.h"
#include "storage/VisitRepository.h"
#include "exports/VisitExport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QTimeZone>
#include <QTimer>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::admin::Commands)
};
} // namespace

namespace govops::admin {

namespace {

void say(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void fail(const core::Error &error)
{
    spdlog::error("{}", error.message.toStdString());
    if (!error.detail.isEmpty())
        spdlog::debug("{}", error.detail.toStdString());
}

// Waits, running the event loop, for a future whose work is done by this thread's events (QtKeychain).
template <typename T>
T await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

QString readSecretFromStdin()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(Text::tr("Password: ")), stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

// SIGINT and SIGTERM, turned into an event (the self-pipe trick): the handler only writes a byte.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

class StopSignals
{
public:
    StopSignals()
    {
        if (::pipe(g_signalPipe) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
            m_stopped = true;
            if (m_wait)
                m_wait->quit();
        });
    }
    ~StopSignals()
    {
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        for (int &fd : g_signalPipe)
            if (fd >= 0)
                ::close(std::exchange(fd, -1));
    }
    bool stopped() const { return m_stopped; }
    // Waits `ms`, or less when a stop signal comes.
    void sleep(int ms)
    {
        QEventLoop loop;
        m_wait = &loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        if (!m_stopped)
            loop.exec();
        m_wait = nullptr;
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    QEventLoop *m_wait = nullptr;
    bool m_stopped = false;
};

} // namespace

Commands::Commands(storage::DatabaseUrl url) : m_url(std::move(url)), m_connection(u"govops-admin"_s) {}

Commands::~Commands()
{
    m_db = QSqlDatabase();
    storage::closeConnection(m_connection);
}

bool Commands::connect()
{
    auto opened = storage::openConnection(m_url, {}, m_connection, 10);
    if (!opened && opened.error().code == core::Error::Code::Forbidden && m_url.backend == storage::Backend::Postgres
        && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // libpq found no password of its own: try the keyring, as the console does.
        storage::SecretStore store;
        const auto secret = await(store.read(m_url.keyringKey()));
        if (secret) {
            spdlog::info("using the password saved in the keyring for {}", m_url.keyringKey().toStdString());
            m_password = secret.value();
            opened = storage::openConnection(m_url, m_password, m_connection, 10);
        } else if (secret.error().code != core::Error::Code::NotFound) {
            spdlog::warn("{}", secret.error().message.toStdString());
        }
    }
    if (!opened) {
        fail(opened.error());
        return false;
    }
    m_db = opened.value();
    spdlog::info("connected to {}", storage::describe(m_url).toStdString());
    return true;
}

bool Commands::requireCurrentSchema()
{
    const auto status = storage::Migrator(m_url.backend).status(m_db);
    if (!status) {
        fail(status.error());
        return false;
    }
    if (status.value().verdict != storage::SchemaStatus::Verdict::Current) {
        fail({core::Error::Code::Schema, status.value().message()});
        return false;
    }
    return true;
}

int Commands::migrate()
{
    if (!connect())
        return Failure;
    const storage::Migrator migrator(m_url.backend);
    const auto applied = migrator.migrate(m_db, [](const storage::Migration &m) {
        say(Text::tr("Applying migration %1 (%2) …").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
    });
    if (!applied) {
        fail(applied.error());
        return Failure;
    }
    const auto calendar = storage::CalendarRepository(m_db).importDefaultIfEmpty();
    if (!calendar) {
        fail(calendar.error());
        return Failure;
    }
    if (!calendar.value().years.isEmpty())
        say(Text::tr("Loaded the default business calendar (%1 days).").arg(calendar.value().days));
    const auto status = migrator.status(m_db);
    if (!status) {
        fail(status.error());
        return Failure;
    }
    say(applied.value() == 0
            ? Text::tr("Nothing to do: %1").arg(status.value().message())
            : Text::tr("Applied %1 migration(s). %2").arg(applied.value()).arg(status.value().message()));
    return Success;
}

int Commands::seed(const SeedArguments &arguments)
{
    if (!connect() || !requireCurrentSchema())
        return Failure;
    storage::SeedOptions options;
    options.now = core::SystemClock().now();
    options.seed = arguments.seed;
    options.bulkTickets = arguments.tickets;
    options.progress = [](const QString &what) { say(what); };
    QElapsedTimer timer;
    timer.start();
    const auto report = storage::DemoData::seed(m_db, options);
    if (!report) {
        fail(report.error());
        return Failure;
    }
    const auto &r = report.value();
    if (r.baseSeeded)
        say(Text::tr("Demo data: %1 departments, %2 staff, %3 configuration items, %4 tickets.")
                .arg(r.departments)
                .arg(r.staff)
                .arg(r.configurationItems)
                .arg(r.tickets));
    else
        say(Text::tr("The database already holds departments: the base demo data was left as it is."));
    if (r.bulkTickets > 0)
        say(Text::tr("Generated %1 tickets.").arg(r.bulkTickets));
    say(Text::tr("Done in %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

int Commands::check()
{
    if (!connect())
        return Failure;
    QSqlQuery version(m_db);
    const bool ok = version.exec(m_url.backend == storage::Backend::Postgres ? u"SHOW server_version"_s
                                                                              : u"SELECT sqlite_version()"_s)
                    && version.next();
    if (!ok) {
        fail(storage::sqlError(version, Text::tr("The connection does not answer")));
        return Failure;
    }
    say(Text::tr("Connected to %1 (%2 %3).")
            .arg(storage::describe(m_url), m_url.backend == storage::Backend::Postgres ? u"PostgreSQL"_s : u"SQLite"_s,
                 version.value(0).toString()));
    version.finish();
    const auto status = storage::Migrator(m_url.backend).status(m_db);
    if (!status) {
        fail(status.error());
        return Failure;
    }
    if (status.value().verdict != storage::SchemaStatus::Verdict::Current) {
        fail({core::Error::Code::Schema, status.value().message()});
        return Failure;
    }
    say(status.value().message());
    QStringList counts;
    for (const QString &table : {u"departments"_s, u"staff"_s, u"configuration_items"_s, u"tickets"_s}) {
        auto q = storage::exec(m_db, u"SELECT count(*) FROM "_s + table, QVariantList{}, Text::tr("Could not count"));
        if (!q) {
            fail(q.error());
            return Failure;
        }
        q.value().next();
        counts.append(u"%1 %2"_s.arg(q.value().value(0).toLongLong()).arg(table));
    }
    say(counts.join(u", "_s) + u'.');
    return Success;
}

int Commands::importCalendar(const QString &path)
{
    if (!connect() || !requireCurrentSchema())
        return Failure;
    const auto imported = storage::CalendarRepository(m_db).importFile(path);
    if (!imported) {
        fail(imported.error());
        return Failure;
    }
    QStringList years;
    for (int y : imported.value().years)
        years.append(QString::number(y));
    say(Text::tr("Loaded %1 days for %2.").arg(imported.value().days).arg(years.join(u", "_s)));
    return Success;
}

int Commands::storePassword()
{
    if (m_url.backend != storage::Backend::Postgres) {
        fail({core::Error::Code::Invalid, Text::tr("Only a PostgreSQL server has a password.")});
        return Usage;
    }
    const QString secret = readSecretFromStdin();
    if (secret.isEmpty()) {
        fail({core::Error::Code::Invalid, Text::tr("No password was given on standard input.")});
        return Failure;
    }
    storage::SecretStore store;
    const auto written = await(store.write(m_url.keyringKey(), secret));
    if (!written) {
        fail(written.error());
        return Failure;
    }
    say(Text::tr("Saved the password for %1 in the system keyring.").arg(m_url.keyringKey()));
    return Success;
}

int Commands::createLogin(const QString &login)
{
    if (m_url.backend != storage::Backend::Postgres) {
        fail({core::Error::Code::Invalid, Text::tr("Only a PostgreSQL server has logins of their own.")});
        return Usage;
    }
    const QString password = readSecretFromStdin();
    if (password.isEmpty()) {
        fail({core::Error::Code::Invalid, Text::tr("No password was given on standard input.")});
        return Failure;
    }
    if (!connect() || !requireCurrentSchema())
        return Failure;
    const auto made = storage::LoginRoles(m_db).createOrUpdate(login, password);
    if (!made) {
        fail(made.error());
        return Failure;
    }
    say(made.value().created ? Text::tr("Created the login %1 in %2.").arg(login, made.value().groupRole)
                             : Text::tr("Updated the login %1 in %2.").arg(login, made.value().groupRole));
    return Success;
}

int Commands::forgetPassword()
{
    storage::SecretStore store;
    const auto removed = await(store.remove(m_url.keyringKey()));
    if (!removed) {
        fail(removed.error());
        return Failure;
    }
    say(Text::tr("Removed any password for %1 from the system keyring.").arg(m_url.keyringKey()));
    return Success;
}

int Commands::cmdbSync(const QUrl &cloud)
{
    iaas::PasswordCredentials credentials;
    credentials.userName = qEnvironmentVariable("OS_USERNAME");
    credentials.password = qEnvironmentVariable("OS_PASSWORD");
    credentials.projectName = qEnvironmentVariable("OS_PROJECT_NAME");
    if (const QString domain = qEnvironmentVariable("OS_USER_DOMAIN_NAME"); !domain.isEmpty())
        credentials.userDomainName = domain;
    if (const QString domain = qEnvironmentVariable("OS_PROJECT_DOMAIN_NAME"); !domain.isEmpty())
        credentials.projectDomainName = domain;
    if (credentials.userName.isEmpty() || credentials.password.isEmpty()) {
        spdlog::error("{}", Text::tr("Set OS_USERNAME and OS_PASSWORD (and OS_PROJECT_NAME) for the cloud, as for the "
                                     "OpenStack CLI.")
                                .toStdString());
        return ExitCode::Usage;
    }
    iaas::OpenStackConfig config;
    config.authUrl = cloud;
    config.region = qEnvironmentVariable("OS_REGION_NAME");
    config.caFile = qEnvironmentVariable("OS_CACERT");
    config.credentials = credentials;

    if (!connect() || !requireCurrentSchema())
        return ExitCode::Failure;
    const core::SystemClock clock;
    const QDateTime startedAt = clock.now();
    iaas::OpenStackClient client(config);
    iaas::CmdbSync sync(&client, nullptr, cloud.toString());
    const auto fetched = await(sync.fetch());
    storage::CmdbRepository repository(m_db);
    if (!fetched) {
        if (auto recorded = repository.recordFailure(cloud.toString(), startedAt, fetched.error().message); !recorded)
            fail(recorded.error());
        fail(fetched.error());
        return ExitCode::Failure;
    }
    const auto run = repository.sync(iaas::cmdbFromSnapshot(fetched.value()), cloud.toString(), startedAt);
    if (!run) {
        fail(run.error());
        return ExitCode::Failure;
    }
    const auto &r = run.value();
    say(Text::tr("CMDB synced from %1: %2 added, %3 changed, %4 retired; %5 relations added, %6 removed.")
            .arg(cloud.toString())
            .arg(r.itemsAdded)
            .arg(r.itemsChanged)
            .arg(r.itemsRetired)
            .arg(r.relationsAdded)
            .arg(r.relationsRemoved));
    return ExitCode::Success;
}

int Commands::escalate(const EscalateArguments &arguments)
{
    if (!connect() || !requireCurrentSchema())
        return Failure;

    std::unique_ptr<notify::SmtpSender> smtp;
    if (!arguments.smtpUrl.isEmpty()) {
        notify::SmtpSettings settings{arguments.smtpUrl, arguments.smtpFrom, arguments.smtpUser, {}, {}};
        if (!settings.user.isEmpty()) {
            settings.password = qEnvironmentVariable("GOVOPS_SMTP_PASSWORD");
            if (settings.password.isEmpty()) {
                storage::SecretStore store;
                const auto secret = await(store.read(notify::smtpKeyringKey(settings)));
                if (!secret) {
                    fail({secret.error().code,
                          Text::tr("No SMTP password for %1: set GOVOPS_SMTP_PASSWORD or save it in the keyring under "
                                   "'%2' (%3)")
                              .arg(settings.user, notify::smtpKeyringKey(settings), secret.error().message)});
                    return Failure;
                }
                settings.password = secret.value();
            }
        }
        smtp = std::make_unique<notify::SmtpSender>(settings);
    }
    notify::WebhookSender webhooks;

    // The dispatcher works through the console's database door (its own connection, on its own thread).
    storage::Database database(m_url);
    database.setPassword(m_password);
    database.setHeartbeatInterval(std::chrono::milliseconds(0));
    {
        QEventLoop loop;
        QObject::connect(&database, &storage::Database::stateChanged, &loop, [&loop](storage::Database::State state) {
            if (state != storage::Database::State::Connecting)
                loop.quit();
        });
        database.open(storage::Database::SchemaPolicy::RequireCurrent);
        if (database.state() == storage::Database::State::Connecting)
            loop.exec();
    }
    if (!database.isWritable()) {
        fail({core::Error::Code::Unavailable, database.message()});
        return Failure;
    }

    const core::SystemClock clock;
    const QString worker = u"govops-admin@%1:%2"_s.arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
    notify::Dispatcher dispatcher(&database, smtp.get(), &webhooks, clock, worker);
    StopSignals stop;
    bool failed = false;
    while (!stop.stopped()) {
        // The policy may change between passes (a version deactivated): read it each time.
        const auto book = storage::SlaPolicyRepository(m_db).policyBook();
        if (!book) {
            fail(book.error());
            failed = true;
        } else {
            const core::EscalationEngine engine(book.value());
            const auto pass = storage::runEscalationPass(m_db, engine, clock.now());
            if (!pass) {
                fail(pass.error());
                failed = true;
            } else {
                for (const storage::EscalationRecord &r : pass.value().recorded)
                    say(Text::tr("Recorded: ticket %1, %2 #%3, %4; %n person(s) told.", nullptr,
                                 int(r.notifiedStaffIds.size()))
                            .arg(r.ticketId)
                            .arg(r.clock)
                            .arg(r.cycle)
                            .arg(r.step));
                for (const core::EscalationProblem &p : pass.value().problems)
                    spdlog::warn("{}", Text::tr("Ticket %1: %2").arg(p.ticketId).arg(p.error.message).toStdString());
                say(Text::tr("Evaluated %1 open ticket(s), %2 running clock(s); recorded %3 step(s).")
                        .arg(pass.value().evaluated)
                        .arg(pass.value().runningClocks)
                        .arg(pass.value().recorded.size()));
            }
        }
        const auto delivered = await(dispatcher.dispatchDue());
        if (!delivered) {
            fail(delivered.error());
            failed = true;
        } else {
            const notify::DispatchReport &d = delivered.value();
            for (const QString &to : d.deliveredTo)
                say(Text::tr("Delivered to %1.").arg(to));
            for (const core::Error &e : d.errors)
                fail(e);
            say(Text::tr("Deliveries: %1 sent, %2 to retry, %3 given up.").arg(d.sent).arg(d.retrying).arg(d.gaveUp));
        }
        if (!arguments.watch)
            return failed ? Failure : Success;
        stop.sleep(arguments.intervalSeconds * 1000);
    }
    say(Text::tr("Stopped."));
    return Success;
}

int Commands::generateVisits(QDate from, QDate to)
{
    if (!connect() || !requireCurrentSchema())
        return Failure;
    const auto report = storage::generateVisits(m_db, from, to, core::VisitRules{}, std::nullopt,
                                                core::SystemClock().now());
    if (!report) {
        fail(report.error());
        return Failure;
    }
    const storage::VisitPlanReport &r = report.value();
    say(Text::tr("Return visits due from %1 to %2: %3 owed; %4 added, %5 moved, %6 cancelled.")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            .arg(r.owed)
            .arg(r.created)
            .arg(r.rescheduled)
            .arg(r.cancelled));
    return Success;
}

int Commands::exportVisits(const VisitExportArguments &arguments)
{
    const auto format = exports::visitFormatFromName(arguments.format);
    if (!format) {
        fail({core::Error::Code::Invalid, Text::tr("Unknown export format '%1': use ics, xlsx or csv.").arg(arguments.format)});
        return Usage;
    }
    if (!connect() || !requireCurrentSchema())
        return Failure;
    const auto policy = storage::SlaPolicyRepository(m_db).active();
    if (!policy) {
        fail(policy.error());
        return Failure;
    }
    const QTimeZone zone(policy.value().timeZone.toUtf8());
    storage::VisitPageRequest request;
    request.limit = 5000;
    request.filter.departmentId = arguments.departmentId;
    if (!arguments.kind.isEmpty())
        request.filter.kinds = {arguments.kind};
    if (arguments.from.isValid())
        request.filter.dueFrom = QDateTime(arguments.from, QTime(0, 0), zone);
    if (arguments.to.isValid())
        request.filter.dueTo = QDateTime(arguments.to.addDays(1), QTime(0, 0), zone);
    QList<storage::VisitRecord> visits;
    storage::VisitRepository repository(m_db);
    for (;;) {
        const auto page = repository.page(request);
        if (!page) {
            fail(page.error());
            return Failure;
        }
        visits.append(page.value().rows);
        if (!page.value().next)
            break;
        request.after = page.value().next;
    }
    const exports::VisitExport exporter(zone);
    if (const auto written = exporter.write(*format, visits, arguments.out, core::SystemClock().now()); !written) {
        fail(written.error());
        return Failure;
    }
    say(Text::tr("Wrote %n return visit(s) to %1.", nullptr, int(visits.size())).arg(arguments.out));
    return Success;
}

} // namespace govops::admin
