#include "tickets/TicketQueuePanel.h"

#include "core/Clock.h"
#include "storage/ChangeFeed.h"
#include "storage/DepartmentRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WhenDone.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketDetailView.h"
#include "tickets/TicketFilterBar.h"
#include "tickets/TicketQueueDelegate.h"
#include "tickets/TicketQueueModel.h"
#include "ui/EmptyState.h"
#include "ui/Selection.h"
#include "ui/StatusBanner.h"
#include "ui/Ticker.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::tickets {

namespace {

Q_LOGGING_CATEGORY(lcQueue, "govops.tickets.queue", QtInfoMsg)

using Sort = storage::TicketPageRequest::Sort;

// What loadPeople() brings back in one database job.
struct People
{
    qint64 me = 0;
    QList<std::pair<qint64, QString>> departments;
    QList<storage::SavedView> views;
};

} // namespace

TicketQueuePanel::TicketQueuePanel(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new TicketQueueModel(context.database, context.clock, this)),
      m_banner(new ui::StatusBanner(this)), m_toolbar(new QToolBar(this)), m_views(new QComboBox(this)),
      m_saveView(new QToolButton(this)), m_deleteView(new QToolButton(this)), m_filters(new TicketFilterBar(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_stack(new QStackedWidget(m_splitter)),
      m_table(new QTableView(m_stack)), m_empty(new ui::EmptyState(m_stack)), m_detail(nullptr), m_actions(nullptr),
      m_statusLine(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus); // Alt+number lands here, and passes on to the table
    setFocusProxy(m_table);
    m_views->setObjectName(u"savedViews"_s);
    m_table->setObjectName(u"ticketTable"_s);
    m_statusLine->setObjectName(u"queueStatusLine"_s);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new TicketQueueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TicketQueueModel::Title, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->viewport()->installEventFilter(this);
    m_empty->setIcon(QIcon(u":/icons/tickets.png"_s));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_splitter->addWidget(m_stack);

    // The queue's first page is the first job on the database thread: the detail view and the actions
    // queue their own reads when they are made, and jobs run in order.
    restoreSettings();
    if (m_context.database && m_view.owner != QueueView::Owner::Mine) // "mine" waits for the staff id
        applyView(m_view);
    m_detail = new TicketDetailView(m_context, m_splitter);
    m_actions = new TicketActions(m_context, this);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(QSettings().value(settingsGroup() + u"/splitter"_s).toByteArray());

    auto *viewsRow = new QHBoxLayout;
    viewsRow->addWidget(m_views, 1);
    viewsRow->addWidget(m_saveView);
    viewsRow->addWidget(m_deleteView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_toolbar);
    layout->addLayout(viewsRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusLine);

    buildActions();
    retranslate();

    connect(m_filters, &TicketFilterBar::changed, this, &TicketQueuePanel::filtersChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &TicketQueuePanel::sortChanged);
    connect(m_model, &TicketQueueModel::loaded, this, &TicketQueuePanel::pageLoaded);
    connect(m_model, &TicketQueueModel::failed, this, [this](const core::Error &error) {
        qCWarning(lcQueue) << error.message << error.detail;
        m_banner->showMessage(ui::StatusBanner::Level::Error, error.message, tr("Retry"));
    });
    connect(m_banner, &ui::StatusBanner::actionTriggered, m_model, &TicketQueueModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TicketQueuePanel::currentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TicketQueuePanel::selectionChanged);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &TicketQueuePanel::updateVisibleRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketQueuePanel::updateVisibleRows);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TicketQueuePanel::updateVisibleRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        // Rows added above (bottom-anchored queue): keep the rows the person was looking at in place.
        if (first == 0 && m_model->anchor() == TicketQueueModel::Anchor::Bottom && m_model->rowCount() > last + 1)
            m_table->scrollTo(m_model->index(last + 1, 0), QAbstractItemView::PositionAtTop);
        updateVisibleRows();
    });
    connect(m_actions, &TicketActions::ticketChanged, this, [this](qint64 id) {
        m_model->refreshTickets({id});
        if (id == m_detail->ticketId())
            m_detail->refresh();
    });
    connect(m_actions, &TicketActions::message, m_statusLine, &QLabel::setText);
    if (m_context.ticker)
        connect(m_context.ticker, &ui::Ticker::tick, m_model, &TicketQueueModel::tick);
    if (m_context.changes) {
        connect(m_context.changes, &storage::ChangeFeed::changed, this, &TicketQueuePanel::changesArrived);
        connect(m_context.changes, &storage::ChangeFeed::resync, this, [this] {
            m_model->reload();
            m_detail->refresh();
        });
    }
    connect(m_views, &QComboBox::activated, this, &TicketQueuePanel::chooseSavedView);
    connect(m_saveView, &QToolButton::clicked, this, &TicketQueuePanel::saveCurrentView);
    connect(m_deleteView, &QToolButton::clicked, this, &TicketQueuePanel::deleteSavedView);

    if (m_context.database) {
        connect(m_context.database, &storage::Database::stateChanged, this, &TicketQueuePanel::databaseStateChanged);
        databaseStateChanged(m_context.database->state(), m_context.database->message());
        loadPeople();
    }
}

