// govops-admin escalate against the real PostgreSQL: several consoles and the watcher evaluating the same tickets
// at the same moment record each step once, and each person hears of it once.
#include "EscalationFixture.h"
#include "MailSinks.h"
#include "StorageTestSupport.h"
#include "notify/Dispatcher.h"
#include "notify/SmtpSender.h"
#include "notify/WebhookSender.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/EscalationPass.h"
#include "storage/SlaPolicyRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;

namespace {

QProcess *startAdmin(const QStringList &arguments, QObject *parent, const QString &smtpPassword = {})
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GOVOPS_DB"_s);
    env.remove(u"GOVOPS_SMTP_PASSWORD"_s);
    if (!smtpPassword.isEmpty())
        env.insert(u"GOVOPS_SMTP_PASSWORD"_s, smtpPassword);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(GOVOPS_ADMIN), arguments);
    return p;
}

int recordedBy(const QString &out)
{
    static const QRegularExpression line(u"recorded (\\d+) step"_s);
    int total = 0;
    for (auto it = line.globalMatch(out); it.hasNext();)
        total += it.next().captured(1).toInt();
    return total;
}

core::EscalationEngine engineOf(QSqlDatabase &db)
{
    const auto book = storage::SlaPolicyRepository(db).policyBook();
    if (!book)
        qFatal("policy book: %s", qPrintable(book.error().message));
    return core::EscalationEngine(book.value());
}

int stepsOf(QSqlDatabase &db, qint64 ticket)
{
    return int(test::countRows(db, u"SELECT count(*) FROM escalations WHERE ticket_id = ?"_s, {ticket}));
}

} // namespace

class TestAdminEscalate : public QObject
{
    Q_OBJECT
private slots:
    void onceAcrossConsolesAndWatcher()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        QVERIFY_OK(storage::CalendarRepository(s.db()).importDefaultIfEmpty());
        test::SmtpSink mailSink;
        test::HttpSink robot;
        const auto people = test::seedEscalationPeople(s.db(), robot.url());
        const core::SystemClock system;
        const QDateTime start = system.now();
        // Grade II faults opened 25 minutes ago: leadership at creation, the response clock breached, the
        // handling-plan and customer-update clocks nearing theirs.
        const qint64 closing = test::addTicket(s.db(), people, u"T-1"_s, 2, start.addSecs(-1500), people.technician);
        const qint64 open = test::addTicket(s.db(), people, u"T-2"_s, 2, start.addSecs(-1500), people.technician);
        mailSink.failNext(1);
        robot.failNext(1);

