#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace govops::storage {
class Database;
}

namespace govops::notify {

class SmtpSender;
class WebhookSender;

struct DispatchReport
{
    int claimed = 0;
    int sent = 0;
    int retrying = 0;          // failed this time, tried again later
    int gaveUp = 0;            // failed for the last time
    QStringList deliveredTo;   // "mail:a@b", "webhook:robot name"
    QList<core::Error> errors; // one per failed attempt, for the log
};

// Sends the escalation deliveries that are due: claims them (storage on the database's thread), sends each
// (mail, robots), and records sent or failed with a backoff. Any number of dispatchers, in any number of
// processes, may run at once: each delivery is claimed by one of them.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    // `smtp` may be null (no mail server configured): mail deliveries then wait in the queue.
    Dispatcher(storage::Database *database, SmtpSender *smtp, WebhookSender *webhooks, const core::Clock &clock,
               QString workerId, QObject *parent = nullptr);

    void setBatchSize(int deliveries) { m_batch = deliveries; }

    // One round: everything due now (up to the batch size). Finishes on this object's thread once every
    // outcome is recorded.
    QFuture<core::Result<DispatchReport>> dispatchDue();

private:
    storage::Database *m_database;
    SmtpSender *m_smtp;
    WebhookSender *m_webhooks;
    const core::Clock &m_clock;
    QString m_worker;
    int m_batch = 100;
    std::chrono::seconds m_lease{300};
};

} // namespace govops::notify
