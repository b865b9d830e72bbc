#include "core/SlaClock.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace govops::core {

QString toStorage(ClockStatus s)
{
    static constexpr std::array<const char16_t *, 7> names{u"ok",  u"warning", u"breached", u"paused",
                                                           u"met", u"stopped", u"unknown"};
    const auto i = std::size_t(s);
    return i < names.size() ? QString::fromUtf16(names[i]) : QString();
}

namespace detail {

namespace {

const BusinessCalendar &emptyCalendar()
{
    static const BusinessCalendar empty;
    return empty;
}

} // namespace

namespace {

void sortAndMerge(QVarLengthArray<Span, 8> &spans)
{
    if (spans.size() < 2)
        return;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    qsizetype merged = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (merged > 0 && spans[i].from <= spans[merged - 1].to)
            spans[merged - 1].to = std::max(spans[merged - 1].to, spans[i].to);
        else
            spans[merged++] = spans[i];
    }
    spans.resize(merged); // never grows: no allocation
}

} // namespace

void ClockMath::addSpans(const Interval *list, qsizetype count, bool credited)
{
    const bool finished = m_status == ClockStatus::Met || m_status == ClockStatus::Stopped;
    for (qsizetype i = 0; i < count; ++i) {
        const Interval &iv = list[i];
        if (!iv.from.isValid())
            continue;
        const qint64 from = std::max(iv.from.toSecsSinceEpoch(), m_in.start);
        qint64 to = iv.to.isValid() ? iv.to.toSecsSinceEpoch() : kOpenEnd;
        if (finished)
            to = std::min(to, m_end); // a finished clock is not affected by what came after
        if (from > m_end || to <= from)
            continue; // outside the clock's span, or empty
        (credited ? m_spans : m_pauses).append(Span{from, to});
    }
}

ClockMath::ClockMath(const ClockInput &in, qint64 now) : m_in(in), m_now(now)
{
    const ClockRule &rule = *in.rule;
    m_working = rule.unit == DurationUnit::WorkingDays;
    auto fail = [this] {
        if (m_status != ClockStatus::Met && m_status != ClockStatus::Stopped)
            m_status = ClockStatus::Unknown;
    };

    // Where the clock's span ends: when it was met or stopped, otherwise now.
    m_end = now;
    if (in.metAt && *in.metAt <= now) {
        m_end = *in.metAt;
        m_status = ClockStatus::Met;
    } else if (in.endedAt && *in.endedAt <= now) {
        m_end = *in.endedAt;
        m_status = ClockStatus::Stopped;
    }
    m_end = std::max(m_end, in.start);

    // Credited intervals: pauses where the rule allows them, suspensions always; merged, so that
    // overlapping records are never credited twice.
    if (rule.pausable)
        addSpans(in.pauses, in.pauseCount, true);
    addSpans(in.suspensions, in.suspensionCount, true);
    sortAndMerge(m_spans);
    // Recorded pauses, credited or not (for the record: "waited 3 h, credited 0").
    addSpans(in.pauses, in.pauseCount, false);
    sortAndMerge(m_pauses);

    // Budget, in the clock's measure.
    if (m_working) {
        const BusinessCalendar &cal = in.calendar ? *in.calendar : emptyCalendar();
        qint64 due = 0;
        qint64 wDue = 0;
        qint64 wStart = 0;
        if (!cal.dueByWorkingDays(in.start, int(rule.amount), &due, &m_missingYear) ||
            !cal.workingClock(due, &wDue, &m_missingYear) || !cal.workingClock(in.start, &wStart, &m_missingYear)) {
            fail();
            return;
        }
        m_budget = wDue - wStart;
    } else {
        m_budget = rule.amount;
    }
    m_warning = rule.warningAfterSeconds ? *rule.warningAfterSeconds : shareOfBudget(rule.warningShare);

    // Elapsed: the measure of [start, end] less what was credited within it.
    qint64 total = 0;
    if (!measure(in.start, m_end, &total)) {
        fail();
        return;
    }
    bool pausedNow = false;
    for (const Span &s : std::as_const(m_spans)) {
        const qint64 b = std::min(s.to, m_end);
        qint64 part = 0;
        if (b > s.from && !measure(s.from, b, &part)) {
            fail();
            return;
        }
        m_credited += part;
        if (s.from <= now && s.to > now)
            pausedNow = true;
    }
    m_elapsed = total - m_credited;
    for (const Span &s : std::as_const(m_pauses)) {
        const qint64 b = std::min(s.to, m_end);
        qint64 part = 0;
        if (b > s.from && !measure(s.from, b, &part)) {
            fail();
            return;
        }
        m_recorded += part;
    }

    if (m_status == ClockStatus::Met) {
        m_late = m_elapsed > m_budget;
    } else if (m_status == ClockStatus::Stopped) {
        // ended without its goal
    } else if (in.halted) {
        m_status = ClockStatus::Stopped;
    } else if (pausedNow) {
        m_status = ClockStatus::Paused;
    } else if (m_elapsed >= m_budget) {
        m_status = ClockStatus::Breached;
    } else if (m_elapsed >= m_warning) {
        m_status = ClockStatus::Warning;
    } else {
        m_status = ClockStatus::Ok;
    }
}

