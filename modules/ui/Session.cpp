#include "ui/Session.h"

#include <QCoreApplication>

namespace govops::ui {

QString roleTitle(core::Role role)
{
    const char *title = "";
    switch (role) {
    case core::Role::Agent:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "Service desk agent");
        break;
    case core::Role::Technician:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "O&M technician");
        break;
    case core::Role::OpsManager:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "O&M manager");
        break;
    case core::Role::OperationsManager:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "Operations manager");
        break;
    case core::Role::VipManager:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "VIP account manager");
        break;
    case core::Role::Supervisor:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "Shift supervisor");
        break;
    case core::Role::Leadership:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "Business leadership");
        break;
    case core::Role::DeptMaintainer:
        title = QT_TRANSLATE_NOOP("govops::ui::Session", "Department application maintainer");
        break;
    }
    return QCoreApplication::translate("govops::ui::Session", title);
}

} // namespace govops::ui
