#pragma once

#include "core/SlaClock.h"
#include "core/SlaPolicy.h"

#include <QString>

namespace govops::tickets {

// More words of the ticket panels for people, beside TicketTexts.h: the ones the actions and the detail
// view need (the database speaks storage::codes, core its enums).
QString kindTitle(const QString &kind);                     // "service_request" -> "Service request"
QString gradeMeaning(int grade);                            // 1 -> "I – Urgent"
QString responsibilityTitle(const QString &responsibility); // "customer_system" -> "Customer's own system"
QString eventTitle(const QString &kind);                    // "status_change" -> "Status changed"
QString clockTitle(core::ClockKind kind);                   // Response, Handling plan, …
QString clockStatusTitle(core::ClockStatus status);         // OK, Warning, Breached, …
QString dateTimeText(const QDateTime &at);                  // local time, "2026-11-22 10:42"

} // namespace govops::tickets
