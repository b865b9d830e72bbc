#pragma once

#include "storage/Database.h"
#include "storage/SavedViewRepository.h"
#include "tickets/QueueView.h"
#include "ui/Panel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace govops::storage {
struct Change;
}
namespace govops::ui {
class EmptyState;
class StatusBanner;
} // namespace govops::ui

namespace govops::tickets {

class TicketActions;
class TicketDetailView;
class TicketFilterBar;
class TicketQueueModel;

// The ticket queue: filter bar and saved views, the SQL-paged table with live countdowns, the ticket's detail
// beside it, the desk's actions in a toolbar and context menu. Follows the change feed (changed rows re-read,
// moved rows reloaded keeping the current ticket) and the database's state (a banner when it is unreachable or
// read-only). Remembers, per login, the column widths and the last filter (QSettings; nothing secret).
class TicketQueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TicketQueuePanel(ui::PanelContext &context, QWidget *parent = nullptr);
    ~TicketQueuePanel() override;

    TicketQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TicketFilterBar *filterBar() const { return m_filters; }
    TicketDetailView *detail() const { return m_detail; }
    ui::EmptyState *emptyState() const { return m_empty; }
    ui::StatusBanner *banner() const { return m_banner; }
    bool isShowingEmptyState() const;
    qint64 currentTicketId() const;

public slots:
    void jumpToEnd();
    void jumpToStart();
    void nextTicket();
    void previousTicket();
    void openDetail();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void buildActions();
    void restoreSettings();
    void saveSettings() const;
    QString settingsGroup() const;
    void loadPeople();
    void applyView(const QueueView &view);
    void filtersChanged();
    void sortChanged(int column, Qt::SortOrder order);
    void showSortIndicator();
    void pageLoaded();
    void currentChanged();
    void selectionChanged();
    void updateVisibleRows();
    void moveCurrent(int delta);
    void databaseStateChanged(storage::Database::State state, const QString &message);
    void changesArrived(const QList<storage::Change> &changes);
    void fillSavedViews();
    void chooseSavedView(int index);
    void saveCurrentView();
    void deleteSavedView();

    ui::PanelContext m_context;
    qint64 m_me = 0; // the signed-in person's staff id, once looked up
    QueueView m_view;
    QList<storage::SavedView> m_savedViews;

    TicketQueueModel *m_model;
    ui::StatusBanner *m_banner;
    QToolBar *m_toolbar;
    QComboBox *m_views;
    QToolButton *m_saveView;
    QToolButton *m_deleteView;
    TicketFilterBar *m_filters;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QTableView *m_table;
    ui::EmptyState *m_empty;
    TicketDetailView *m_detail;
    TicketActions *m_actions;
    QLabel *m_statusLine;
    QAction *m_jumpToStart;
    QAction *m_jumpToEnd;
    bool m_databaseDown = false;
};

} // namespace govops::tickets
