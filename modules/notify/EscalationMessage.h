#pragma once

#include <QDateTime>
#include <QString>

namespace govops::notify {

// What a person is told of one escalation step: enough to find the ticket and see what is at stake.
struct EscalationNotice
{
    QString ticketNumber;
    QString title;
    QString department;
    int grade = 4;      // 1 = I … 4 = IV
    QString clock;      // storage string, or "ticket" for the creation step
    QString step;       // created, warning, supervisor, breach
    QDateTime deadline; // invalid for the creation step
};

// The texts, in the language of the installed translators (Chinese first). Times are shown in local time.
QString escalationSubject(const EscalationNotice &notice);
QString escalationBody(const EscalationNotice &notice);

} // namespace govops::notify
