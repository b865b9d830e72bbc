#pragma once

// Rows for escalation tests: a department, the people a step tells, their delivery channels, and tickets
// created at a chosen time (so that their clocks have run as far as the test needs). Header-only: tests that
// include it link govops_storage.

#include "storage/Sql.h"

#include <QDateTime>
#include <QTest>
#include <QUrl>

namespace govops::test {

struct EscalationPeople
{
    qint64 department = 0;
    qint64 leader = 0;     // leadership: told of grade I/II faults at creation
    qint64 supervisor = 0; // told when nearing a breach and at the breach
    qint64 technician = 0; // owns tickets
};

inline qint64 insertRow(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = storage::exec(db, sql + QStringLiteral(" RETURNING id"), values, QStringLiteral("fixture"));
    if (!q || !q.value().next())
        qFatal("fixture insert failed: %s %s", qPrintable(sql), q ? "" : qPrintable(q.error().detail));
    return q.value().value(0).toLongLong();
}

// Mail channels for leadership, supervisor and the owner; a robot for the supervisor when `robot` is valid.
inline EscalationPeople seedEscalationPeople(QSqlDatabase &db, const QUrl &robot)
{
    EscalationPeople p;
    p.department = insertRow(db, QStringLiteral("INSERT INTO departments (name, short_name) VALUES (?, ?)"),
                             {QStringLiteral("市大数据中心"), QStringLiteral("大数据")});
    const QString staff = QStringLiteral("INSERT INTO staff (login, display_name, role, email) VALUES (?, ?, ?, ?)");
    p.leader = insertRow(db, staff,
                         {QStringLiteral("lead"), QStringLiteral("李领导"), QStringLiteral("leadership"),
                          QStringLiteral("lead@example.test")});
    p.supervisor = insertRow(db, staff,
                             {QStringLiteral("sup"), QStringLiteral("王主管"), QStringLiteral("supervisor"),
                              QStringLiteral("sup@example.test")});
    p.technician = insertRow(db, staff,
                             {QStringLiteral("tech"), QStringLiteral("张伟"), QStringLiteral("technician"),
                              QStringLiteral("tech@example.test")});
    const QString channel =
        QStringLiteral("INSERT INTO escalation_channels (role, kind, name, url) VALUES (?, ?, ?, ?)");
    for (const char *role : {"leadership", "supervisor", "owner"})
        insertRow(db, channel, {QString::fromLatin1(role), QStringLiteral("smtp"), QStringLiteral("mail"), QString()});
    if (robot.isValid())
        insertRow(
            db, channel,
            {QStringLiteral("supervisor"), QStringLiteral("webhook"), QStringLiteral("duty-robot"), robot.toString()});
    return p;
}

// A fault of `grade` (1 = I) opened at `createdAt` under policy version 1, status `status`.
inline qint64 addTicket(QSqlDatabase &db, const EscalationPeople &p, const QString &number, int grade,
                        const QDateTime &createdAt, std::optional<qint64> owner = std::nullopt,
                        const QString &status = QStringLiteral("new"))
{
    const auto backend = storage::backendOf(db);
    const QVariant at = storage::toDb(createdAt, backend);
    const qint64 id = insertRow(
        db,
        QStringLiteral("INSERT INTO tickets (number, kind, grade, channel, status, title, owner_id, department_id,"
                       " sla_policy_version, created_at, updated_at, deadline_at)"
                       " VALUES (?, 'fault', ?, 'phone', ?, ?, ?, ?, 1, ?, ?, ?)"),
        {number, grade, status, QStringLiteral("数据库宕机 %1").arg(number), storage::toDb(owner), p.department, at, at,
         storage::toDb(createdAt.addSecs(600), backend)});
    insertRow(db,
              QStringLiteral("INSERT INTO ticket_events (ticket_id, department_id, kind, at, payload)"
                             " VALUES (?, ?, 'created', ?, '{}')"),
              {id, p.department, at});
    return id;
}

inline qint64 countRows(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto q = storage::exec(db, sql, values, QStringLiteral("count"));
    if (!q || !q.value().next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value().value(0).toLongLong();
}

} // namespace govops::test
