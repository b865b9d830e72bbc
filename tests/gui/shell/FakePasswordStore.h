#pragma once

#include "PasswordStore.h"

#include <QFuture>
#include <QHash>

// A keyring in memory, or no keyring at all (available = false), answering as storage::SecretStore does.
class FakePasswordStore final : public govops::app::PasswordStore
{
public:
    bool available = true;
    QHash<QString, QString> entries;
    int writes = 0;

    QFuture<govops::core::Result<QString>> read(const QString &key) override
    {
        using R = govops::core::Result<QString>;
        if (!available)
            return QtFuture::makeReadyFuture(R(missing()));
        if (!entries.contains(key))
            return QtFuture::makeReadyFuture(R(govops::core::Error{govops::core::Error::Code::NotFound, {}}));
        return QtFuture::makeReadyFuture(R(entries.value(key)));
    }
    QFuture<govops::core::Status> write(const QString &key, const QString &password) override
    {
        ++writes;
        if (!available)
            return QtFuture::makeReadyFuture(govops::core::Status(missing()));
        entries.insert(key, password);
        return QtFuture::makeReadyFuture(govops::core::Status(govops::core::Done{}));
    }
    QFuture<govops::core::Status> remove(const QString &key) override
    {
        if (!available)
            return QtFuture::makeReadyFuture(govops::core::Status(missing()));
        entries.remove(key);
        return QtFuture::makeReadyFuture(govops::core::Status(govops::core::Done{}));
    }

private:
    static govops::core::Error missing()
    {
        return {govops::core::Error::Code::Unavailable,
                QStringLiteral("The system keyring is not available (no Secret Service on D-Bus). "
                               "Passwords cannot be remembered: enter the password each time.")};
    }
};
