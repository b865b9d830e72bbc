#include "storage/SecretStore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using govops::core::Error;
using govops::storage::SecretStore;

namespace {

template <typename T>
T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
        qFatal("the job did not finish in time");
    return future.result();
}

} // namespace

// Needs an unlocked Secret Service on the session bus: tools/test starts gnome-keyring for the tests.
class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        SecretStore store;
        QCOMPARE(SecretStore::serviceName(), u"GovOps Console"_s);
        const QString key = u"postgresql://test-%1@127.0.0.1:5432"_s.arg(QUuid::createUuid().toString(QUuid::Id128));

        const auto missing = wait(store.read(key));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().code == Error::Code::NotFound, qPrintable(missing.error().message));

        const auto written = wait(store.write(key, u"s3cret-密码"_s));
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        const auto read = wait(store.read(key));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), u"s3cret-密码"_s);

        QVERIFY(wait(store.remove(key)).ok());
        QCOMPARE(wait(store.read(key)).error().code, Error::Code::NotFound);
        QVERIFY(wait(store.remove(key)).ok());  // removing what is gone is fine
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
