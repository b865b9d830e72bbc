// escalation_eval: EscalationEngine::evaluate over every open ticket of a busy desk (≥ 20,000
// running clocks), as the watcher and every console run it. Target: ≤ 10 ms.
//   escalation_eval       steady state: the steps already due are recorded; p95 of 200 passes
//   escalation_eval_cold  first pass with nothing recorded, so every due step is built
// "value" is thread CPU time (robust on a shared machine); "wall_p95" / "wall" give wall time.
// Usage: bench_escalation_eval [running-clocks]

#include "SlaBenchData.h"
#include "core/Escalation.h"

#include <QByteArray>

using namespace govops::bench;

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
    const QByteArray extra =
        QByteArray(",\"stat\":\"p95 thread cpu\",\"median\":") + QByteArray::number(s.median, 'f', 3) +
        ",\"wall_p95\":" + QByteArray::number(w.p95, 'f', 3) + ",\"tickets\":" + QByteArray::number(tickets.size()) +
        ",\"new_steps_per_pass\":" + QByteArray::number(double(due) / 200.0, 'f', 1);
    printJson("escalation_eval", s.p95, 10, running, extra.constData());
    const QByteArray coldExtra = QByteArray(",\"stat\":\"thread cpu\",\"wall\":") +
                                 QByteArray::number(cold.wall, 'f', 3) +
                                 ",\"due_steps\":" + QByteArray::number(first.due.size());
    printJson("escalation_eval_cold", cold.cpu, 10, first.runningClocks, coldExtra.constData());
    return s.p95 <= 10.0 ? 0 : 1;
}
