#include "PasswordStore.h"

#include "storage/SecretStore.h"

namespace govops::app {

KeyringPasswordStore::KeyringPasswordStore() : m_store(std::make_unique<storage::SecretStore>()) {}

KeyringPasswordStore::~KeyringPasswordStore() = default;

QFuture<core::Result<QString>> KeyringPasswordStore::read(const QString &key)
{
    return m_store->read(key);
}

QFuture<core::Status> KeyringPasswordStore::write(const QString &key, const QString &password)
{
    return m_store->write(key, password);
}

QFuture<core::Status> KeyringPasswordStore::remove(const QString &key)
{
    return m_store->remove(key);
}

} // namespace govops::app
