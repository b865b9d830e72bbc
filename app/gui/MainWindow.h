#pragma once

#include "ShellStatus.h"
#include "storage/Database.h"
#include "ui/Panel.h"
#include "ui/StatusBanner.h"

#include <QMainWindow>

class QDockWidget;
class QMenu;
class QMenuBar;

namespace govops::ui {
class PanelRegistry;
}

namespace govops::app {

// The console's window: one dock per registered panel, knowing nothing of what is inside them. It arranges
// them (default layout, saved layout, reset, lock), offers them in the View menu and on Alt+1…9, and shows in
// its status bar who is signed in where and how the database and the cloud API are doing.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The panels are created at once, in registration order, each from context (which must outlive the window).
    MainWindow(const ui::PanelRegistry &panels, ui::PanelContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    static constexpr int LayoutVersion = 1; // raise when panel ids change meaning: older layouts are dropped
    static void forgetLayout();             // --reset-layout: the next window starts with the default layout

    QDockWidget *dock(const QString &panelId) const;
    QList<QDockWidget *> docks() const;
    ShellStatus &status() { return *m_status; }
    void setProfileName(const QString &name);

    // A note under the menu bar that stays until closed, e.g. that the keyring could not remember a password.
    void showNotice(ui::StatusBanner::Level level, const QString &text);

    QAction *resetLayoutAction() const { return m_resetLayout; }
    QAction *lockLayoutAction() const { return m_lockLayout; }
    QAction *fullScreenAction() const { return m_fullScreen; }
    QList<QAction *> focusPanelActions() const;

public slots:
    void saveLayout();
    void resetLayout();
    void setLayoutLocked(bool locked);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Panel
    {
        ui::PanelDescriptor descriptor;
        QDockWidget *dock = nullptr;
        QAction *focus = nullptr; // Alt+n: show, raise and focus the panel
    };

    void createDocks(const ui::PanelRegistry &panels);
    void createMenus();
    void arrangeDefault();
    void applyDefaultSizes();
    void restoreLayout();
    void focusPanel(QDockWidget *dock);
    void setFullScreen(bool on);
    void databaseStateChanged(storage::Database::State state, const QString &message);
    void retranslate();

    ui::PanelContext m_context;
    QList<Panel> m_panels;
    QString m_profile;
    ShellStatus *m_status;
    QMenuBar *m_menuBar;
    ui::StatusBanner *m_databaseBanner;
    ui::StatusBanner *m_noticeBanner;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goToMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_resetLayout = nullptr;
    QAction *m_lockLayout = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    bool m_maximizedBeforeFullScreen = false;
    bool m_defaultSizesPending = false; // sizes take effect only once the window has its size
};

} // namespace govops::app
