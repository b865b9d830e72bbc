#include "ui/StatusBanner.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace govops::ui;
using namespace Qt::StringLiterals;

class TestStatusBanner : public QObject
{
    Q_OBJECT
private slots:
    void hiddenUntilAMessage()
    {
        StatusBanner banner;
        QVERIFY(banner.isHidden());
        banner.showMessage(StatusBanner::Level::Warning, u"Read-only"_s);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.level(), StatusBanner::Level::Warning);
        QCOMPARE(banner.text(), u"Read-only"_s);
        banner.clear();
        QVERIFY(banner.isHidden());
    }

    void actionButtonOnlyWithText()
    {
        StatusBanner banner;
        banner.showMessage(StatusBanner::Level::Info, u"Saved"_s);
        QPushButton *button = banner.findChild<QPushButton *>();
        QVERIFY(button);
        QVERIFY(button->isHidden());

        banner.showMessage(StatusBanner::Level::Error, u"Lost"_s, u"Retry"_s);
        QVERIFY(!button->isHidden());
        QCOMPARE(button->text(), u"Retry"_s);
        QSignalSpy triggered(&banner, &StatusBanner::actionTriggered);
        button->click();
        QCOMPARE(triggered.count(), 1);
    }

    void busyIndicator()
    {
        StatusBanner banner;
        banner.showMessage(StatusBanner::Level::Info, u"Connecting"_s);
        QVERIFY(!banner.isBusy());
        banner.setBusy(true);
        QVERIFY(banner.isBusy());
        banner.clear();
        QVERIFY(!banner.isBusy());
    }
};

QTEST_MAIN(TestStatusBanner)
#include "test_status_banner.moc"
