#pragma once

// Domain vocabulary shared by every layer, with the string form each value has in storage.
// Storage strings are stable identifiers (lower_snake_case, grades as Roman numerals): never
// translate them and never change one without a migration. The functions are named toStorage /
// xxxFromStorage, not toString, on purpose: a free toString(T) returning QString would hijack
// QTest's toString(T) hook (found by ADL) and break QCOMPARE on these types and lists of them.

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace govops::core {

enum class TicketKind : quint8 { Fault, ServiceRequest, Consultation };
enum class Grade : quint8 { I, II, III, IV }; // I = most urgent (紧急) … IV = ordinary (普通)
enum class Channel : quint8 { Phone, Mailbox, Portal };
enum class TicketStatus : quint8 { New, Assigned, InProgress, WaitingCustomer, Resolved, Closed };
enum class Responsibility : quint8 { Platform, Carrier, CustomerSystem, ThirdParty };
enum class Role : quint8 {
    Agent,             // 服务受理岗: service desk, 24/7
    Technician,        // 运维专业技术员
    OpsManager,        // 运维管理员 (O&M manager)
    OperationsManager, // 运营管理员 (resources, reports, policy data)
    VipManager,        // VIP客户经理
    Supervisor,        // shift supervisor (值班主管)
    Leadership,        // 业务主管领导
    DeptMaintainer,    // 委办局应用维护人员: sees their own department only
};

inline constexpr int kTicketKindCount = 3;
inline constexpr int kGradeCount = 4;
inline constexpr int kTicketStatusCount = 6;

QString toStorage(TicketKind v);
QString toStorage(Grade v);
QString toStorage(Channel v);
QString toStorage(TicketStatus v);
QString toStorage(Responsibility v);
QString toStorage(Role v);

// Parsing storage strings: exact, case-sensitive; std::nullopt for anything else.
std::optional<TicketKind> ticketKindFromStorage(QStringView s);
std::optional<Grade> gradeFromStorage(QStringView s);
std::optional<Channel> channelFromStorage(QStringView s);
std::optional<TicketStatus> ticketStatusFromStorage(QStringView s);
std::optional<Responsibility> responsibilityFromStorage(QStringView s);
std::optional<Role> roleFromStorage(QStringView s);

// Every value of each enum, in declaration order (for combo boxes, data-driven tests, validation).
QList<TicketKind> allTicketKinds();
QList<Grade> allGrades();
QList<Channel> allChannels();
QList<TicketStatus> allTicketStatuses();
QList<Responsibility> allResponsibilities();
QList<Role> allRoles();

// A ticket is open until it is closed. A resolved ticket is still open (it may be reopened), but
// its resolution work is done; see isWorkDone().
constexpr bool isOpen(TicketStatus s)
{
    return s != TicketStatus::Closed;
}
constexpr bool isWorkDone(TicketStatus s)
{
    return s == TicketStatus::Resolved || s == TicketStatus::Closed;
}

// The legal status changes (anything else is refused, including "changing" to the same status):
//   new              -> assigned, in_progress, resolved (answered at once on the phone)
//   assigned         -> new (released back to the queue), in_progress, waiting_customer, resolved
//   in_progress      -> waiting_customer, resolved
//   waiting_customer -> in_progress, resolved
//   resolved         -> in_progress (reopened), closed
//   closed           -> nothing: closed is final
// Closing also needs the post-incident analysis for some grades: see PostIncident.h.
bool isLegalTransition(TicketStatus from, TicketStatus to);
Status checkTransition(TicketStatus from, TicketStatus to);
QList<TicketStatus> legalNextStatuses(TicketStatus from);

} // namespace govops::core
