#pragma once

#include "core/Result.h"
#include "core/VisitPlanner.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace govops::storage {

// One return visit (客户回访) as stored. Codes are core's storage strings (core/VisitPlanner.h).
struct VisitRecord
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString kind;                           // after_service, after_fault, new_customer, vip
    QString mode = QStringLiteral("call");  // or on_site
    QString owner = QStringLiteral("desk"); // or account_manager
    QString planKey;                        // the planner's key; empty for a visit made by hand
    std::optional<qint64> ticketId;
    std::optional<qint64> businessSystemId;
    std::optional<qint64> contactId;
    std::optional<qint64> assigneeId;
    std::optional<qint64> scriptId;
    std::optional<int> planDay; // new customers: 3, 8 or 15
    QDateTime dueAt;
    QString state = QStringLiteral("planned"); // planned, done, missed, cancelled
    QDateTime doneAt;
    // What was logged. Corrections never change these: they are amendments (VisitRepository::amendments()).
    QString reached;
    QString summary;
    std::optional<int> satisfaction; // 1 … 5
    QString followUp;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    // Read-only display fields from joins; ignored on write.
    QString departmentName;
    QString assigneeName;
    QString ticketNumber;
    QString businessSystemName;
};

// A correction of one field of a logged visit; the visit keeps what was logged.
struct VisitAmendmentRecord
{
    qint64 id = 0;
    qint64 visitId = 0;
    QDateTime amendedAt;
    std::optional<qint64> authorId;
    QString field;    // reached, summary, satisfaction, follow_up
    QString oldValue; // the field before this amendment (logged value or the last amendment's)
    QString newValue;
    QString reason;
};

// Which visits the schedule shows; every condition optional, AND-ed.
struct VisitFilter
{
    QStringList states; // empty: every state
    QStringList kinds;  // empty: every kind
    std::optional<qint64> departmentId;
    std::optional<qint64> assigneeId; // "my visits"
    std::optional<qint64> ticketId;
    QDateTime dueFrom;   // invalid: open-ended; included
    QDateTime dueTo;     // invalid: open-ended; excluded
    QDateTime overdueAt; // valid: only visits still planned and due before this instant
};

// Keyset paging on (due_at, id): page N costs what page 1 costs.
struct VisitCursor
{
    QDateTime dueAt;
    qint64 id = 0;
};

struct VisitPageRequest
{
    VisitFilter filter;
    int limit = 200;                  // 1 … 5000
    std::optional<VisitCursor> after; // empty: the first page
};

struct VisitPage
{
    QList<VisitRecord> rows;
    std::optional<VisitCursor> next; // empty: this was the last page
};

// What a person logs when a visit is made. The visit must still be planned (or missed) at `version`.
struct VisitLog
{
    qint64 visitId = 0;
    int version = 0;
    QString reached;                 // who was reached
    QString summary;                 // what was said
    int satisfaction = 0;            // 1 … 5
    QString followUp;                // follow-up actions
    std::optional<qint64> contactId; // empty: keep the visit's
    QDateTime doneAt;                // invalid: `now`
};

// What applyPlan() changed.
struct VisitPlanReport
{
    int owed = 0; // visits the plan owes inside the window
    int created = 0;
    int rescheduled = 0;
    int cancelled = 0;
};

// The return-visit schedule. Use on the Database worker thread, inside Database::run(). Every write is one
// transaction with an audit row; a logged (done) visit is never overwritten: amend() records corrections
// beside it (the schema refuses changes to a logged visit on both backends).
class VisitRepository
{
public:
    explicit VisitRepository(QSqlDatabase &db) : m_db(db) {}

    static QString toStorage(core::VisitOwner owner); // desk, account_manager
    static QStringList amendableFields();             // reached, summary, satisfaction, follow_up

    core::Result<VisitRecord> get(qint64 id);
    core::Result<VisitRecord> byPlanKey(const QString &key);
    // Ordered by (due_at, id).
    core::Result<VisitPage> page(const VisitPageRequest &request);
    core::Result<qint64> count(const VisitFilter &filter);

    // Marks the visit done with what was logged, if `log.version` is still the stored one (else Code::Conflict);
    // a visit already logged or cancelled is Code::Invalid (a logged one: amend it).
    core::Result<VisitRecord> logVisit(const VisitLog &log, std::optional<qint64> actorId, const QDateTime &now);
    // Records a correction of `field` of a logged visit at `version`; the visit's own values stay as they were
    // logged, its version goes up (so other consoles see it changed). `reason` is required.
    core::Result<VisitAmendmentRecord> amend(qint64 visitId, int version, const QString &field, const QString &newValue,
                                             const QString &reason, std::optional<qint64> actorId,
                                             const QDateTime &now);
    core::Result<QList<VisitAmendmentRecord>> amendments(qint64 visitId); // oldest first
    // The visit as it reads after its amendments (the stored row keeps what was logged).
    core::Result<VisitRecord> amended(qint64 visitId);

    // Plans the visits `input` owes, keeps those due in [input.windowFrom, input.windowTo] (dates in the
    // calendar's zone), reconciles them with the keyed visits of that window (core::reconcile) and writes the
    // creations, reschedules and cancellations in one transaction with one audit row. Visits that are done,
    // missed or cancelled are never touched; a key already stored is never added again, whoever wrote it.
    core::Result<VisitPlanReport> applyPlan(const core::VisitPlanInput &input, const core::VisitRules &rules,
                                            const core::BusinessCalendar &calendar, std::optional<qint64> actorId,
                                            const QDateTime &now);

private:
    core::Result<VisitRecord> one(const QString &where, const QVariant &value);
    core::Error conflict(qint64 visitId, int yourVersion);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
