#pragma once

// A desk's worth of open tickets for the SLA benchmarks: faults of every grade in every state,
// consultations and allocation requests over the National Day holiday, some with pauses.
// Deterministic (fixed seed), built with the public fold so the facts are realistic.

#include "SlaFixtures.h"
#include "core/Ticket.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

namespace govops::bench {

using namespace govops::core;
using namespace govops::test;

// "Now" for every benchmark: a Friday afternoon before National Day 2025.
inline QDateTime benchNow()
{
    return cst(2025, 9, 30, 15).toUTC();
}

inline void must(TicketFacts &t, const TicketEvent &e)
{
    if (!t.apply(e))
        fixtureFailure(QStringLiteral("bench data: event refused"));
}

// Tickets whose clocks total at least `runningClocks` running clocks at benchNow().
inline QList<TicketFacts> deskTickets(int runningClocks)
{
    QRandomGenerator rng(4242);
    const QDateTime now = benchNow();
    QList<TicketFacts> out;
    qint64 id = 0;
    int running = 0;
    auto before = [&](qint64 maxSecs) { return now.addSecs(-qint64(rng.bounded(quint64(maxSecs))) - 1); };
    while (running < runningClocks) {
        const int kind = int(rng.bounded(10));
        ++id;
        if (kind < 4) { // a new fault: response, plan, resolution and update all running
            const auto g = Grade(rng.bounded(4));
            TicketFacts t = TicketFacts::opened(id, TicketKind::Fault, g, 1, before(8 * 60));
            out.append(t);
            running += 4;
        } else if (kind < 7) { // a fault being worked: resolution and update running, maybe a past pause
            const auto g = Grade(rng.bounded(4));
            const QDateTime created = before(20 * 3600);
            TicketFacts t = TicketFacts::opened(id, TicketKind::Fault, g, 1, created);
            const qint64 age = created.secsTo(now);
            must(t, TicketEvent::statusChanged(created.addSecs(age / 20), TicketStatus::InProgress));
            must(t, TicketEvent::planSubmitted(created.addSecs(age / 10)));
            if (rng.bounded(2)) {
                must(t, TicketEvent::statusChanged(created.addSecs(age / 5), TicketStatus::WaitingCustomer));
                must(t, TicketEvent::statusChanged(created.addSecs(age / 3), TicketStatus::InProgress));
            }
            must(t, TicketEvent::customerUpdate(created.addSecs(age / 2), Channel(rng.bounded(3))));
            out.append(t);
            running += 2;
        } else if (kind < 9) { // an allocation request on the business calendar
            const QDateTime created = now.addSecs(-qint64(rng.bounded(6 * 24 * 3600)) - 120);
            TicketFacts t = TicketFacts::opened(id, TicketKind::ServiceRequest, Grade::IV, 1, created);
            must(t, TicketEvent::statusChanged(created.addSecs(60), TicketStatus::InProgress));
            must(t, TicketEvent::allocationApproved(created.addSecs(90),
                                                    rng.bounded(3) ? ResourceKind::Vm : ResourceKind::Physical));
            out.append(t);
            running += 1;
        } else { // a consultation: response and resolution running
            TicketFacts t = TicketFacts::opened(id, TicketKind::Consultation, Grade::IV, 1, before(8 * 60));
            out.append(t);
            running += 2;
        }
    }
    return out;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
    s.max = ms.back();
    return s;
}

// One timed run: the calling thread's CPU time (what the work costs the GUI or watcher thread,
// unaffected by other processes on a busy machine) and the wall time, in milliseconds.
struct Timing
{
    double cpu = 0;
    double wall = 0;
};

inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <typename F> Timing timeMs(F &&f)
{
    const double c0 = threadCpuMs();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const auto t1 = std::chrono::steady_clock::now();
    const double c1 = threadCpuMs();
    return Timing{c1 - c0, std::chrono::duration<double, std::milli>(t1 - t0).count()};
}


} // namespace govops::bench
