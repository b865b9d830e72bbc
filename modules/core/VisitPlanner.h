#pragma once

// Return visits (客户回访, seed 000 §4.2; DOMAIN.md "Return visits"): which visits are owed, when, and how a
// new plan is reconciled with the visits already in the schedule.
//
// Every planned visit has a key that names what it is for ("after_fault/t42", "new_customer/d5/day8",
// "vip_call/d5/2026-11", "vip_onsite/b17/2026-Q4"), so generation is idempotent: planning again yields the
// same keys, and reconcile() turns a plan into the few changes the schedule needs. A visit that was logged
// (done), missed or cancelled is never touched; only visits still planned are rescheduled or cancelled.
//
// Due dates are instants at the close of business of a working day of the business calendar:
//   after a service operation  the working day on or after its completion, plus afterServiceWorkingDays
//   after a fault              the working day on or after its resolution, plus afterFaultWorkingDays
//   new customer               day N (3, 8, 15) after the first resources, moved to the next working day;
//                              a day that falls after the customer reported the migration done is not owed
//   VIP monthly call           the last working day of each month from the month the customer became VIP
//   VIP quarterly on-site      the last working day of each calendar quarter, likewise
// Recurring VIP visits are planned for the months and quarters that end inside the planning window.

#include "core/BusinessCalendar.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace govops::core {

enum class VisitKind : quint8 { AfterService, AfterFault, NewCustomer, Vip };
enum class VisitMode : quint8 { Call, OnSite };
enum class VisitState : quint8 { Planned, Done, Missed, Cancelled };
// Who is expected to make the visit: the acceptance desk, or the customer's VIP account manager.
enum class VisitOwner : quint8 { Desk, AccountManager };

QString toStorage(VisitKind k);  // after_service, after_fault, new_customer, vip
QString toStorage(VisitMode m);  // call, on_site
QString toStorage(VisitState s); // planned, done, missed, cancelled
std::optional<VisitKind> visitKindFromStorage(QStringView s);
std::optional<VisitMode> visitModeFromStorage(QStringView s);
std::optional<VisitState> visitStateFromStorage(QStringView s);

// The visit rules as policy data; the defaults are the seed's.
struct VisitRules
{
    QList<int> newCustomerDays{3, 8, 15};
    int afterServiceWorkingDays = 0;
    int afterFaultWorkingDays = 1;
    int vipHostThreshold = 4; // a customer or business system with MORE than this many cloud hosts is VIP
};

// VIP: more cloud hosts than the threshold, or flagged for priority protection by hand.
bool isVip(int cloudHosts, bool flagged, const VisitRules &rules);

struct ServiceCompletion
{
    qint64 ticketId = 0;
    qint64 departmentId = 0;
    QDateTime completedAt;
};

struct HandledFault
{
    qint64 ticketId = 0;
    qint64 departmentId = 0;
    QDateTime resolvedAt;
    bool vipCustomer = false; // the VIP account manager may make the visit
};

struct CustomerStart
{
    qint64 departmentId = 0;
    QDate firstResourcesOn;
    std::optional<QDate> migrationDoneOn;
};

// A VIP customer (a department) or a VIP business system of one.
struct VipSubject
{
    qint64 departmentId = 0;
    std::optional<qint64> businessSystemId;
    QDate vipSince;
};

struct VisitPlanInput
{
    QList<ServiceCompletion> services;
    QList<HandledFault> faults;
    QList<CustomerStart> newCustomers;
    QList<VipSubject> vips;
    QDate windowFrom; // recurring visits: periods ending in [windowFrom, windowTo]
    QDate windowTo;
};

struct PlannedVisit
{
    QString key;
    VisitKind kind = VisitKind::AfterFault;
    VisitMode mode = VisitMode::Call;
    VisitOwner owner = VisitOwner::Desk;
    qint64 departmentId = 0;
    std::optional<qint64> ticketId;
    std::optional<qint64> businessSystemId;
    int planDay = 0; // new customers: 3, 8 or 15; otherwise 0
    QDateTime dueAt;
    friend bool operator==(const PlannedVisit &, const PlannedVisit &) = default;
};

// Every visit the input owes, by due instant (visits due at the same instant in input order: services, faults,
// new customers, VIPs). Fails only when the calendar lacks
// a year a due date needs; the error names the year.
Result<QList<PlannedVisit>> planVisits(const VisitPlanInput &input, const VisitRules &rules,
                                       const BusinessCalendar &calendar);

// A visit already in the schedule, as reconcile() needs it.
struct ScheduledVisit
{
    qint64 id = 0;
    QString key;
    VisitState state = VisitState::Planned;
    QDateTime dueAt;
};

struct Reschedule
{
    qint64 visitId = 0;
    QDateTime dueAt;
    friend bool operator==(const Reschedule &, const Reschedule &) = default;
};

struct VisitChanges
{
    QList<PlannedVisit> create;   // keys not yet in the schedule
    QList<Reschedule> reschedule; // still planned, and now due at another instant
    QList<qint64> cancel;         // still planned, no longer owed, and due inside the window
    bool isEmpty() const { return create.isEmpty() && reschedule.isEmpty() && cancel.isEmpty(); }
};

// What turns `scheduled` into `planned`. A visit not owed any more is cancelled only when its due date lies in
// [windowFrom, windowTo]: the plan says nothing about visits outside the window it was made for.
VisitChanges reconcile(const QList<PlannedVisit> &planned, const QList<ScheduledVisit> &scheduled,
                       QDate windowFrom, QDate windowTo);

} // namespace govops::core
