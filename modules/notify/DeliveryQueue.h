#pragma once

#include "core/Result.h"
#include "notify/EscalationMessage.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace govops::notify {

// One claimed delivery of an escalation step, with what the message needs.
struct PendingDelivery
{
    qint64 id = 0;
    qint64 escalationId = 0;
    QString kind;      // smtp | webhook
    QString recipient; // an e-mail address, or the robot channel's name
    QUrl url;          // webhook only
    int attempts = 0;  // including this one
    EscalationNotice notice;
};

// The escalation_deliveries rows as a work queue. A dispatcher claims due rows for itself (for `lease`), sends,
// and records the outcome; two dispatchers never hold the same row. A row whose dispatcher died while sending
// is claimed again once its lease has run out. Use on the Database worker thread.
class DeliveryQueue
{
public:
    static constexpr int kMaxAttempts = 5;

    explicit DeliveryQueue(QSqlDatabase &db) : m_db(db) {}

    // Up to `limit` deliveries of these channel kinds that are due at `now`, oldest first, now held by `worker`.
    // PostgreSQL: UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED); SQLite: a conditional UPDATE per
    // row inside one write transaction.
    core::Result<QList<PendingDelivery>> claim(const QString &worker, const QStringList &kinds, const QDateTime &now,
                                               int limit, std::chrono::seconds lease);
    // Only while `worker` still holds the row; otherwise nothing changes (another dispatcher took it over).
    core::Status markSent(qint64 id, const QString &worker, const QDateTime &now);
    // Tries again after a backoff, or gives up (status failed) after kMaxAttempts.
    core::Status markFailed(qint64 id, const QString &worker, const QString &error, const QDateTime &now);

    // The wait before the next attempt after `attempts` failed ones: 1 min, 5 min, then 15 min.
    static qint64 backoffSeconds(int attempts);

private:
    core::Result<QList<qint64>> claimIds(const QString &worker, const QStringList &kinds, const QDateTime &now,
                                         int limit, std::chrono::seconds lease);

    QSqlDatabase &m_db;
};

} // namespace govops::notify
