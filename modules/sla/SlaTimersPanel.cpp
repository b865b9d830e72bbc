#include "sla/SlaTimersPanel.h"

#include "sla/EscalationWatch.h"
#include "sla/HandoverDialog.h"
#include "sla/Notifier.h"
#include "sla/SlaClockModel.h"
#include "storage/ChangeFeed.h"
#include "ui/EmptyState.h"
#include "ui/Panel.h"
#include "ui/Selection.h"
#include "ui/StatusBanner.h"
#include "ui/Ticker.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::sla {

namespace {

BoardScope scopeOf(const ui::Session &session)
{
    BoardScope scope{.login = session.login, .departmentId = std::nullopt};
    if (session.role == core::Role::DeptMaintainer)
        scope.departmentId = session.departmentId;
    return scope;
}

} // namespace

SlaTimersPanel::SlaTimersPanel(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new SlaClockModel(context.database, context.clock, scopeOf(context.session), this)),
      m_notifier(new DesktopNotifier(this)), m_banner(new ui::StatusBanner(this)),
      m_notices(new ui::StatusBanner(this)), m_filter(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_empty(new ui::EmptyState(this)), m_acknowledge(new QAction(this)),
      m_handover(new QAction(this))
{
    setFocusPolicy(Qt::StrongFocus); // Alt+number lands here
    setFocusProxy(m_table);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->viewport()->installEventFilter(this);
    m_empty->setIcon(QIcon(u":/icons/sla.png"_s));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_filter->addItem(QString(), false);
    m_filter->addItem(QString(), true);
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_handover->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_handover->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_acknowledge);
    addAction(m_handover);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addWidget(m_filter);
    tools->addAction(m_acknowledge);
    tools->addAction(m_handover);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_banner);
    layout->addWidget(m_notices);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMineOnly(m_filter->currentData().toBool()); });
    connect(m_acknowledge, &QAction::triggered, this, &SlaTimersPanel::acknowledgeSelected);
    connect(m_handover, &QAction::triggered, this, &SlaTimersPanel::openHandover);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &SlaTimersPanel::updateLiveRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateLiveRows();
        updateEmptyState();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_context.selection)
            m_context.selection->setTickets({m_model->row(current.row()).ticketId});
    });
    connect(m_model, &SlaClockModel::loaded, this, [this] {
        m_loadedOnce = true;
        m_banner->clear();
        updateEmptyState();
    });
    connect(m_model, &SlaClockModel::loadFailed, this,
            [this](const QString &message) { m_banner->showMessage(ui::StatusBanner::Level::Error, message); });
    if (m_context.ticker)
        connect(m_context.ticker, &ui::Ticker::tick, m_model, &SlaClockModel::tick);
    if (m_context.changes) {
        connect(m_context.changes, &storage::ChangeFeed::changed, m_model, &SlaClockModel::onChanges);
        connect(m_context.changes, &storage::ChangeFeed::resync, m_model, &SlaClockModel::reload);
    }

    if (m_context.database) {
        m_watch = new EscalationWatch(m_context.database, m_context.clock, m_context.session.login, m_notifier, this);
        connect(m_model, &SlaClockModel::clockStatesChanged, this, [this](const QList<ClockStateChange> &changes) {
            for (const ClockStateChange &c : changes) {
                if (c.to == core::ClockStatus::Warning || c.to == core::ClockStatus::Breached)
                    m_watch->clockReached(m_model->row(c.row), c.to == core::ClockStatus::Breached);
            }
        });
        connect(m_watch, &EscalationWatch::pendingChanged, this, &SlaTimersPanel::updateNotices);
        connect(m_watch, &EscalationWatch::acknowledged, m_model, &SlaClockModel::reload);
        connect(m_watch, &EscalationWatch::failed, this,
                [this](const QString &message) { m_banner->showMessage(ui::StatusBanner::Level::Warning, message); });
        connect(m_notices, &ui::StatusBanner::actionTriggered, this, [this] {
            QList<qint64> ids;
            for (const Notice &n : m_watch->pending())
                ids += n.escalationIds;
            m_watch->acknowledge(ids);
        });
        m_model->reload();
        m_watch->start();
    }
    retranslate();
    updateEmptyState();
    updateActions();
}

void SlaTimersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SlaTimersPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        updateLiveRows();
    return QWidget::eventFilter(watched, event);
}

void SlaTimersPanel::retranslate()
{
    m_filter->setItemText(0, tr("All clocks"));
    m_filter->setItemText(1, tr("My tickets"));
    m_filter->setToolTip(tr("Show every clock you may see, or only those of tickets you own"));
    m_acknowledge->setText(tr("Acknowledge"));
    m_acknowledge->setToolTip(tr("Mark the escalations of the selected clocks as seen by you (%1)")
                                  .arg(m_acknowledge->shortcut().toString(QKeySequence::NativeText)));
    m_handover->setText(tr("Shift handover…"));
    m_handover->setToolTip(tr("Hand your open tickets over to the next shift (%1)")
                               .arg(m_handover->shortcut().toString(QKeySequence::NativeText)));
    updateEmptyState();
    updateNotices();
}

void SlaTimersPanel::updateLiveRows()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_model->setLiveRows(0, -1);
        return;
    }
    const int first = std::max(0, m_table->rowAt(0));
    const int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
    m_model->setLiveRows(first, bottom < 0 ? rows - 1 : bottom);
}

void SlaTimersPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    if (!empty)
        return;
    if (!m_loadedOnce) {
        m_empty->setTitle(tr("Loading the SLA clocks…"));
        m_empty->setExplanation(QString());
    } else if (m_model->mineOnly()) {
        m_empty->setTitle(tr("None of your tickets has a running clock"));
        m_empty->setExplanation(tr("Choose \"All clocks\" to see the clocks of the whole desk."));
    } else {
        m_empty->setTitle(tr("No SLA clock is running"));
        m_empty->setExplanation(tr("Every open ticket has met its deadlines. New tickets appear here with their "
                                   "response, handling-plan and resolution clocks."));
    }
}

void SlaTimersPanel::updateActions()
{
    bool any = false;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        if (!m_model->row(i.row()).unacknowledged.isEmpty())
            any = true;
    }
    m_acknowledge->setEnabled(any && m_watch);
    m_handover->setEnabled(m_context.database != nullptr);
}

void SlaTimersPanel::updateNotices()
{
    if (!m_watch || m_watch->pending().isEmpty()) {
        m_notices->clear();
        return;
    }
    const Notice &latest = m_watch->pending().constLast();
    const auto count = int(m_watch->pending().size());
    m_notices->showMessage(
        latest.breach ? ui::StatusBanner::Level::Error : ui::StatusBanner::Level::Warning,
        tr("%n notice(s) wait for your acknowledgement. Latest: %1", nullptr, count).arg(latest.text),
        tr("Acknowledge all"));
}

void SlaTimersPanel::acknowledgeSelected()
{
    if (!m_watch)
        return;
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids += m_model->row(i.row()).unacknowledged;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m_watch->acknowledge(ids);
}

void SlaTimersPanel::openHandover()
{
    auto *dialog = new HandoverDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandoverDialog::handedOver, this,
            [this](const QString &message) { m_banner->showMessage(ui::StatusBanner::Level::Info, message); });
    dialog->open();
}

} // namespace govops::sla
