#include "storage/Connection.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "govops.storage.connection")

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::Connection)
};
} // namespace

namespace govops::storage {

namespace {

// libpq connect options are key=value pairs; QPSQL turns ';' into the separating spaces.
QString quoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

core::Result<QSqlDatabase> openSqlite(const DatabaseUrl &url, const QString &name)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return core::Error{core::Error::Code::Unavailable,
                           Text::tr("The SQLite driver for Qt (QSQLITE) is not installed: install libqt6sql6-sqlite.")};
    if (url.path != u":memory:"_s) {
        const QFileInfo file(url.path);
        if (!QDir().mkpath(file.absolutePath()))
            return core::Error{core::Error::Code::Unavailable,
                               Text::tr("Cannot create the folder %1 for the database file.").arg(file.absolutePath())};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(url.path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        core::Error e = sqlError(db.lastError(), Text::tr("Cannot open the database file %1").arg(url.path));
        e.code = core::Error::Code::Unavailable;
        return e;
    }
    QSqlQuery q(db);
    const QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                              u"PRAGMA synchronous = NORMAL"_s};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return sqlError(q, Text::tr("Cannot prepare the database file %1").arg(url.path));
    }
    return db;
}

core::Result<QSqlDatabase> openPostgres(const DatabaseUrl &url, const QString &password, const QString &name,
                                        int timeout)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return core::Error{core::Error::Code::Unavailable,
                           Text::tr("The PostgreSQL driver for Qt (QPSQL) is not installed: install libqt6sql6-psql.")};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(password);  // empty: libpq reads PGPASSWORD or ~/.pgpass itself
    QStringList options{u"connect_timeout=%1"_s.arg(timeout), u"application_name=govops"_s};
    if (!url.sslMode.isEmpty())
        options.append(u"sslmode="_s + url.sslMode);
    if (!url.sslRootCert.isEmpty())
        options.append(u"sslrootcert="_s + quoted(url.sslRootCert));
    db.setConnectOptions(options.join(u';'));

    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed();
        const QString where = describe(url);
        qCInfo(lcConnection) << "connection to" << where << "failed:" << text;
        if (text.contains(u"password authentication failed"_s) || text.contains(u"no password supplied"_s)
            || text.contains(u"authentication failed"_s)) {
            const bool none = text.contains(u"no password supplied"_s);
            return core::Error{
                core::Error::Code::Forbidden,
                none ? Text::tr("%1 asks for a password and none was found: set PGPASSWORD, add the server "
                                "to ~/.pgpass or save the password in the system keyring.")
                           .arg(where)
                     : Text::tr("%1 refused the user name or password.").arg(where),
                text};
        }
        if (text.contains(u"does not exist"_s))
            return core::Error{
                core::Error::Code::NotFound,
                Text::tr("%1: the database or user does not exist on that server (%2).").arg(where, text), text};
        return core::Error{
            core::Error::Code::Unavailable,
            Text::tr("Cannot connect to %1: %2").arg(where, text.isEmpty() ? Text::tr("no answer") : text), text};
    }
    // Times travel as UTC; QPSQL reads timestamptz in the session's zone.
    QSqlQuery q(db);
    if (!q.exec(u"SET TIME ZONE 'UTC'"_s))
        return sqlError(q, Text::tr("Cannot prepare the session on %1").arg(describe(url)));
    return db;
}

} // namespace

core::Result<QSqlDatabase> openConnection(const DatabaseUrl &url, const QString &password,
                                          const QString &connectionName, int connectTimeoutSeconds)
{
    if (QSqlDatabase::contains(connectionName))
        closeConnection(connectionName);
    auto result = url.backend == Backend::Sqlite
                      ? openSqlite(url, connectionName)
                      : openPostgres(url, password, connectionName, connectTimeoutSeconds);
    if (!result)
        closeConnection(connectionName);
    return result;
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString describe(const DatabaseUrl &url)
{
    if (url.backend == Backend::Sqlite)
        return Text::tr("SQLite %1").arg(url.path);
    const QString host = url.host.isEmpty() ? Text::tr("the local server") : u"%1:%2"_s.arg(url.host).arg(url.port);
    return url.user.isEmpty() ? Text::tr("PostgreSQL %1/%2").arg(host, url.database)
                              : Text::tr("PostgreSQL %1@%2/%3").arg(url.user, host, url.database);
}

} // namespace govops::storage
