#pragma once

#include "core/Result.h"
#include "storage/TicketRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace govops::core {
class Clock;
}
namespace govops::storage {
class Database;
}

namespace govops::tickets {

// The ticket queue as a table: a contiguous window of the SQL-sorted, SQL-filtered queue, keyset-paged on the
// database thread (storage::Database::run), never loaded whole.
//
// The window is anchored at one end of the ordered result. From the top (setQuery, the default) it grows
// downwards through fetchMore(), a page at a time, each request carrying the cursor after the last row.
// jumpToEnd() anchors it at the bottom instead: it asks for the same order reversed, so the LAST page costs
// what the first does (an index walk from the other end, no OFFSET, no paging through a million rows), shows
// those rows in the queue's order, and grows upwards through fetchPrevious() with the cursor of the first row.
// Every request carries the generation of the query it belongs to; an answer to an older query (the filter
// or sort changed meanwhile) is dropped.
//
// Countdowns and ages are computed at data() time from deadline_at, created_at and the Clock; tick() (wired to
// ui::Ticker) emits one dataChanged over the countdown and age columns of the rows the view shows.
class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Deadline and Age are adjacent and last: a tick repaints one rectangle.
    // The countdown comes early: on a narrow dock it is what the desk must still see.
    enum Column {
        Number,
        Grade,
        Deadline,
        Age,
        Title,
        Status,
        Department,
        BusinessSystem,
        Owner,
        Channel,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value of the cell (int, QDateTime, qint64, code)
        TicketIdRole,                // qint64, on every column
        GradeRole,                   // int 1 … 4, on every column: the badge's colour
        DeadlineStateRole,           // int(tickets::DeadlineState), on the Deadline column
    };
    enum class Anchor { Top, Bottom };

    static constexpr int PageSize = 200;

    // database null: the model stays empty (panels built without a database, in tests of the shell).
    TicketQueueModel(storage::Database *database, const core::Clock *clock, QObject *parent = nullptr);

    // A new query from the top: forgets the rows and loads the first page of this filter and order.
    void setQuery(const storage::TicketFilter &filter, storage::TicketPageRequest::Sort sort, bool descending);
    void setFilter(const storage::TicketFilter &filter);
    const storage::TicketFilter &filter() const { return m_filter; }
    storage::TicketPageRequest::Sort sortKey() const { return m_sort; }
    bool isDescending() const { return m_descending; }
    Anchor anchor() const { return m_anchor; }

    // The last page of the queue, in the queue's order (see the class comment).
    void jumpToEnd();
    // Back to the first page.
    void jumpToStart();
    // Bottom-anchored only: the page before the first row, inserted above it.
    bool canFetchPrevious() const;
    void fetchPrevious();

    // Reloads the rows loaded so far (as many, up to 5000) from the same anchor, e.g. after a change moved rows.
    void reload();
    // Re-reads these tickets if they are loaded; reloads when a change may move rows (a sort key, the status or
    // owner changed, a ticket vanished, or one that is not loaded now sorts inside the loaded window).
    void refreshTickets(const QList<qint64> &ids);

    // The rows the view shows; tick() repaints only those.
    void setVisibleRows(int first, int last);
    void tick();

    bool isLoading() const { return m_loading; }
    // The error of the last request, if it failed (cleared by the next success).
    const std::optional<core::Error> &lastError() const { return m_error; }
    const storage::TicketRecord &ticket(int row) const { return m_rows.at(row); }
    int rowOf(qint64 ticketId) const;
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Header click: sortable columns sort in SQL (a new query from the top); the others are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A page (or a reload) arrived and was applied; also after an empty answer.
    void loaded();
    void failed(const core::Error &error);

private:
    enum class Placement { Replace, Append, Prepend };
    void request(std::optional<storage::TicketCursor> after, int limit, Placement placement);
    void apply(const core::Result<storage::TicketPage> &page, Placement placement);
    void replaceRows(QList<storage::TicketRecord> rows);
    bool sortsBefore(const storage::TicketRecord &a, const storage::TicketRecord &b) const;
    bool reversed() const { return m_anchor == Anchor::Bottom; }

    storage::Database *m_database;
    const core::Clock *m_clock;
    storage::TicketFilter m_filter;
    storage::TicketPageRequest::Sort m_sort = storage::TicketPageRequest::Sort::Deadline;
    bool m_descending = false;
    Anchor m_anchor = Anchor::Top;

    QList<storage::TicketRecord> m_rows;
    bool m_more = false; // Top: rows follow the last one; Bottom: rows precede the first one
    bool m_loading = false;
    quint64 m_generation = 0; // bumped by every new query; answers of older ones are dropped
    std::optional<core::Error> m_error;
    int m_firstVisible = -1;
    int m_lastVisible = -1;
};

} // namespace govops::tickets
