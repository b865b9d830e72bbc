#include "MainWindow.h"
#include "ui/PanelRegistry.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace govops;
using namespace govops::app;
using namespace Qt::StringLiterals;
using Side = ui::DockPlacement::Side;

namespace {

ui::PanelDescriptor panel(const QString &id, Side side, const QString &tabifyWith = {})
{
    return {.id = id,
            .title = [id] { return u"Title of "_s + id; },
            .placement = {.side = side, .tabifyWith = tabifyWith, .extent = 200},
            .factory =
                [id](ui::PanelContext &) {
                    auto *label = new QLabel(id);
                    label->setObjectName(u"content-"_s + id);
                    label->setFocusPolicy(Qt::StrongFocus);
                    return label;
                }};
}

// The shell's real arrangement, with stand-in panels.
ui::PanelRegistry registry()
{
    ui::PanelRegistry r;
    r.add(panel(u"queue"_s, Side::Centre));
    r.add(panel(u"tree"_s, Side::Left));
    r.add(panel(u"charts"_s, Side::Bottom));
    r.add(panel(u"timers"_s, Side::Right));
    r.add(panel(u"visits"_s, Side::Right, u"timers"_s));
    return r;
}

const QStringList Ids{u"queue"_s, u"tree"_s, u"charts"_s, u"timers"_s, u"visits"_s};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_registry, ui::PanelContext{});
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return window;
    }

    QRect screenArea() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    // What the default layout promises, whatever happened before.
    void verifyDefaultLayout(MainWindow &w)
    {
        for (const QString &id : Ids) {
            QDockWidget *d = w.dock(id);
            QVERIFY2(!d->isHidden(), qPrintable(id));
            QVERIFY2(!d->isFloating(), qPrintable(id));
        }
        QCOMPARE(w.dockWidgetArea(w.dock(u"tree"_s)), Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(w.dock(u"queue"_s)), Qt::RightDockWidgetArea);
        QCOMPARE(w.tabifiedDockWidgets(w.dock(u"timers"_s)), QList<QDockWidget *>{w.dock(u"visits"_s)});
        // Left column | centre | right column, and the bottom row under the centre and right columns.
        const QRect tree = w.dock(u"tree"_s)->geometry(), queue = w.dock(u"queue"_s)->geometry(),
                    timers = w.dock(u"timers"_s)->geometry(), charts = w.dock(u"charts"_s)->geometry();
        QVERIFY(tree.right() < queue.left());
        QVERIFY(queue.right() < timers.left());
        QVERIFY(charts.top() > queue.bottom());
        QVERIFY(charts.left() > tree.right());
        QVERIFY(tree.bottom() > queue.bottom()); // the left column runs the full height
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_registry = registry();
    }

    void init() { MainWindow::forgetLayout(); }

    void oneDockPerPanel()
    {
        auto w = makeWindow();
        const QList<QDockWidget *> docks = w->findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), Ids.size());
        QStringList names;
        for (QDockWidget *d : docks)
            names.append(d->objectName());
        names.sort();
        QStringList expected = Ids;
        expected.sort();
        QCOMPARE(names, expected);
        for (const QString &id : Ids) {
            QDockWidget *d = w->dock(id);
            QCOMPARE(d->windowTitle(), u"Title of "_s + id);
            QCOMPARE(d->widget()->objectName(), u"content-"_s + id);
            QVERIFY(d->features().testFlag(QDockWidget::DockWidgetFloatable));
            QVERIFY(d->features().testFlag(QDockWidget::DockWidgetMovable));
        }
    }

    void viewMenuTogglesEveryPanel()
    {
        auto w = makeWindow();
        QMenu *view = nullptr;
        for (QAction *a : w->menuWidget()->findChild<QMenuBar *>()->actions()) {
            if (a->text().remove(u'&') == u"View"_s)
                view = a->menu();
        }
        QVERIFY(view);
        const QList<QAction *> actions = view->actions();
        for (const QString &id : Ids)
            QVERIFY2(actions.contains(w->dock(id)->toggleViewAction()), qPrintable(id));

        QAction *toggle = w->dock(u"tree"_s)->toggleViewAction();
        toggle->trigger();
        QVERIFY(w->dock(u"tree"_s)->isHidden());
        toggle->trigger();
        QVERIFY(!w->dock(u"tree"_s)->isHidden());
    }

    void altNumberRaisesAndFocusesThePanel()
    {
        auto w = makeWindow();
        const QList<QAction *> focus = w->focusPanelActions();
        QCOMPARE(focus.size(), Ids.size());
        for (int i = 0; i < focus.size(); ++i)
            QCOMPARE(focus.at(i)->shortcut(), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));

        // "visits" shares a tab group with "timers", behind it: Alt+5 brings it to the front, even when closed.
        QDockWidget *visits = w->dock(u"visits"_s);
        visits->close();
        QTest::keyClick(w.get(), Qt::Key_5, Qt::AltModifier);
        QVERIFY(!visits->isHidden());
        QTRY_VERIFY(!visits->visibleRegion().isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), visits->widget());
    }

    void layoutComesBack()
    {
        QPoint floatingAt;
        {
            auto w = makeWindow();
            QDockWidget *charts = w->dock(u"charts"_s);
            charts->setFloating(true);
            charts->move(screenArea().topLeft() + QPoint(40, 60));
            floatingAt = charts->pos();
            w->dock(u"visits"_s)->hide();
            w->splitDockWidget(w->dock(u"tree"_s), w->dock(u"queue"_s), Qt::Vertical); // under the tree
            w->setLayoutLocked(true);
            w->close(); // saves
        }
        auto w = makeWindow();
        QDockWidget *charts = w->dock(u"charts"_s);
        QVERIFY(charts->isFloating());
        QCOMPARE(charts->pos(), floatingAt);
        QVERIFY(w->dock(u"visits"_s)->isHidden());
        QVERIFY(!w->dock(u"queue"_s)->isHidden());
        QCOMPARE(w->dockWidgetArea(w->dock(u"queue"_s)), Qt::LeftDockWidgetArea);
        QVERIFY(w->dock(u"queue"_s)->geometry().top() > w->dock(u"tree"_s)->geometry().bottom());
        QVERIFY(w->lockLayoutAction()->isChecked());
        QCOMPARE(w->dock(u"queue"_s)->features(), QDockWidget::NoDockWidgetFeatures);
    }

    void windowGeometryComesBack()
    {
        QRect geometry;
        {
            auto w = makeWindow();
            w->showNormal();
            w->setGeometry(screenArea().adjusted(30, 40, -50, -60));
            geometry = w->geometry();
            w->close();
        }
        auto w = makeWindow();
        QCOMPARE(w->geometry(), geometry);
    }

    void resetLayoutRestoresTheDefault()
    {
        auto w = makeWindow();
        verifyDefaultLayout(*w);
        w->dock(u"charts"_s)->setFloating(true);
        w->dock(u"tree"_s)->hide();
        w->dock(u"visits"_s)->setFloating(true);
        w->addDockWidget(Qt::LeftDockWidgetArea, w->dock(u"timers"_s));
        w->resetLayoutAction()->trigger();
        verifyDefaultLayout(*w);

        // And so does --reset-layout, after a layout was saved.
        w->dock(u"tree"_s)->hide();
        w->close();
        w.reset();
        MainWindow::forgetLayout();
        w = makeWindow();
        verifyDefaultLayout(*w);
    }

    void offScreenWindowsAreBroughtBack_data()
    {
        QTest::addColumn<bool>("cornerOnly");
        QTest::newRow("on a monitor that is gone") << false;
        QTest::newRow("title bar off the screen, a corner on it") << true;
    }
    void offScreenWindowsAreBroughtBack()
    {
        QFETCH(bool, cornerOnly);
        const QRect screen = screenArea();
        {
            auto w = makeWindow();
            w->showNormal();
            w->resize(800, 500);
            QDockWidget *charts = w->dock(u"charts"_s);
            charts->setFloating(true);
            charts->resize(300, 200);
            if (cornerOnly) {
                w->move(screen.topLeft() - QPoint(800 - 60, 500 - 60));
                charts->move(screen.bottomRight() - QPoint(40, 30));
            } else {
                w->move(20000, 20000);
                charts->move(-30000, 500);
            }
            w->close();
        }
        auto w = makeWindow();
        QDockWidget *charts = w->dock(u"charts"_s);
        QVERIFY(charts->isFloating());
        // Enough of each title bar is on the screen to grab it.
        for (QWidget *window : {static_cast<QWidget *>(w.get()), static_cast<QWidget *>(charts)}) {
            const QRect frame = window->frameGeometry();
            const QRect titleBar = QRect(frame.topLeft(), QSize(frame.width(), 24)).intersected(screen);
            QVERIFY2(titleBar.width() >= 120 && titleBar.height() >= 24,
                     qPrintable(u"%1 at %2,%3"_s.arg(window->objectName()).arg(frame.x()).arg(frame.y())));
        }
    }

    void databaseStateIsShown()
    {
        storage::Database database(storage::DatabaseUrl::sqlite(u"/nonexistent/never-opened.db"_s));
        ui::PanelContext context;
        context.database = &database;
        MainWindow w(m_registry, context);
        auto *label = w.findChild<QLabel *>(u"databaseStatus"_s);
        QVERIFY(label);
        QVERIFY(label->text().contains(u"not connected"_s));

        emit database.stateChanged(storage::Database::State::ReadOnly, u"The schema is newer (version 9)."_s);
        QVERIFY(label->text().contains(u"read-only"_s));
        QCOMPARE(label->toolTip(), u"The schema is newer (version 9)."_s);
        const QList<ui::StatusBanner *> banners = w.findChildren<ui::StatusBanner *>();
        const auto shown = std::find_if(banners.cbegin(), banners.cend(), [](auto *b) { return !b->isHidden(); });
        QVERIFY(shown != banners.cend());
        QCOMPARE((*shown)->level(), ui::StatusBanner::Level::Warning);
        QVERIFY((*shown)->text().contains(u"version 9"_s));

        emit database.stateChanged(storage::Database::State::Ready, u"Connected."_s);
        QVERIFY(label->text().contains(u"ready"_s));
        QVERIFY(std::none_of(banners.cbegin(), banners.cend(), [](auto *b) { return !b->isHidden(); }));
    }

    void statusBarShowsWhoAndWhere()
    {
        ui::PanelContext context;
        context.session = {.login = u"zhangwei"_s, .person = u"张伟"_s, .role = core::Role::Agent};
        MainWindow w(m_registry, context);
        w.setProfileName(u"省政务云"_s);
        w.status().setApiState(ShellStatus::ApiState::Simulator);
        QVERIFY(w.findChild<QLabel *>(u"profileStatus"_s)->text().contains(u"省政务云"_s));
        QVERIFY(w.findChild<QLabel *>(u"personStatus"_s)->text().contains(u"张伟"_s));
        QVERIFY(w.findChild<QLabel *>(u"personStatus"_s)->text().contains(u"Service desk agent"_s));
        QVERIFY(w.findChild<QLabel *>(u"apiStatus"_s)->text().contains(u"simulator"_s));
        QVERIFY(w.windowTitle().contains(u"省政务云"_s));
    }

private:
    ui::PanelRegistry m_registry;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
