#include "core/Domain.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace govops::core {

namespace {

template <typename E, std::size_t N> QString nameOf(const std::array<const char16_t *, N> &names, E v)
{
    const auto i = static_cast<std::size_t>(v);
    return i < N ? QString::fromUtf16(names[i]) : QString();
}

template <typename E, std::size_t N> std::optional<E> parse(const std::array<const char16_t *, N> &names, QStringView s)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == QStringView(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> all(const std::array<const char16_t *, N> &)
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (std::size_t i = 0; i < N; ++i)
        out.append(static_cast<E>(i));
    return out;
}

constexpr std::array<const char16_t *, 3> kKinds{u"fault", u"service_request", u"consultation"};
constexpr std::array<const char16_t *, 4> kGrades{u"I", u"II", u"III", u"IV"};
constexpr std::array<const char16_t *, 3> kChannels{u"phone", u"mailbox", u"portal"};
constexpr std::array<const char16_t *, 6> kStatuses{u"new",      u"assigned", u"in_progress", u"waiting_customer",
                                                    u"resolved", u"closed"};
constexpr std::array<const char16_t *, 4> kResponsibilities{u"platform", u"carrier", u"customer_system",
                                                            u"third_party"};
constexpr std::array<const char16_t *, 8> kRoles{u"agent",       u"technician", u"ops_manager", u"operations_manager",
                                                 u"vip_manager", u"supervisor", u"leadership",  u"dept_maintainer"};

} // namespace

QString toStorage(TicketKind v)
{
    return nameOf(kKinds, v);
}
QString toStorage(Grade v)
{
    return nameOf(kGrades, v);
}
QString toStorage(Channel v)
{
    return nameOf(kChannels, v);
}
QString toStorage(TicketStatus v)
{
    return nameOf(kStatuses, v);
}
QString toStorage(Responsibility v)
{
    return nameOf(kResponsibilities, v);
}
QString toStorage(Role v)
{
    return nameOf(kRoles, v);
}

std::optional<TicketKind> ticketKindFromStorage(QStringView s)
{
    return parse<TicketKind>(kKinds, s);
}
std::optional<Grade> gradeFromStorage(QStringView s)
{
    return parse<Grade>(kGrades, s);
}
std::optional<Channel> channelFromStorage(QStringView s)
{
    return parse<Channel>(kChannels, s);
}
std::optional<TicketStatus> ticketStatusFromStorage(QStringView s)
{
    return parse<TicketStatus>(kStatuses, s);
}
std::optional<Responsibility> responsibilityFromStorage(QStringView s)
{
    return parse<Responsibility>(kResponsibilities, s);
}
std::optional<Role> roleFromStorage(QStringView s)
{
    return parse<Role>(kRoles, s);
}

QList<TicketKind> allTicketKinds()
{
    return all<TicketKind>(kKinds);
}
QList<Grade> allGrades()
{
    return all<Grade>(kGrades);
}
QList<Channel> allChannels()
{
    return all<Channel>(kChannels);
}
QList<TicketStatus> allTicketStatuses()
{
    return all<TicketStatus>(kStatuses);
}
QList<Responsibility> allResponsibilities()
{
    return all<Responsibility>(kResponsibilities);
}
QList<Role> allRoles()
{
    return all<Role>(kRoles);
}

bool isLegalTransition(TicketStatus from, TicketStatus to)
{
    using S = TicketStatus;
    switch (from) {
    case S::New:
        return to == S::Assigned || to == S::InProgress || to == S::Resolved;
    case S::Assigned:
        return to == S::New || to == S::InProgress || to == S::WaitingCustomer || to == S::Resolved;
    case S::InProgress:
        return to == S::WaitingCustomer || to == S::Resolved;
    case S::WaitingCustomer:
        return to == S::InProgress || to == S::Resolved;
    case S::Resolved:
        return to == S::InProgress || to == S::Closed;
    case S::Closed:
        return false;
    }
    return false;
}

QList<TicketStatus> legalNextStatuses(TicketStatus from)
{
    QList<TicketStatus> out;
    for (TicketStatus to : allTicketStatuses()) {
        if (isLegalTransition(from, to))
            out.append(to);
    }
    return out;
}

Status checkTransition(TicketStatus from, TicketStatus to)
{
    if (isLegalTransition(from, to))
        return Done{};
    QString message;
    if (from == TicketStatus::Closed) {
        message =
            QCoreApplication::translate("govops::core::Domain", "The ticket is closed; a closed ticket cannot change.");
    } else if (from == to) {
        message = QCoreApplication::translate("govops::core::Domain", "The ticket is already %1.").arg(toStorage(to));
    } else {
        QStringList allowed;
        for (TicketStatus s : legalNextStatuses(from))
            allowed.append(toStorage(s));
        message = QCoreApplication::translate("govops::core::Domain",
                                              "A ticket cannot go from %1 to %2; from %1 it can go to: %3.")
                      .arg(toStorage(from), toStorage(to), allowed.join(u", "));
    }
    return Error{Error::Code::Invalid, message, u"illegal transition %1 -> %2"_s.arg(toStorage(from), toStorage(to))};
}

} // namespace govops::core