TicketQueuePanel::~TicketQueuePanel()
{
    saveSettings();
    // They keep a reference to m_context, which goes before QWidget deletes the children.
    delete m_detail;
    delete m_actions;
}

void TicketQueuePanel::buildActions()
{
    const QList<QAction *> ticketActions = m_actions->actions();
    m_toolbar->addActions(ticketActions);
    m_table->addActions(ticketActions);
    m_toolbar->addSeparator();
    m_jumpToStart = m_toolbar->addAction(QIcon(), QString(), this, &TicketQueuePanel::jumpToStart);
    m_jumpToEnd = m_toolbar->addAction(QIcon(), QString(), this, &TicketQueuePanel::jumpToEnd);
    m_jumpToStart->setObjectName(u"queue.jumpToStart"_s);
    m_jumpToEnd->setObjectName(u"queue.jumpToEnd"_s);
    m_jumpToStart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    m_jumpToEnd->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    for (QAction *a : {m_jumpToStart, m_jumpToEnd}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    const auto shortcut = [this](QKeySequence key, QWidget *on, Qt::ShortcutContext context, auto slot) {
        auto *s = new QShortcut(key, on);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    // J/K only where they cannot be typed: on the table itself.
    shortcut(QKeySequence(Qt::Key_J), m_table, Qt::WidgetShortcut, &TicketQueuePanel::nextTicket);
    shortcut(QKeySequence(Qt::Key_K), m_table, Qt::WidgetShortcut, &TicketQueuePanel::previousTicket);
    shortcut(QKeySequence(Qt::Key_Return), m_table, Qt::WidgetShortcut, &TicketQueuePanel::openDetail);
    shortcut(QKeySequence(Qt::Key_Enter), m_table, Qt::WidgetShortcut, &TicketQueuePanel::openDetail);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this, Qt::WidgetWithChildrenShortcut,
             &TicketQueuePanel::nextTicket);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this, Qt::WidgetWithChildrenShortcut,
             &TicketQueuePanel::previousTicket);
    shortcut(QKeySequence::Find, this, Qt::WidgetWithChildrenShortcut, [this] { m_filters->focusText(); });
}

void TicketQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketQueuePanel::retranslate()
{
    m_jumpToStart->setText(tr("First page"));
    m_jumpToStart->setToolTip(tr("Back to the top of the queue (Ctrl+Home)"));
    m_jumpToEnd->setText(tr("Last page"));
    m_jumpToEnd->setToolTip(tr("The end of the queue, without paging through it (Ctrl+End)"));
    m_saveView->setText(tr("Save as…"));
    m_saveView->setToolTip(tr("Save the current filter and order as a view of your own"));
    m_deleteView->setText(tr("Delete"));
    m_deleteView->setToolTip(tr("Delete the chosen saved view"));
    fillSavedViews();
    if (isShowingEmptyState())
        pageLoaded(); // its texts
}

