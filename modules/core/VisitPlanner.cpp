#include "core/VisitPlanner.h"
#include "core/EnumNames_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace govops::core {

namespace {

using detail::enumFromName;
using detail::enumName;

constexpr std::array<const char16_t *, 4> kKinds{u"after_service", u"after_fault", u"new_customer", u"vip"};
constexpr std::array<const char16_t *, 2> kModes{u"call", u"on_site"};
constexpr std::array<const char16_t *, 4> kStates{u"planned", u"done", u"missed", u"cancelled"};

// Walks the calendar one day at a time; a year without data fails with the calendar's own error.
Result<QDate> workingDayFrom(const BusinessCalendar &calendar, QDate day, int step)
{
    for (;;) {
        auto working = calendar.isWorkingDay(day);
        if (!working)
            return working.error();
        if (working.value())
            return day;
        day = day.addDays(step);
    }
}

Result<QDate> addWorkingDays(const BusinessCalendar &calendar, QDate day, int days)
{
    auto current = workingDayFrom(calendar, day, 1);
    for (int i = 0; current && i < days; ++i)
        current = workingDayFrom(calendar, current.value().addDays(1), 1);
    return current;
}

QDate localDate(const BusinessCalendar &calendar, const QDateTime &t)
{
    return t.toTimeZone(calendar.workingHours().zone).date();
}

QString subject(qint64 departmentId, const std::optional<qint64> &businessSystemId)
{
    return businessSystemId ? u'b' + QString::number(*businessSystemId) : u'd' + QString::number(departmentId);
}

class Planner
{
public:
    Planner(const VisitRules &rules, const BusinessCalendar &calendar) : m_rules(rules), m_calendar(calendar) {}

    Status afterEvent(VisitKind kind, qint64 ticketId, qint64 departmentId, const QDateTime &at, int workingDays,
                      VisitOwner owner)
    {
        const auto due = addWorkingDays(m_calendar, localDate(m_calendar, at), workingDays);
        if (!due)
            return due.error();
        PlannedVisit v;
        v.key = toStorage(kind) + u"/t"_s + QString::number(ticketId);
        v.kind = kind;
        v.owner = owner;
        v.departmentId = departmentId;
        v.ticketId = ticketId;
        v.dueAt = closeOfBusiness(due.value());
        m_out.append(v);
        return Done{};
    }

    Status newCustomer(const CustomerStart &c)
    {
        for (int day : m_rules.newCustomerDays) {
            const QDate planned = c.firstResourcesOn.addDays(day);
            if (c.migrationDoneOn && planned > *c.migrationDoneOn)
                continue;
            const auto due = workingDayFrom(m_calendar, planned, 1);
            if (!due)
                return due.error();
            PlannedVisit v;
            v.key = u"new_customer/d"_s + QString::number(c.departmentId) + u"/day"_s + QString::number(day);
            v.kind = VisitKind::NewCustomer;
            v.departmentId = c.departmentId;
            v.planDay = day;
            v.dueAt = closeOfBusiness(due.value());
            m_out.append(v);
        }
        return Done{};
    }

    // One visit per period (months months long, aligned on the calendar year) that ends inside the window and
    // not before the subject became VIP.
    Status vip(const VipSubject &s, VisitMode mode, int months, QDate windowFrom, QDate windowTo)
    {
        const QDate since = std::max(s.vipSince, windowFrom);
        QDate periodStart(since.year(), 1 + (since.month() - 1) / months * months, 1);
        for (; periodStart <= windowTo; periodStart = periodStart.addMonths(months)) {
            const QDate periodEnd = periodStart.addMonths(months).addDays(-1);
            if (periodEnd < windowFrom || periodEnd < s.vipSince)
                continue;
            const auto due = workingDayFrom(m_calendar, periodEnd, -1);
            if (!due)
                return due.error();
            PlannedVisit v;
            v.key = (mode == VisitMode::Call ? u"vip_call/"_s : u"vip_onsite/"_s)
                    + subject(s.departmentId, s.businessSystemId) + u'/' + periodName(mode, periodStart);
            v.kind = VisitKind::Vip;
            v.mode = mode;
            v.owner = VisitOwner::AccountManager;
            v.departmentId = s.departmentId;
            v.businessSystemId = s.businessSystemId;
            v.dueAt = closeOfBusiness(due.value());
            m_out.append(v);
        }
        return Done{};
    }

