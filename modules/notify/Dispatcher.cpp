#include "notify/Dispatcher.h"

#include "notify/DeliveryQueue.h"
#include "notify/SmtpSender.h"
#include "notify/WebhookSender.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDispatch, "govops.notify.dispatch")

namespace govops::notify {

namespace {

struct Round
{
    QPromise<core::Result<DispatchReport>> promise;
    DispatchReport report;
    int open = 0;

    void finish(core::Result<DispatchReport> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

} // namespace

Dispatcher::Dispatcher(storage::Database *database, SmtpSender *smtp, WebhookSender *webhooks, const core::Clock &clock,
                       QString workerId, QObject *parent)
    : QObject(parent), m_database(database), m_smtp(smtp), m_webhooks(webhooks), m_clock(clock),
      m_worker(std::move(workerId))
{
}

QFuture<core::Result<DispatchReport>> Dispatcher::dispatchDue()
{
    auto round = std::make_shared<Round>();
    round->promise.start();
    QFuture<core::Result<DispatchReport>> future = round->promise.future();

    QStringList kinds;
    if (m_smtp)
        kinds.append(u"smtp"_s);
    if (m_webhooks)
        kinds.append(u"webhook"_s);
    const QString worker = m_worker;
    const QDateTime now = m_clock.now();
    const int batch = m_batch;
    const auto lease = m_lease;
    m_database
        ->run<core::Result<QList<PendingDelivery>>>(
            [=](QSqlDatabase &db) { return DeliveryQueue(db).claim(worker, kinds, now, batch, lease); })
        .then(this, [this, round](const core::Result<QList<PendingDelivery>> &claimed) {
            if (!claimed)
                return round->finish(claimed.error());
            round->report.claimed = int(claimed.value().size());
            round->open = round->report.claimed;
            if (round->open == 0)
                return round->finish(round->report);
            for (const PendingDelivery &d : claimed.value()) {
                const QString target = (d.kind == u"smtp"_s ? u"mail:"_s : u"webhook:"_s) + d.recipient;
                QFuture<core::Status> sending;
                if (d.kind == u"smtp"_s) {
                    MailMessage mail{d.recipient, escalationSubject(d.notice), escalationBody(d.notice), m_clock.now(),
                                     u"escalation-delivery-%1@govops"_s.arg(d.id)};
                    sending = m_smtp->send(mail);
                } else {
                    sending = m_webhooks->post(d.url, escalationSubject(d.notice) + u'\n' + escalationBody(d.notice));
                }
                sending.then(this, [this, round, d, target](const core::Status &sent) {
                    const QString holder = m_worker;
                    const QDateTime at = m_clock.now();
                    const QString error = sent ? QString() : sent.error().message;
                    m_database
                        ->run<core::Status>([=, id = d.id](QSqlDatabase &db) {
                            DeliveryQueue queue(db);
                            return sent ? queue.markSent(id, holder, at) : queue.markFailed(id, holder, error, at);
                        })
                        .then(this, [round, d, target, sent](const core::Status &written) {
                            DispatchReport &r = round->report;
                            if (sent) {
                                ++r.sent;
                                r.deliveredTo.append(target);
                            } else {
                                r.errors.append(sent.error());
                                ++(d.attempts >= DeliveryQueue::kMaxAttempts ? r.gaveUp : r.retrying);
                                qCWarning(lcDispatch).noquote() << sent.error().message << sent.error().detail;
                            }
                            if (!written)
                                r.errors.append(written.error());
                            if (--round->open == 0)
                                round->finish(r);
                        });
                });
            }
        });
    return future;
}

} // namespace govops::notify
