#pragma once

#include <QtGlobal>

namespace govops::tickets {

// How close a ticket's deadline is, for colour: the one threshold every ticket panel uses.
enum class DeadlineState { None, Ok, Warning, Breached };
constexpr qint64 WarningSeconds = 30 * 60; // also what the queue's "breaching soon" filter means
DeadlineState deadlineState(qint64 secondsLeft);

} // namespace govops::tickets
