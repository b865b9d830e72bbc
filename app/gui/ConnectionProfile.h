#pragma once

#include "storage/DatabaseUrl.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace govops::app {

// A named way to reach a database, kept in the settings. It holds no password: that lives only in the system
// keyring, under url().keyringKey().
struct ConnectionProfile
{
    QString name;
    storage::Backend kind = storage::Backend::Postgres;
    QString sqlitePath; // kind == Sqlite
    QString host;       // kind == Postgres, from here down
    int port = 5432;
    QString database = QStringLiteral("govops");
    QString user;
    QString sslMode = QStringLiteral("verify-full");
    QString caFile;
    QString login; // the person's login name in the console (their staff record), not the database user

    storage::DatabaseUrl url() const;
    bool operator==(const ConnectionProfile &) const = default;
};

// libpq's sslmode values offered in the profile editor, weakest first.
QStringList sslModes();

// The profiles in the settings, in the order they were added, and the one used last.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings) : m_settings(settings) {}

    QList<ConnectionProfile> load() const;
    void save(const QList<ConnectionProfile> &profiles);
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings &m_settings;
};

} // namespace govops::app
