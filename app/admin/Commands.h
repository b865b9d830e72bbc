#pragma once

#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>

namespace govops::admin {

// What every command reports back: an exit code and, on failure, the message already printed to stderr.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct SeedArguments
{
    qint64 tickets = 0;
    quint32 seed = 20250101;
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
    // Syncs the CMDB with the OpenStack cloud at `cloud` (Keystone's URL). The credentials come from the
    // OpenStack CLI's environment variables (OS_USERNAME, OS_PASSWORD, …), never from the command line.
    int cmdbSync(const QUrl &cloud);

private:
    // Connects with libpq's own password sources first (PGPASSWORD, ~/.pgpass), then the keyring.
    bool connect();
    bool requireCurrentSchema();

    storage::DatabaseUrl m_url;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace govops::admin
