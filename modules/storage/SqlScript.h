#pragma once

#include "core/Result.h"

#include <QStringList>
#include <QStringView>

namespace govops::storage {

// Splits an SQL script into statements, because QSQLITE runs one statement per exec().
// A ';' ends a statement only at the top level: not inside '…' (with '' and E'\'' escapes), "…",
// -- and /* … */ comments (nested, as PostgreSQL allows), $$ or $tag$ dollar quoting, nor inside the
// BEGIN … END body of a SQLite CREATE TRIGGER (CASE … END inside it included).
// Comments are dropped; statements come back trimmed, empty ones left out.
// An unterminated quote or comment is an error (Code::Invalid) naming the line it started on.
core::Result<QStringList> splitSqlScript(QStringView script);

} // namespace govops::storage
