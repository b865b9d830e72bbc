#pragma once

// A small world for the ticket workflow tests: two departments, three people, the default SLA policy
// (core's defaults, tests/unit/core/SlaFixtures.h) with its calendar, on the Scratch database.

#include "StorageTestSupport.h"
#include "core/SlaPolicy.h"
#include "storage/CalendarRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketWorkflow.h"

#include <QSqlQuery>

namespace govops::test {

inline const QDateTime kT0(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

inline QDateTime minutes(int m)
{
    return kT0.addSecs(qint64(m) * 60);
}

struct TicketWorld
{
    qint64 department = 0;
    qint64 otherDepartment = 0;
    qint64 agent = 0;      // 王芳
    qint64 technician = 0; // 张伟
    qint64 supervisor = 0; // 李强
    core::PolicyBook book;

    static TicketWorld make(QSqlDatabase &db)
    {
        using namespace Qt::StringLiterals;
        TicketWorld w;
        storage::DepartmentRecord d;
        d.name = u"省公安厅"_s;
        d.shortName = u"公安厅"_s;
        w.department = storage::DepartmentRepository(db).create(d).value().id;
        d.name = u"省教育厅"_s;
        d.shortName = u"教育厅"_s;
        w.otherDepartment = storage::DepartmentRepository(db).create(d).value().id;
        const auto person = [&](const QString &login, const QString &name, const QString &role) {
            storage::StaffRecord s;
            s.login = login;
            s.displayName = name;
            s.role = role;
            return storage::StaffRepository(db).create(s).value().id;
        };
        w.agent = person(u"agent01"_s, u"王芳"_s, u"agent"_s);
        w.technician = person(u"tech01"_s, u"张伟"_s, u"technician"_s);
        w.supervisor = person(u"super01"_s, u"李强"_s, u"supervisor"_s);
        if (!storage::CalendarRepository(db).importDefaultIfEmpty())
            qFatal("cannot load the default calendar");
        auto book = storage::SlaPolicyRepository(db).policyBook();
        if (!book)
            qFatal("cannot load the policy book: %s", qPrintable(book.error().message));
        w.book = book.value();
        return w;
    }

    static storage::NewTicket fault(qint64 department, int grade,
                                    const QString &title = QStringLiteral("云主机无法远程登录"))
    {
        storage::NewTicket t;
        t.kind = QStringLiteral("fault");
        t.grade = grade;
        t.title = title;
        t.reporter = QStringLiteral("刘洋");
        t.departmentId = department;
        return t;
    }
};

// SELECT count(*) … for checks that nothing (or exactly so much) was written.
inline qint64 countOf(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace govops::test
