#include "storage/CalendarRepository.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using govops::storage::CalendarRepository;

class TestCalendarCsv : public QObject
{
    Q_OBJECT
private slots:
    void bundledDefault()
    {
        QFile file(CalendarRepository::defaultResource());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto days = CalendarRepository::parseCsv(QString::fromUtf8(file.readAll()));
        QVERIFY2(days.ok(), qPrintable(days ? QString() : days.error().message));
        int holidays2025 = 0;
        bool makeUpSunday = false;
        for (const auto &d : days.value()) {
            if (d.date.year() == 2025 && d.kind == u"holiday"_s)
                ++holidays2025;
            if (d.date == QDate(2025, 1, 26))  // a Sunday worked for the Spring Festival (调休)
                makeUpSunday = d.kind == u"workday"_s;
        }
        QVERIFY(holidays2025 >= 27);
        QVERIFY(makeUpSunday);
    }

    void parses()
    {
        const auto days = CalendarRepository::parseCsv(
            u"# comment\ndate,kind,name\n2027-01-01,holiday,元旦\n\n2027-02-06,workday,春节调休上班\n2027-10-01,holiday,国庆节, 中秋节\n"_s);
        QVERIFY(days.ok());
        QCOMPARE(days.value().size(), 3);
        QCOMPARE(days.value().at(1).kind, u"workday"_s);
        QCOMPARE(days.value().at(2).name, u"国庆节, 中秋节"_s);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad date") << u"date,kind,name\n2027-02-30,holiday,x\n"_s << u"line 2"_s;
        QTest::newRow("bad kind") << u"2027-01-01,vacation,x\n"_s << u"holiday or workday"_s;
        QTest::newRow("weekday workday") << u"2027-01-04,workday,x\n"_s << u"Saturday or Sunday"_s;
        QTest::newRow("twice") << u"2027-01-01,holiday,a\n2027-01-01,holiday,b\n"_s << u"twice"_s;
        QTest::newRow("one field") << u"2027-01-01\n"_s << u"date,kind,name"_s;
        QTest::newRow("empty") << u"# nothing\n"_s << u"no days"_s;
        QTest::newRow("long name") << u"2027-01-01,holiday,"_s + QString(101, u'节') << u"100 characters"_s;
    }
    void refuses()
    {
        QFETCH(QString, csv);
        QFETCH(QString, says);
        const auto days = CalendarRepository::parseCsv(csv);
        QVERIFY(!days.ok());
        QCOMPARE(days.error().code, govops::core::Error::Code::Invalid);
        QVERIFY2(days.error().message.contains(says), qPrintable(days.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCalendarCsv)
#include "test_calendar_csv.moc"
