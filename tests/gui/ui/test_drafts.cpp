#include "ui/Drafts.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops::ui;

class TestDrafts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keysNameFormAndTicket()
    {
        QCOMPARE(Drafts::key(u"comment"_s, 42), u"comment-42"_s);
        QCOMPARE(Drafts::key(u"new-ticket"_s), u"new-ticket"_s);
    }

    void defaultDirectoryIsInTheAppDataFolder()
    {
        QCOMPARE(Drafts::defaultDirectory(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"drafts"_s));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        Drafts drafts(dir.filePath(u"drafts"_s)); // created on first save
        const QString key = Drafts::key(u"comment"_s, 7);
        QVERIFY(!drafts.contains(key));
        QVERIFY(!drafts.load(key));

        const QJsonObject fields{{u"text"_s, u"客户已电话告知：正在重启数据库"_s}, {u"channel"_s, u"phone"_s}};
        QVERIFY(drafts.save(key, fields).ok());
        QVERIFY(drafts.contains(key));
        QCOMPARE(drafts.load(key).value(), fields);

        // A second instance on the same folder (the console after a crash) finds it.
        QCOMPARE(Drafts(dir.filePath(u"drafts"_s)).load(key).value(), fields);

        QVERIFY(drafts.save(key, {{u"text"_s, u"newer"_s}}).ok());
        QCOMPARE(drafts.load(key).value().value(u"text"_s).toString(), u"newer"_s);
    }

    void draftsOfDifferentTicketsAreApart()
    {
        QTemporaryDir dir;
        Drafts drafts(dir.path());
        QVERIFY(drafts.save(Drafts::key(u"comment"_s, 1), {{u"text"_s, u"one"_s}}).ok());
        QVERIFY(drafts.save(Drafts::key(u"comment"_s, 2), {{u"text"_s, u"two"_s}}).ok());
        drafts.remove(Drafts::key(u"comment"_s, 1));
        QVERIFY(!drafts.contains(Drafts::key(u"comment"_s, 1)));
        QCOMPARE(drafts.load(Drafts::key(u"comment"_s, 2)).value().value(u"text"_s).toString(), u"two"_s);
    }

    void keysCannotLeaveTheFolder()
    {
        QTemporaryDir dir;
        Drafts drafts(dir.filePath(u"drafts"_s));
        QVERIFY(drafts.save(u"../../escape"_s, {{u"x"_s, 1}}).ok());
        QCOMPARE(QDir(dir.filePath(u"drafts"_s)).entryList(QDir::Files).size(), 1);
        QVERIFY(!QFile::exists(dir.filePath(u"escape.json"_s)));
        QVERIFY(drafts.load(u"../../escape"_s).has_value());
    }

    void anUnreadableDraftIsNone()
    {
        QTemporaryDir dir;
        Drafts drafts(dir.path());
        QFile file(dir.filePath(u"comment-3.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ half a draft");
        file.close();
        QVERIFY(drafts.contains(u"comment-3"_s));
        QVERIFY(!drafts.load(u"comment-3"_s));
    }

    void aFolderThatCannotBeMadeIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Drafts drafts(dir.filePath(u"file/drafts"_s));
        const auto saved = drafts.save(u"comment-1"_s, {{u"text"_s, u"x"_s}});
        QVERIFY(!saved.ok());
        QVERIFY(!saved.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "test_drafts.moc"
