#pragma once

// The post-incident analysis (seed 001 §5.8/§6.1): the fault report must be clear on time, cause
// and result (时间清、原因清、结果清), and the serious faults need preventive measures. Faults of
// the grades the policy names (by default I and II) cannot be closed without all four.

#include "core/Domain.h"
#include "core/Result.h"
#include "core/SlaPolicy.h"
#include "core/Ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace govops::core {

enum class PostIncidentPart : quint8 {
    Time, // when it began and when service was restored
    Cause,
    Outcome,    // "result": what was done and what it achieved
    Prevention, // measures against a recurrence
};
QString toStorage(PostIncidentPart p); // time, cause, result, prevention (storage / field names)

struct PostIncidentAnalysis
{
    QDateTime startedAt;  // the fault began
    QDateTime restoredAt; // service restored
    QString cause;
    QString result;
    QString prevention;
};

// The parts not (properly) filled: a time is missing when either instant is missing or the
// service was "restored" before the fault began; a text is missing when empty or blank.
QList<PostIncidentPart> missingParts(const PostIncidentAnalysis &a);

bool isPostIncidentRequired(TicketKind kind, Grade grade, const QList<Grade> &requiredGrades);

// Done, or Error(Invalid) naming the missing parts (detail: their storage names, comma-separated).
Status checkPostIncident(TicketKind kind, Grade grade, const PostIncidentAnalysis &a,
                         const QList<Grade> &requiredGrades);

// Whether the ticket may be closed now: a legal transition and, where required, a complete analysis.
Status checkClose(const TicketFacts &ticket, const PostIncidentAnalysis &a, const SlaPolicy &policy);

} // namespace govops::core
