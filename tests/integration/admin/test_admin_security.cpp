#include "TestPostgres.h"
#include "storage/ChangeFeed.h"
#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/LoginRoles.h"
#include "storage/Migrator.h"
#include "storage/TicketRepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace govops;

// The database's own security (sql/postgres/0007_security.sql) and `govops-admin create-login`: people sign in
// as themselves, and PostgreSQL decides what they may see and write.

namespace {

const QDateTime seedNow = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());

struct Person
{
    QString login;
    qint64 departmentId = 0; // 0: provider staff
};

QString run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

// Runs `govops-admin create-login LOGIN` with the password on standard input.
int createLogin(const QString &url, const QString &login, const QByteArray &password, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(GOVOPS_ADMIN), {u"create-login"_s, login, u"--db"_s, url});
    if (!p.waitForStarted())
        qFatal("govops-admin did not start");
    p.write(password + "\n");
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("govops-admin create-login did not finish");
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

template <typename T> T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("the job did not finish in time");
    return future.result();
}

} // namespace

#define QVERIFY_OK(result)                                                                                             \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message + u" | "_s + r_.error().detail));               \
    } while (false)

class TestAdminSecurity : public QObject
{
    Q_OBJECT
private slots:
    // One migrated, seeded database for every test here; each signs in as a different person.
    void initTestCase()
    {
        m_ownerUrl = test::freshPostgresDatabase(u"test_admin_security"_s);
        auto url = storage::DatabaseUrl::parse(m_ownerUrl);
        QVERIFY(url.ok());
        auto opened = storage::openConnection(url.value(), {}, u"owner"_s);
        QVERIFY_OK(opened);
        m_owner = opened.value();
        QVERIFY_OK(storage::Migrator(storage::Backend::Postgres).migrate(m_owner));
        storage::SeedOptions options;
        options.now = seedNow;
        options.tickets = 60;
        QVERIFY_OK(storage::DemoData::seed(m_owner, options));

        QSqlQuery q(m_owner);
        QVERIFY(q.exec(u"SELECT login, department_id FROM staff WHERE role = 'dept_maintainer' AND active "
                       "AND department_id IN (SELECT department_id FROM tickets) ORDER BY id LIMIT 1"_s));
        QVERIFY(q.next());
        m_maintainer = {q.value(0).toString(), q.value(1).toLongLong()};
        QVERIFY(q.exec(u"SELECT login FROM staff WHERE role = 'agent' AND active ORDER BY id LIMIT 1"_s));
        QVERIFY(q.next());
        m_agent = {q.value(0).toString(), 0};
        QCOMPARE(createLogin(m_ownerUrl, m_maintainer.login, "Maint-Pw-1"), 0);
        QCOMPARE(createLogin(m_ownerUrl, m_agent.login, "Agent-Pw-1"), 0);
    }

    void cleanupTestCase()
    {
        m_owner = QSqlDatabase();
        storage::closeConnection(u"owner"_s);
    }

    // The login is in the group of the staff role, and only there; a changed staff role moves it.
    void loginIsInTheGroupOfItsRole()
    {
        const QString member = u"SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                               "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                               "WHERE u.rolname = '%1'"_s;
        QCOMPARE(run(m_owner, member.arg(m_agent.login)), u"govops_agent"_s);
        QCOMPARE(run(m_owner, member.arg(m_maintainer.login)), u"govops_dept_maintainer"_s);
        QCOMPARE(run(m_owner, u"SELECT rolcanlogin::text FROM pg_roles WHERE rolname = '%1'"_s.arg(m_agent.login)),
                 u"true"_s);

        const QString login = u"h2_moved_%1"_s.arg(QCoreApplication::applicationPid());
        QSqlQuery q(m_owner);
        QVERIFY(
            q.exec(u"INSERT INTO staff (login, display_name, role) VALUES ('%1', 'Moved', 'technician')"_s.arg(login)));
        QCOMPARE(createLogin(m_ownerUrl, login, "Pw-1"), 0);
        QCOMPARE(run(m_owner, member.arg(login)), u"govops_technician"_s);
        QVERIFY(q.exec(u"UPDATE staff SET role = 'supervisor' WHERE login = '%1'"_s.arg(login)));
        QCOMPARE(createLogin(m_ownerUrl, login, "Pw-2"), 0);
        QCOMPARE(run(m_owner, member.arg(login)), u"govops_supervisor"_s);
    }

