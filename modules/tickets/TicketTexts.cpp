#include "tickets/TicketTexts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::tickets::TicketTexts)
};
} // namespace

namespace govops::tickets {

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

DeadlineState deadlineState(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return DeadlineState::Breached;
    return secondsLeft <= WarningSeconds ? DeadlineState::Warning : DeadlineState::Ok;
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

} // namespace govops::tickets
