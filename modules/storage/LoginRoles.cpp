#include "storage/LoginRoles.h"

#include "storage/Records.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::LoginRoles)
};
} // namespace

namespace govops::storage {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 of one block: SCRAM's SaltedPassword is exactly one hash long.
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

core::Error invalid(const QString &message)
{
    return {core::Error::Code::Invalid, message};
}

// Runs a statement that names roles: the server quotes them itself (format's %I and %L); roles cannot be bound.
core::Status execFormatted(QSqlDatabase &db, const QString &pattern, const QVariantList &values, const QString &what)
{
    QString placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders += u", ?::text"_s;
    auto formatted = exec(db, u"SELECT format('%1'%2)"_s.arg(pattern, placeholders), values, what);
    if (!formatted)
        return formatted.error();
    formatted.value().next();
    const QString statement = formatted.value().value(0).toString();
    formatted.value().finish();
    if (auto done = exec(db, statement, QVariantList{}, what); !done)
        return done.error();
    return core::Done{};
}

} // namespace

QString LoginRoles::groupRoleOf(const QString &staffRole)
{
    return u"govops_"_s + staffRole;
}

QString LoginRoles::scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = saltedPassword(password.toUtf8(), salt, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

core::Result<LoginRole> LoginRoles::createOrUpdate(const QString &login, const QString &password)
{
    if (password.isEmpty())
        return invalid(Text::tr("The password is empty."));
    if (!isAscii(password))
        return invalid(Text::tr("Use a password of ASCII letters, digits and punctuation: PostgreSQL treats other "
                                "characters in a way this tool does not repeat, and the sign-in would fail."));
    auto staff = StaffRepository(m_db).byLogin(login);
    if (!staff) {
        if (staff.error().code == core::Error::Code::NotFound)
            return core::Error{core::Error::Code::NotFound,
                               Text::tr("No staff member has the login \"%1\". Add the person first.").arg(login)};
        return staff.error();
    }
    if (!staff.value().active)
        return invalid(Text::tr("The staff account \"%1\" is no longer active.").arg(login));
    if (login.startsWith(u"govops_"_s) || login.startsWith(u"pg_"_s))
        return invalid(Text::tr("The login \"%1\" is reserved for the database's own roles.").arg(login));

    const QString what = Text::tr("Could not create the database login \"%1\"").arg(login);
    LoginRole role{login, groupRoleOf(staff.value().role), false};

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto existing = exec(m_db,
                         u"SELECT rolsuper OR rolcreaterole OR rolname = current_user OR NOT rolcanlogin "
                         "FROM pg_roles WHERE rolname = ?"_s,
                         {login}, what);
    if (!existing)
        return existing.error();
    role.created = !existing.value().next();
    if (!role.created && existing.value().value(0).toBool())
        return invalid(Text::tr("A database role \"%1\" exists that is not a plain login (a superuser, a role "
                                "that creates roles, a group, or the administrator's own). It is left alone.")
                           .arg(login));
    existing.value().finish();

    const QString verifier = scramVerifier(password, [] {
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
        return salt;
    }());
    if (auto s = execFormatted(m_db,
                               role.created ? u"CREATE ROLE %I LOGIN INHERIT PASSWORD %L"_s
                                            : u"ALTER ROLE %I LOGIN INHERIT PASSWORD %L"_s,
                               {login, verifier}, what);
        !s)
        return s.error();

    // Exactly one group: a person whose staff role changed leaves the old group.
    auto groups = exec(m_db,
                       u"SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                       "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? AND g.rolname LIKE 'govops\\_%'"_s,
                       {login}, what);
    if (!groups)
        return groups.error();
    QStringList stale;
    while (groups.value().next()) {
        if (groups.value().value(0).toString() != role.groupRole)
            stale.append(groups.value().value(0).toString());
    }
    groups.value().finish();
    for (const QString &group : std::as_const(stale)) {
        if (auto s = execFormatted(m_db, u"REVOKE %I FROM %I"_s, {group, login}, what); !s)
            return s.error();
    }
    if (auto s = execFormatted(m_db, u"GRANT %I TO %I"_s, {role.groupRole, login}, what); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return role;
}

} // namespace govops::storage
