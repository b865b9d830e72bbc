#include "core/Escalation.h"

#include "core/SlaClock.h"
#include "core/TicketClocks.h"

#include <QCoreApplication>

#include <bit>

using namespace Qt::StringLiterals;

namespace govops::core {

QString EscalationKey::clockString() const
{
    return clock ? core::toStorage(*clock) : u"ticket"_s;
}

QString EscalationKey::toString() const
{
    return u"%1/%2#%3/%4"_s.arg(ticketId).arg(clockString()).arg(cycle).arg(core::toStorage(step));
}

size_t qHash(const EscalationKey &key, size_t seed) noexcept
{
    const int clock = key.clock ? int(*key.clock) + 1 : 0;
    return qHashMulti(seed, key.ticketId, clock, key.cycle, int(key.step));
}

EscalationEngine::EscalationEngine(PolicyBook book) : m_book(std::move(book)) {}

namespace {

QDateTime toDateTime(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

struct Crossed
{
    int rule; // index into the policy's escalation rules
    qint64 threshold;
};

} // namespace

EscalationResult EscalationEngine::evaluate(const QList<TicketFacts> &tickets, const QDateTime &now,
                                            const RecordedSteps &recorded) const
{
    EscalationResult out;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const PolicyEntry *entry = nullptr;

    for (const TicketFacts &t : tickets) {
        if (t.status == TicketStatus::Closed)
            continue;
        if (!entry || entry->policy.version() != t.policyVersion) {
            entry = m_book.find(t.policyVersion);
            if (!entry) {
                out.problems.append(EscalationProblem{
                    t.id, std::nullopt,
                    Error{Error::Code::NotFound,
                          QCoreApplication::translate("govops::core::Escalation",
                                                      "Ticket %1 refers to SLA policy version %2, which is not "
                                                      "loaded: it cannot be escalated.")
                              .arg(t.id)
                              .arg(t.policyVersion),
                          u"policy_version_missing:%1"_s.arg(t.policyVersion)}});
                continue;
            }
        }
        const SlaPolicy &policy = entry->policy;
        if (!policy.isActive())
            continue;
        const QList<EscalationRule> &rules = policy.escalationRules();

        // Steps at creation (e.g. grade I/II faults: leadership at once).
        for (quint32 mask = policy.escalationMask(std::nullopt, t.kind, t.grade); mask; mask &= mask - 1) {
            const int i = std::countr_zero(mask);
            const EscalationKey key{t.id, std::nullopt, 0, rules[i].step};
            if (recorded.contains(key))
                continue;
            out.due.append(DueStep{key, policy.recipients(i, t.grade), t.kind, t.grade, t.createdAt, {}, false});
        }

        const detail::TicketSecs secs = detail::TicketSecs::of(t);
        for (int k = 0; k < kClockKindCount; ++k) {
            const auto kind = ClockKind(k);
            const ClockRule *rule = policy.rule(kind, t.kind, t.grade);
            if (!rule)
                continue;
            const auto src = detail::clockSourceFor(t, secs, kind, policy);
            if (!src)
                continue;
            detail::ClockInput in;
            in.rule = rule;
            in.calendar = entry->calendar.get();
            in.start = src->start;
            in.metAt = src->metAt;
            in.endedAt = src->endedAt;
            in.halted = src->halted;
            in.pauses = t.waiting.constData();
            in.pauseCount = t.waiting.size();
            in.suspensions = t.resolvedPeriods.constData();
            in.suspensionCount = t.resolvedPeriods.size();
            detail::ClockMath math(in, nowSecs);

            if (math.status() == ClockStatus::Unknown) {
                out.problems.append(
                    EscalationProblem{t.id, kind, BusinessCalendar::missingYearError(math.missingYear())});
                continue;
            }
            if (!isRunning(math.status()))
                continue; // paused, met or stopped: nothing escalates
            ++out.runningClocks;

            // Which steps has the clock crossed?
            QVarLengthArray<Crossed, 4> crossed;
            qint64 highest = -1;
            for (quint32 mask = policy.escalationMask(kind, t.kind, t.grade); mask; mask &= mask - 1) {
                const int i = std::countr_zero(mask);
                const EscalationRule &r = rules[i];
                qint64 threshold = 0;
                switch (r.trigger) {
                case StepTrigger::AtWarning:
                    threshold = math.warningThreshold();
                    break;
                case StepTrigger::AtShare:
                    threshold = math.shareOfBudget(r.share);
                    break;
                case StepTrigger::AtBreach:
                    threshold = math.budget();
                    break;
                case StepTrigger::AtCreation:
                    continue;
                }
                if (math.elapsed() < threshold)
                    continue;
                highest = std::max(highest, threshold);
                crossed.append(Crossed{i, threshold});
            }
            if (crossed.isEmpty())
                continue;
            std::optional<qint64> deadline;
            bool deadlineKnown = false;
            for (const Crossed &c : std::as_const(crossed)) {
                const EscalationKey key{t.id, kind, src->cycle, rules[c.rule].step};
                if (recorded.contains(key))
                    continue;
                if (!deadlineKnown) {
                    deadline = math.instantWhenElapsed(math.budget());
                    deadlineKnown = true;
                }
                const auto since = math.instantWhenElapsed(c.threshold);
                out.due.append(DueStep{key, policy.recipients(c.rule, t.grade), t.kind, t.grade,
                                       since ? toDateTime(*since) : now, deadline ? toDateTime(*deadline) : QDateTime(),
                                       c.threshold < highest});
            }
        }
    }
    return out;
}

} // namespace govops::core