        // Three consoles and the watcher, at the same moment.
        std::vector<std::unique_ptr<storage::Database>> consoles;
        for (int i = 0; i < 3; ++i) {
            consoles.push_back(std::make_unique<storage::Database>(s.url()));
            consoles.back()->open(storage::Database::SchemaPolicy::RequireCurrent);
        }
        for (const auto &c : consoles)
            QTRY_VERIFY_WITH_TIMEOUT(c->isWritable(), 30000);
        const core::EscalationEngine engine = engineOf(s.db());
        const QStringList mailOptions{u"--smtp-url"_s, mailSink.url().toString(), u"--smtp-from"_s,
                                      u"govops@example.test"_s};
        // The watcher logs in to the mail server with the password from the environment.
        QProcess *watcher = startAdmin(
            QStringList{u"escalate"_s, u"--db"_s, s.url().toString(), u"--smtp-user"_s, u"govops"_s} + mailOptions,
            this, u"s3cret-密码"_s);
        QList<QFuture<core::Result<storage::EscalationPassReport>>> passes;
        for (const auto &c : consoles)
            passes.append(
                c->run<core::Result<storage::EscalationPassReport>>([engine, now = system.now()](QSqlDatabase &db) {
                    return storage::runEscalationPass(db, engine, now);
                }));
        QTRY_VERIFY_WITH_TIMEOUT(watcher->state() == QProcess::NotRunning, 120000);
        const QString out = QString::fromUtf8(watcher->readAllStandardOutput());
        QVERIFY2(watcher->exitCode() == 0, qPrintable(out + QString::fromUtf8(watcher->readAllStandardError())));
        QVERIFY(!mailSink.logins().isEmpty());
        QCOMPARE(QSet<QString>(mailSink.logins().cbegin(), mailSink.logins().cend()),
                 QSet<QString>{u"govops:s3cret-密码"_s});
        int recorded = recordedBy(out);
        for (auto &f : passes) {
            QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 60000);
            QVERIFY_OK(f.result());
            recorded += int(f.result().value().recorded.size());
        }
        // Every step recorded by exactly one of them.
        const qint64 rows = test::countRows(s.db(), u"SELECT count(*) FROM escalations"_s);
        QVERIFY(rows >= 4);
        QCOMPARE(recorded, int(rows));
        QCOMPARE(
            test::countRows(s.db(), u"SELECT count(*) FROM escalations WHERE clock = 'ticket' AND step = 'created'"_s),
            2);

        // Delivery: the watcher again and a console's dispatcher at once, then the retries a minute later.
        core::ManualClock clock(system.now());
        notify::SmtpSender smtp({mailSink.url(), u"govops@example.test"_s, {}, {}, {}});
        notify::WebhookSender webhooks;
        notify::Dispatcher dispatcher(consoles.front().get(), &smtp, &webhooks, clock, u"console-1"_s);
        QProcess *again = startAdmin(QStringList{u"escalate"_s, u"--db"_s, s.url().toString()} + mailOptions, this);
        auto round = dispatcher.dispatchDue();
        QTRY_VERIFY_WITH_TIMEOUT(again->state() == QProcess::NotRunning && round.isFinished(), 120000);
        QCOMPARE(again->exitCode(), 0);
        QVERIFY_OK(round.result());
        clock.advance(120);
        auto retry = dispatcher.dispatchDue();
        QTRY_VERIFY_WITH_TIMEOUT(retry.isFinished(), 60000);
        QVERIFY_OK(retry.result());

        const qint64 mails = test::countRows(
            s.db(), u"SELECT count(*) FROM escalation_deliveries d JOIN escalation_channels c ON c.id = d.channel_id"
                    " WHERE c.kind = 'smtp'"_s);
        const qint64 posts = test::countRows(
            s.db(), u"SELECT count(*) FROM escalation_deliveries d JOIN escalation_channels c ON c.id = d.channel_id"
                    " WHERE c.kind = 'webhook'"_s);
        qInfo("%lld steps (%d by the watcher), %lld mails, %lld robot posts", rows, recordedBy(out), mails, posts);
        QVERIFY(mails >= 4);
        QVERIFY(posts >= 2);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE status <> 'sent'"_s), 0);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE attempts = 2"_s), 2);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE attempts > 2"_s), 0);
        QCOMPARE(mailSink.mails().size(), int(mails));
        QCOMPARE(robot.bodies().size(), int(posts));
        QSet<QString> messageIds;
        for (const test::SinkMail &m : mailSink.mails())
            messageIds.insert(m.header("Message-ID"));
        QCOMPARE(messageIds.size(), int(mails)); // no delivery sent twice

        // Closing a ticket stops its further steps; the other one goes on to its resolution breach.
        QVERIFY_OK(storage::exec(s.db(), u"UPDATE tickets SET status = 'closed', closed_at = ? WHERE id = ?"_s,
                                 {storage::toDb(start, storage::Backend::Postgres), closing}, u"close"_s));
        const int closedBefore = stepsOf(s.db(), closing);
        const int openBefore = stepsOf(s.db(), open);
        QVERIFY_OK(storage::runEscalationPass(s.db(), engineOf(s.db()), start.addSecs(7 * 3600)));
        QCOMPARE(stepsOf(s.db(), closing), closedBefore);
        QVERIFY(stepsOf(s.db(), open) > openBefore);

        // Deactivating the policy version stops every escalation of its tickets, even a new grade II fault's.
        const qint64 fresh = test::addTicket(s.db(), people, u"T-3"_s, 2, start, people.technician);
        QVERIFY_OK(storage::exec(s.db(), u"UPDATE sla_policy SET active = false WHERE version = 1"_s, QVariantList{},
                                 u"deactivate"_s));
        const int openNow = stepsOf(s.db(), open);
        QVERIFY_OK(storage::runEscalationPass(s.db(), engineOf(s.db()), start.addSecs(14 * 3600)));
        QCOMPARE(stepsOf(s.db(), fresh), 0);
        QCOMPARE(stepsOf(s.db(), open), openNow);
    }

    // --watch goes on until SIGTERM, then exits 0.
    void watchStopsOnSigterm()
    {
        test::Scratch s(u"postgres"_s, {});
        QVERIFY(s.migrate());
        QVERIFY_OK(storage::CalendarRepository(s.db()).importDefaultIfEmpty());
        QProcess *watcher =
            startAdmin({u"escalate"_s, u"--watch"_s, u"--interval"_s, u"1"_s, u"--db"_s, s.url().toString()}, this);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watcher->readAllStandardOutput()).count("Deliveries:") >= 2, 60000);
        watcher->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(watcher->state() == QProcess::NotRunning, 30000);
        QCOMPARE(watcher->exitStatus(), QProcess::NormalExit);
        QCOMPARE(watcher->exitCode(), 0);
        out += watcher->readAllStandardOutput();
        QVERIFY2(out.contains("Stopped."), out.constData());
    }

    void usage()
    {
        QProcess *p = startAdmin({u"escalate"_s, u"--db"_s, u"sqlite:///tmp/x.db"_s, u"--smtp-url"_s,
                                  u"smtp://u:hunter2@mail.example"_s, u"--smtp-from"_s, u"a@b"_s},
                                 this);
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 30000);
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(u"GOVOPS_SMTP_PASSWORD"_s), qPrintable(err));
        QVERIFY(!err.contains(u"hunter2"_s));
    }
};

QTEST_GUILESS_MAIN(TestAdminEscalate)
#include "test_admin_escalate.moc"
