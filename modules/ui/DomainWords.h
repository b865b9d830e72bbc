#pragma once

#include "core/SlaClock.h"
#include "core/SlaPolicy.h"

#include <QDateTime>
#include <QString>

namespace govops::ui {

// The words of the domain for people, the same in every panel (the database speaks storage::codes, core its enums).
QString statusTitle(const QString &status);                 // "in_progress" -> "In progress"
QString channelTitle(const QString &channel);               // "mailbox" -> "Mailbox"
QString gradeTitle(int grade);                              // 1 … 4 -> "I" … "IV"
QString gradeMeaning(int grade);                            // 1 -> "I – Urgent: …"
QString kindTitle(const QString &kind);                     // "service_request" -> "Service request"
QString responsibilityTitle(const QString &responsibility); // "customer_system" -> "Customer's own system"
QString eventTitle(const QString &kind);                    // "status_change" -> "Status changed"
QString clockTitle(core::ClockKind kind);                   // Response, Handling plan, …
QString clockStatusTitle(core::ClockStatus status);         // On time, Warning, Breached, …
QString dateTimeText(const QDateTime &at);                  // local time, "2026-11-22 10:42"

// A countdown: "12:34" (minutes:seconds) under an hour, "3:12:34" under a day, "2d 03:12" beyond; overdue ones get
// a leading minus ("-05:10").
QString countdownText(qint64 secondsLeft);
// How long since something happened: "12m", "4h 12m", "3d 4h".
QString ageText(qint64 seconds);

} // namespace govops::ui
