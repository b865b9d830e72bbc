#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>

#include <memory>

namespace govops::storage {
class SecretStore;
}

namespace govops::app {

// Where the login dialog remembers database passwords: the system keyring and nowhere else. The dialog sees
// only this interface, so that a test can stand in a keyring that is missing. Results as storage::SecretStore:
//   read: the password, or Code::NotFound when nothing is stored under the key;
//   any:  Code::Unavailable (message for people) when there is no usable keyring.
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;
    virtual QFuture<core::Result<QString>> read(const QString &key) = 0;
    virtual QFuture<core::Status> write(const QString &key, const QString &password) = 0;
    virtual QFuture<core::Status> remove(const QString &key) = 0;
};

// The system keyring, through storage::SecretStore (QtKeychain).
class KeyringPasswordStore final : public PasswordStore
{
public:
    KeyringPasswordStore();
    ~KeyringPasswordStore() override;

    QFuture<core::Result<QString>> read(const QString &key) override;
    QFuture<core::Status> write(const QString &key, const QString &password) override;
    QFuture<core::Status> remove(const QString &key) override;

private:
    std::unique_ptr<storage::SecretStore> m_store;
};

} // namespace govops::app
