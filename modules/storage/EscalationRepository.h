#pragma once

#include "core/Escalation.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace govops::storage {

// One recorded escalation step (a row of `escalations`) and who it told.
struct EscalationRecord
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 departmentId = 0;
    QString clock; // core::EscalationKey::clockString(): a clock's storage string or "ticket"
    int cycle = 0;
    QString step; // core::toStorage(EscalationStep)
    QDateTime firedAt;
    QStringList notifiedRoles;
    QList<qint64> notifiedStaffIds;
    QStringList deliveredTo; // "mail:a@b", "webhook:robot name" that succeeded
};

// Recorded escalation steps, their deliveries and acknowledgements. Use on the Database worker thread,
// inside Database::run().
class EscalationRepository
{
public:
    explicit EscalationRepository(QSqlDatabase &db) : m_db(db) {}

    // The keys already recorded for these tickets (what core::EscalationEngine::evaluate skips).
    core::Result<core::RecordedSteps> recorded(const QList<qint64> &ticketIds);

    // Records each step under its unique key; returns only the steps THIS call recorded (a step another
    // console or the watcher recorded first is left out), with their deliveries queued in the same transaction.
    // A superseded step is recorded but nothing is delivered for it. Recipients: staff with the step's roles
    // (active ones) and the ticket's owner when the step names the owner.
    core::Result<QList<EscalationRecord>> record(const QList<core::DueStep> &due, const QDateTime &now);

    core::Result<QList<EscalationRecord>> forTickets(const QList<qint64> &ticketIds);
    core::Result<QList<EscalationRecord>> since(qint64 afterId); // newest records, for consoles' notifications

    core::Status acknowledge(qint64 escalationId, qint64 staffId, const QDateTime &now); // per person
    core::Result<QSet<qint64>> acknowledged(qint64 staffId, const QList<qint64> &escalationIds);

private:
    core::Result<QList<EscalationRecord>> load(const QString &where, const QVariantList &values);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
