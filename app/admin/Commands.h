#pragma once

#include "storage/DatabaseUrl.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace govops::admin {

// What every command reports back: an exit code and, on failure, the message already printed to stderr.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct SeedArguments
{
    qint64 tickets = 0;
    quint32 seed = 20250101;
};

// govops-admin escalate: the SMTP server for mail deliveries (no URL: mail waits in the queue, robots still post).
// The SMTP password comes from GOVOPS_SMTP_PASSWORD or the keyring, never from the command line.
struct EscalateArguments
{
    bool watch = false;
    int intervalSeconds = 60;
    QUrl smtpUrl;
    QString smtpFrom;
    QString smtpUser;
};

// govops-admin export visits: which visits go to which file. Dates are days in the policy's time zone, both
// included; empty: open-ended.
struct VisitExportArguments
{
    QString format;                     // ics, xlsx or csv
    QString out;
    std::optional<qint64> departmentId;
    QString kind;                       // empty: every kind
    QDate from;
    QDate to;
};

// The commands of govops-admin. Each writes its results to stdout and its errors, clearly and once,
// to the log (stderr), and returns the process exit code.
class Commands
{
public:
    explicit Commands(storage::DatabaseUrl url);
    ~Commands();

    int migrate();
    int seed(const SeedArguments &arguments);
    int check();
    int importCalendar(const QString &path);
    int storePassword();   // reads the password from standard input, never from the command line
    int forgetPassword();
    // Creates or updates the PostgreSQL login of a staff member, in the group role of their staff role; the
    // password is read from standard input, never from the command line.
    int createLogin(const QString &login);
    // Syncs the CMDB with the OpenStack cloud at `cloud` (Keystone's URL). The credentials come from the
    // OpenStack CLI's environment variables (OS_USERNAME, OS_PASSWORD, …), never from the command line.
    int cmdbSync(const QUrl &cloud);
    // Records the escalation steps that are due and delivers what is queued; with `watch`, again every
    // interval until SIGINT or SIGTERM. Any number of consoles and watchers may do this at once.
    int escalate(const EscalateArguments &arguments);
    // Generates the return visits owed in [from, to] (core/VisitPlanner.h): adds the missing ones, moves or
    // cancels those still planned; running it again changes nothing.
    int generateVisits(QDate from, QDate to);
    int exportVisits(const VisitExportArguments &arguments);

private:
    // Connects with libpq's own password sources first (PGPASSWORD, ~/.pgpass), then the keyring.
    bool connect();
    bool requireCurrentSchema();

    storage::DatabaseUrl m_url;
    QString m_connection;
    QString m_password;   // from the keyring, when libpq had none; for the delivery's own connection
    QSqlDatabase m_db;
};

} // namespace govops::admin
