#include "MainWindow.h"

#include "Logging.h"
#include "ScreenFit.h"
#include "ui/PanelRegistry.h"
#include "ui/Selection.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::app {

namespace {

const QString GeometryKey = u"MainWindow/geometry"_s;
const QString StateKey = u"MainWindow/state"_s;
const QString LockedKey = u"MainWindow/layoutLocked"_s;

constexpr auto UnlockedFeatures =
    QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable;

} // namespace

MainWindow::MainWindow(const ui::PanelRegistry &panels, ui::PanelContext context, QWidget *parent)
    : QMainWindow(parent), m_context(std::move(context)), m_status(new ShellStatus(statusBar())),
      m_menuBar(new QMenuBar), m_databaseBanner(new ui::StatusBanner), m_noticeBanner(new ui::StatusBanner)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/govops.png"_s));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);

    // No central widget: the panels share the whole window. The banners sit under the menu bar.
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_menuBar);
    auto *banners = new QVBoxLayout;
    banners->setContentsMargins(6, 4, 6, 2);
    banners->addWidget(m_databaseBanner);
    banners->addWidget(m_noticeBanner);
    topLayout->addLayout(banners);
    setMenuWidget(top);
    connect(m_noticeBanner, &ui::StatusBanner::actionTriggered, m_noticeBanner, &ui::StatusBanner::clear);

    m_status->setSession(m_context.session);
    if (m_context.database) {
        databaseStateChanged(m_context.database->state(), m_context.database->message());
        connect(m_context.database, &storage::Database::stateChanged, this, &MainWindow::databaseStateChanged);
    }

    createDocks(panels);
    createMenus();
    retranslate();
    restoreLayout();
    if (m_context.selection) {
        connect(m_context.selection, &ui::Selection::panelRequested, this, [this](const QString &id) {
            for (const Panel &p : std::as_const(m_panels)) {
                if (p.descriptor.id == id)
                    focusPanel(p.dock);
            }
        });
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::forgetLayout()
{
    QSettings settings;
    settings.remove(GeometryKey);
    settings.remove(StateKey);
    settings.remove(LockedKey);
}

QDockWidget *MainWindow::dock(const QString &panelId) const
{
    for (const Panel &p : m_panels) {
        if (p.descriptor.id == panelId)
            return p.dock;
    }
    return nullptr;
}

QList<QDockWidget *> MainWindow::docks() const
{
    QList<QDockWidget *> all;
    for (const Panel &p : m_panels)
        all.append(p.dock);
    return all;
}

QList<QAction *> MainWindow::focusPanelActions() const
{
    QList<QAction *> actions;
    for (const Panel &p : m_panels)
        actions.append(p.focus);
    return actions;
}

void MainWindow::setProfileName(const QString &name)
{
    m_profile = name;
    m_status->setProfile(name);
    retranslate();
}

void MainWindow::showNotice(ui::StatusBanner::Level level, const QString &text)
{
    m_noticeBanner->showMessage(level, text, tr("Dismiss"));
}

void MainWindow::createDocks(const ui::PanelRegistry &panels)
{
    for (const ui::PanelDescriptor &descriptor : panels.panels()) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(descriptor.id);
        dock->setWindowIcon(descriptor.icon);
        dock->setFeatures(UnlockedFeatures);
        dock->setWidget(descriptor.factory(m_context));
        Panel panel{descriptor, dock, new QAction(this)};
        panel.focus->setObjectName(u"focus-"_s + descriptor.id);
        if (m_panels.size() < 9)
            panel.focus->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + m_panels.size())));
        panel.focus->setShortcutContext(Qt::ApplicationShortcut); // from floating panels too
        connect(panel.focus, &QAction::triggered, this, [this, dock] { focusPanel(dock); });
        addAction(panel.focus);
        m_panels.append(panel);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = m_menuBar->addMenu(QString());
    m_quit = m_fileMenu->addAction(QIcon(), QString(), this, &MainWindow::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setShortcutContext(Qt::ApplicationShortcut);
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = m_menuBar->addMenu(QString());
    for (const Panel &p : std::as_const(m_panels)) {
        QAction *toggle = p.dock->toggleViewAction();
        toggle->setIcon(p.descriptor.icon);
        m_viewMenu->addAction(toggle);
    }
    m_goToMenu = m_viewMenu->addMenu(QString());
    for (const Panel &p : std::as_const(m_panels))
        m_goToMenu->addAction(p.focus);
    m_viewMenu->addSeparator();
    m_lockLayout = m_viewMenu->addAction(QString());
    m_lockLayout->setCheckable(true);
    connect(m_lockLayout, &QAction::toggled, this, &MainWindow::setLayoutLocked);
    m_resetLayout = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    m_viewMenu->addSeparator();
    m_fullScreen = m_viewMenu->addAction(QString());
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreen->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_fullScreen, &QAction::toggled, this, &MainWindow::setFullScreen);

    m_helpMenu = m_menuBar->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About GovOps Console"),
                           tr("<h3>GovOps Console %1</h3>"
                              "<p>The operations console of a government cloud: tickets, SLA clocks, the CMDB, "
                              "resource charts and customer return visits in one window.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_profile.isEmpty() ? tr("GovOps Console") : tr("%1 — GovOps Console").arg(m_profile));
    for (const Panel &p : std::as_const(m_panels)) {
        const QString title = p.descriptor.title();
        p.dock->setWindowTitle(title);
        p.focus->setText(title);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goToMenu->setTitle(tr("&Go to Panel"));
    m_lockLayout->setText(tr("&Lock Layout"));
    m_lockLayout->setToolTip(tr("Keep the panels where they are: no moving, floating or closing by accident."));
    m_resetLayout->setText(tr("&Reset Layout"));
    m_fullScreen->setText(tr("&Full Screen"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About GovOps Console"));
    m_aboutQt->setText(tr("About &Qt"));
    m_status->retranslate();
    if (m_context.database)
        databaseStateChanged(m_context.database->state(), m_context.database->message());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::WindowStateChange && m_fullScreen) {
        const QSignalBlocker blocker(m_fullScreen); // also full screen restored from the saved geometry
        m_fullScreen->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::arrangeDefault()
{
    for (const Panel &p : std::as_const(m_panels)) {
        p.dock->setFloating(false); // while it is still in the layout, which knows where to put it back
        removeDockWidget(p.dock);
    }
    // Qt gives all spare height to its bottom dock area when there is no central widget, so the layout is built
    // from the left and right areas only: the left column in the left area; centre and right columns side by
    // side in the right area; the bottom row added under them there (a vertical split of the whole area).
    using Side = ui::DockPlacement::Side;
    QList<const Panel *> guests;
    QList<const Panel *> bySide[4]; // indexed by Side
    for (const Panel &p : std::as_const(m_panels)) {
        const ui::DockPlacement &place = p.descriptor.placement;
        if (!place.tabifyWith.isEmpty() && place.tabifyWith != p.descriptor.id && dock(place.tabifyWith))
            guests.append(&p);
        else
            bySide[int(place.side)].append(&p);
    }
    auto row = [this](const QList<const Panel *> &panels, Qt::DockWidgetArea area, Qt::Orientation first) {
        QDockWidget *before = nullptr;
        for (const Panel *p : panels) {
            if (before)
                splitDockWidget(before, p->dock, Qt::Horizontal);
            else
                addDockWidget(area, p->dock, first);
            p->dock->show();
            before = p->dock;
        }
    };
    row(bySide[int(Side::Left)], Qt::LeftDockWidgetArea, Qt::Horizontal);
    row(bySide[int(Side::Centre)] + bySide[int(Side::Right)], Qt::RightDockWidgetArea, Qt::Horizontal);
    row(bySide[int(Side::Bottom)], Qt::RightDockWidgetArea, Qt::Vertical);
    // Then the ones that share a tab group; the host's tab stays in front.
    for (const Panel *p : std::as_const(guests)) {
        QDockWidget *host = dock(p->descriptor.placement.tabifyWith);
        tabifyDockWidget(host, p->dock);
        p->dock->show();
        host->raise();
    }
    if (isVisible())
        applyDefaultSizes();
    else
        m_defaultSizesPending = true;
}

void MainWindow::applyDefaultSizes()
{
    QList<QDockWidget *> columns, rows;
    QList<int> widths, heights;
    for (const Panel &p : std::as_const(m_panels)) {
        const ui::DockPlacement &place = p.descriptor.placement;
        if (place.extent <= 0 || p.dock->isFloating() || p.dock->isHidden())
            continue;
        if (place.side == ui::DockPlacement::Side::Bottom) {
            rows.append(p.dock);
            heights.append(place.extent);
        } else {
            columns.append(p.dock);
            widths.append(place.extent);
        }
    }
    resizeDocks(columns, widths, Qt::Horizontal);
    resizeDocks(rows, heights, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultSizesPending) {
        m_defaultSizesPending = false;
        // After this event the window has its size; the docks' default sizes are shares of it.
        QMetaObject::invokeMethod(this, &MainWindow::applyDefaultSizes, Qt::QueuedConnection);
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: take the screen; an operator's console runs maximized.
        if (const QScreen *s = screen())
            setGeometry(s->availableGeometry());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    arrangeDefault(); // also the base for panels that the saved layout does not know yet
    const QByteArray state = settings.value(StateKey).toByteArray();
    if (!state.isEmpty()) {
        if (restoreState(state, LayoutVersion))
            m_defaultSizesPending = false; // the saved sizes win
        else
            qCInfo(lcLayout) << "Saved layout not usable (older version or damaged): default layout used";
    }
    setLayoutLocked(settings.value(LockedKey, false).toBool());

    keepOnScreen(this);
    for (const Panel &p : std::as_const(m_panels)) {
        if (p.dock->isFloating())
            keepOnScreen(p.dock);
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(LayoutVersion));
    settings.setValue(LockedKey, m_lockLayout->isChecked());
    settings.sync();
}

void MainWindow::resetLayout()
{
    qCInfo(lcLayout) << "Layout reset to the default";
    arrangeDefault();
}

void MainWindow::setLayoutLocked(bool locked)
{
    for (const Panel &p : std::as_const(m_panels))
        p.dock->setFeatures(locked ? QDockWidget::NoDockWidgetFeatures : UnlockedFeatures);
    const QSignalBlocker blocker(m_lockLayout);
    m_lockLayout->setChecked(locked);
}

void MainWindow::focusPanel(QDockWidget *dock)
{
    dock->show();
    dock->raise(); // brings it to the front of its tab group
    if (dock->isFloating())
        dock->activateWindow();
    if (QWidget *w = dock->widget())
        w->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setFullScreen(bool on)
{
    if (on) {
        m_maximizedBeforeFullScreen = isMaximized();
        showFullScreen();
    } else if (m_maximizedBeforeFullScreen) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::databaseStateChanged(storage::Database::State state, const QString &message)
{
    m_status->setDatabaseState(state, message);
    switch (state) {
    case storage::Database::State::ReadOnly:
        m_databaseBanner->showMessage(ui::StatusBanner::Level::Warning,
                                      tr("Read-only: nothing can be changed. %1").arg(message));
        break;
    case storage::Database::State::Unreachable:
        m_databaseBanner->showMessage(ui::StatusBanner::Level::Error,
                                      tr("The database cannot be reached: %1").arg(message));
        break;
    case storage::Database::State::Closed:
    case storage::Database::State::Connecting:
    case storage::Database::State::Ready:
        m_databaseBanner->clear();
        break;
    }
}

} // namespace govops::app
