#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace govops::storage {

// Passwords in the system keyring (Secret Service, KWallet, …) through QtKeychain, under the service
// "GovOps Console" and a key such as DatabaseUrl::keyringKey(). Never anywhere else: not in settings,
// not in logs. Asynchronous: the futures finish on the thread that owns the store (its event loop must run).
//
// Results: read() gives the secret, or Code::NotFound when nothing is stored under the key;
// every call gives Code::Unavailable, with a message for people, when no keyring can be used
// (none installed, no D-Bus session, the collection locked) - the caller then asks for the password
// each time and says why; Code::Forbidden when the user refused access.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    static QString serviceName();  // "GovOps Console"

    QFuture<core::Result<QString>> read(const QString &key);
    QFuture<core::Status> write(const QString &key, const QString &secret);
    QFuture<core::Status> remove(const QString &key);  // removing what is not there is not an error
};

} // namespace govops::storage