    QList<PlannedVisit> take()
    {
        // Sorting indices by a plain number keeps QDateTime comparisons and moves of whole visits out of the sort;
        // visits due at the same instant keep the order they were planned in, which the input fixes.
        std::vector<std::pair<qint64, qsizetype>> order;
        order.reserve(std::size_t(m_out.size()));
        for (qsizetype i = 0; i < m_out.size(); ++i)
            order.emplace_back(m_out[i].dueAt.toMSecsSinceEpoch(), i);
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<PlannedVisit> sorted;
        sorted.reserve(m_out.size());
        for (const auto &o : order)
            sorted.append(std::move(m_out[o.second]));
        m_out.clear();
        return sorted;
    }

private:
    // A year of visits for thousands of customers falls on a few hundred days: building an instant in a time
    // zone is what costs, so each day's close of business is built once, in UTC (cheap to compare and sort).
    QDateTime closeOfBusiness(QDate day)
    {
        auto it = m_close.constFind(day);
        if (it == m_close.cend()) {
            const WorkingHours &hours = m_calendar.workingHours();
            it = m_close.insert(day, QDateTime(day, hours.closeOfBusiness, hours.zone).toUTC());
        }
        return *it;
    }

    // "2026-11" for a month's call, "2026-Q4" for a quarter's visit; a few dozen periods serve every customer.
    QString periodName(VisitMode mode, QDate start)
    {
        const int id = start.year() * 100 + start.month() + (mode == VisitMode::OnSite ? 50 : 0);
        auto it = m_periods.constFind(id);
        if (it == m_periods.cend()) {
            const QString name = mode == VisitMode::Call
                                     ? start.toString(u"yyyy-MM")
                                     : u"%1-Q%2"_s.arg(start.year()).arg(1 + (start.month() - 1) / 3);
            it = m_periods.insert(id, name);
        }
        return *it;
    }

    const VisitRules &m_rules;
    const BusinessCalendar &m_calendar;
    QHash<QDate, QDateTime> m_close;
    QHash<int, QString> m_periods;
    QList<PlannedVisit> m_out;
};

} // namespace

QString toStorage(VisitKind k)
{
    return enumName(kKinds, k);
}
QString toStorage(VisitMode m)
{
    return enumName(kModes, m);
}
QString toStorage(VisitState s)
{
    return enumName(kStates, s);
}
std::optional<VisitKind> visitKindFromStorage(QStringView s)
{
    return enumFromName<VisitKind>(kKinds, s);
}
std::optional<VisitMode> visitModeFromStorage(QStringView s)
{
    return enumFromName<VisitMode>(kModes, s);
}
std::optional<VisitState> visitStateFromStorage(QStringView s)
{
    return enumFromName<VisitState>(kStates, s);
}

bool isVip(int cloudHosts, bool flagged, const VisitRules &rules)
{
    return flagged || cloudHosts > rules.vipHostThreshold;
}

Result<QList<PlannedVisit>> planVisits(const VisitPlanInput &input, const VisitRules &rules,
                                       const BusinessCalendar &calendar)
{
    Planner planner(rules, calendar);
    for (const ServiceCompletion &s : input.services) {
        if (auto st = planner.afterEvent(VisitKind::AfterService, s.ticketId, s.departmentId, s.completedAt,
                                         rules.afterServiceWorkingDays, VisitOwner::Desk);
            !st)
            return st.error();
    }
    for (const HandledFault &f : input.faults) {
        if (auto st = planner.afterEvent(VisitKind::AfterFault, f.ticketId, f.departmentId, f.resolvedAt,
                                         rules.afterFaultWorkingDays,
                                         f.vipCustomer ? VisitOwner::AccountManager : VisitOwner::Desk);
            !st)
            return st.error();
    }
    for (const CustomerStart &c : input.newCustomers) {
        if (auto st = planner.newCustomer(c); !st)
            return st.error();
    }
    for (const VipSubject &s : input.vips) {
        if (auto st = planner.vip(s, VisitMode::Call, 1, input.windowFrom, input.windowTo); !st)
            return st.error();
        if (auto st = planner.vip(s, VisitMode::OnSite, 3, input.windowFrom, input.windowTo); !st)
            return st.error();
    }
    return planner.take();
}

VisitChanges reconcile(const QList<PlannedVisit> &planned, const QList<ScheduledVisit> &scheduled,
                       QDate windowFrom, QDate windowTo)
{
    QHash<QString, const ScheduledVisit *> byKey;
    byKey.reserve(scheduled.size());
    for (const ScheduledVisit &s : scheduled)
        byKey.insert(s.key, &s);

    VisitChanges changes;
    QSet<QString> owed;
    owed.reserve(planned.size());
    for (const PlannedVisit &p : planned) {
        owed.insert(p.key);
        const ScheduledVisit *s = byKey.value(p.key);
        if (!s)
            changes.create.append(p);
        else if (s->state == VisitState::Planned && s->dueAt != p.dueAt)
            changes.reschedule.append({s->id, p.dueAt});
    }
    for (const ScheduledVisit &s : scheduled) {
        const QDate due = s.dueAt.date();
        if (s.state == VisitState::Planned && !owed.contains(s.key) && due >= windowFrom && due <= windowTo)
            changes.cancel.append(s.id);
    }
    return changes;
}

} // namespace govops::core
