#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace govops::storage {

// A person's own PostgreSQL login, as `govops-admin create-login` makes it.
struct LoginRole
{
    QString login;        // = staff.login
    QString groupRole;    // govops_<staff role>, of sql/postgres/0007_security.sql
    bool created = false; // false: the role existed and was updated
};

// People sign in to PostgreSQL as themselves: a LOGIN role named like their staff login, member of exactly one
// group role, the one of their staff role (whose grants and row-level security apply). Run by an administrator
// who may create roles (the admin tool's own connection), on a schema with migration 0007.
class LoginRoles
{
public:
    explicit LoginRoles(QSqlDatabase &db) : m_db(db) {}

    // Creates the role or, when it exists, sets its password and group anew (a changed staff role moves it).
    // The server receives a SCRAM-SHA-256 verifier, never the password, so the password appears in no statement
    // and no server log. Refused (Code::Invalid): no active staff row with that login, an empty or non-ASCII
    // password (PostgreSQL prepares other characters with SASLprep, which this does not repeat), or an
    // existing role that is no plain login (a superuser, a role that creates roles, a govops_ group, ourselves).
    core::Result<LoginRole> createOrUpdate(const QString &login, const QString &password);

    static QString groupRoleOf(const QString &staffRole);
    // "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (base64), as PostgreSQL stores it.
    static QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);

private:
    QSqlDatabase &m_db;
};

} // namespace govops::storage
