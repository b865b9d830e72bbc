#include "ConnectionProfile.h"
#include "ProfileDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace govops;
using namespace govops::app;
using namespace Qt::StringLiterals;

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void storeRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.conf"_s), QSettings::IniFormat);
        ConnectionProfile server;
        server.name = u"省政务云 central"_s;
        server.host = u"db.example.gov.cn"_s;
        server.port = 6432;
        server.database = u"govops"_s;
        server.user = u"console"_s;
        server.sslMode = u"verify-ca"_s;
        server.caFile = u"/etc/govops/ca.pem"_s;
        server.login = u"zhangwei"_s;
        ConnectionProfile file;
        file.name = u"laptop"_s;
        file.kind = storage::Backend::Sqlite;
        file.sqlitePath = u"/home/zw/govops.db"_s;
        file.login = u"zhangwei"_s;
        file.database.clear();
        file.sslMode.clear();

        ProfileStore store(settings);
        store.save({server, file});
        store.setLastUsed(u"laptop"_s);
        const QList<ConnectionProfile> loaded = ProfileStore(settings).load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), server);
        QCOMPARE(loaded.at(1).name, file.name);
        QCOMPARE(loaded.at(1).kind, storage::Backend::Sqlite);
        QCOMPARE(loaded.at(1).sqlitePath, file.sqlitePath);
        QCOMPARE(ProfileStore(settings).lastUsed(), u"laptop"_s);

        store.save({file});
        QCOMPARE(ProfileStore(settings).load().size(), 1);
    }

    void urlOfAProfile()
    {
        ConnectionProfile p;
        p.host = u"db.example.gov.cn"_s;
        p.port = 5433;
        p.database = u"ops"_s;
        p.user = u"console"_s;
        p.sslMode = u"verify-full"_s;
        p.caFile = u"/etc/ca.pem"_s;
        const storage::DatabaseUrl url = p.url();
        QCOMPARE(url.backend, storage::Backend::Postgres);
        QCOMPARE(url.host, p.host);
        QCOMPARE(url.port, 5433);
        QCOMPARE(url.sslMode, p.sslMode);
        QCOMPARE(url.sslRootCert, p.caFile);
        QVERIFY(!url.keyringKey().isEmpty());
    }

    void editorRefusesIncompleteOrTakenNames()
    {
        ConnectionProfile p;
        p.name = u"central"_s;
        p.host = u"db"_s;
        ProfileDialog dialog(p, {u"central"_s});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QLabel *problem = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (!l->isHidden() && l->text().contains(u"exists already"_s))
                problem = l;
        }
        QVERIFY(problem);

        auto *name = dialog.findChildren<QLineEdit *>().first();
        QCOMPARE(name->text(), u"central"_s);
        name->setText(u"central 2"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().name, u"central 2"_s);
        QCOMPARE(dialog.profile().host, u"db"_s);
        QCOMPARE(dialog.profile().sslMode, u"verify-full"_s);
    }
};

QTEST_MAIN(TestConnectionProfile)
#include "test_connection_profile.moc"