bool TicketQueuePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        updateVisibleRows();
    return QWidget::eventFilter(watched, event);
}

QString TicketQueuePanel::settingsGroup() const
{
    // Per person: one console may be used by several people, each with their own profile.
    return u"tickets.queue/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_context.session.login));
}

void TicketQueuePanel::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const QByteArray header = settings.value(u"header"_s).toByteArray();
    {
        const QSignalBlocker block(m_table->horizontalHeader()); // the sort comes from the view below
        if (!header.isEmpty())
            m_table->horizontalHeader()->restoreState(header);
        else
            m_table->horizontalHeader()->resizeSection(TicketQueueModel::Number, 110);
    }
    const QString view = settings.value(u"view"_s).toString();
    m_view = view.isEmpty() ? QueueView{} : QueueView::fromDefinition(view);
    m_filters->setView(m_view);
    showSortIndicator();
}

void TicketQueuePanel::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(u"header"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"view"_s, m_view.toDefinition());
}

// The person's staff id ("mine", saved views), the departments for the filter and the saved views: one job.
void TicketQueuePanel::loadPeople()
{
    const QString login = m_context.session.login;
    auto future = m_context.database->run<core::Result<People>>([login](QSqlDatabase &db) -> core::Result<People> {
        People people;
        auto departments = storage::DepartmentRepository(db).list();
        if (!departments)
            return departments.error();
        for (const storage::DepartmentRecord &d : departments.value())
            people.departments.append({d.id, d.name});
        if (login.isEmpty())
            return people;
        auto me = storage::StaffRepository(db).byLogin(login);
        if (!me)
            return me.error().code == core::Error::Code::NotFound ? core::Result<People>(people)
                                                                  : core::Result<People>(me.error());
        people.me = me.value().id;
        auto views = storage::SavedViewRepository(db).list(people.me);
        if (!views)
            return views.error();
        people.views = views.value();
        return people;
    });
    storage::whenDone(this, future, [this](const core::Result<People> &people) {
        if (!people) {
            qCWarning(lcQueue) << people.error().message << people.error().detail;
            m_statusLine->setText(people.error().message);
        } else {
            m_me = people.value().me;
            m_filters->setDepartments(people.value().departments);
            m_savedViews = people.value().views;
            fillSavedViews();
        }
        if (m_view.owner == QueueView::Owner::Mine)
            applyView(m_view);
    });
}

void TicketQueuePanel::applyView(const QueueView &view)
{
    m_view = view;
    if (!m_context.database)
        return;
    m_model->setQuery(view.toFilter(m_context.clock->now(), m_me), view.sort, view.descending);
    showSortIndicator();
}

void TicketQueuePanel::filtersChanged()
{
    QueueView view = m_filters->view();
    view.sort = m_view.sort;
    view.descending = m_view.descending;
    applyView(view);
    m_views->setCurrentIndex(0);
    saveSettings();
}

void TicketQueuePanel::sortChanged(int column, Qt::SortOrder order)
{
    if (!TicketQueueModel::isSortable(column)) {
        showSortIndicator(); // the header shows the order the queue really has
        return;
    }
    m_model->sort(column, order);
    m_view.sort = m_model->sortKey();
    m_view.descending = m_model->isDescending();
    saveSettings();
}

