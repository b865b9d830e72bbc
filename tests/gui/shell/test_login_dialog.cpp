#include "FakePasswordStore.h"
#include "LoginDialog.h"
#include "storage/StaffRepository.h"
#include "ui/StatusBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace govops;
using namespace govops::app;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Zq9!never-in-settings"_s;

ConnectionProfile serverProfile(const QString &name, int port)
{
    ConnectionProfile p;
    p.name = name;
    p.kind = storage::Backend::Postgres;
    p.host = u"127.0.0.1"_s;
    p.port = port;
    p.database = u"govops"_s;
    p.user = u"govops"_s;
    p.sslMode = u"disable"_s;
    p.login = u"wangfang"_s;
    return p;
}

ConnectionProfile fileProfile(const QString &name, const QString &path, const QString &login)
{
    ConnectionProfile p;
    p.name = name;
    p.kind = storage::Backend::Sqlite;
    p.sqlitePath = path;
    p.login = login;
    return p;
}

// Parts of the dialog, found the way a person finds them.
struct Form
{
    explicit Form(LoginDialog &d)
    {
        const QList<QLineEdit *> edits = d.findChildren<QLineEdit *>();
        for (QLineEdit *e : edits) {
            if (e->echoMode() == QLineEdit::Password)
                password = e;
            else if (!qobject_cast<QComboBox *>(e->parent()))
                login = e;
        }
        remember = d.findChild<QCheckBox *>();
        profiles = d.findChild<QComboBox *>();
        for (ui::StatusBanner *b : d.findChildren<ui::StatusBanner *>())
            banners.append(b);
    }
    ui::StatusBanner *shownBanner(ui::StatusBanner::Level level) const
    {
        for (ui::StatusBanner *b : banners) {
            if (!b->isHidden() && b->level() == level)
                return b;
        }
        return nullptr;
    }
    QLineEdit *login = nullptr;
    QLineEdit *password = nullptr;
    QCheckBox *remember = nullptr;
    QComboBox *profiles = nullptr;
    QList<ui::StatusBanner *> banners;
};

// A port on loopback where nothing listens: connecting is refused at once.
int closedPort()
{
    return 1;
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(u"govops.conf"_s); }

    QByteArray settingsFile() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init() { QFile::remove(settingsPath()); }

    void missingKeyringIsReported()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore(settings).save({serverProfile(u"central"_s, 5432)});
        FakePasswordStore keyring;
        keyring.available = false;
        LoginDialog dialog(settings, keyring);
        Form form(dialog);

        QTRY_VERIFY(form.shownBanner(ui::StatusBanner::Level::Warning));
        const QString text = form.shownBanner(ui::StatusBanner::Level::Warning)->text();
        QVERIFY2(text.contains(u"keyring"_s), qPrintable(text));
        QVERIFY2(text.contains(u"each time"_s), qPrintable(text));
        QVERIFY(!form.remember->isEnabled());
        QVERIFY(!form.remember->isChecked());
        QVERIFY(form.password->isEnabled()); // the password is still asked for
    }

    void rememberedPasswordIsOffered()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        const ConnectionProfile profile = serverProfile(u"central"_s, 5432);
        ProfileStore(settings).save({profile});
        FakePasswordStore keyring;
        keyring.entries.insert(profile.url().keyringKey(), Password);
        LoginDialog dialog(settings, keyring);
        Form form(dialog);
        QTRY_COMPARE(form.password->text(), Password);
        QVERIFY(form.remember->isChecked());
        QCOMPARE(form.login->text(), u"wangfang"_s);
    }

    void failedSignInRemembersNothing()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore(settings).save({serverProfile(u"unreachable"_s, closedPort())});
        FakePasswordStore keyring;
        LoginDialog dialog(settings, keyring);
        Form form(dialog);
        form.password->setText(Password);
        form.remember->setChecked(true);
        form.login->setText(u"lina"_s);
        dialog.signIn();
        QVERIFY(dialog.isConnecting());
        QVERIFY(!form.login->isEnabled()); // the form waits while the database opens on its thread

        QTRY_VERIFY_WITH_TIMEOUT(form.shownBanner(ui::StatusBanner::Level::Error), 30000);
        QVERIFY(!dialog.isConnecting());
        QVERIFY(form.login->isEnabled());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(keyring.writes, 0);
        settings.sync();
        const QByteArray saved = settingsFile();
        QVERIFY(saved.contains("lina")); // the profile (with the new login name) was saved
        QVERIFY(!saved.contains(Password.toUtf8()));
    }

    void signInNeedsAStaffRecord()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore(settings).save({fileProfile(u"local"_s, m_dir.filePath(u"unknown.db"_s), u"nobody"_s)});
        FakePasswordStore keyring;
        LoginDialog dialog(settings, keyring);
        Form form(dialog);
        QVERIFY(!form.password->isEnabled()); // an embedded file has no password
        dialog.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(form.shownBanner(ui::StatusBanner::Level::Error), 30000);
        const QString text = form.shownBanner(ui::StatusBanner::Level::Error)->text();
        QVERIFY2(text.contains(u"nobody"_s), qPrintable(text));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void signInToAnEmbeddedFile()
    {
        const QString path = m_dir.filePath(u"staffed.db"_s);
        {
            storage::Database db(storage::DatabaseUrl::sqlite(path));
            db.open(storage::Database::SchemaPolicy::MigrateIfNeeded);
            QTRY_VERIFY_WITH_TIMEOUT(db.state() != storage::Database::State::Closed &&
                                         db.state() != storage::Database::State::Connecting,
                                     60000);
            QCOMPARE(db.state(), storage::Database::State::Ready);
            auto created = db.run<core::Result<storage::StaffRecord>>([](QSqlDatabase &c) {
                storage::StaffRecord staff;
                staff.login = u"lina"_s;
                staff.displayName = u"李娜"_s;
                staff.role = u"vip_manager"_s;
                return storage::StaffRepository(c).create(staff);
            });
            created.waitForFinished();
            if (!created.result())
                QFAIL(qPrintable(created.result().error().detail));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore(settings).save({fileProfile(u"local"_s, path, u"lina"_s)});
        FakePasswordStore keyring;
        LoginDialog dialog(settings, keyring);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.signIn();
        QVERIFY(accepted.wait(30000));
        QCOMPARE(dialog.session().person, u"李娜"_s);
        QCOMPARE(dialog.session().role, core::Role::VipManager);
        auto database = dialog.takeDatabase();
        QVERIFY(database);
        QCOMPARE(database->state(), storage::Database::State::Ready);
        QCOMPARE(ProfileStore(settings).lastUsed(), u"local"_s);
    }
};

QTEST_MAIN(TestLoginDialog)
#include "test_login_dialog.moc"
