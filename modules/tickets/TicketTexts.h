#pragma once

#include <QDateTime>
#include <QString>

namespace govops::tickets {

// Words of the ticket panels, translated for people (the database speaks storage::codes).
QString statusTitle(const QString &status);   // "in_progress" -> "In progress"
QString channelTitle(const QString &channel); // "mailbox" -> "Mailbox"
QString gradeTitle(int grade);                // 1 … 4 -> "I" … "IV"

// How close a deadline is, for colour: the one threshold every ticket panel uses.
enum class DeadlineState { None, Ok, Warning, Breached };
constexpr qint64 WarningSeconds = 30 * 60; // also what the queue's "breaching soon" filter means
DeadlineState deadlineState(qint64 secondsLeft);

// A countdown as the queue shows it: "12:34" (minutes:seconds) under an hour, "3:12:34" under a day,
// "2d 03:12" beyond; overdue ones get a leading minus ("-05:10").
QString countdownText(qint64 secondsLeft);
// How long since something happened: "12m", "4h 12m", "3d 4h".
QString ageText(qint64 seconds);

} // namespace govops::tickets
