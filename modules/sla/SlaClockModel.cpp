#include "sla/SlaClockModel.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WhenDone.h"
#include "ui/DomainWords.h"
#include "ui/Session.h"

#include <QColor>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace govops::sla {

namespace {

Q_LOGGING_CATEGORY(lcClocks, "govops.sla.clocks")

constexpr int kDebounceMs = 400;

QString grade(int g)
{
    static const char16_t *const roman[] = {u"I", u"II", u"III", u"IV"};
    return (g >= 1 && g <= 4) ? QString::fromUtf16(roman[g - 1]) : QString::number(g);
}

} // namespace

SlaClockModel::SlaClockModel(storage::Database *database, const core::Clock *clock, BoardScope scope, QObject *parent)
    : QAbstractTableModel(parent), m_database(database), m_clock(clock), m_scope(std::move(scope))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SlaClockModel::reload);
}

int SlaClockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlaClockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaClockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClockRow &r = m_rows.at(index.row());
    const auto i = std::size_t(index.row());
    switch (role) {
    case StatusRole:
        return int(m_status[i]);
    case RemainingRole:
        return m_remaining[i];
    case TicketIdRole:
        return r.ticketId;
    case UnacknowledgedRole:
        return QVariant::fromValue(r.unacknowledged);
    case Qt::ForegroundRole:
        if (index.column() == TimeLeft || index.column() == State) {
            const QColor c = stateColour(m_status[i]);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TimeLeft ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Number)
            return r.title;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Number:
        return r.number;
    case Grade:
        return grade(r.grade);
    case Department:
        return r.departmentName;
    case Clock:
        return r.cycle > 0 ? tr("%1 #%2").arg(ui::clockTitle(r.clock)).arg(r.cycle + 1) : ui::clockTitle(r.clock);
    case Deadline:
        return r.countdown.running ? QLocale().toString(r.deadline.toLocalTime(), QLocale::ShortFormat) : QString();
    case TimeLeft:
        return ui::countdownText(m_remaining[i]);
    case State:
        return ui::clockStatusTitle(m_status[i]);
    case Escalation: {
        if (r.step.isEmpty())
            return QString();
        QStringList told = r.notifiedPeople;
        for (const QString &notifiedRole : r.notifiedRoles) {
            if (const auto parsed = core::roleFromStorage(notifiedRole))
                told.append(ui::roleTitle(*parsed));
        }
        return told.isEmpty() ? stepTitle(r.step) : tr("%1: %2").arg(stepTitle(r.step), told.join(u", "_s));
    }
    case Acknowledged:
        if (r.escalationIds.isEmpty())
            return QString();
        return r.acknowledged() ? tr("Yes") : tr("No");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SlaClockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Ticket");
    case Grade:
        return tr("Grade");
    case Department:
        return tr("Department");
    case Clock:
        return tr("Clock");
    case Deadline:
        return tr("Deadline");
    case TimeLeft:
        return tr("Time left");
    case State:
        return tr("State");
    case Escalation:
        return tr("Escalation");
    case Acknowledged:
        return tr("Acknowledged by me");
    case ColumnCount:
        break;
    }
    return {};
}

void SlaClockModel::setMineOnly(bool mine)
{
    if (mine == m_mineOnly)
        return;
    m_mineOnly = mine;
    beginResetModel();
    rebuildShown();
    endResetModel();
}

void SlaClockModel::setLiveRows(int first, int last)
{
    m_liveFirst = first;
    m_liveLast = last;
}

void SlaClockModel::setBoard(ClockBoard board)
{
    beginResetModel();
    m_staffId = board.staffId;
    m_all = std::move(board.rows);
    rebuildShown();
    endResetModel();
}

void SlaClockModel::rebuildShown()
{
    if (m_mineOnly) {
        m_rows.clear();
        for (const ClockRow &r : std::as_const(m_all)) {
            if (m_staffId != 0 && r.ownerId == m_staffId)
                m_rows.append(r);
        }
    } else {
        m_rows = m_all;
    }
    m_remaining.assign(std::size_t(m_rows.size()), 0);
    m_status.assign(std::size_t(m_rows.size()), core::ClockStatus::Ok);
    readAll(m_clock->now().toSecsSinceEpoch(), nullptr);
}

void SlaClockModel::readAll(qint64 nowSecs, QList<ClockStateChange> *changes)
{
    for (std::size_t k = 0; k < m_remaining.size(); ++k) {
        const core::Countdown::Reading reading = m_rows.at(qsizetype(k)).countdown.at(nowSecs);
        m_remaining[k] = reading.remaining;
        if (reading.status != m_status[k]) {
            if (changes) {
                const ClockRow &r = m_rows.at(qsizetype(k));
                changes->append({int(k), r.ticketId, r.clock, r.cycle, m_status[k], reading.status});
            }
            m_status[k] = reading.status;
        }
    }
}

void SlaClockModel::tick()
{
    if (m_rows.isEmpty())
        return;
    QList<ClockStateChange> changes;
    readAll(m_clock->now().toSecsSinceEpoch(), &changes);
    const int first = std::max(0, m_liveFirst);
    const int last = std::min(int(m_rows.size()) - 1, m_liveLast);
    if (first <= last)
        emit dataChanged(index(first, TimeLeft), index(last, State),
                         {Qt::DisplayRole, Qt::ForegroundRole, StatusRole, RemainingRole});
    if (!changes.isEmpty())
        emit clockStatesChanged(changes);
}

void SlaClockModel::reload()
{
    if (!m_database)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_debounce.stop();
    const BoardScope scope = m_scope;
    const QDateTime now = m_clock->now();
    storage::whenDone(this, m_database->run<core::Result<ClockBoard>>([scope, now](QSqlDatabase &db) {
        return loadClockBoard(db, scope, now);
    }),
                      [this](const core::Result<ClockBoard> &board) {
                          m_loading = false;
                          if (board)
                              setBoard(board.value());
                          if (m_reloadAgain) {
                              m_reloadAgain = false;
                              reload();
                          }
                          if (board) {
                              emit loaded();
                          } else {
                              qCWarning(lcClocks)
                                  << "loading the SLA clocks:" << board.error().message << board.error().detail;
                              emit loadFailed(board.error().message);
                          }
                      });
}

void SlaClockModel::reloadSoon()
{
    m_debounce.start();
}

void SlaClockModel::onChanges(const QList<storage::Change> &changes)
{
    for (const storage::Change &c : changes) {
        if (c.table == u"tickets"_s || c.table == u"ticket_events"_s || c.table == u"escalations"_s) {
            reloadSoon();
            return;
        }
    }
}

QColor SlaClockModel::stateColour(core::ClockStatus status)
{
    switch (status) {
    case core::ClockStatus::Warning:
        return QColor(0xc7, 0x7c, 0x00); // amber, readable on white and dark grey
    case core::ClockStatus::Breached:
        return QColor(0xd3, 0x2f, 0x2f);
    case core::ClockStatus::Paused:
        return QColor(0x80, 0x80, 0x80);
    default:
        return {};
    }
}

QString SlaClockModel::stepTitle(const QString &step)
{
    if (step == u"created"_s)
        return tr("Reported at creation");
    if (step == u"warning"_s)
        return tr("Warned");
    if (step == u"supervisor"_s)
        return tr("Supervisor told");
    if (step == u"breach"_s)
        return tr("Breach reported");
    return step;
}

} // namespace govops::sla
