// govops-admin: migrate, seed and check the GovOps database from the command line.
#include "Commands.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;
using govops::admin::ExitCode;

namespace {

// The translation context of the command line's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::admin::CommandLine)
};

// Qt's messages (the storage module's categories) go to the same stderr log.
void routeQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string text = (context.category && qstrcmp(context.category, "default") != 0
                                  ? u"[%1] "_s.arg(QString::fromLatin1(context.category))
                                  : QString())
                                 .toStdString()
                             + message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("{}", text);
        break;
    case QtInfoMsg:
        spdlog::info("{}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("{}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("{}", text);
        break;
    }
}

int usage(const QString &message)
{
    spdlog::error("{}", message.toStdString());
    spdlog::error("{}", Text::tr("Run 'govops-admin --help' for the commands and options.").toStdString());
    return ExitCode::Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"govops-admin"_s);
    QCoreApplication::setOrganizationName(u"GovOps"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVOPS_VERSION));

    auto logger = spdlog::stderr_color_mt("govops-admin");
    logger->set_pattern("govops-admin: %^%l%$: %v");
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessages);
    // Before the parser: its help text is translated when it is built.
    const QString language =
        govops::app::chooseLanguage(govops::app::requestedLanguage(QCoreApplication::arguments()), QLocale::system());
    govops::app::installTranslators(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Administers a GovOps Console database.\n\n"
        "Commands:\n"
        "  migrate              create or upgrade the schema (the only way a PostgreSQL schema changes)\n"
        "  seed                 load the demo data (once), plus --tickets N generated tickets\n"
        "  check                test the connection and the schema version\n"
        "  import-calendar FILE load holidays and make-up working days (date,kind,name CSV) for the years it lists\n"
        "  store-password       save the server password in the system keyring, read from standard input\n"
        "  forget-password      remove it from the keyring\n"
        "  create-login LOGIN   create or update the PostgreSQL login of the staff member LOGIN, in the group of\n"
        "                       their staff role; the password is read from standard input\n"
        "  cmdb sync            sync the CMDB with the OpenStack cloud at --cloud (credentials from OS_USERNAME,\n"
        "                       OS_PASSWORD, OS_PROJECT_NAME, OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_NAME,\n"
        "                       OS_REGION_NAME, OS_CACERT, as for the OpenStack CLI)\n"
        "  escalate             record the escalation steps that are due and deliver them (mail, chat robots);\n"
        "                       --watch repeats every --interval seconds until stopped (SIGINT, SIGTERM).\n"
        "                       The SMTP password comes from GOVOPS_SMTP_PASSWORD or the keyring\n"
        "                       (key smtp:USER@HOST:PORT)\n"
        "  visits generate      add the return visits owed from --from to --to (default: this month and the next),\n"
        "                       move or cancel those still planned; running it again changes nothing\n"
        "  export visits        write the return visits to --out as --format ics, xlsx or csv; filters:\n"
        "                       --department ID, --kind KIND, --from DATE, --to DATE (due days, both included)\n\n"
        "The database is a URL: sqlite:///path/govops.db or postgresql://user@host:5432/db?sslmode=verify-full.\n"
        "Passwords never go on the command line: libpq reads PGPASSWORD and ~/.pgpass, else the keyring is used.\n"
        "Exit status: 0 success, 1 failure, 2 wrong usage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, Text::tr("The database URL (default: the GOVOPS_DB environment variable)."),
                                Text::tr("URL"));
    const QCommandLineOption tickets(u"tickets"_s, Text::tr("seed: also generate N tickets spread over the last year."),
                                     Text::tr("N"), u"0"_s);
    const QCommandLineOption seed(u"seed"_s, Text::tr("seed: the random seed, for the same data each time."),
                                  Text::tr("S"), u"20250101"_s);
    const QCommandLineOption verbose(u"verbose"_s, Text::tr("Log what is done, step by step."));
    const QCommandLineOption lang(u"lang"_s,
                                  Text::tr("The language of the messages: zh_CN or en (default: the system's)."),
                                  Text::tr("language"));
    const QCommandLineOption cloud(u"cloud"_s,
                                   Text::tr("cmdb sync: the cloud's Keystone URL (default: the OS_AUTH_URL environment "
                                            "variable)."),
                                   Text::tr("URL"));
    const QCommandLineOption watch(u"watch"_s, Text::tr("escalate: keep going, one pass every interval."));
    const QCommandLineOption interval(u"interval"_s, Text::tr("escalate --watch: seconds between passes."),
                                      Text::tr("SECONDS"), u"60"_s);
    const QCommandLineOption smtpUrl(u"smtp-url"_s,
                                     Text::tr("escalate: the mail server, smtps://host:465 or smtp://host:587 "
                                              "(STARTTLS)."),
                                     Text::tr("URL"));
    const QCommandLineOption smtpFrom(u"smtp-from"_s, Text::tr("escalate: the sender's mail address."),
                                      Text::tr("ADDR"));
    const QCommandLineOption smtpUser(u"smtp-user"_s, Text::tr("escalate: the user name on the mail server."),
                                      Text::tr("USER"));
    const QCommandLineOption from(u"from"_s, Text::tr("visits generate, export visits: the first day (YYYY-MM-DD)."),
                                  Text::tr("DATE"));
    const QCommandLineOption to(u"to"_s, Text::tr("visits generate, export visits: the last day (YYYY-MM-DD)."),
                                Text::tr("DATE"));
    const QCommandLineOption format(u"format"_s, Text::tr("export visits: ics, xlsx or csv."), Text::tr("FORMAT"));
    const QCommandLineOption out(u"out"_s, Text::tr("export visits: the file to write."), Text::tr("FILE"));
    const QCommandLineOption department(u"department"_s, Text::tr("export visits: only this department's."),
                                        Text::tr("ID"));
    const QCommandLineOption kind(u"kind"_s,
                                  Text::tr("export visits: only this kind (after_service, after_fault, new_customer, "
                                           "vip)."),
                                  Text::tr("KIND"));
    parser.addOptions({db, tickets, seed, verbose, lang, cloud, watch, interval, smtpUrl, smtpFrom, smtpUser, from, to,
                       format, out, department, kind});
    parser.addPositionalArgument(u"command"_s, Text::tr("migrate, seed, check, import-calendar, store-password, "
                                                        "forget-password, cmdb sync, escalate, visits generate or export visits"));

    if (!parser.parse(QCoreApplication::arguments())) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.contains(u"password"_s) || unknown.contains(u"W"_s) || unknown.contains(u"p"_s)
            || unknown.contains(u"os-password"_s) || unknown.contains(u"smtp-password"_s))
            return usage(
                Text::tr("Passwords are never given on the command line: set PGPASSWORD, use ~/.pgpass, or save "
                         "the password in the keyring with 'govops-admin store-password'."));
        return usage(parser.errorText());
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(ExitCode::Success);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (parser.isSet(verbose))
        logger->set_level(spdlog::level::debug);
    if (parser.isSet(lang) && parser.value(lang) != language) // chooseLanguage() takes only zh_CN and en
        return usage(Text::tr("Unknown language '%1': use zh_CN or en.").arg(parser.value(lang)));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Text::tr("No command given."));
    const QString command = positional.first();
    const QStringList known{u"migrate"_s, u"seed"_s, u"check"_s, u"import-calendar"_s, u"store-password"_s,
                            u"forget-password"_s, u"cmdb"_s, u"escalate"_s, u"create-login"_s,
                            u"visits"_s, u"export"_s};
    if (!known.contains(command))
        return usage(Text::tr("Unknown command '%1'.").arg(command));
    if (command == u"cmdb"_s && (positional.size() != 2 || positional.at(1) != u"sync"_s))
        return usage(Text::tr("The cmdb command takes one subcommand: sync."));
    if (command == u"create-login"_s && positional.size() != 2)
        return usage(Text::tr("create-login takes the staff member's login."));
    if (command == u"visits"_s && (positional.size() != 2 || positional.at(1) != u"generate"_s))
        return usage(Text::tr("The visits command takes one subcommand: generate."));
    if (command == u"export"_s && (positional.size() != 2 || positional.at(1) != u"visits"_s))
        return usage(Text::tr("The export command takes what to export: visits."));
    if (command != u"cmdb"_s && command != u"create-login"_s && command != u"visits"_s && command != u"export"_s
        && (command == u"import-calendar"_s ? positional.size() != 2 : positional.size() != 1))
        return usage(command == u"import-calendar"_s ? Text::tr("import-calendar takes one CSV file.")
                                                     : Text::tr("'%1' takes no further arguments.").arg(command));

    const QString text = parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("GOVOPS_DB");
    const auto url = govops::storage::DatabaseUrl::parse(text);
    if (!url)
        return usage(url.error().message);

    // --from and --to: days, both included.
    QDate firstDay;
    QDate lastDay;
    for (const auto &[option, day] : {std::pair{&from, &firstDay}, std::pair{&to, &lastDay}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return usage(Text::tr("--%1 takes a day as YYYY-MM-DD.").arg(option->names().first()));
    }
    if (firstDay.isValid() && lastDay.isValid() && lastDay < firstDay)
        return usage(Text::tr("--to comes before --from."));
    govops::admin::VisitExportArguments exportArguments;
    if (command == u"export"_s) {
        exportArguments.format = parser.value(format);
        exportArguments.out = parser.value(out);
        exportArguments.from = firstDay;
        exportArguments.to = lastDay;
        exportArguments.kind = parser.value(kind);
        if (!QStringList{u"ics"_s, u"xlsx"_s, u"csv"_s}.contains(exportArguments.format))
            return usage(Text::tr("export visits needs --format ics, xlsx or csv."));
        if (exportArguments.out.isEmpty())
            return usage(Text::tr("export visits needs --out FILE."));
        if (!exportArguments.kind.isEmpty()
            && !QStringList{u"after_service"_s, u"after_fault"_s, u"new_customer"_s, u"vip"_s}.contains(
                exportArguments.kind))
            return usage(Text::tr("--kind takes after_service, after_fault, new_customer or vip."));
        if (parser.isSet(department)) {
            bool ok = false;
            exportArguments.departmentId = parser.value(department).toLongLong(&ok);
            if (!ok || *exportArguments.departmentId < 1)
                return usage(Text::tr("--department takes a department's id."));
        }
    }

    govops::admin::Commands commands(url.value());
    if (command == u"visits"_s) {
        // Default: this month and the next, as the calendar has them (today's month in the system's time).
        const QDate today = QDate::currentDate();
        const QDate generateFrom = firstDay.isValid() ? firstDay : QDate(today.year(), today.month(), 1);
        const QDate generateTo = lastDay.isValid() ? lastDay : generateFrom.addMonths(2).addDays(-1);
        if (generateTo < generateFrom)
            return usage(Text::tr("--to comes before --from."));
        return commands.generateVisits(generateFrom, generateTo);
    }
    if (command == u"export"_s)
        return commands.exportVisits(exportArguments);
    if (command == u"migrate"_s)
        return commands.migrate();
    if (command == u"check"_s)
        return commands.check();
    if (command == u"import-calendar"_s)
        return commands.importCalendar(positional.at(1));
    if (command == u"store-password"_s)
        return commands.storePassword();
    if (command == u"forget-password"_s)
        return commands.forgetPassword();
    if (command == u"create-login"_s)
        return commands.createLogin(positional.at(1));
    if (command == u"cmdb"_s) {
        const QString cloudUrl = parser.isSet(cloud) ? parser.value(cloud) : qEnvironmentVariable("OS_AUTH_URL");
        const QUrl parsed(cloudUrl, QUrl::StrictMode);
        if (cloudUrl.isEmpty() || !parsed.isValid() || (parsed.scheme() != u"https"_s && parsed.scheme() != u"http"_s))
            return usage(Text::tr("cmdb sync needs the cloud's Keystone URL: --cloud https://keystone.example:5000/v3 "
                                  "or OS_AUTH_URL."));
        return commands.cmdbSync(parsed);
    }

    if (command == u"escalate"_s) {
        govops::admin::EscalateArguments arguments;
        arguments.watch = parser.isSet(watch);
        bool ok = false;
        arguments.intervalSeconds = parser.value(interval).toInt(&ok);
        if (!ok || arguments.intervalSeconds < 1 || arguments.intervalSeconds > 86400)
            return usage(Text::tr("--interval takes a number of seconds from 1 to 86400."));
        if (parser.isSet(smtpUrl)) {
            arguments.smtpUrl = QUrl(parser.value(smtpUrl), QUrl::StrictMode);
            const QString scheme = arguments.smtpUrl.scheme();
            if (!arguments.smtpUrl.isValid() || (scheme != u"smtp"_s && scheme != u"smtps"_s)
                || arguments.smtpUrl.host().isEmpty())
                return usage(Text::tr("--smtp-url takes smtps://host:465 or smtp://host:587."));
            if (!arguments.smtpUrl.password().isEmpty())
                return usage(Text::tr("The SMTP URL carries a password: set GOVOPS_SMTP_PASSWORD or use the keyring "
                                      "instead."));
            arguments.smtpFrom = parser.value(smtpFrom);
            arguments.smtpUser = parser.isSet(smtpUser) ? parser.value(smtpUser) : arguments.smtpUrl.userName();
            if (!arguments.smtpFrom.contains(u'@'))
                return usage(Text::tr("--smtp-url needs --smtp-from with the sender's mail address."));
        }
        return commands.escalate(arguments);
    }

    bool ok = false;
    govops::admin::SeedArguments arguments;
    arguments.tickets = parser.value(tickets).toLongLong(&ok);
    if (!ok || arguments.tickets < 0 || arguments.tickets > 100'000'000)
        return usage(Text::tr("--tickets takes a number from 0 to 100000000."));
    arguments.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usage(Text::tr("--seed takes a whole number."));
    return commands.seed(arguments);
}
