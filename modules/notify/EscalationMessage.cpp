#include "notify/EscalationMessage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages (outside the govops namespaces, so that lupdate finds it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::notify::EscalationMessage)
};
} // namespace

namespace govops::notify {

namespace {

QString clockName(const QString &clock)
{
    if (clock == u"ticket"_s)
        return Text::tr("creation");
    if (clock == u"response"_s)
        return Text::tr("response");
    if (clock == u"handling_plan"_s)
        return Text::tr("handling plan");
    if (clock == u"resolution"_s)
        return Text::tr("resolution");
    if (clock == u"customer_update"_s)
        return Text::tr("customer update");
    if (clock == u"allocation_vm"_s)
        return Text::tr("VM allocation");
    if (clock == u"allocation_physical"_s)
        return Text::tr("physical server allocation");
    return clock;
}

QString stepName(const QString &step)
{
    if (step == u"created"_s)
        return Text::tr("new urgent ticket");
    if (step == u"warning"_s)
        return Text::tr("nearing its deadline");
    if (step == u"supervisor"_s)
        return Text::tr("close to breach, supervisor informed");
    if (step == u"breach"_s)
        return Text::tr("deadline breached");
    return step;
}

QString gradeName(int grade)
{
    static const char *const roman[] = {"I", "II", "III", "IV"};
    return grade >= 1 && grade <= 4 ? QString::fromLatin1(roman[grade - 1]) : QString::number(grade);
}

} // namespace

QString escalationSubject(const EscalationNotice &notice)
{
    return Text::tr("[GovOps] %1 %2: %3").arg(notice.ticketNumber, stepName(notice.step), notice.title);
}

QString escalationBody(const EscalationNotice &notice)
{
    QStringList lines;
    lines << Text::tr("Ticket: %1 (grade %2)").arg(notice.ticketNumber, gradeName(notice.grade))
          << Text::tr("Title: %1").arg(notice.title) << Text::tr("Department: %1").arg(notice.department)
          << Text::tr("Clock: %1").arg(clockName(notice.clock)) << Text::tr("Step: %1").arg(stepName(notice.step));
    if (notice.deadline.isValid())
        lines << Text::tr("Deadline: %1").arg(notice.deadline.toLocalTime().toString(u"yyyy-MM-dd HH:mm t"_s));
    lines << QString() << Text::tr("Open the GovOps Console to take it on or acknowledge it.");
    return lines.join(u'\n');
}

} // namespace govops::notify
