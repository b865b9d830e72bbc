// sla_tick: one 1 Hz tick of the countdowns of ≥ 20,000 running clocks, as the one timer that
// drives every countdown does it: each clock's remaining time and state recomputed from its
// Countdown (built once from the facts when they change). Target: ≤ 2 ms of GUI-thread time.
//   sla_tick            p95 of 1,000 consecutive ticks
// "value" is thread CPU time (robust on a shared machine); "wall_p95" gives wall time. For scale,
// "recompute_ms" is the full recomputation of every clock from its facts (done when facts change,
// never per tick).
// Usage: bench_sla_tick [running-clocks]

#include "BenchReport.h"
#include "SlaBenchData.h"
#include "core/TicketClocks.h"

#include <QByteArray>

using namespace govops::bench;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const QList<TicketFacts> tickets = deskTickets(wanted);
    const PolicyBook book = defaultBook();
    const QDateTime now = benchNow();

    std::vector<Countdown> countdowns;
    const Timing recompute = timeMs([&] {
        for (const TicketFacts &t : tickets) {
            const TicketClocks c = computeTicketClocks(t, book, now);
            for (const ClockState &s : c.clocks) {
                if (s.countdown.running)
                    countdowns.push_back(s.countdown);
            }
        }
    });
    const int n = int(countdowns.size());

    std::vector<qint64> remaining(countdowns.size());
    std::vector<ClockStatus> status(countdowns.size());
    std::vector<double> ticks;
    std::vector<double> walls;
    int changed = 0; // state changes seen: what a model would report with dataChanged
    const qint64 t0 = now.toSecsSinceEpoch();
    for (int i = 1; i <= 1000; ++i) {
        const qint64 tick = t0 + i;
        const Timing t = timeMs([&] {
            for (std::size_t k = 0; k < countdowns.size(); ++k) {
                const Countdown::Reading r = countdowns[k].at(tick);
                remaining[k] = r.remaining;
                if (r.status != status[k]) {
                    status[k] = r.status;
                    ++changed;
                }
            }
        });
        ticks.push_back(t.cpu);
        walls.push_back(t.wall);
    }
    const Stats s = stats(ticks);
    const Stats w = stats(walls);
    report({{u"name"_s, u"sla_tick"_s}, {u"value"_s, s.p95}, {u"unit"_s, u"ms"_s}, {u"target"_s, 2}, {u"n"_s, n},
            {u"stat"_s, u"p95 thread cpu"_s}, {u"median"_s, s.median}, {u"wall_p95"_s, w.p95},
            {u"state_changes"_s, changed}, {u"recompute_ms"_s, recompute.cpu}});
    return s.p95 <= 2.0 ? 0 : 1;
}
