// Corrections of return visits under the central database's security (sql/postgres/0008_return_visits.sql, as
// 0007_security.sql does for return_visits): a department's application maintainer reads only their own
// department's amendments and writes none; provider staff read all and those who log visits amend them.
#include "StorageTestSupport.h"
#include "storage/DemoData.h"
#include "storage/Sql.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;

class TestVisitSecurity : public QObject
{
    Q_OBJECT
private slots:
    void maintainerSeesOnlyTheirDepartmentsAmendments()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        SeedOptions options;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QVERIFY_OK(DemoData::seed(s.db(), options));

        // A logged visit of two departments each, amended by their owner.
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"SELECT DISTINCT ON (department_id) id, version, department_id FROM return_visits"
                       " WHERE state = 'done' ORDER BY department_id, id LIMIT 2"_s));
        QList<std::pair<qint64, qint64>> amended; // visit, department
        VisitRepository visits(s.db());
        while (q.next()) {
            amended.append({q.value(0).toLongLong(), q.value(2).toLongLong()});
            QVERIFY_OK(visits.amend(q.value(0).toLongLong(), q.value(1).toInt(), u"summary"_s, u"更正"_s, u"记录有误"_s,
                                    std::nullopt, options.now));
        }
        QCOMPARE(amended.size(), 2);

        // People sign in as themselves (govops-admin create-login does the same in their group role).
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString maintainer = u"h6_maint_"_s + pid;
        const QString agent = u"h6_agent_"_s + pid;
        for (
            const QString &sql :
            {u"INSERT INTO staff (login, display_name, role, department_id) VALUES ('%1', '维护员', 'dept_maintainer', %2)"_s
                 .arg(maintainer)
                 .arg(amended.first().second),
             u"INSERT INTO staff (login, display_name, role) VALUES ('%1', '坐席', 'agent')"_s.arg(agent),
             u"DROP ROLE IF EXISTS %1"_s.arg(maintainer), u"DROP ROLE IF EXISTS %1"_s.arg(agent),
             u"CREATE ROLE %1 LOGIN IN ROLE govops_dept_maintainer"_s.arg(maintainer),
             u"CREATE ROLE %1 LOGIN IN ROLE govops_agent"_s.arg(agent)})
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));

        const auto countAs = [&](const QString &login) {
            QSqlQuery as(s.db());
            if (!as.exec(u"SET SESSION AUTHORIZATION %1"_s.arg(login)))
                qFatal("%s", qPrintable(as.lastError().text()));
            const bool ok = as.exec(u"SELECT count(*) FROM return_visit_amendments"_s) && as.next();
            const qint64 n = ok ? as.value(0).toLongLong() : -1;
            as.finish();
            if (!as.exec(u"RESET SESSION AUTHORIZATION"_s))
                qFatal("%s", qPrintable(as.lastError().text()));
            return n;
        };
        QCOMPARE(countAs(maintainer), 1);
        QCOMPARE(countAs(agent), 2);

        // A maintainer corrects nothing; an agent may.
        const QString insert = u"INSERT INTO return_visit_amendments (visit_id, department_id, amended_at, field,"
                               " old_value, new_value, reason) VALUES (%1, %2, now(), 'summary', '', 'x', 'y')"_s;
        const auto insertAs = [&](const QString &login) {
            QSqlQuery as(s.db());
            if (!as.exec(u"SET SESSION AUTHORIZATION %1"_s.arg(login)))
                qFatal("%s", qPrintable(as.lastError().text()));
            const bool ok = as.exec(insert.arg(amended.first().first).arg(amended.first().second));
            if (!as.exec(u"RESET SESSION AUTHORIZATION"_s))
                qFatal("%s", qPrintable(as.lastError().text()));
            return ok;
        };
        QVERIFY(!insertAs(maintainer));
        QVERIFY(insertAs(agent));
        QVERIFY(q.exec(u"DROP ROLE %1"_s.arg(maintainer)));
        QVERIFY(q.exec(u"DROP ROLE %1"_s.arg(agent)));
    }
};

QTEST_GUILESS_MAIN(TestVisitSecurity)
#include "test_visit_security.moc"
