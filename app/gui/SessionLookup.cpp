#include "SessionLookup.h"

#include "storage/DepartmentRepository.h"
#include "storage/StaffRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace govops::app {

namespace {

core::Result<ui::Session> sessionOf(QSqlDatabase &db, const storage::StaffRecord &staff)
{
    ui::Session session;
    session.login = staff.login;
    session.person = staff.displayName.isEmpty() ? staff.login : staff.displayName;
    session.role = core::roleFromStorage(staff.role);
    if (staff.departmentId) {
        auto department = storage::DepartmentRepository(db).get(*staff.departmentId);
        if (!department)
            return department.error();
        session.departmentId = department.value().id;
        session.department =
            department.value().shortName.isEmpty() ? department.value().name : department.value().shortName;
    }
    return session;
}

} // namespace

core::Result<ui::Session> findSession(QSqlDatabase &db, const QString &login)
{
    auto staff = storage::StaffRepository(db).byLogin(login);
    if (!staff || !staff.value().active) {
        if (staff && !staff.value().active)
            return core::Error{core::Error::Code::Forbidden,
                               QCoreApplication::translate("govops::app::SessionLookup",
                                                           "The staff account \"%1\" is no longer active.")
                                   .arg(login)};
        if (staff.error().code == core::Error::Code::NotFound)
            return core::Error{core::Error::Code::NotFound,
                               QCoreApplication::translate("govops::app::SessionLookup",
                                                           "No staff member has the login name \"%1\" in this "
                                                           "database. Check the name, or ask an administrator "
                                                           "to add you.")
                                   .arg(login)};
        return staff.error();
    }
    return sessionOf(db, staff.value());
}

core::Result<ui::Session> findDemoAgent(QSqlDatabase &db)
{
    auto agents = storage::StaffRepository(db).list(core::toStorage(core::Role::Agent));
    if (!agents)
        return agents.error();
    for (const storage::StaffRecord &agent : std::as_const(agents.value())) {
        if (agent.active)
            return sessionOf(db, agent);
    }
    return core::Error{
        core::Error::Code::NotFound,
        QCoreApplication::translate("govops::app::SessionLookup", "The demo database has no service-desk agent.")};
}

} // namespace govops::app