void TicketQueuePanel::showSortIndicator()
{
    int column = TicketQueueModel::Deadline;
    bool descending = m_view.descending;
    switch (m_view.sort) {
    case Sort::Deadline:
        column = TicketQueueModel::Deadline;
        break;
    case Sort::Grade:
        column = TicketQueueModel::Grade;
        break;
    case Sort::Status:
        column = TicketQueueModel::Status;
        break;
    case Sort::Number:
        column = TicketQueueModel::Number;
        break;
    case Sort::Created: // the Age column: oldest creation = greatest age
        column = TicketQueueModel::Age;
        descending = !descending;
        break;
    }
    const QSignalBlocker block(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool TicketQueuePanel::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

qint64 TicketQueuePanel::currentTicketId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->ticket(current.row()).id : 0;
}

void TicketQueuePanel::pageLoaded()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading() && !m_model->lastError();
    if (empty && m_view.isDefault()) {
        m_empty->setTitle(tr("No open tickets"));
        m_empty->setExplanation(tr("Tickets from the portal, the mailboxes and the hotline appear here as they "
                                   "arrive."));
    } else if (empty) {
        m_empty->setTitle(tr("No tickets match this filter"));
        m_empty->setExplanation(tr("Clear the filter or choose another view to see the whole queue."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    if (!m_model->lastError() && !m_databaseDown && m_banner->level() == ui::StatusBanner::Level::Error)
        m_banner->clear();
    updateVisibleRows();
}

void TicketQueuePanel::currentChanged()
{
    const qint64 id = currentTicketId();
    if (id != 0) {
        const storage::TicketRecord &t = m_model->ticket(m_table->currentIndex().row());
        m_actions->setCurrent(t);
        if (m_context.selection)
            m_context.selection->setDepartment(t.departmentId);
    } else {
        m_actions->setCurrent({});
    }
    if (m_detail->ticketId() != id)
        m_detail->showTicket(id);
}

void TicketQueuePanel::selectionChanged()
{
    if (!m_context.selection)
        return;
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_model->ticket(row.row()).id);
    std::sort(ids.begin(), ids.end());
    m_context.selection->setTickets(ids);
}

// Tells the model which rows are on screen (its tick repaints only those) and, in a queue shown from its end,
// loads the page above when the person scrolls to the top.
void TicketQueuePanel::updateVisibleRows()
{
    const int count = m_model->rowCount();
    if (count == 0) {
        m_model->setVisibleRows(-1, -1);
        return;
    }
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = count - 1;
    m_model->setVisibleRows(first, last);
    if (first == 0 && m_model->canFetchPrevious() && m_table->verticalScrollBar()->value() == 0)
        m_model->fetchPrevious();
}

void TicketQueuePanel::jumpToEnd()
{
    m_model->jumpToEnd();
    connect(
        m_model, &TicketQueueModel::loaded, m_table, [this] { m_table->scrollToBottom(); }, Qt::SingleShotConnection);
}

void TicketQueuePanel::jumpToStart()
{
    m_model->jumpToStart();
}

void TicketQueuePanel::moveCurrent(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, count - 1) : 0;
    const QModelIndex target = m_model->index(row, std::max(0, current.column()));
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

void TicketQueuePanel::nextTicket()
{
    moveCurrent(1);
}

void TicketQueuePanel::previousTicket()
{
    moveCurrent(-1);
}

void TicketQueuePanel::openDetail()
{
    const qint64 id = currentTicketId();
    if (id == 0)
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) == 0) { // the person had folded the detail away
        sizes[1] = sizes[0] / 2;
        sizes[0] -= sizes[1];
        m_splitter->setSizes(sizes);
    }
    m_detail->showTicket(id);
    m_detail->setFocus(Qt::OtherFocusReason);
}

void TicketQueuePanel::databaseStateChanged(storage::Database::State state, const QString &message)
{
    using State = storage::Database::State;
    const bool wasDown = m_databaseDown;
    m_databaseDown = state == State::Unreachable;
    switch (state) {
    case State::Unreachable:
        m_banner->showMessage(
            ui::StatusBanner::Level::Error,
            tr("The database cannot be reached: %1. The queue shows what it had loaded.").arg(message), tr("Retry"));
        break;
    case State::ReadOnly:
        m_banner->showMessage(
            ui::StatusBanner::Level::Warning,
            tr("The database is read-only: %1. You can look at tickets but not change them.").arg(message));
        break;
    case State::Ready:
        m_banner->clear();
        if (wasDown)
            m_model->reload();
        break;
    case State::Closed:
    case State::Connecting:
        break;
    }
}

