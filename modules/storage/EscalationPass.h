#pragma once

#include "core/Escalation.h"
#include "core/Result.h"
#include "storage/EscalationRepository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace govops::storage {

struct EscalationPassReport
{
    int evaluated = 0;                // unclosed tickets looked at
    int runningClocks = 0;            // clocks found running (ok, warning, breached)
    QList<EscalationRecord> recorded; // the steps this pass recorded (others may have recorded the rest)
    QList<core::EscalationProblem> problems;
};

// One evaluation: facts of every unclosed ticket (TicketFactsQuery), steps recorded so far, the engine, record.
// Any number of consoles and watchers may run it at the same moment: each step is recorded (and its deliveries
// queued) exactly once. Use on the Database worker thread.
core::Result<EscalationPassReport> runEscalationPass(QSqlDatabase &db, const core::EscalationEngine &engine,
                                                     const QDateTime &now);

} // namespace govops::storage