    // Nobody gets a login without a staff row; the password never comes from the command line.
    void createLoginRefusals()
    {
        QString err;
        QCOMPARE(createLogin(m_ownerUrl, u"nobody_here"_s, "Pw-1", &err), 1);
        QVERIFY2(err.contains(u"No staff member"_s), qPrintable(err));
        QCOMPARE(createLogin(m_ownerUrl, m_agent.login, "", &err), 1);
        QVERIFY2(err.contains(u"No password"_s), qPrintable(err));
        QCOMPARE(createLogin(m_ownerUrl, m_agent.login, "p\xc3\xa4ss", &err), 1);
        QVERIFY2(err.contains(u"ASCII"_s), qPrintable(err));
        QVERIFY(!err.contains(u"p\u00e4ss"_s));
    }

    // The verifier is the one PostgreSQL itself computes for the same password, salt and iterations.
    void scramVerifierMatchesPostgres()
    {
        const QString probe = u"h2_scram_probe_%1"_s.arg(QCoreApplication::applicationPid());
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(u"SET password_encryption = 'scram-sha-256'"_s));
        QVERIFY(q.exec(u"CREATE ROLE %1 PASSWORD 'pencil-Xy7'"_s.arg(probe)));
        const QString stored = run(m_owner, u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(probe));
        QVERIFY(q.exec(u"DROP ROLE %1"_s.arg(probe)));
        // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
        const QString head = stored.section(u'$', 1, 1);
        const int iterations = head.section(u':', 0, 0).toInt();
        const QByteArray salt = QByteArray::fromBase64(head.section(u':', 1, 1).toLatin1());
        QCOMPARE(storage::LoginRoles::scramVerifier(u"pencil-Xy7"_s, salt, iterations), stored);
    }

    // A department maintainer sees their department's tickets only, and cannot write another's.
    void maintainerSeesOnlyTheirDepartment()
    {
        QSqlDatabase db = signIn(m_maintainer.login);
        const qint64 all = run(m_owner, u"SELECT count(*) FROM tickets"_s).toLongLong();
        const qint64 own =
            run(m_owner, u"SELECT count(*) FROM tickets WHERE department_id = %1"_s.arg(m_maintainer.departmentId))
                .toLongLong();
        QVERIFY(own > 0 && own < all);
        QCOMPARE(run(db, u"SELECT count(*) FROM tickets"_s).toLongLong(), own);
        QCOMPARE(run(db, u"SELECT count(*) FROM tickets WHERE department_id <> %1"_s.arg(m_maintainer.departmentId))
                     .toLongLong(),
                 0);
        QCOMPARE(
            run(db, u"SELECT count(*) FROM ticket_events WHERE department_id <> %1"_s.arg(m_maintainer.departmentId))
                .toLongLong(),
            0);

        const qint64 other =
            run(m_owner, u"SELECT min(id) FROM departments WHERE id <> %1"_s.arg(m_maintainer.departmentId))
                .toLongLong();
        storage::TicketRecord ticket;
        ticket.title = u"Portal login fails"_s;
        ticket.departmentId = other;
        const auto refused = storage::TicketRepository(db).create(ticket, std::nullopt, seedNow);
        QVERIFY(!refused.ok());
        QCOMPARE(run(m_owner, u"SELECT count(*) FROM tickets WHERE title = 'Portal login fails'"_s).toInt(), 0);

        ticket.departmentId = m_maintainer.departmentId;
        QVERIFY_OK(storage::TicketRepository(db).create(ticket, std::nullopt, seedNow));
        QCOMPARE(run(m_owner, u"SELECT count(*) FROM tickets WHERE title = 'Portal login fails'"_s).toInt(), 1);
        close(db);
    }

    // Provider staff see every department; history is append-only for them too, and schema_version read-only.
    void agentSeesAllAndHistoryIsAppendOnly()
    {
        QSqlDatabase db = signIn(m_agent.login);
        QCOMPARE(run(db, u"SELECT count(*) FROM tickets"_s), run(m_owner, u"SELECT count(*) FROM tickets"_s));
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"UPDATE ticket_events SET payload = payload"_s));
        QVERIFY2(q.lastError().text().contains(u"permission denied"_s), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
        QVERIFY(!q.exec(u"DELETE FROM tickets"_s));
        QVERIFY(!q.exec(u"UPDATE schema_version SET name = name"_s));
        QVERIFY(q.exec(u"SELECT max(version) FROM schema_version"_s));
        close(db);
    }

    // Every table can be read by the console's roles, and every table whose rows belong to a department keeps
    // them apart: a migration that adds a table without grants or without row-level security fails here.
    void everyTableIsCovered()
    {
        QSqlQuery q(m_owner);
        QVERIFY(q.exec(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind = 'r' AND n.nspname = current_schema() "
                       "AND NOT has_table_privilege('govops_staff', c.oid, 'SELECT')"_s));
        QStringList unreadable;
        while (q.next())
            unreadable.append(q.value(0).toString());
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u", "_s)));

        QVERIFY(q.exec(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'department_id' "
                       "WHERE c.relkind = 'r' AND n.nspname = current_schema() AND NOT c.relrowsecurity "
                       "AND c.relname <> 'staff'"_s));
        QStringList open;
        while (q.next())
            open.append(q.value(0).toString());
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u", "_s)));
    }

    // The change feed works for a person's own login: the trigger and LISTEN need nothing the roles lack.
    void feedWorksForAPersonsLogin()
    {
        storage::Database database(urlFor(m_agent.login));
        storage::ChangeFeed feed(&database);
        database.open(storage::Database::SchemaPolicy::RequireCurrent);
        QVERIFY(QTest::qWaitFor([&] { return database.state() == storage::Database::State::Ready; }, 20000));
        QSignalSpy listening(&database, &storage::Database::listening);
        QSignalSpy changed(&feed, &storage::ChangeFeed::changed);
        feed.start();
        QVERIFY(listening.wait(20000));

        const qint64 id = run(m_owner, u"SELECT min(id) FROM tickets"_s).toLongLong();
        const auto saved = wait(database.run<core::Result<storage::TicketRecord>>([id](QSqlDatabase &c) {
            storage::TicketRepository tickets(c);
            auto ticket = tickets.get(id);
            if (!ticket)
                return ticket;
            ticket.value().title = u"Seen by the agent's own login"_s;
            return tickets.update(ticket.value(), {}, std::nullopt, seedNow.addSecs(60));
        }));
        QVERIFY_OK(saved);
        const storage::Change expected{u"tickets"_s, id, saved.value().version};
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &signal : std::as_const(changed))
                    if (signal.at(0).value<QList<storage::Change>>().contains(expected))
                        return true;
                return false;
            },
            20000));
    }

private:
    storage::DatabaseUrl urlFor(const QString &login) const
    {
        QUrl url(m_ownerUrl);
        url.setUserName(login);
        auto parsed = storage::DatabaseUrl::parse(url.toString());
        if (!parsed)
            qFatal("bad URL");
        return parsed.value();
    }

    // Trust authentication in the test cluster: the login is who the server sees, the password is not asked.
    QSqlDatabase signIn(const QString &login)
    {
        auto opened = storage::openConnection(urlFor(login), {}, u"person"_s);
        if (!opened)
            qFatal("cannot sign in as %s: %s", qPrintable(login), qPrintable(opened.error().detail));
        return opened.value();
    }

    static void close(QSqlDatabase &db)
    {
        db = QSqlDatabase();
        storage::closeConnection(u"person"_s);
    }

    QString m_ownerUrl;
    QSqlDatabase m_owner;
    Person m_maintainer;
    Person m_agent;
};

QTEST_GUILESS_MAIN(TestAdminSecurity)
#include "test_admin_security.moc"