void TicketQueuePanel::changesArrived(const QList<storage::Change> &changes)
{
    QList<qint64> ids;
    for (const storage::Change &c : changes) {
        if (c.table == u"tickets"_s && !ids.contains(c.id))
            ids.append(c.id);
    }
    if (ids.isEmpty())
        return;
    m_model->refreshTickets(ids);
    if (ids.contains(m_detail->ticketId()))
        m_detail->refresh();
}

void TicketQueuePanel::fillSavedViews()
{
    const QSignalBlocker block(m_views);
    const qint64 chosen = m_views->currentData().toLongLong();
    m_views->clear();
    m_views->addItem(tr("Current filter"), qint64(0));
    for (const storage::SavedView &v : std::as_const(m_savedViews))
        m_views->addItem(v.name, v.id);
    m_views->setCurrentIndex(std::max(0, m_views->findData(chosen)));
    m_saveView->setEnabled(m_me != 0);
    m_deleteView->setEnabled(m_me != 0 && m_views->currentIndex() > 0);
}

void TicketQueuePanel::chooseSavedView(int index)
{
    m_deleteView->setEnabled(m_me != 0 && index > 0);
    if (index <= 0 || index > m_savedViews.size())
        return;
    const QueueView view = QueueView::fromDefinition(m_savedViews.at(index - 1).definition);
    m_filters->setView(view);
    applyView(view);
    saveSettings();
}

void TicketQueuePanel::saveCurrentView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal,
                                               m_views->currentIndex() > 0 ? m_views->currentText() : QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || m_me == 0)
        return;
    storage::SavedView view{.id = 0, .staffId = m_me, .name = name, .definition = m_view.toDefinition()};
    auto future = m_context.database->run<core::Result<storage::SavedView>>(
        [view](QSqlDatabase &db) { return storage::SavedViewRepository(db).save(view); });
    storage::whenDone(this, future, [this](const core::Result<storage::SavedView> &saved) {
        if (!saved) {
            qCWarning(lcQueue) << saved.error().message << saved.error().detail;
            m_statusLine->setText(saved.error().message);
            return;
        }
        m_savedViews.removeIf([&](const storage::SavedView &v) { return v.id == saved.value().id; });
        m_savedViews.append(saved.value());
        std::sort(m_savedViews.begin(), m_savedViews.end(),
                  [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
        fillSavedViews();
        m_views->setCurrentIndex(m_views->findData(saved.value().id));
        m_deleteView->setEnabled(true);
        m_statusLine->setText(tr("View \"%1\" saved.").arg(saved.value().name));
    });
}

void TicketQueuePanel::deleteSavedView()
{
    const qint64 id = m_views->currentData().toLongLong();
    if (id == 0 || m_me == 0)
        return;
    const QString name = m_views->currentText();
    if (QMessageBox::question(this, tr("Delete view"), tr("Delete your saved view \"%1\"?").arg(name)) !=
        QMessageBox::Yes)
        return;
    const qint64 me = m_me;
    auto future = m_context.database->run<core::Status>(
        [me, id](QSqlDatabase &db) { return storage::SavedViewRepository(db).remove(me, id); });
    storage::whenDone(this, future, [this, id, name](const core::Status &removed) {
        if (!removed) {
            qCWarning(lcQueue) << removed.error().message << removed.error().detail;
            m_statusLine->setText(removed.error().message);
            return;
        }
        m_savedViews.removeIf([id](const storage::SavedView &v) { return v.id == id; });
        m_views->setCurrentIndex(0);
        fillSavedViews();
        m_statusLine->setText(tr("View \"%1\" deleted.").arg(name));
    });
}

} // namespace govops::tickets
