#include "SlaFixtures.h"
#include "core/BusinessCalendar.h"

#include <QRandomGenerator>
#include <QTest>

using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

    std::shared_ptr<const BusinessCalendar> m_cal;

private slots:
    void initTestCase() { m_cal = defaultCalendar(); }

    // ---- the CSV format ------------------------------------------------------------------

    void parsesTheRealFile()
    {
        const auto rows = parseCalendarCsv(holidayCsvText());
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows.value().size(), 72);
        QCOMPARE(rows.value().first(), (CalendarDay{QDate(2025, 1, 1), DayKind::Holiday, u"元旦"_s}));
        QCOMPARE(rows.value().last(), (CalendarDay{QDate(2026, 10, 10), DayKind::Workday, u"国庆节调休上班"_s}));
        QCOMPARE(m_cal->years(), (QList<int>{2025, 2026}));
        QVERIFY(m_cal->covers(2025));
        QVERIFY(!m_cal->covers(2027));
        QCOMPARE(m_cal->entry(QDate(2025, 10, 6))->name, u"国庆节、中秋节"_s);
        QVERIFY(!m_cal->entry(QDate(2025, 10, 9)));
    }

    void acceptsQuotesCrLfBomAndComments()
    {
        const QString text = u"\uFEFF# comment\r\n\r\ndate,kind,name\r\n"
                             u"2025-10-01,holiday,\"National Day, and \"\"Mid-Autumn\"\"\"\r\n"
                             u"  # indented comment\r\n"
                             u"2025-10-11, workday , make-up\r\n"_s;
        const auto rows = parseCalendarCsv(text);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value()[0].name, u"National Day, and \"Mid-Autumn\""_s);
        QCOMPARE_E(rows.value()[1].kind, DayKind::Workday);
        QCOMPARE(rows.value()[1].name, u"make-up"_s);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // fragments the message must contain
        const QString h = u"# header follows\ndate,kind,name\n"_s;
        QTest::newRow("empty") << QString() << QStringList{u"line 1:"_s, u"no header"_s};
        QTest::newRow("only comments") << u"# a\n# b\n"_s << QStringList{u"no header"_s};
        QTest::newRow("wrong header") << u"day,type,label\n2025-01-01,holiday,x\n"_s
                                      << QStringList{u"line 1:"_s, u"date,kind,name"_s};
        QTest::newRow("bad date") << h + u"2025-13-01,holiday,x\n"_s << QStringList{u"line 3:"_s, u"2025-13-01"_s};
        QTest::newRow("short date") << h + u"2025-1-1,holiday,x\n"_s << QStringList{u"line 3:"_s, u"YYYY-MM-DD"_s};
        QTest::newRow("bad kind") << h + u"2025-01-01,holyday,x\n"_s << QStringList{u"line 3:"_s, u"holyday"_s};
        QTest::newRow("kind case") << h + u"2025-01-01,Holiday,x\n"_s << QStringList{u"line 3:"_s};
        QTest::newRow("two fields") << h + u"2025-01-01,holiday\n"_s << QStringList{u"line 3:"_s, u"found 2"_s};
        QTest::newRow("four fields") << h + u"2025-01-01,holiday,x,y\n"_s << QStringList{u"line 3:"_s, u"found 4"_s};
        QTest::newRow("empty name") << h + u"2025-01-01,holiday,  \n"_s << QStringList{u"line 3:"_s, u"name"_s};
        QTest::newRow("duplicate") << h + u"2025-01-01,holiday,a\n2025-01-02,holiday,b\n2025-01-01,holiday,c\n"_s
                                   << QStringList{u"line 5:"_s, u"first on line 3"_s};
        QTest::newRow("workday on a weekday")
            << h + u"2025-09-29,workday,x\n"_s << QStringList{u"line 3:"_s, u"Monday"_s, u"Saturday or Sunday"_s};
        QTest::newRow("unclosed quote") << h + u"2025-01-01,holiday,\"x\n"_s << QStringList{u"line 3:"_s, u"quoted"_s};
        QTest::newRow("every problem reported") << h + u"2025-01-01,holiday,a\nx,holiday,b\n\n2025-01-03,nope,c\n"_s
                                                << QStringList{u"line 4:"_s, u"line 6:"_s};
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto rows = parseCalendarCsv(text);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code, Error::Code::Malformed);
        for (const QString &fragment : expected)
            QVERIFY2(rows.error().message.contains(fragment),
                     qPrintable(u"'%1' not in: %2"_s.arg(fragment, rows.error().message)));
    }

    void createRefusesBadInput()
    {
        const QList<CalendarDay> gap{{QDate(2025, 1, 1), DayKind::Holiday, u"a"_s},
                                     {QDate(2027, 1, 1), DayKind::Holiday, u"b"_s}};
        auto r = BusinessCalendar::create(gap, defaultHours());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"2026"), qPrintable(r.error().message));

        const QList<CalendarDay> dup{{QDate(2025, 1, 1), DayKind::Holiday, u"a"_s},
                                     {QDate(2025, 1, 1), DayKind::Holiday, u"b"_s}};
        QVERIFY(!BusinessCalendar::create(dup, defaultHours()).ok());

        const QList<CalendarDay> weekdayWork{{QDate(2025, 1, 2), DayKind::Workday, u"x"_s}};
        QVERIFY(!BusinessCalendar::create(weekdayWork, defaultHours()).ok());

        const WorkingHours backwards{QTime(17, 30), QTime(8, 30), deskZone()};
        QVERIFY(!BusinessCalendar::create(holidayRows(), backwards).ok());
        const WorkingHours noZone{QTime(8, 30), QTime(17, 30), QTimeZone()};
        QVERIFY(!BusinessCalendar::create(holidayRows(), noZone).ok());
    }

    // ---- which days work -----------------------------------------------------------------

    void workingDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("ordinary Monday") << QDate(2025, 3, 3) << true;
        QTest::newRow("ordinary Saturday") << QDate(2025, 3, 8) << false;
        QTest::newRow("ordinary Sunday") << QDate(2025, 3, 9) << false;
        QTest::newRow("New Year 2025") << QDate(2025, 1, 1) << false;
        QTest::newRow("Spring 2025 make-up Sunday") << QDate(2025, 1, 26) << true;
        QTest::newRow("Spring 2025 Tuesday holiday") << QDate(2025, 1, 28) << false;
        QTest::newRow("Spring 2025 make-up Saturday") << QDate(2025, 2, 8) << true;
        QTest::newRow("National Day make-up Sunday") << QDate(2025, 9, 28) << true;
        QTest::newRow("National Day Wednesday") << QDate(2025, 10, 1) << false;
        QTest::newRow("National Day last day (Wed)") << QDate(2025, 10, 8) << false;
        QTest::newRow("after National Day (Thu)") << QDate(2025, 10, 9) << true;
        QTest::newRow("National Day make-up Saturday") << QDate(2025, 10, 11) << true;
        QTest::newRow("year end 2025 (Wed)") << QDate(2025, 12, 31) << true;
        QTest::newRow("New Year 2026 Friday") << QDate(2026, 1, 2) << false;
        QTest::newRow("New Year 2026 Saturday") << QDate(2026, 1, 3) << false;
        QTest::newRow("New Year 2026 make-up Sunday") << QDate(2026, 1, 4) << true;
        QTest::newRow("Spring 2026 make-up Saturday before") << QDate(2026, 2, 14) << true;
        QTest::newRow("Spring 2026 Sunday holiday") << QDate(2026, 2, 15) << false;
        QTest::newRow("Spring 2026 Monday holiday") << QDate(2026, 2, 23) << false;
        QTest::newRow("after Spring 2026 (Tue)") << QDate(2026, 2, 24) << true;
        QTest::newRow("Spring 2026 make-up Saturday after") << QDate(2026, 2, 28) << true;
        QTest::newRow("Mid-Autumn 2026 Friday") << QDate(2026, 9, 25) << false;
        QTest::newRow("last day covered") << QDate(2026, 12, 31) << true;
    }

    void workingDays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        const auto r = m_cal->isWorkingDay(date);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), working);
    }

    void yearsWithoutDataAreReported_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("year");
        QTest::newRow("2024") << QDate(2024, 12, 31) << 2024;
        QTest::newRow("2027") << QDate(2027, 1, 4) << 2027;
    }

    void yearsWithoutDataAreReported()
    {
        QFETCH(QDate, date);
        QFETCH(int, year);
        const auto day = m_cal->isWorkingDay(date);
        QVERIFY(!day.ok());
        QCOMPARE(day.error().code, Error::Code::NotFound);
        QVERIFY(day.error().message.contains(QString::number(year)));
        QCOMPARE(day.error().detail, u"calendar_year_missing:%1"_s.arg(year));
        QVERIFY(!m_cal->isWithinWorkingHours(QDateTime(date, QTime(10, 0), deskZone())).ok());
        QVERIFY(!m_cal->nextWorkingInstant(QDateTime(date, QTime(10, 0), deskZone())).ok());

        // An empty calendar knows no year at all.
        const BusinessCalendar empty;
        const auto e = empty.workingSecondsBetween(cst(2025, 3, 3, 9), cst(2025, 3, 3, 10));
        QVERIFY(!e.ok());
        QVERIFY(e.error().message.contains(u"2025"));
    }

    // ---- working hours -------------------------------------------------------------------

    void workingHours_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<QDateTime>("next");
        QTest::newRow("before opening") << cst(2025, 3, 3, 8, 29, 59) << false << cst(2025, 3, 3, 8, 30);
        QTest::newRow("at opening") << cst(2025, 3, 3, 8, 30) << true << cst(2025, 3, 3, 8, 30);
        QTest::newRow("midday") << cst(2025, 3, 3, 12, 0) << true << cst(2025, 3, 3, 12, 0);
        QTest::newRow("last second") << cst(2025, 3, 3, 17, 29, 59) << true << cst(2025, 3, 3, 17, 29, 59);
        QTest::newRow("at close of business") << cst(2025, 3, 3, 17, 30) << false << cst(2025, 3, 4, 8, 30);
        QTest::newRow("Friday night") << cst(2025, 3, 7, 22, 0) << false << cst(2025, 3, 10, 8, 30);
        QTest::newRow("holiday noon") << cst(2025, 10, 3, 12, 0) << false << cst(2025, 10, 9, 8, 30);
        QTest::newRow("make-up Saturday") << cst(2025, 10, 11, 10, 0) << true << cst(2025, 10, 11, 10, 0);
        QTest::newRow("New Year's Eve night") << cst(2025, 12, 31, 20, 0) << false << cst(2026, 1, 4, 8, 30);
    }

    void workingHours()
    {
        QFETCH(QDateTime, t);
        QFETCH(bool, inside);
        QFETCH(QDateTime, next);
        QCOMPARE(m_cal->isWithinWorkingHours(t).value(), inside);
        QCOMPARE(m_cal->nextWorkingInstant(t).value(), next);
    }

    // ---- working time --------------------------------------------------------------------

    void workingSecondsBetween_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("same morning") << cst(2025, 3, 3, 9) << cst(2025, 3, 3, 12) << 3 * kHour;
        QTest::newRow("whole working day") << cst(2025, 3, 3) << cst(2025, 3, 4) << 9 * kHour;
        QTest::newRow("night") << cst(2025, 3, 3, 20) << cst(2025, 3, 4, 8) << qint64(0);
        QTest::newRow("over a weekend") << cst(2025, 3, 7, 16) << cst(2025, 3, 10, 10) << 3 * kHour;
        QTest::newRow("whole holiday block") << cst(2025, 10, 1) << cst(2025, 10, 9) << qint64(0);
        QTest::newRow("over National Day") << cst(2025, 9, 30, 16) << cst(2025, 10, 9, 9, 30) << 9000LL;
        QTest::newRow("make-up Saturday counts") << cst(2025, 10, 11) << cst(2025, 10, 12) << 9 * kHour;
        QTest::newRow("National Day week 2025")
            << cst(2025, 9, 27) << cst(2025, 10, 13) << 6 * 9 * kHour; // 28 Sep (Sun), 29, 30, 9 Oct, 10, 11 (Sat)
        QTest::newRow("Spring Festival 2026")
            << cst(2026, 2, 14) << cst(2026, 3, 1) << 6 * 9 * kHour; // 14 Feb, 24, 25, 26, 27, 28
        QTest::newRow("year end") << cst(2025, 12, 31, 17) << cst(2026, 1, 4, 9) << kHour;
        QTest::newRow("backwards") << cst(2025, 3, 3, 12) << cst(2025, 3, 3, 9) << -3 * kHour;
    }

    void workingSecondsBetween()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(qint64, seconds);
        const auto r = m_cal->workingSecondsBetween(from, to);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), seconds);
    }

    void addWorkingSeconds_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("zero") << cst(2025, 3, 8, 3) << qint64(0) << cst(2025, 3, 8, 3);
        QTest::newRow("within the day") << cst(2025, 3, 3, 9) << 2 * kHour << cst(2025, 3, 3, 11);
        QTest::newRow("lands on close, not next morning")
            << cst(2025, 3, 7, 8, 30) << 9 * kHour << cst(2025, 3, 7, 17, 30);
        QTest::newRow("over the weekend") << cst(2025, 3, 7, 17) << kHour << cst(2025, 3, 10, 9);
        QTest::newRow("from Saturday") << cst(2025, 3, 8, 10) << qint64(1) << cst(2025, 3, 10, 8, 30, 1);
        QTest::newRow("over National Day onto make-up Saturday")
            << cst(2025, 10, 10, 17) << kHour << cst(2025, 10, 11, 9);
        QTest::newRow("over Spring Festival 2026") << cst(2026, 2, 14, 17) << kHour << cst(2026, 2, 24, 9);
        QTest::newRow("over year end") << cst(2025, 12, 31, 17) << kHour << cst(2026, 1, 4, 9);
        QTest::newRow("backwards over a weekend") << cst(2025, 3, 10, 9) << -kHour << cst(2025, 3, 7, 17);
    }

    void addWorkingSeconds()
    {
        QFETCH(QDateTime, from);
        QFETCH(qint64, seconds);
        QFETCH(QDateTime, expected);
        const auto r = m_cal->addWorkingSeconds(from, seconds);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), expected);
    }

    // For random instants and amounts, the result lies inside a working day, in (opening, close],
    // never at midnight, and is exactly that much working time away.
    void addWorkingSecondsProperties()
    {
        QRandomGenerator rng(20251121);
        const qint64 first = cst(2025, 1, 1).toSecsSinceEpoch();
        const qint64 last = cst(2026, 10, 1).toSecsSinceEpoch();
        for (int i = 0; i < 5000; ++i) {
            const QDateTime from =
                QDateTime::fromSecsSinceEpoch(first + qint64(rng.bounded(quint64(last - first))), deskZone());
            const qint64 amount = 1 + qint64(rng.bounded(20 * 9 * 3600));
            const auto r = m_cal->addWorkingSeconds(from, amount);
            QVERIFY(r.ok());
            const QDateTime at = r.value().toTimeZone(deskZone());
            QVERIFY2(m_cal->isWorkingDay(at.date()).value(), qPrintable(at.toString(Qt::ISODate)));
            QVERIFY2(at.time() > QTime(8, 30) && at.time() <= QTime(17, 30), qPrintable(at.toString(Qt::ISODate)));
            QCOMPARE(m_cal->workingSecondsBetween(from, r.value()).value(), amount);
        }
    }

    // ---- "N working days" ----------------------------------------------------------------

    void addWorkingDays_data()
    {
        QTest::addColumn<QDateTime>("approved");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("Monday morning") << cst(2025, 3, 3, 10) << 2 << cst(2025, 3, 5, 17, 30);
        QTest::newRow("Monday before opening") << cst(2025, 3, 3, 7) << 2 << cst(2025, 3, 5, 17, 30);
        QTest::newRow("Monday at close of business") << cst(2025, 3, 3, 17, 30) << 2 << cst(2025, 3, 6, 17, 30);
        QTest::newRow("Monday evening") << cst(2025, 3, 3, 20) << 2 << cst(2025, 3, 6, 17, 30);
        QTest::newRow("Friday afternoon") << cst(2025, 3, 7, 16) << 2 << cst(2025, 3, 11, 17, 30);
        QTest::newRow("Saturday") << cst(2025, 3, 8, 10) << 2 << cst(2025, 3, 12, 17, 30);
        QTest::newRow("zero days: same close of business") << cst(2025, 3, 3, 10) << 0 << cst(2025, 3, 3, 17, 30);
        QTest::newRow("physical, ordinary week") << cst(2025, 3, 3, 10) << 7 << cst(2025, 3, 12, 17, 30);
        QTest::newRow("Spring 2025 make-up Sunday") << cst(2025, 1, 24, 10) << 2 << cst(2025, 1, 27, 17, 30);
        QTest::newRow("eve of Spring 2025") << cst(2025, 1, 27, 10) << 2 << cst(2025, 2, 6, 17, 30);
        QTest::newRow("before National Day, make-up Sunday") << cst(2025, 9, 26, 10) << 2 << cst(2025, 9, 29, 17, 30);
        QTest::newRow("eve of National Day") << cst(2025, 9, 30, 10) << 2 << cst(2025, 10, 10, 17, 30);
        QTest::newRow("approved on a holiday") << cst(2025, 10, 3, 10) << 2 << cst(2025, 10, 11, 17, 30);
        QTest::newRow("physical over National Day") << cst(2025, 9, 30, 10) << 7 << cst(2025, 10, 16, 17, 30);
        QTest::newRow("Spring 2026, make-up Saturday first") << cst(2026, 2, 13, 10) << 2 << cst(2026, 2, 24, 17, 30);
        QTest::newRow("physical over Spring 2026") << cst(2026, 2, 13, 10) << 7 << cst(2026, 3, 2, 17, 30);
        QTest::newRow("approved on a make-up Saturday") << cst(2026, 2, 14, 11) << 2 << cst(2026, 2, 25, 17, 30);
        QTest::newRow("year end 2025 to 2026") << cst(2025, 12, 31, 15) << 2 << cst(2026, 1, 5, 17, 30);
        QTest::newRow("physical over year end") << cst(2025, 12, 31, 15) << 7 << cst(2026, 1, 12, 17, 30);
        QTest::newRow("last day covered, zero days") << cst(2026, 12, 31, 10) << 0 << cst(2026, 12, 31, 17, 30);
    }

    void addWorkingDays()
    {
        QFETCH(QDateTime, approved);
        QFETCH(int, days);
        QFETCH(QDateTime, due);
        const auto r = m_cal->addWorkingDays(approved, days);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), due);
    }

    void runningIntoAnUnloadedYearIsReported()
    {
        const auto due = m_cal->addWorkingDays(cst(2026, 12, 30, 10), 2);
        QVERIFY(!due.ok());
        QCOMPARE(due.error().detail, u"calendar_year_missing:2027"_s);
        QVERIFY(due.error().message.contains(u"2027"));

        const auto secs = m_cal->workingSecondsBetween(cst(2026, 12, 31, 9), cst(2027, 1, 4, 9));
        QVERIFY(!secs.ok());
        QCOMPARE(secs.error().detail, u"calendar_year_missing:2027"_s);

        const auto later = m_cal->addWorkingSeconds(cst(2026, 12, 31, 17), kHour);
        QVERIFY(!later.ok());
        QCOMPARE(later.error().detail, u"calendar_year_missing:2027"_s);

        const auto earlier = m_cal->addWorkingSeconds(cst(2025, 1, 2, 9), -2 * kHour);
        QVERIFY(!earlier.ok());
        QCOMPARE(earlier.error().detail, u"calendar_year_missing:2024"_s);
    }

    // Other working hours are policy data too.
    void otherWorkingHours()
    {
        const auto cal = defaultCalendar(WorkingHours{QTime(9, 0), QTime(18, 0), deskZone()});
        QCOMPARE(cal->addWorkingDays(cst(2025, 3, 3, 10), 2).value(), cst(2025, 3, 5, 18, 0));
        QCOMPARE(cal->workingSecondsBetween(cst(2025, 3, 3), cst(2025, 3, 4)).value(), 9 * kHour);
        QCOMPARE(cal->nextWorkingInstant(cst(2025, 3, 3, 8, 45)).value(), cst(2025, 3, 3, 9, 0));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "test_business_calendar.moc"
