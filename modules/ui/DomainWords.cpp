#include "ui/DomainWords.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::ui::DomainWords)
};
} // namespace

namespace govops::ui {

QString statusTitle(const QString &status)
{
    if (status == u"new")
        return Text::tr("New");
    if (status == u"assigned")
        return Text::tr("Assigned");
    if (status == u"in_progress")
        return Text::tr("In progress");
    if (status == u"waiting_customer")
        return Text::tr("Waiting for customer");
    if (status == u"resolved")
        return Text::tr("Resolved");
    if (status == u"closed")
        return Text::tr("Closed");
    return status;
}

QString channelTitle(const QString &channel)
{
    if (channel == u"phone")
        return Text::tr("Phone");
    if (channel == u"mailbox")
        return Text::tr("Mailbox");
    if (channel == u"portal")
        return Text::tr("Portal");
    return channel;
}

QString gradeTitle(int grade)
{
    static const QStringList numerals{u"I"_s, u"II"_s, u"III"_s, u"IV"_s};
    return grade >= 1 && grade <= numerals.size() ? numerals.at(grade - 1) : QString::number(grade);
}

QString countdownText(qint64 secondsLeft)
{
    const qint64 s = std::abs(secondsLeft);
    const QString sign = secondsLeft < 0 ? u"-"_s : QString();
    const auto two = [](qint64 v) { return u"%1"_s.arg(v, 2, 10, QLatin1Char('0')); };
    if (s < 3600)
        return sign + two(s / 60) + u':' + two(s % 60);
    if (s < 24 * 3600)
        return sign + QString::number(s / 3600) + u':' + two(s / 60 % 60) + u':' + two(s % 60);
    //: A countdown of more than a day: %1 days, then hours:minutes (2d 03:12)
    return sign + Text::tr("%1d %2").arg(s / 86400).arg(two(s / 3600 % 24) + u':' + two(s / 60 % 60));
}

QString ageText(qint64 seconds)
{
    const qint64 s = std::max<qint64>(seconds, 0);
    if (s < 3600)
        return Text::tr("%1m").arg(s / 60);
    if (s < 24 * 3600)
        return Text::tr("%1h %2m").arg(s / 3600).arg(s / 60 % 60);
    return Text::tr("%1d %2h").arg(s / 86400).arg(s / 3600 % 24);
}

QString kindTitle(const QString &kind)
{
    if (kind == u"fault")
        return Text::tr("Fault");
    if (kind == u"service_request")
        return Text::tr("Service request");
    if (kind == u"consultation")
        return Text::tr("Consultation");
    return kind;
}

QString gradeMeaning(int grade)
{
    switch (grade) {
    case 1:
        return Text::tr("I – Urgent: business stopped or data lost");
    case 2:
        return Text::tr("II – Severe: degraded, business still runs");
    case 3:
        return Text::tr("III – Major: errors or warnings, business unaffected");
    case 4:
        return Text::tr("IV – Ordinary: how-to, configuration, booked service");
    default:
        return QString::number(grade);
    }
}

QString responsibilityTitle(const QString &responsibility)
{
    if (responsibility == u"platform")
        return Text::tr("Cloud platform (the provider)");
    if (responsibility == u"carrier")
        return Text::tr("Carrier");
    if (responsibility == u"customer_system")
        return Text::tr("Customer's own system");
    if (responsibility == u"third_party")
        return Text::tr("Third party");
    return responsibility;
}

QString eventTitle(const QString &kind)
{
    if (kind == u"created")
        return Text::tr("Opened");
    if (kind == u"comment")
        return Text::tr("Comment");
    if (kind == u"status_change")
        return Text::tr("Status changed");
    if (kind == u"customer_update")
        return Text::tr("Customer updated");
    if (kind == u"handover")
        return Text::tr("Handed over");
    if (kind == u"assignment")
        return Text::tr("Assigned");
    if (kind == u"grade_change")
        return Text::tr("Grade changed");
    if (kind == u"clock_pause")
        return Text::tr("Clock paused");
    if (kind == u"clock_resume")
        return Text::tr("Clock resumed");
    if (kind == u"escalation")
        return Text::tr("Escalated");
    if (kind == u"analysis")
        return Text::tr("Post-incident analysis");
    if (kind == u"visit")
        return Text::tr("Return visit");
    if (kind == u"edit")
        return Text::tr("Edited");
    if (kind == u"plan")
        return Text::tr("Handling plan");
    return kind;
}

QString clockTitle(core::ClockKind kind)
{
    switch (kind) {
    case core::ClockKind::Response:
        return Text::tr("Response");
    case core::ClockKind::HandlingPlan:
        return Text::tr("Handling plan");
    case core::ClockKind::Resolution:
        return Text::tr("Resolution");
    case core::ClockKind::CustomerUpdate:
        return Text::tr("Customer update");
    case core::ClockKind::AllocationVm:
        return Text::tr("VM allocation");
    case core::ClockKind::AllocationPhysical:
        return Text::tr("Physical server allocation");
    }
    return core::toStorage(kind);
}

QString clockStatusTitle(core::ClockStatus status)
{
    switch (status) {
    case core::ClockStatus::Ok:
        return Text::tr("On time");
    case core::ClockStatus::Warning:
        return Text::tr("Warning");
    case core::ClockStatus::Breached:
        return Text::tr("Breached");
    case core::ClockStatus::Paused:
        return Text::tr("Paused");
    case core::ClockStatus::Met:
        return Text::tr("Met");
    case core::ClockStatus::Stopped:
        return Text::tr("Stopped");
    case core::ClockStatus::Unknown:
        return Text::tr("Unknown");
    }
    return core::toStorage(status);
}

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : Text::tr("—");
}

} // namespace govops::ui
