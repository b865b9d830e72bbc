// escalation_eval: EscalationEngine::evaluate over every open ticket of a busy desk (≥ 20,000
// running clocks), as the watcher and every console run it. Target: ≤ 10 ms.
//   escalation_eval       steady state: the steps already due are recorded; p95 of 200 passes
//   escalation_eval_cold  first pass with nothing recorded, so every due step is built
// "value" is thread CPU time (robust on a shared machine); "wall_p95" / "wall" give wall time.
// Usage: bench_escalation_eval [running-clocks]

#include "BenchReport.h"
#include "SlaBenchData.h"
#include "core/Escalation.h"

#include <QByteArray>

using namespace govops::bench;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const QList<TicketFacts> tickets = deskTickets(wanted);
    const EscalationEngine engine(defaultBook());
    const QDateTime now = benchNow();

    engine.evaluate(tickets, now.addSecs(-3600), {}); // warm the caches once
    EscalationResult first;
    const Timing cold = timeMs([&] { first = engine.evaluate(tickets, now, {}); });
    RecordedSteps recorded;
    for (const DueStep &d : first.due)
        recorded.insert(d.key);

    std::vector<double> runs;
    std::vector<double> walls;
    int running = 0;
    int due = 0;
    for (int i = 0; i < 200; ++i) {
        EscalationResult r;
        const Timing t = timeMs([&] { r = engine.evaluate(tickets, now.addSecs(i), recorded); });
        runs.push_back(t.cpu);
        walls.push_back(t.wall);
        running = r.runningClocks;
        due += int(r.due.size());
        for (const DueStep &d : r.due)
            recorded.insert(d.key);
    }
    const Stats s = stats(runs);
    const Stats w = stats(walls);
    report({{u"name"_s, u"escalation_eval"_s}, {u"value"_s, s.p95}, {u"unit"_s, u"ms"_s}, {u"target"_s, 10},
            {u"n"_s, running}, {u"stat"_s, u"p95 thread cpu"_s}, {u"median"_s, s.median}, {u"wall_p95"_s, w.p95},
            {u"tickets"_s, qint64(tickets.size())}, {u"new_steps_per_pass"_s, double(due) / 200.0}});
    report({{u"name"_s, u"escalation_eval_cold"_s}, {u"value"_s, cold.cpu}, {u"unit"_s, u"ms"_s}, {u"target"_s, 10},
            {u"n"_s, first.runningClocks}, {u"stat"_s, u"thread cpu"_s}, {u"wall"_s, cold.wall},
            {u"due_steps"_s, qint64(first.due.size())}});
    return s.p95 <= 10.0 ? 0 : 1;
}
