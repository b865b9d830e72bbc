#include "ui/PanelRegistry.h"

#include <QLabel>
#include <QTest>

using namespace govops::ui;
using namespace Qt::StringLiterals;

namespace {
PanelDescriptor panel(const QString &id)
{
    return {.id = id, .title = [id] { return id; }, .factory = [](PanelContext &) { return new QLabel; }};
}
} // namespace

class TestPanelRegistry : public QObject
{
    Q_OBJECT
private slots:
    void keepsRegistrationOrder()
    {
        PanelRegistry r;
        QVERIFY(r.add(panel(u"b"_s)));
        QVERIFY(r.add(panel(u"a"_s)));
        QCOMPARE(r.panels().size(), 2);
        QCOMPARE(r.panels().at(0).id, u"b"_s);
        QCOMPARE(r.panels().at(1).id, u"a"_s);
        QVERIFY(r.find(u"a"_s));
        QCOMPARE(r.find(u"a"_s)->title(), u"a"_s);
        QVERIFY(!r.find(u"c"_s));
    }

    void refusesDuplicatesAndIncompletePanels()
    {
        PanelRegistry r;
        QVERIFY(r.add(panel(u"x"_s)));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"already registered"_s));
        QVERIFY(!r.add(panel(u"x"_s)));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs an id"_s));
        QVERIFY(!r.add(panel(QString())));
        PanelDescriptor noFactory = panel(u"y"_s);
        noFactory.factory = nullptr;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs an id"_s));
        QVERIFY(!r.add(noFactory));
        QCOMPARE(r.panels().size(), 1);
    }
};

QTEST_MAIN(TestPanelRegistry)
#include "test_panel_registry.moc"
