#include "core/SlaPolicy.h"
#include "core/EnumNames_p.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::core::SlaPolicy)
};
} // namespace

namespace govops::core {

namespace {

using detail::enumFromName;
using detail::enumName;

constexpr std::array<const char16_t *, 6> kClockKinds{u"response",        u"handling_plan", u"resolution",
                                                      u"customer_update", u"allocation_vm", u"allocation_physical"};
constexpr std::array<const char16_t *, 2> kUnits{u"wall_seconds", u"working_days"};
constexpr std::array<const char16_t *, 4> kSteps{u"created", u"warning", u"supervisor", u"breach"};
constexpr std::array<const char16_t *, 4> kTriggers{u"at_creation", u"at_warning", u"at_share", u"at_breach"};

QString describe(const ClockRule &r)
{
    return u"%1/%2"_s.arg(toStorage(r.clock), r.grade ? toStorage(*r.grade) : u"*"_s);
}

} // namespace

QString toStorage(ClockKind k)
{
    return enumName(kClockKinds, k);
}
std::optional<ClockKind> clockKindFromStorage(QStringView s)
{
    return enumFromName<ClockKind>(kClockKinds, s);
}
QList<ClockKind> allClockKinds()
{
    QList<ClockKind> out;
    for (int i = 0; i < kClockKindCount; ++i)
        out.append(ClockKind(i));
    return out;
}
QString toStorage(DurationUnit u)
{
    return enumName(kUnits, u);
}
std::optional<DurationUnit> durationUnitFromStorage(QStringView s)
{
    return enumFromName<DurationUnit>(kUnits, s);
}
QString toStorage(EscalationStep s)
{
    return enumName(kSteps, s);
}
std::optional<EscalationStep> escalationStepFromStorage(QStringView s)
{
    return enumFromName<EscalationStep>(kSteps, s);
}
QString toStorage(StepTrigger t)
{
    return enumName(kTriggers, t);
}
std::optional<StepTrigger> stepTriggerFromStorage(QStringView s)
{
    return enumFromName<StepTrigger>(kTriggers, s);
}

bool EscalationRule::matches(TicketKind kind, Grade grade) const
{
    return (ticketKinds.isEmpty() || ticketKinds.contains(kind)) && (grades.isEmpty() || grades.contains(grade));
}

Recipients EscalationRule::recipientsFor(Grade grade) const
{
    Recipients r = recipients;
    if (extraGrades.contains(grade)) {
        for (Role role : extraRoles) {
            if (!r.roles.contains(role))
                r.roles.append(role);
        }
    }
    return r;
}

Result<SlaPolicy> SlaPolicy::create(Data data)
{
    QStringList problems;
    if (!data.hours.opening.isValid() || !data.hours.closeOfBusiness.isValid() ||
        data.hours.opening >= data.hours.closeOfBusiness)
        problems.append(Text::tr("The working day must open before its close of business."));
    if (!data.hours.zone.isValid())
        problems.append(Text::tr("The working hours need a valid time zone."));

    SlaPolicy policy;
    policy.m_index.fill(-1);
    std::array<bool, std::tuple_size_v<decltype(m_index)>> specific{};
    std::array<bool, std::tuple_size_v<decltype(m_index)>> generic{};
    for (qsizetype i = 0; i < data.clocks.size(); ++i) {
        const ClockRule &r = data.clocks[i];
        const QString what = describe(r);
        if (r.amount <= 0)
            problems.append(Text::tr("Rule %1: the duration must be positive.").arg(what));
        if (!(r.warningShare > 0.0 && r.warningShare < 1.0))
            problems.append(Text::tr("Rule %1: the warning share must lie between 0 and 1 (exclusive).").arg(what));
        if (r.warningAfterSeconds) {
            if (r.unit != DurationUnit::WallSeconds)
                problems.append(Text::tr("Rule %1: a fixed warning time needs a clock in wall time.").arg(what));
            else if (*r.warningAfterSeconds <= 0 || *r.warningAfterSeconds >= r.amount)
                problems.append(Text::tr("Rule %1: the warning must come before the breach.").arg(what));
        }
        if (r.ticketKinds.isEmpty())
            problems.append(Text::tr("Rule %1: it applies to no kind of ticket.").arg(what));
        for (TicketKind kind : r.ticketKinds) {
            const QList<Grade> grades = r.grade ? QList<Grade>{*r.grade} : allGrades();
            for (Grade g : grades) {
                const int slot = indexOf(r.clock, kind, g);
                if (r.grade) {
                    if (specific[std::size_t(slot)]) {
                        problems.append(Text::tr("Rule %1 for %2 is defined twice.").arg(what, toStorage(kind)));
                        continue;
                    }
                    specific[std::size_t(slot)] = true;
                    policy.m_index[std::size_t(slot)] = int(i);
                } else if (generic[std::size_t(slot)]) {
                    problems.append(Text::tr("Rule %1 for %2 is defined twice.").arg(what, toStorage(kind)));
                } else {
                    generic[std::size_t(slot)] = true;
                    if (!specific[std::size_t(slot)])
                        policy.m_index[std::size_t(slot)] = int(i);
                }
            }
        }
    }
    for (const EscalationRule &e : std::as_const(data.escalation)) {
        if (e.trigger == StepTrigger::AtShare && !(e.share > 0.0 && e.share <= 1.0))
            problems.append(Text::tr("Escalation step %1: the share must lie in (0, 1].").arg(toStorage(e.step)));
        if (!e.recipients.owner && e.recipients.roles.isEmpty() && e.extraRoles.isEmpty())
            problems.append(Text::tr("Escalation step %1 tells nobody.").arg(toStorage(e.step)));
    }
    if (data.escalation.size() > kMaxEscalationRules)
        problems.append(Text::tr("At most %1 escalation steps are supported.").arg(kMaxEscalationRules));
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        const QString all =
            Text::tr("SLA policy version %1 is not valid:\n%2").arg(data.version).arg(problems.join(u'\n'));
        return Error{Error::Code::Invalid, all, all};
    }
    policy.m_data = std::move(data);
    const QList<EscalationRule> &rules = policy.m_data.escalation;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const EscalationRule &r = rules[i];
        for (Grade g : allGrades())
            policy.m_recipients.push_back(r.recipientsFor(g));
        for (TicketKind kind : allTicketKinds()) {
            for (Grade g : allGrades()) {
                if (!r.matches(kind, g))
                    continue;
                if (r.trigger == StepTrigger::AtCreation) {
                    policy.m_escalationMask[std::size_t((kClockKindCount * kTicketKindCount + int(kind)) * kGradeCount +
                                                        int(g))] |= 1u << i;
                    continue;
                }
                for (ClockKind c : allClockKinds()) {
                    if (r.matchesClock(c))
                        policy.m_escalationMask[std::size_t((int(c) * kTicketKindCount + int(kind)) * kGradeCount +
                                                            int(g))] |= 1u << i;
                }
            }
        }
    }
    return policy;
}

