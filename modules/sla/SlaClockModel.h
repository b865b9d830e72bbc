#pragma once

#include "sla/ClockBoard.h"
#include "storage/ChangeFeed.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace govops::core {
class Clock;
}
namespace govops::storage {
class Database;
}

namespace govops::sla {

// A clock whose state moved at a tick (ok → warning → breached).
struct ClockStateChange
{
    int row = 0;
    qint64 ticketId = 0;
    core::ClockKind clock = core::ClockKind::Response;
    int cycle = 0;
    core::ClockStatus from = core::ClockStatus::Ok;
    core::ClockStatus to = core::ClockStatus::Ok;
};

// Every running or paused SLA clock the person may see, sorted by time left (ClockBoard), loaded on the database
// thread. Live: tick() (the app's one 1 Hz ticker) rereads every row's Countdown, notices state changes, and
// repaints only the live columns of the rows a view shows (setLiveRows), in one dataChanged.
class SlaClockModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Time left and state come early: on a narrow dock they are what must still be seen.
    enum Column { Number, Grade, Clock, TimeLeft, State, Deadline, Department, Escalation, Acknowledged, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        StatusRole = Qt::UserRole + 1, // core::ClockStatus as int (for colour), every column
        RemainingRole,                 // qint64 seconds left (negative: overdue), every column
        TicketIdRole,                  // qint64
        UnacknowledgedRole,            // QList<qint64>: this clock's steps I have not acknowledged
    };

    // `database` may be null (benchmarks feed setBoard() directly).
    SlaClockModel(storage::Database *database, const core::Clock *clock, BoardScope scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ClockRow &row(int r) const { return m_rows.at(r); }
    core::ClockStatus status(int r) const { return m_status[std::size_t(r)]; }
    qint64 staffId() const { return m_staffId; }
    // A reload is scheduled (debounced) or running.
    bool reloadPending() const { return m_loading || m_debounce.isActive(); }

    // Only the clocks of tickets the person owns.
    void setMineOnly(bool mine);
    bool mineOnly() const { return m_mineOnly; }

    // The rows a view shows now (inclusive); a tick repaints only these. first > last: none.
    void setLiveRows(int first, int last);

    // Replaces the rows (what a load delivers).
    void setBoard(ClockBoard board);

    // The colour of a state, for the panel's table: amber, red, grey; invalid for ok.
    static QColor stateColour(core::ClockStatus status);
    static QString stepTitle(const QString &step);

public slots:
    void tick();
    void reload();     // now; a reload asked for while one runs follows it
    void reloadSoon(); // debounced: many changes in a burst make one reload
    void onChanges(const QList<govops::storage::Change> &changes);

signals:
    void loaded();
    void loadFailed(const QString &message);
    void clockStatesChanged(const QList<govops::sla::ClockStateChange> &changes);

private:
    void rebuildShown();
    void readAll(qint64 nowSecs, QList<ClockStateChange> *changes);

    storage::Database *m_database;
    const core::Clock *m_clock;
    BoardScope m_scope;
    QList<ClockRow> m_all;
    QList<ClockRow> m_rows;          // shown: all, or mine
    std::vector<qint64> m_remaining; // live, per shown row
    std::vector<core::ClockStatus> m_status;
    qint64 m_staffId = 0;
    bool m_mineOnly = false;
    int m_liveFirst = 0;
    int m_liveLast = -1;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QTimer m_debounce;
};

} // namespace govops::sla

Q_DECLARE_METATYPE(govops::sla::ClockStateChange)
