#include "core/Clock.h"

#include <QTest>

using namespace govops::core;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        ManualClock clock(start);
        QCOMPARE(clock.now(), start);
        clock.advance(90);
        QCOMPARE(clock.now(), start.addSecs(90));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "test_clock.moc"
