// Signing in to a real PostgreSQL server (the ctest fixture): the password lands in the keyring and nowhere else.
#include "FakePasswordStore.h"
#include "LoginDialog.h"
#include "TestPostgres.h"
#include "storage/StaffRepository.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace govops;
using namespace govops::app;
using namespace Qt::StringLiterals;

class TestLoginPostgres : public QObject
{
    Q_OBJECT
private slots:
    void passwordGoesOnlyToTheKeyring()
    {
        auto url = storage::DatabaseUrl::parse(test::freshPostgresDatabase(u"login_dialog"_s));
        QVERIFY(url);
        {
            storage::Database admin(url.value());
            admin.open(storage::Database::SchemaPolicy::MigrateIfNeeded); // what `govops-admin migrate` does
            QTRY_VERIFY_WITH_TIMEOUT(admin.state() != storage::Database::State::Closed &&
                                         admin.state() != storage::Database::State::Connecting,
                                     60000);
            QCOMPARE(admin.state(), storage::Database::State::Ready);
            auto created = admin.run<core::Result<storage::StaffRecord>>([](QSqlDatabase &c) {
                storage::StaffRecord staff;
                staff.login = u"zhaolei"_s;
                staff.displayName = u"赵磊"_s;
                staff.role = u"agent"_s;
                return storage::StaffRepository(c).create(staff);
            });
            created.waitForFinished();
            if (!created.result())
                QFAIL(qPrintable(created.result().error().detail));
        }

        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(u"govops.conf"_s);
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConnectionProfile profile;
        profile.name = u"test server"_s;
        profile.host = url.value().host;
        profile.port = url.value().port;
        profile.database = url.value().database;
        profile.user = url.value().user;
        profile.sslMode = u"disable"_s;
        profile.login = u"zhaolei"_s;
        ProfileStore(settings).save({profile});

        const QString password = u"Zq9!only-in-the-keyring"_s;
        FakePasswordStore keyring;
        LoginDialog dialog(settings, keyring);
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->echoMode() == QLineEdit::Password)
                e->setText(password);
        }
        dialog.findChild<QCheckBox *>()->setChecked(true);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.signIn();
        QVERIFY(accepted.wait(60000));

        QCOMPARE(dialog.session().person, u"赵磊"_s);
        QCOMPARE(keyring.entries.value(profile.url().keyringKey()), password);
        settings.sync();
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("zhaolei"));
        QVERIFY(!saved.contains(password.toUtf8()));
        QVERIFY(dialog.keyringProblem().isEmpty());
    }
};

QTEST_MAIN(TestLoginPostgres)
#include "test_login_postgres.moc"
