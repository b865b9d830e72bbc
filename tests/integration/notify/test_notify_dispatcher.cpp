#include "EscalationFixture.h"
#include "MailSinks.h"
#include "StorageTestSupport.h"
#include "notify/DeliveryQueue.h"
#include "notify/Dispatcher.h"
#include "notify/SmtpSender.h"
#include "notify/WebhookSender.h"
#include "storage/Database.h"
#include "storage/EscalationRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace govops;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

// One breach step that tells supervisor, leadership and the owner: three mails and one robot post.
qint64 recordBreach(QSqlDatabase &db, const test::EscalationPeople &people)
{
    const qint64 ticket = test::addTicket(db, people, u"T-1"_s, 2, kNow.addSecs(-7 * 3600), people.technician);
    core::DueStep s;
    s.key = {ticket, core::ClockKind::Resolution, 0, core::EscalationStep::Breach};
    s.recipients = {true, {core::Role::Supervisor, core::Role::Leadership}};
    s.grade = core::Grade::II;
    s.dueSince = kNow;
    s.deadline = kNow.addSecs(-3600);
    const auto recorded = storage::EscalationRepository(db).record({s}, kNow);
    if (!recorded || recorded.value().size() != 1)
        qFatal("could not record the breach");
    return ticket;
}

} // namespace

class TestNotifyDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackends(); }

    // Each delivery reaches its sink once; one refused by each sink is tried again after the backoff and
    // then delivered, with attempts = 2.
    void deliversOnceAndRetries()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        test::SmtpSink mailSink;
        test::HttpSink robot;
        const auto people = test::seedEscalationPeople(s.db(), robot.url());
        const qint64 ticket = recordBreach(s.db(), people);

        storage::Database database(s.url());
        QSignalSpy state(&database, &storage::Database::stateChanged);
        database.open(storage::Database::SchemaPolicy::RequireCurrent);
        QTRY_VERIFY(database.isWritable());

        notify::SmtpSender smtp({mailSink.url(), u"govops@example.test"_s, {}, {}, {}});
        notify::WebhookSender webhooks;
        core::ManualClock clock(kNow);
        notify::Dispatcher dispatcher(&database, &smtp, &webhooks, clock, u"test-dispatcher"_s);
        mailSink.failNext(1);
        robot.failNext(1);

        auto first = dispatcher.dispatchDue();
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), 60000);
        QVERIFY_OK(first.result());
        QCOMPARE(first.result().value().claimed, 4);
        QCOMPARE(first.result().value().sent, 2);
        QCOMPARE(first.result().value().retrying, 2);
        QCOMPARE(mailSink.mails().size(), 2);
        QCOMPARE(robot.bodies().size(), 0);

        // Not yet due again: the backoff is a minute.
        auto early = dispatcher.dispatchDue();
        QTRY_VERIFY_WITH_TIMEOUT(early.isFinished(), 60000);
        QCOMPARE(early.result().value().claimed, 0);

        clock.advance(60);
        auto second = dispatcher.dispatchDue();
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 60000);
        QVERIFY_OK(second.result());
        QCOMPARE(second.result().value().sent, 2);
        QCOMPARE(second.result().value().retrying, 0);

        QCOMPARE(mailSink.mails().size(), 3);
        QCOMPARE(robot.bodies().size(), 1);
        QSet<QString> to, ids;
        for (const test::SinkMail &m : mailSink.mails()) {
            QCOMPARE(m.to.size(), 1);
            to.insert(m.to.first());
            ids.insert(m.header("Message-ID"));
            QVERIFY2(m.subject().contains(u"数据库宕机 T-1"_s), qPrintable(m.subject()));
            QVERIFY(m.body().contains(u"市大数据中心"_s));
            QCOMPARE(m.from, u"govops@example.test"_s);
        }
        QCOMPARE(to, (QSet<QString>{u"lead@example.test"_s, u"sup@example.test"_s, u"tech@example.test"_s}));
        QCOMPARE(ids.size(), 3);
        const QJsonObject post = QJsonDocument::fromJson(robot.bodies().first()).object();
        QCOMPARE(post.value(u"msgtype"_s).toString(), u"text"_s);
        QVERIFY(post.value(u"text"_s).toObject().value(u"content"_s).toString().contains(u"T-1"_s));

        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE status = 'sent'"_s), 4);
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE attempts = 2"_s), 2);
        const auto records = storage::EscalationRepository(s.db()).forTickets({ticket});
        QVERIFY_OK(records);
        QCOMPARE(records.value().first().deliveredTo,
                 (QStringList{u"mail:lead@example.test"_s, u"mail:sup@example.test"_s, u"mail:tech@example.test"_s,
                              u"webhook:duty-robot"_s}));
    }

    // Two dispatchers never hold the same delivery; one whose dispatcher died is taken over after its lease.
    void claimsAreExclusive()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto people = test::seedEscalationPeople(s.db(), QUrl(u"http://127.0.0.1:1/robot/send"_s));
        recordBreach(s.db(), people);
        notify::DeliveryQueue queue(s.db());
        const QStringList kinds{u"smtp"_s, u"webhook"_s};
        const auto a = queue.claim(u"a"_s, kinds, kNow, 100, std::chrono::seconds(300));
        QVERIFY_OK(a);
        QCOMPARE(a.value().size(), 4);
        const auto b = queue.claim(u"b"_s, kinds, kNow.addSecs(10), 100, std::chrono::seconds(300));
        QVERIFY_OK(b);
        QVERIFY(b.value().isEmpty());
        // "a" died while sending; after its lease "b" takes the rows over, and a late word from "a" changes nothing.
        const auto taken = queue.claim(u"b"_s, {u"webhook"_s}, kNow.addSecs(301), 100, std::chrono::seconds(300));
        QVERIFY_OK(taken);
        QCOMPARE(taken.value().size(), 1);
        QCOMPARE(taken.value().first().attempts, 2);
        QCOMPARE(taken.value().first().recipient, u"duty-robot"_s);
        QVERIFY_OK(queue.markSent(taken.value().first().id, u"a"_s, kNow.addSecs(302)));
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE status = 'sent'"_s), 0);
        QVERIFY_OK(queue.markSent(taken.value().first().id, u"b"_s, kNow.addSecs(302)));
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE status = 'sent'"_s), 1);
    }

    // After five failed attempts the delivery is given up, with the last error kept.
    void givesUpAfterFiveAttempts()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto people = test::seedEscalationPeople(s.db(), QUrl(u"http://127.0.0.1:1/robot/send"_s));
        recordBreach(s.db(), people);
        notify::DeliveryQueue queue(s.db());
        QDateTime at = kNow;
        for (int attempt = 1; attempt <= notify::DeliveryQueue::kMaxAttempts; ++attempt) {
            const auto claimed = queue.claim(u"w"_s, {u"webhook"_s}, at, 100, std::chrono::seconds(300));
            QVERIFY_OK(claimed);
            QCOMPARE(claimed.value().size(), 1);
            QCOMPARE(claimed.value().first().attempts, attempt);
            QVERIFY_OK(queue.markFailed(claimed.value().first().id, u"w"_s, u"451 try later"_s, at));
            at = at.addSecs(notify::DeliveryQueue::backoffSeconds(attempt));
        }
        QCOMPARE(test::countRows(s.db(), u"SELECT count(*) FROM escalation_deliveries WHERE status = 'failed'"
                                         " AND attempts = 5 AND last_error = '451 try later'"_s),
                 1);
        QCOMPARE(notify::DeliveryQueue::backoffSeconds(1), 60);
        QCOMPARE(notify::DeliveryQueue::backoffSeconds(2), 300);
        QCOMPARE(notify::DeliveryQueue::backoffSeconds(4), 900);
    }

    // A mail server that cannot be reached: the error names the server and what failed.
    void smtpErrorNamesTheServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        notify::SmtpSender smtp({QUrl(u"smtp://127.0.0.1:%1"_s.arg(port)), u"govops@example.test"_s, {}, {}, {}});
        auto sent = smtp.send({u"x@example.test"_s, u"s"_s, u"b"_s, kNow, {}});
        QTRY_VERIFY_WITH_TIMEOUT(sent.isFinished(), 60000);
        QVERIFY(!sent.result());
        QVERIFY2(sent.result().error().message.contains(u"127.0.0.1:%1"_s.arg(port)),
                 qPrintable(sent.result().error().message));
        QVERIFY(sent.result().error().message.contains(u"no connection"_s));
    }

    // A robot that answers 200 with an errcode refused the message.
    void webhookErrcodeIsAFailure()
    {
        test::HttpSink robot;
        robot.answerErrcode(93000);
        notify::WebhookSender webhooks;
        auto posted = webhooks.post(robot.url(), u"hello"_s);
        QTRY_VERIFY_WITH_TIMEOUT(posted.isFinished(), 60000);
        QVERIFY(!posted.result());
        QVERIFY2(posted.result().error().message.contains(u"refused"_s), qPrintable(posted.result().error().message));
        QVERIFY(!posted.result().error().message.contains(u"key=test"_s)); // the token stays out of messages
    }
};

QTEST_GUILESS_MAIN(TestNotifyDispatcher)
#include "test_notify_dispatcher.moc"
