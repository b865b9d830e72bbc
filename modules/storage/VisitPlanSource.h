#pragma once

#include "core/BusinessCalendar.h"
#include "core/Result.h"
#include "core/VisitPlanner.h"
#include "storage/VisitRepository.h"

#include <QDate>
#include <QSqlDatabase>

namespace govops::storage {

// What the return-visit rules (core/VisitPlanner.h) are applied to, read from the database:
//   after a service operation  service requests resolved (resolved_at)
//   after a fault              faults resolved; the VIP account manager's when the customer or system is VIP
//   new customer               a department's first resources: the earliest created_at of its configuration
//                              items. The schema records no "migration done", so every day 3, 8, 15 is owed.
//   VIP                        a department flagged VIP or with more than rules.vipHostThreshold cloud hosts
//                              (configuration items of kind vm, not retired); otherwise each of its business
//                              systems that is flagged or has that many hosts of its own. Since: its created_at.
// Events are read from a lookback before the window on, so that a visit due inside the window whose event
// came before it is still owed (and not cancelled as "no longer owed").
// Use on the Database worker thread, inside Database::run().
class VisitPlanSource
{
public:
    explicit VisitPlanSource(QSqlDatabase &db) : m_db(db) {}

    // Days before windowFrom from which events are read: longer than any working-day rule plus the longest
    // holiday (the Spring Festival's eight days off), and than the last new-customer day.
    static constexpr int lookbackDays = 45;

    core::Result<core::VisitPlanInput> input(QDate windowFrom, QDate windowTo, const core::VisitRules &rules,
                                             const QTimeZone &zone);
    // The business calendar (every loaded year) in the working hours of the active SLA policy.
    core::Result<core::BusinessCalendar> calendar();

private:
    QSqlDatabase &m_db;
};

// `govops-admin visits generate`: reads the input for [windowFrom, windowTo] and applies the plan
// (VisitRepository::applyPlan) with the business calendar of the active policy.
core::Result<VisitPlanReport> generateVisits(QSqlDatabase &db, QDate windowFrom, QDate windowTo,
                                             const core::VisitRules &rules, std::optional<qint64> actorId,
                                             const QDateTime &now);

} // namespace govops::storage
