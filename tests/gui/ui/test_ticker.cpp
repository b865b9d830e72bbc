#include "ui/Ticker.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace govops::ui;

class TestTicker : public QObject
{
    Q_OBJECT
private slots:
    void isOneSecondTimer()
    {
        Ticker ticker;
        const QList<QTimer *> timers = ticker.findChildren<QTimer *>();
        QCOMPARE(timers.size(), 1);
        QCOMPARE(timers.first()->interval(), 1000);
        QCOMPARE(timers.first()->timerType(), Qt::PreciseTimer);
        QVERIFY(ticker.isActive());
    }

    void everyListenerHearsTheSameTick()
    {
        Ticker ticker;
        int first = 0, second = 0, third = 0;
        connect(&ticker, &Ticker::tick, this, [&first] { ++first; });
        connect(&ticker, &Ticker::tick, this, [&second] { ++second; });
        connect(&ticker, &Ticker::tick, this, [&third] { ++third; });
        QSignalSpy ticks(&ticker, &Ticker::tick);
        QVERIFY(ticks.wait(2500));
        QCOMPARE(first, ticks.count());
        QCOMPARE(second, ticks.count());
        QCOMPARE(third, ticks.count());
        QCOMPARE(ticker.findChildren<QTimer *>().size(), 1); // listeners add no timers
    }

    void stopsAndStarts()
    {
        Ticker ticker;
        ticker.stop();
        QVERIFY(!ticker.isActive());
        ticker.start();
        QVERIFY(ticker.isActive());
    }
};

QTEST_GUILESS_MAIN(TestTicker)
#include "test_ticker.moc"
