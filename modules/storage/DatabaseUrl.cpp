#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::DatabaseUrl)
};
} // namespace

namespace govops::storage {

namespace {

core::Error invalid(const QString &message)
{
    return core::Error{core::Error::Code::Invalid, message};
}

const QStringList &sslModes()
{
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

core::Result<DatabaseUrl> parseSqlite(const QString &text)
{
    // sqlite:///abs/path, sqlite:relative/path, sqlite::memory:
    QString rest = text.mid(text.indexOf(u':') + 1);
    if (rest.startsWith(u"//"_s)) {
        rest = rest.mid(2);
        if (!rest.startsWith(u'/'))
            return invalid(Text::tr("A SQLite URL names a file: sqlite:///absolute/path/govops.db (three slashes)."));
    }
    rest = QUrl::fromPercentEncoding(rest.toUtf8());
    if (rest.isEmpty())
        return invalid(Text::tr("The SQLite URL names no file: use sqlite:///absolute/path/govops.db."));
    DatabaseUrl url;
    url.backend = Backend::Sqlite;
    url.path = rest == u":memory:"_s ? rest : QFileInfo(rest).absoluteFilePath();
    return url;
}

core::Result<DatabaseUrl> parsePostgres(const QString &text)
{
    const QUrl qurl(text, QUrl::StrictMode);
    if (!qurl.isValid())
        return invalid(Text::tr("The PostgreSQL URL is malformed (%1): use postgresql://user@host:5432/database.")
                           .arg(qurl.errorString()));
    const QString authority = qurl.authority();
    const qsizetype at = authority.lastIndexOf(u'@');
    if (!qurl.password().isEmpty() || (at >= 0 && authority.left(at).contains(u':')))
        return invalid(Text::tr("The URL carries a password. Passwords never go on a command line or in a profile: "
                                "use PGPASSWORD, ~/.pgpass or the system keyring."));
    DatabaseUrl url;
    url.backend = Backend::Postgres;
    url.host = qurl.host();
    url.user = qurl.userName();
    url.port = qurl.port(5432);
    if (url.port <= 0 || url.port > 65535)
        return invalid(Text::tr("The port in the PostgreSQL URL is out of range."));
    url.database = qurl.path();
    if (url.database.startsWith(u'/'))
        url.database = url.database.mid(1);
    if (url.database.isEmpty() || url.database.contains(u'/'))
        return invalid(Text::tr("The PostgreSQL URL names no database: use postgresql://user@host:5432/database."));

    const QUrlQuery query(qurl);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            if (!sslModes().contains(value))
                return invalid(Text::tr("Unknown sslmode '%1': use one of %2.").arg(value, sslModes().join(u", "_s)));
            url.sslMode = value;
        } else if (key == u"sslrootcert"_s) {
            if (value.contains(u';'))
                return invalid(Text::tr("The sslrootcert path may not contain ';'."));
            url.sslRootCert = value;
        } else if (key == u"password"_s) {
            return invalid(Text::tr("The URL carries a password. Passwords never go on a command line or in a profile: "
                                    "use PGPASSWORD, ~/.pgpass or the system keyring."));
        } else {
            return invalid(
                Text::tr("Unknown option '%1' in the PostgreSQL URL: only sslmode and sslrootcert are understood.")
                    .arg(key));
        }
    }
    return url;
}

} // namespace

core::Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString scheme = trimmed.section(u':', 0, 0).toLower();
    if (trimmed.isEmpty())
        return invalid(Text::tr("No database given: pass --db URL or set GOVOPS_DB."));
    if (scheme == u"sqlite"_s && trimmed.contains(u':'))
        return parseSqlite(trimmed);
    if ((scheme == u"postgresql"_s || scheme == u"postgres"_s) && trimmed.contains(u"://"_s))
        return parsePostgres(trimmed);
    return invalid(Text::tr("'%1' is not a database URL: use sqlite:///path/govops.db or "
                            "postgresql://user@host:5432/database.")
                       .arg(trimmed));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.backend = Backend::Sqlite;
    url.path = path;
    return url;
}

QString DatabaseUrl::toString() const
{
    if (backend == Backend::Sqlite)
        return path == u":memory:"_s ? u"sqlite::memory:"_s
                                     : u"sqlite://"_s + QString::fromUtf8(QUrl::toPercentEncoding(path, "/"));
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, QString::fromUtf8(QUrl::toPercentEncoding(sslRootCert, "/")));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::keyringKey() const
{
    if (backend == Backend::Sqlite)
        return {};
    // One password per server and role, whatever the database or TLS options.
    return u"postgresql://%1@%2:%3"_s.arg(user, host.toLower()).arg(port);
}

} // namespace govops::storage
