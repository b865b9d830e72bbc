#include "core/Ticket.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::core::Ticket)
};
} // namespace

namespace govops::core {

namespace {

constexpr std::array<const char16_t *, 9> kEventKinds{
    u"status_changed",  u"grade_changed", u"policy_changed",      u"responded",           u"plan_submitted",
    u"customer_update", u"comment",       u"allocation_approved", u"allocation_completed"};

} // namespace

QString toStorage(ResourceKind k)
{
    return k == ResourceKind::Vm ? u"vm"_s : u"physical"_s;
}

std::optional<ResourceKind> resourceKindFromStorage(QStringView s)
{
    if (s == u"vm")
        return ResourceKind::Vm;
    if (s == u"physical")
        return ResourceKind::Physical;
    return std::nullopt;
}

QString toStorage(TicketEventKind k)
{
    const auto i = std::size_t(k);
    return i < kEventKinds.size() ? QString::fromUtf16(kEventKinds[i]) : QString();
}

std::optional<TicketEventKind> ticketEventKindFromStorage(QStringView s)
{
    for (std::size_t i = 0; i < kEventKinds.size(); ++i) {
        if (s == QStringView(kEventKinds[i]))
            return TicketEventKind(i);
    }
    return std::nullopt;
}

namespace {
TicketEvent event(TicketEventKind kind, const QDateTime &at)
{
    TicketEvent e;
    e.kind = kind;
    e.at = at;
    return e;
}
} // namespace

TicketEvent TicketEvent::statusChanged(const QDateTime &at, TicketStatus s)
{
    TicketEvent e = event(TicketEventKind::StatusChanged, at);
    e.status = s;
    return e;
}

TicketEvent TicketEvent::gradeChanged(const QDateTime &at, Grade g)
{
    TicketEvent e = event(TicketEventKind::GradeChanged, at);
    e.grade = g;
    return e;
}

TicketEvent TicketEvent::policyChanged(const QDateTime &at, int version)
{
    TicketEvent e = event(TicketEventKind::PolicyChanged, at);
    e.policyVersion = version;
    return e;
}

TicketEvent TicketEvent::responded(const QDateTime &at)
{
    return event(TicketEventKind::Responded, at);
}

TicketEvent TicketEvent::planSubmitted(const QDateTime &at)
{
    return event(TicketEventKind::PlanSubmitted, at);
}

TicketEvent TicketEvent::customerUpdate(const QDateTime &at, Channel c)
{
    TicketEvent e = event(TicketEventKind::CustomerUpdate, at);
    e.channel = c;
    return e;
}

TicketEvent TicketEvent::comment(const QDateTime &at)
{
    return event(TicketEventKind::Comment, at);
}

TicketEvent TicketEvent::allocationApproved(const QDateTime &at, ResourceKind r)
{
    TicketEvent e = event(TicketEventKind::AllocationApproved, at);
    e.resource = r;
    return e;
}

TicketEvent TicketEvent::allocationCompleted(const QDateTime &at, ResourceKind r)
{
    TicketEvent e = event(TicketEventKind::AllocationCompleted, at);
    e.resource = r;
    return e;
}

TicketFacts TicketFacts::opened(qint64 id, TicketKind kind, Grade grade, int policyVersion, const QDateTime &at)
{
    TicketFacts f;
    f.id = id;
    f.kind = kind;
    f.grade = grade;
    f.policyVersion = policyVersion;
    f.createdAt = at;
    f.lastEventAt = at;
    return f;
}

QDateTime TicketFacts::resolvedAt() const
{
    if (!isWorkDone(status) || resolvedPeriods.isEmpty() || !resolvedPeriods.last().isOpen())
        return {};
    return resolvedPeriods.last().from;
}

Status TicketFacts::apply(const TicketEvent &e)
{
    if (!e.at.isValid())
        return Error{Error::Code::Invalid, Text::tr("An event needs a time."), u"event without time"_s};
    if (status == TicketStatus::Closed && e.kind != TicketEventKind::Comment)
        return Error{Error::Code::Invalid, Text::tr("The ticket is closed; a closed ticket cannot change."),
                     u"event %1 on closed ticket %2"_s.arg(toStorage(e.kind)).arg(id)};
    if (lastEventAt.isValid() && e.at < lastEventAt)
        return Error{Error::Code::Invalid, Text::tr("Events must be applied in the order they happened."),
                     u"event %1 at %2 before %3"_s.arg(toStorage(e.kind), e.at.toString(Qt::ISODate),
                                                       lastEventAt.toString(Qt::ISODate))};

    switch (e.kind) {
    case TicketEventKind::StatusChanged: {
        const Status legal = checkTransition(status, e.status);
        if (!legal)
            return legal;
        if (status == TicketStatus::New && !respondedAt.isValid())
            respondedAt = e.at; // a claim, an assignment or an answer is the first response
        if (status == TicketStatus::WaitingCustomer && !waiting.isEmpty() && waiting.last().isOpen())
            waiting.last().to = e.at;
        if (status == TicketStatus::Resolved && e.status == TicketStatus::InProgress && !resolvedPeriods.isEmpty() &&
            resolvedPeriods.last().isOpen())
            resolvedPeriods.last().to = e.at; // reopened
        if (e.status == TicketStatus::WaitingCustomer)
            waiting.append(Interval{e.at, {}});
        if (e.status == TicketStatus::Resolved)
            resolvedPeriods.append(Interval{e.at, {}});
        if (e.status == TicketStatus::Closed)
            closedAt = e.at;
        status = e.status;
        break;
    }
    case TicketEventKind::GradeChanged:
        grade = e.grade;
        break;
    case TicketEventKind::PolicyChanged:
        policyVersion = e.policyVersion;
        break;
    case TicketEventKind::Responded:
        if (!respondedAt.isValid())
            respondedAt = e.at;
        break;
    case TicketEventKind::PlanSubmitted:
        if (!planSubmittedAt.isValid())
            planSubmittedAt = e.at;
        break;
    case TicketEventKind::CustomerUpdate:
        lastCustomerUpdateAt = e.at;
        ++customerUpdateCount;
        break;
    case TicketEventKind::Comment:
        break;
    case TicketEventKind::AllocationApproved: {
        QDateTime &approved = e.resource == ResourceKind::Vm ? vmApprovedAt : physicalApprovedAt;
        if (!approved.isValid())
            approved = e.at;
        break;
    }
    case TicketEventKind::AllocationCompleted: {
        const QDateTime &approved = e.resource == ResourceKind::Vm ? vmApprovedAt : physicalApprovedAt;
        if (!approved.isValid())
            return Error{Error::Code::Invalid, Text::tr("An allocation cannot be completed before it is approved."),
                         u"allocation %1 completed without approval"_s.arg(toStorage(e.resource))};
        QDateTime &done = e.resource == ResourceKind::Vm ? vmAllocatedAt : physicalAllocatedAt;
        if (!done.isValid())
            done = e.at;
        break;
    }
    }
    lastEventAt = e.at;
    return Done{};
}

} // namespace govops::core
