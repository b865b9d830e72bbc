// visits_generate: a year of return visits for 5,000 departments, planned and reconciled with the schedule the
// previous run left (so the second run, the one that matters every night, must find nothing to change).
// Every department is VIP (12 calls + 4 on-site visits) and had 10 faults and 5 service operations in the year;
// one in ten is a new customer. Target: ≤ 1 s for planning plus reconciling.
//   visits_generate   thread CPU time of planVisits + reconcile, median of 5 runs
// Usage: bench_visits_generate [departments]

#include "BenchReport.h"
#include "SlaFixtures.h"
#include "core/VisitPlanner.h"

#include <QByteArray>

using namespace govops::bench;
using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

namespace {

VisitPlanInput yearOf(int departments)
{
    VisitPlanInput input;
    input.windowFrom = QDate(2026, 1, 1);
    input.windowTo = QDate(2026, 12, 31);
    qint64 ticket = 0;
    for (qint64 d = 1; d <= departments; ++d) {
        input.vips.append({d, std::nullopt, QDate(2025, 6, 1)});
        for (int i = 0; i < 10; ++i)
            input.faults.append({++ticket, d, cst(2026, 1 + i, 1 + int(d % 27), 10), d % 2 == 0});
        for (int i = 0; i < 5; ++i)
            input.services.append({++ticket, d, cst(2026, 2 + 2 * i, 1 + int(d % 25), 15)});
        if (d % 10 == 0)
            input.newCustomers.append({d, QDate(2026, 3, 1 + int(d % 28)), std::nullopt});
    }
    return input;
}

} // namespace

int main(int argc, char **argv)
{
    const int departments = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const auto calendar = defaultCalendar();
    const VisitPlanInput input = yearOf(departments);
    const VisitRules rules;

    auto first = planVisits(input, rules, *calendar);
    if (!first)
        return fail(first.error().message);
    QList<ScheduledVisit> scheduled;
    qint64 id = 0;
    for (const PlannedVisit &p : first.value())
        scheduled.append({++id, p.key, VisitState::Planned, p.dueAt});

    std::vector<double> cpu, wall;
    qsizetype planned = 0;
    bool unchanged = true;
    for (int run = 0; run < 5; ++run) {
        const Timing t = timeMs([&] {
            auto plan = planVisits(input, rules, *calendar);
            planned = plan ? plan.value().size() : 0;
            unchanged = unchanged && plan && reconcile(plan.value(), scheduled, input.windowFrom, input.windowTo).isEmpty();
        });
        cpu.push_back(t.cpu);
        wall.push_back(t.wall);
    }
    if (!unchanged)
        return fail(u"a second plan of the same year changed the schedule"_s);
    const Stats s = stats(cpu);
    report({{u"name"_s, u"visits_generate"_s}, {u"value"_s, s.median}, {u"unit"_s, u"ms"_s}, {u"target"_s, 1000},
            {u"n"_s, departments}, {u"visits"_s, double(planned)}, {u"stat"_s, u"median thread cpu"_s},
            {u"max"_s, s.max}, {u"wall_median"_s, stats(wall).median}});
    return s.median <= 1000 ? 0 : 1;
}
