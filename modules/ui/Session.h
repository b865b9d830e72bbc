#pragma once

#include "core/Domain.h"

#include <QString>

#include <optional>

namespace govops::ui {

// Who is signed in. Fixed for the life of a main window; panels read it to decide what to offer.
struct Session
{
    QString login = {};                  // the login name of the connection profile
    QString person = {};                 // display name, e.g. 张伟
    std::optional<core::Role> role = {}; // empty until the staff record is found
    qint64 departmentId = 0;             // 0: the provider's own staff
    QString department = {};             // display name of departmentId
};

// The translated name of a role, for people (storage strings are core::toStorage(Role)).
QString roleTitle(core::Role role);

} // namespace govops::ui
