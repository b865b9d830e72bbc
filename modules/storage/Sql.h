#pragma once

#include "core/Result.h"
#include "storage/DatabaseUrl.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

// Small helpers shared by the migrator and the repositories: errors as values, transactions,
// and the few type conversions where SQLite and PostgreSQL differ.
namespace govops::storage {

Backend backendOf(const QSqlDatabase &db);

// Turns a failed statement into an Error: `what` says, for people, what could not be done.
// Connection trouble becomes Code::Unavailable (and tells the Database worker to check the link),
// a read-only session Code::Schema, a constraint violation Code::Invalid.
core::Error sqlError(const QSqlError &error, const QString &what);
core::Error sqlError(const QSqlQuery &query, const QString &what);

// Runs one statement, prepared with positional (?) or named (:name) values; without values it runs unprepared
// (QPSQL cannot PREPARE DDL, SET or LOCK). Returns the active query, or the error.
core::Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                             const QString &what);
core::Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantMap &values,
                             const QString &what);

// One write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE), so two writers never
// dead-lock upgrading a read lock. Rolls back when destroyed without commit().
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    core::Status begin();
    core::Status commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

// Times are UTC. PostgreSQL keeps timestamptz; SQLite keeps text in one sortable form,
// 2025-03-01T08:00:00.000Z, so that keyset comparisons work on the text.
QVariant toDb(const QDateTime &time, Backend backend);
QVariant toDb(const std::optional<qint64> &id);
QDateTime dateTimeFromDb(const QVariant &value);
std::optional<qint64> idFromDb(const QVariant &value);

// A value ready to bind: Qt binds a null QString as NULL, so an empty text field would break NOT NULL;
// it becomes '' here. A deliberate NULL is a null QVariant (QVariant(QMetaType::fromType<QString>())).
QVariant dbValue(const QVariant &value);

// The database's own "now" as an SQL expression, in the form the backend stores.
QString nowSql(Backend backend);

// Input checks shared by the repositories; `label` names the field for people ("the title").
// Oversized or missing text, or a code outside its list, is Code::Invalid with a message that says so.
core::Status checkText(const QString &label, const QString &value, int max, bool required = false);
core::Status checkCode(const QString &label, const QString &value, const QStringList &allowed,
                       bool allowEmpty = false);

// Set by sqlError() on the calling thread when an error looks like a lost connection.
namespace detail {
bool takeConnectionSuspect();
}

} // namespace govops::storage
