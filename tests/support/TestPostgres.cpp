#include "TestPostgres.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace govops::test {

QString postgresUrl()
{
    const QString path = qEnvironmentVariable("GOVOPS_TEST_PG_URL_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        qFatal("No test PostgreSQL: run this test through ctest, whose 'postgres' fixture starts one (%s)",
               qPrintable(path));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString freshPostgresDatabase(const QString &name)
{
    const QUrl server(postgresUrl());
    const QString connection = u"fresh-"_s + name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.userName());
        db.setDatabaseName(u"postgres"_s);
        if (!db.open())
            qFatal("Cannot reach the test PostgreSQL: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        const QString ident = name.toLower();
        if (!q.exec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(ident))
            || !q.exec(u"CREATE DATABASE \"%1\""_s.arg(ident)))
            qFatal("Cannot create test database %s: %s", qPrintable(ident), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    QUrl url = server;
    url.setPath(u"/"_s + name.toLower());
    return url.toString();
}

} // namespace govops::test
