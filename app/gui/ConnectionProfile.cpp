#include "ConnectionProfile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace govops::app {

storage::DatabaseUrl ConnectionProfile::url() const
{
    if (kind == storage::Backend::Sqlite)
        return storage::DatabaseUrl::sqlite(sqlitePath);
    storage::DatabaseUrl url;
    url.backend = storage::Backend::Postgres;
    url.host = host;
    url.port = port;
    url.database = database;
    url.user = user;
    url.sslMode = sslMode;
    url.sslRootCert = caFile;
    return url;
}

QStringList sslModes()
{
    return {u"disable"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

QList<ConnectionProfile> ProfileStore::load() const
{
    QList<ConnectionProfile> profiles;
    const int n = m_settings.beginReadArray(u"Profiles"_s);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(u"name"_s).toString();
        p.kind = m_settings.value(u"kind"_s).toString() == "sqlite"_L1 ? storage::Backend::Sqlite
                                                                       : storage::Backend::Postgres;
        p.sqlitePath = m_settings.value(u"sqlitePath"_s).toString();
        p.host = m_settings.value(u"host"_s).toString();
        p.port = m_settings.value(u"port"_s, 5432).toInt();
        p.database = m_settings.value(u"database"_s).toString();
        p.user = m_settings.value(u"user"_s).toString();
        p.sslMode = m_settings.value(u"sslMode"_s, u"verify-full"_s).toString();
        p.caFile = m_settings.value(u"caFile"_s).toString();
        p.login = m_settings.value(u"login"_s).toString();
        if (!p.name.isEmpty())
            profiles.append(p);
    }
    m_settings.endArray();
    return profiles;
}

void ProfileStore::save(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(u"Profiles"_s);
    m_settings.beginWriteArray(u"Profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"name"_s, p.name);
        m_settings.setValue(u"kind"_s, p.kind == storage::Backend::Sqlite ? u"sqlite"_s : u"postgresql"_s);
        if (p.kind == storage::Backend::Sqlite) {
            m_settings.setValue(u"sqlitePath"_s, p.sqlitePath);
        } else {
            m_settings.setValue(u"host"_s, p.host);
            m_settings.setValue(u"port"_s, p.port);
            m_settings.setValue(u"database"_s, p.database);
            m_settings.setValue(u"user"_s, p.user);
            m_settings.setValue(u"sslMode"_s, p.sslMode);
            m_settings.setValue(u"caFile"_s, p.caFile);
        }
        m_settings.setValue(u"login"_s, p.login);
    }
    m_settings.endArray();
    m_settings.sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings.value(u"Login/lastProfile"_s).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings.setValue(u"Login/lastProfile"_s, name);
    m_settings.sync();
}

} // namespace govops::app
