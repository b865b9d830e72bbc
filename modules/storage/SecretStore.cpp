#include "storage/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "govops.storage.secrets")

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::SecretStore)
};
} // namespace

namespace govops::storage {

namespace {

// What a failed keyring job means for people. The key is named in the log, never the secret.
core::Error keyringError(const QKeychain::Job &job)
{
    const QString detail = u"QtKeychain error %1 for key %2: %3"_s.arg(int(job.error())).arg(job.key(), job.errorString());
    qCInfo(lcSecrets).noquote() << detail;  // the caller shows the message; this is for the log
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {core::Error::Code::NotFound, Text::tr("No password is saved in the keyring for this connection."),
                detail};
    case QKeychain::AccessDeniedByUser:
        return {core::Error::Code::Forbidden,
                Text::tr("Access to the system keyring was refused, so the password is neither read nor saved there."),
                detail};
    case QKeychain::AccessDenied:
        return {
            core::Error::Code::Unavailable,
            Text::tr("The system keyring is locked or refused access (%1). The password cannot be saved; you will be "
                     "asked for it each time.")
                .arg(job.errorString()),
            detail};
    default:
        return {core::Error::Code::Unavailable,
                Text::tr("No system keyring is available (%1). The password cannot be saved; you will be asked for it "
                         "each time. Install and unlock a keyring such as gnome-keyring to remember it.")
                    .arg(job.errorString()),
                detail};
    }
}

template <typename Job>
Job *makeJob(QObject *parent, const QString &key)
{
    auto *job = new Job(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // a plain-text file is no place for a password
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    return u"GovOps Console"_s;
}

QFuture<core::Result<QString>> SecretStore::read(const QString &key)
{
    auto promise = std::make_shared<QPromise<core::Result<QString>>>();
    promise->start();
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [promise, job] {
        if (job->error() == QKeychain::NoError)
            promise->addResult(core::Result<QString>(job->textData()));
        else
            promise->addResult(core::Result<QString>(keyringError(*job)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<core::Status> SecretStore::write(const QString &key, const QString &secret)
{
    auto promise = std::make_shared<QPromise<core::Status>>();
    promise->start();
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [promise, job] {
        promise->addResult(job->error() == QKeychain::NoError ? core::Status(core::Done{})
                                                               : core::Status(keyringError(*job)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<core::Status> SecretStore::remove(const QString &key)
{
    auto promise = std::make_shared<QPromise<core::Status>>();
    promise->start();
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [promise, job] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        promise->addResult(ok ? core::Status(core::Done{}) : core::Status(keyringError(*job)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace govops::storage
