#include "storage/Sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "govops.storage.sql")

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::Sql)
};
} // namespace

namespace govops::storage {

namespace {

thread_local bool t_connectionSuspect = false;

bool isConnectionTrouble(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + u' ' + error.driverText();
    // A SQLite error carries its numeric result code (QSQLITE reports even constraint failures as
    // ConnectionError, so the type says nothing there); a file has no link to lose.
    if (!code.isEmpty() && code.size() < 5)
        return false;
    // PostgreSQL: class 08 is a connection exception, 57P01-57P03 an administrator shutdown or a server
    // that cannot accept connections.
    if (code.size() == 5)
        return code.startsWith(u"08"_s) || code.startsWith(u"57P"_s);
    // libpq's own errors (the link is gone) and Qt's (never opened) carry no code at all.
    return error.type() == QSqlError::ConnectionError || text.contains(u"server closed the connection"_s)
           || text.contains(u"no connection to the server"_s) || text.contains(u"connection to server"_s)
           || text.contains(u"terminating connection"_s) || text.contains(u"could not send data to server"_s)
           || text.contains(u"could not receive data"_s) || text.contains(u"not open"_s, Qt::CaseInsensitive)
           || text.contains(u"Driver not loaded"_s);
}

} // namespace

Backend backendOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? Backend::Postgres : Backend::Sqlite;
}

core::Error sqlError(const QSqlError &error, const QString &what)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const QString detail = u"[%1] %2"_s.arg(code, text.trimmed());

    if (isConnectionTrouble(error)) {
        t_connectionSuspect = true;
        return {core::Error::Code::Unavailable,
                Text::tr("%1: the database cannot be reached. Check the network and the server; "
                         "the console reconnects by itself.")
                    .arg(what),
                detail};
    }
    // 25006: read-only transaction (PostgreSQL); SQLite: attempt to write a readonly database (code 8).
    if (code == u"25006"_s || code == u"8"_s || text.contains(u"readonly database"_s)) {
        return {core::Error::Code::Schema,
                Text::tr("%1: the database is open for reading only, because its schema does not match this program "
                         "(see the database state).")
                    .arg(what),
                detail};
    }
    // 23xxx: integrity constraint (PostgreSQL); SQLite code 19 (SQLITE_CONSTRAINT) and extended codes.
    static const QStringList sqliteConstraint{u"19"_s, u"275"_s, u"787"_s, u"1299"_s, u"1555"_s, u"1811"_s, u"2067"_s};
    if (code.startsWith(u"23"_s) || sqliteConstraint.contains(code)) {
        const bool duplicate = code == u"23505"_s || code == u"2067"_s || code == u"1555"_s
                               || text.contains(u"UNIQUE constraint"_s) || text.contains(u"duplicate key"_s);
        return {core::Error::Code::Invalid,
                duplicate ? Text::tr("%1: such an entry already exists.").arg(what)
                          : Text::tr("%1: the data breaks a rule of the database (%2).").arg(what, text.trimmed()),
                detail};
    }
    // 40001/40P01: serialization failure or deadlock: someone else wrote at the same time.
    if (code == u"40001"_s || code == u"40P01"_s || code == u"5"_s || code == u"6"_s) {
        return {core::Error::Code::Conflict,
                Text::tr("%1: someone else changed the same data at the same moment. Try again.").arg(what), detail};
    }
    return {core::Error::Code::Internal,
            Text::tr("%1: the database refused the request (%2).").arg(what, text.trimmed()), detail};
}

core::Error sqlError(const QSqlQuery &query, const QString &what)
{
    return sqlError(query.lastError(), what);
}

namespace {

template <typename Bind>
core::Result<QSqlQuery> execWith(QSqlDatabase &db, const QString &sql, bool hasValues, const QString &what, Bind bind)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without values there is nothing to bind, and QPSQL could not PREPARE a DDL or SET statement anyway.
    if (!hasValues) {
        if (!query.exec(sql))
            return sqlError(query, what);
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(query, what);
    bind(query);
    if (!query.exec())
        return sqlError(query, what);
    return query;
}

} // namespace

core::Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    return execWith(db, sql, !values.isEmpty(), what, [&](QSqlQuery &q) {
        for (const QVariant &v : values)
            q.addBindValue(dbValue(v));
    });
}

core::Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantMap &values, const QString &what)
{
    return execWith(db, sql, !values.isEmpty(), what, [&](QSqlQuery &q) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(u':' + it.key(), dbValue(it.value()));
    });
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

core::Status Transaction::begin()
{
    bool ok = false;
    if (backendOf(m_db) == Backend::Sqlite) {
        QSqlQuery q(m_db);
        ok = q.exec(u"BEGIN IMMEDIATE"_s);
        if (!ok)
            return sqlError(q, Text::tr("Could not start a transaction"));
    } else {
        ok = m_db.transaction();
        if (!ok)
            return sqlError(m_db.lastError(), Text::tr("Could not start a transaction"));
    }
    m_active = true;
    return core::Done{};
}

core::Status Transaction::commit()
{
    if (!m_active)
        return core::Error{core::Error::Code::Internal, Text::tr("No transaction to commit.")};
    if (!m_db.commit()) {
        const core::Error error = sqlError(m_db.lastError(), Text::tr("Could not save the changes"));
        rollback();
        return error;
    }
    m_active = false;
    return core::Done{};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.rollback())
        qCWarning(lcSql) << "rollback failed:" << m_db.lastError().text();
}

QVariant dbValue(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

QVariant toDb(const QDateTime &time, Backend backend)
{
    if (!time.isValid())
        return backend == Backend::Sqlite ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(QMetaType::fromType<QDateTime>());
    const QDateTime utc = time.toUTC();
    if (backend == Backend::Sqlite)
        return utc.toString(Qt::ISODateWithMs);  // 2025-03-01T08:00:00.000Z
    return utc;
}

QVariant toDb(const std::optional<qint64> &id)
{
    return id ? QVariant::fromValue<qlonglong>(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime dateTimeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())  // PostgreSQL text such as "2025-03-01 08:00:00+00"
        t = QDateTime::fromString(value.toString().replace(u' ', u'T'), Qt::ISODateWithMs);
    return t.toUTC();
}

std::optional<qint64> idFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

namespace detail {
bool takeConnectionSuspect()
{
    return std::exchange(t_connectionSuspect, false);
}
} // namespace detail

core::Status checkText(const QString &label, const QString &value, int max, bool required)
{
    if (required && value.trimmed().isEmpty())
        return core::Error{core::Error::Code::Invalid, Text::tr("%1 may not be empty.").arg(label)};
    if (value.size() > max)
        return core::Error{
            core::Error::Code::Invalid,
            Text::tr("%1 is %2 characters long; at most %3 are allowed.").arg(label).arg(value.size()).arg(max)};
    return core::Done{};
}

core::Status checkCode(const QString &label, const QString &value, const QStringList &allowed, bool allowEmpty)
{
    if ((allowEmpty && value.isEmpty()) || allowed.contains(value))
        return core::Done{};
    return core::Error{core::Error::Code::Invalid,
                       Text::tr("%1 '%2' is not one of: %3.").arg(label, value, allowed.join(u", "_s))};
}

QString nowSql(Backend backend)
{
    return backend == Backend::Postgres ? u"now()"_s : u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s;
}
} // namespace govops::storage
