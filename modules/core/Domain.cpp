#include "core/Domain.h"
#include "core/EnumNames_p.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace govops::core {

namespace {

using detail::enumFromName;
using detail::enumName;
using detail::enumValues;

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
    return enumName(kKinds, v);
}
QString toStorage(Grade v)
{
    return enumName(kGrades, v);
}
QString toStorage(Channel v)
{
    return enumName(kChannels, v);
}
QString toStorage(TicketStatus v)
{
    return enumName(kStatuses, v);
}
QString toStorage(Responsibility v)
{
    return enumName(kResponsibilities, v);
}
QString toStorage(Role v)
{
    return enumName(kRoles, v);
}

std::optional<TicketKind> ticketKindFromStorage(QStringView s)
{
    return enumFromName<TicketKind>(kKinds, s);
}
std::optional<Grade> gradeFromStorage(QStringView s)
{
    return enumFromName<Grade>(kGrades, s);
}
std::optional<Channel> channelFromStorage(QStringView s)
{
    return enumFromName<Channel>(kChannels, s);
}
std::optional<TicketStatus> ticketStatusFromStorage(QStringView s)
{
    return enumFromName<TicketStatus>(kStatuses, s);
}
std::optional<Responsibility> responsibilityFromStorage(QStringView s)
{
    return enumFromName<Responsibility>(kResponsibilities, s);
}
std::optional<Role> roleFromStorage(QStringView s)
{
    return enumFromName<Role>(kRoles, s);
}

QList<TicketKind> allTicketKinds()
{
    return enumValues<TicketKind>(kKinds);
}
QList<Grade> allGrades()
{
    return enumValues<Grade>(kGrades);
}
QList<Channel> allChannels()
{
    return enumValues<Channel>(kChannels);
}
QList<TicketStatus> allTicketStatuses()
{
    return enumValues<TicketStatus>(kStatuses);
}
QList<Responsibility> allResponsibilities()
{
    return enumValues<Responsibility>(kResponsibilities);
}
QList<Role> allRoles()
{
    return enumValues<Role>(kRoles);
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
