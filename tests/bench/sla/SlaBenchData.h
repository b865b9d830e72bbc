#pragma once

// A desk's worth of open tickets for the SLA benchmarks: faults of every grade in every state,
// consultations and allocation requests over the National Day holiday, some with pauses.
// Deterministic (fixed seed), built with the public fold so the facts are realistic.

#include "BenchReport.h"
#include "SlaFixtures.h"
#include "core/Ticket.h"

#include <QRandomGenerator>


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

} // namespace govops::bench
