#include "storage/EscalationPass.h"

#include "storage/TicketFacts.h"

using namespace Qt::StringLiterals;

namespace govops::storage {

core::Result<EscalationPassReport> runEscalationPass(QSqlDatabase &db, const core::EscalationEngine &engine,
                                                     const QDateTime &now)
{
    auto unclosed = TicketFactsQuery(db).unclosed();
    if (!unclosed)
        return unclosed.error();
    QList<core::TicketFacts> facts;
    QList<qint64> ids;
    facts.reserve(unclosed.value().size());
    ids.reserve(unclosed.value().size());
    for (const TicketWithFacts &t : std::as_const(unclosed.value())) {
        facts.append(t.facts);
        ids.append(t.facts.id);
    }
    EscalationRepository escalations(db);
    auto recorded = escalations.recorded(ids);
    if (!recorded)
        return recorded.error();
    const core::EscalationResult result = engine.evaluate(facts, now, recorded.value());
    auto written = escalations.record(result.due, now);
    if (!written)
        return written.error();
    EscalationPassReport report;
    report.evaluated = int(facts.size());
    report.runningClocks = result.runningClocks;
    report.recorded = written.value();
    report.problems = result.problems;
    return report;
}

} // namespace govops::storage
