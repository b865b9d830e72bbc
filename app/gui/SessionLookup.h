#pragma once

#include "core/Result.h"
#include "ui/Session.h"

#include <QSqlDatabase>

namespace govops::app {

// Who signs in, from their staff record: display name, role and department. Run on the database's worker
// thread (inside storage::Database::run). NotFound when no active staff member has this login name.
core::Result<ui::Session> findSession(QSqlDatabase &db, const QString &login);

// The demo's signed-in person: the first active service-desk agent of the demo data.
core::Result<ui::Session> findDemoAgent(QSqlDatabase &db);

} // namespace govops::app
