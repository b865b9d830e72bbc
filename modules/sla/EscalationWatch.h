#pragma once

#include "sla/Notifier.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace govops::core {
class Clock;
}
namespace govops::storage {
class Database;
}

namespace govops::sla {

struct ClockRow;

// The console's own escalation pass and the person's notifications.
//
// Every PassInterval it runs storage::runEscalationPass on the database thread, so that steps are recorded even
// when no watcher runs (each step is recorded once whoever gets there first), then reads every step recorded
// since its last look, by anyone. A step concerns the person when they are among its notified staff (the owner,
// when the step names the owner) or their role among its notified roles. Each concerning step is told once
// (Notifier) and stays pending until the person acknowledges it; acknowledging is per person.
// Steps recorded before the console started are not told again: they appear as pending only.
class EscalationWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds PassInterval{15};

    EscalationWatch(storage::Database *database, const core::Clock *clock, QString login, Notifier *notifier,
                    QObject *parent = nullptr);

    void start(); // a pass now, then one every PassInterval

    // Told and not yet acknowledged, oldest first.
    const QList<Notice> &pending() const { return m_pending; }
    qint64 staffId() const { return m_staffId; }

public slots:
    void runPass();
    // One of the person's clocks reached its warning point or deadline at a tick (the model noticed): told at
    // once, before the pass records the step; the step then counts as told.
    void clockReached(const govops::sla::ClockRow &row, bool breached);
    // Acknowledges these steps for this person, on the database thread.
    void acknowledge(const QList<qint64> &escalationIds);

signals:
    void passFinished();
    void pendingChanged();
    void acknowledged();
    void failed(const QString &message);

private:
    void tell(Notice notice, bool notify);

    storage::Database *m_database;
    const core::Clock *m_clock;
    QString m_login;
    Notifier *m_notifier;
    QTimer m_timer;
    qint64 m_staffId = 0;
    qint64 m_lastSeen = -1; // -1: before the first pass
    bool m_running = false;
    QSet<QString> m_told;
    QList<Notice> m_pending;
};

} // namespace govops::sla