qint64 ClockMath::shareOfBudget(double share) const
{
    // Budgets and shares are non-negative: adding one half and truncating rounds to nearest.
    return qint64(share * double(m_budget) + 0.5);
}

bool ClockMath::measure(qint64 a, qint64 b, qint64 *out)
{
    if (!m_working) {
        *out = b - a;
        return true;
    }
    const BusinessCalendar &cal = m_in.calendar ? *m_in.calendar : emptyCalendar();
    qint64 wa = 0;
    qint64 wb = 0;
    if (!cal.workingClock(a, &wa, &m_missingYear) || !cal.workingClock(b, &wb, &m_missingYear))
        return false;
    *out = wb - wa;
    return true;
}

bool ClockMath::advance(qint64 t, qint64 amount, qint64 *out)
{
    if (!m_working || amount == 0) {
        *out = t + amount;
        return true;
    }
    const BusinessCalendar &cal = m_in.calendar ? *m_in.calendar : emptyCalendar();
    qint64 w = 0;
    if (!cal.workingClock(t, &w, &m_missingYear))
        return false;
    return cal.instantAtWorkingClock(w + amount, out, &m_missingYear);
}

std::optional<qint64> ClockMath::instantWhenElapsed(qint64 threshold)
{
    if (m_missingYear != 0 && m_status == ClockStatus::Unknown)
        return std::nullopt;
    qint64 cursor = m_in.start;
    qint64 acc = 0;
    qint64 out = 0;
    for (const Span &s : std::as_const(m_spans)) {
        if (s.to <= cursor)
            continue;
        const qint64 a = std::max(s.from, cursor);
        qint64 seg = 0;
        if (!measure(cursor, a, &seg))
            return std::nullopt;
        if (acc + seg >= threshold)
            return advance(cursor, threshold - acc, &out) ? std::optional<qint64>(out) : std::nullopt;
        acc += seg;
        if (s.to == kOpenEnd) // paused now: the instant it would be reached if resumed now
            return advance(std::max(m_now, a), threshold - acc, &out) ? std::optional<qint64>(out) : std::nullopt;
        cursor = s.to;
    }
    return advance(cursor, threshold - acc, &out) ? std::optional<qint64>(out) : std::nullopt;
}

} // namespace detail

namespace {

std::optional<qint64> secs(const QDateTime &t)
{
    return t.isValid() ? std::optional<qint64>(t.toSecsSinceEpoch()) : std::nullopt;
}

QDateTime toDateTime(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

} // namespace

ClockState computeClock(const ClockFacts &facts, const ClockRule &rule, const BusinessCalendar *calendar,
                        const QDateTime &now)
{
    detail::ClockInput in;
    in.rule = &rule;
    in.calendar = calendar;
    in.start = facts.start.toSecsSinceEpoch();
    in.metAt = secs(facts.metAt);
    in.endedAt = secs(facts.endedAt);
    in.halted = facts.halted;
    in.pauses = facts.pauses.constData();
    in.pauseCount = facts.pauses.size();
    in.suspensions = facts.suspensions.constData();
    in.suspensionCount = facts.suspensions.size();
    detail::ClockMath math(in, now.toSecsSinceEpoch());

    ClockState st;
    st.kind = facts.kind;
    st.cycle = facts.cycle;
    st.status = math.status();
    st.unit = rule.unit;
    st.pausable = rule.pausable;
    st.start = facts.start;
    if (st.status == ClockStatus::Met || st.status == ClockStatus::Stopped)
        st.endedAt = toDateTime(math.end());
    st.budget = math.budget();
    st.warningThreshold = math.warningThreshold();
    st.elapsed = math.elapsed();
    st.remaining = st.budget - st.elapsed;
    st.pausedRecorded = math.pausedRecorded();
    st.pausedCredited = math.pausedCredited();
    st.late = math.late();

    std::optional<qint64> deadline;
    std::optional<qint64> warning;
    if (math.ok()) {
        deadline = math.instantWhenElapsed(math.budget());
        warning = math.instantWhenElapsed(math.warningThreshold());
    }
    if (deadline)
        st.deadline = toDateTime(*deadline);
    if (warning)
        st.warningAt = toDateTime(*warning);
    if (!math.ok()) {
        st.missingCalendarYear = math.missingYear();
        st.error = BusinessCalendar::missingYearError(math.missingYear());
        if (isRunning(st.status))
            st.status = ClockStatus::Unknown;
    }

    Countdown &c = st.countdown;
    c.known = math.ok() && deadline && warning;
    c.running = c.known && isRunning(st.status);
    c.fixedStatus = st.status;
    c.frozenRemaining = st.remaining;
    if (deadline)
        c.deadline = *deadline;
    if (warning)
        c.warningAt = *warning;
    return st;
}

} // namespace govops::core