SlaPolicy SlaPolicy::withActive(bool active) const
{
    SlaPolicy copy = *this;
    copy.m_data.active = active;
    return copy;
}

Result<PolicyEntry> makePolicyEntry(SlaPolicy policy, const QList<CalendarDay> &calendarRows)
{
    auto calendar = BusinessCalendar::create(calendarRows, policy.workingHours());
    if (!calendar)
        return calendar.error();
    return PolicyEntry{std::move(policy), std::make_shared<const BusinessCalendar>(std::move(calendar).value())};
}

void PolicyBook::insert(PolicyEntry entry)
{
    for (PolicyEntry &e : m_entries) {
        if (e.policy.version() == entry.policy.version()) {
            e = std::move(entry);
            return;
        }
    }
    m_entries.append(std::move(entry));
}

const PolicyEntry *PolicyBook::find(int version) const
{
    for (const PolicyEntry &e : m_entries) {
        if (e.policy.version() == version)
            return &e;
    }
    return nullptr;
}

void PolicyBook::setActive(int version, bool active)
{
    for (PolicyEntry &e : m_entries) {
        if (e.policy.version() == version)
            e.policy = e.policy.withActive(active);
    }
}

QList<int> PolicyBook::versions() const
{
    QList<int> out;
    for (const PolicyEntry &e : m_entries)
        out.append(e.policy.version());
    return out;
}

} // namespace govops::core
