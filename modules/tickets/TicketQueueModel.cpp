#include "tickets/TicketQueueModel.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WhenDone.h"
#include "tickets/DeadlineState.h"
#include "ui/DomainWords.h"

using namespace Qt::StringLiterals;

namespace govops::tickets {

using storage::TicketPageRequest;
using storage::TicketRecord;
using Sort = storage::TicketPageRequest::Sort;

namespace {

constexpr int MaxReload = 5000; // TicketRepository::page's largest page

int statusRank(const QString &status)
{
    return int(storage::codes::ticketStatuses().indexOf(status));
}

// -1, 0, 1 on one key of the queue's order.
template <typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

TicketQueueModel::TicketQueueModel(storage::Database *database, const core::Clock *clock, QObject *parent)
    : QAbstractTableModel(parent), m_database(database), m_clock(clock)
{
}

void TicketQueueModel::setQuery(const storage::TicketFilter &filter, Sort sort, bool descending)
{
    m_filter = filter;
    m_sort = sort;
    m_descending = descending;
    jumpToStart();
}

void TicketQueueModel::setFilter(const storage::TicketFilter &filter)
{
    setQuery(filter, m_sort, m_descending);
}

void TicketQueueModel::jumpToStart()
{
    m_anchor = Anchor::Top;
    ++m_generation;
    m_more = false;
    replaceRows({});
    request(std::nullopt, PageSize, Placement::Replace);
}

void TicketQueueModel::jumpToEnd()
{
    m_anchor = Anchor::Bottom;
    ++m_generation;
    m_more = false;
    replaceRows({});
    request(std::nullopt, PageSize, Placement::Replace);
}

void TicketQueueModel::reload()
{
    ++m_generation;
    request(std::nullopt, std::clamp(int(m_rows.size()), PageSize, MaxReload), Placement::Replace);
}

bool TicketQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_anchor == Anchor::Top && m_more && !m_loading;
}

void TicketQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    request(storage::TicketCursor::after(m_rows.last()), PageSize, Placement::Append);
}

bool TicketQueueModel::canFetchPrevious() const
{
    return m_anchor == Anchor::Bottom && m_more && !m_loading;
}

void TicketQueueModel::fetchPrevious()
{
    if (!canFetchPrevious() || m_rows.isEmpty())
        return;
    request(storage::TicketCursor::after(m_rows.first()), PageSize, Placement::Prepend);
}

void TicketQueueModel::request(std::optional<storage::TicketCursor> after, int limit, Placement placement)
{
    if (!m_database)
        return;
    TicketPageRequest r;
    r.filter = m_filter;
    r.sort = m_sort;
    // Bottom-anchored: the same order walked from the other end; the cursor of the first row then continues
    // upwards, because the row-value comparison flips with the direction.
    r.descending = m_descending != reversed();
    r.limit = limit;
    r.after = std::move(after);
    m_loading = true;
    const quint64 generation = m_generation;
    auto future = m_database->run<core::Result<storage::TicketPage>>(
        [r](QSqlDatabase &db) { return storage::TicketRepository(db).page(r); });
    storage::whenDone(this, future, [this, generation, placement](const core::Result<storage::TicketPage> &page) {
        if (generation != m_generation)
            return; // an answer to a query that has been replaced meanwhile
        apply(page, placement);
    });
}

void TicketQueueModel::apply(const core::Result<storage::TicketPage> &page, Placement placement)
{
    // Still "loading" while the rows go in: a view or tester that asks for more from inside the row signals
    // would otherwise page on from a cursor that is about to move.
    if (!page) {
        m_loading = false;
        m_error = page.error();
        emit failed(page.error());
        emit loaded();
        return;
    }
    m_error.reset();
    QList<TicketRecord> rows = page.value().rows;
    if (reversed())
        std::reverse(rows.begin(), rows.end());
    m_more = page.value().next.has_value();
    switch (placement) {
    case Placement::Replace:
        replaceRows(std::move(rows));
        break;
    case Placement::Append:
        if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
            m_rows.append(rows);
            endInsertRows();
        }
        break;
    case Placement::Prepend:
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows = rows + m_rows;
            endInsertRows();
        }
        break;
    }
    m_loading = false;
    emit loaded();
}

// Replaces the rows so that views keep what they can: rows are first added or removed at the end to reach the
// new count, then a layout change moves every persistent index (selection, current) to its ticket's new row.
void TicketQueueModel::replaceRows(QList<TicketRecord> rows)
{
    const int oldCount = int(m_rows.size());
    const int newCount = int(rows.size());
    if (newCount == 0 || oldCount == 0) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(rows.mid(oldCount));
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    }
    emit layoutAboutToBeChanged();
    QHash<qint64, int> newRow;
    for (int i = 0; i < newCount; ++i)
        newRow.insert(rows.at(i).id, i);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const auto it = newRow.constFind(m_rows.at(index.row()).id);
        to.append(it == newRow.cend() ? QModelIndex() : createIndex(*it, index.column()));
    }
    m_rows = std::move(rows);
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

int TicketQueueModel::rowOf(qint64 ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == ticketId)
            return i;
    }
    return -1;
}

// Does a come before b in the queue's order (TicketRepository::page's keys, ending in id)?
bool TicketQueueModel::sortsBefore(const TicketRecord &a, const TicketRecord &b) const
{
    int c = 0;
    switch (m_sort) {
    case Sort::Deadline:
        c = compare(a.deadlineAt, b.deadlineAt);
        break;
    case Sort::Created:
        c = compare(a.createdAt, b.createdAt);
        break;
    case Sort::Grade:
        c = compare(a.grade, b.grade);
        if (c == 0)
            c = compare(a.deadlineAt, b.deadlineAt);
        break;
    case Sort::Status:
        c = compare(statusRank(a.status), statusRank(b.status));
        if (c == 0)
            c = compare(a.deadlineAt, b.deadlineAt);
        break;
    case Sort::Number:
        break;
    }
    if (c == 0)
        c = compare(a.id, b.id);
    return m_descending ? c > 0 : c < 0;
}

void TicketQueueModel::refreshTickets(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !m_database)
        return;
    using Found = QList<std::optional<TicketRecord>>; // in the order of ids; empty: the ticket is gone
    const quint64 generation = m_generation;
    auto future = m_database->run<core::Result<Found>>([ids](QSqlDatabase &db) -> core::Result<Found> {
        storage::TicketRepository repository(db);
        Found found;
        for (qint64 id : ids) {
            auto t = repository.get(id);
            if (!t && t.error().code != core::Error::Code::NotFound)
                return t.error();
            found.append(t ? std::optional(t.value()) : std::nullopt);
        }
        return found;
    });
    storage::whenDone(this, future, [this, generation, ids](const core::Result<Found> &found) {
        if (generation != m_generation)
            return; // a newer query is on its way and will show the change
        if (m_loading) {
            reload(); // a page read before the change is on its way: read the window again instead
            return;
        }
        if (!found) {
            m_error = found.error();
            emit failed(found.error());
            return;
        }
        bool mayMove = false;
        for (int i = 0; i < ids.size() && !mayMove; ++i) {
            const std::optional<TicketRecord> &fresh = found.value().at(i);
            const int row = rowOf(ids.at(i));
            if (row < 0) {
                // Not loaded: it matters only if it sorts inside the loaded window (or the window is all).
                if (!fresh || m_rows.isEmpty())
                    mayMove = fresh.has_value();
                else if (m_anchor == Anchor::Top)
                    mayMove = !m_more || sortsBefore(*fresh, m_rows.last());
                else
                    mayMove = !m_more || sortsBefore(m_rows.first(), *fresh);
                continue;
            }
            const TicketRecord &old = m_rows.at(row);
            mayMove = !fresh || fresh->deadlineAt != old.deadlineAt || fresh->grade != old.grade ||
                      fresh->status != old.status || fresh->ownerId != old.ownerId || fresh->createdAt != old.createdAt;
            if (!mayMove) {
                m_rows[row] = *fresh;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        if (mayMove)
            reload();
    });
}

void TicketQueueModel::setVisibleRows(int first, int last)
{
    m_firstVisible = first;
    m_lastVisible = last;
}

void TicketQueueModel::tick()
{
    const int last = std::min(m_lastVisible, int(m_rows.size()) - 1);
    if (m_firstVisible < 0 || last < m_firstVisible)
        return;
    emit dataChanged(index(m_firstVisible, Deadline), index(last, Age), {Qt::DisplayRole, SortRole, DeadlineStateRole});
}

bool TicketQueueModel::isSortable(int column)
{
    return column == Number || column == Grade || column == Status || column == Deadline || column == Age;
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const bool descending = order == Qt::DescendingOrder;
    switch (Column(column)) {
    case Number:
        setQuery(m_filter, Sort::Number, descending);
        break;
    case Grade:
        setQuery(m_filter, Sort::Grade, descending);
        break;
    case Status:
        setQuery(m_filter, Sort::Status, descending);
        break;
    case Deadline:
        setQuery(m_filter, Sort::Deadline, descending);
        break;
    case Age: // youngest first is the newest creation first
        setQuery(m_filter, Sort::Created, !descending);
        break;
    default:
        break;
    }
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRecord &t = m_rows.at(index.row());
    switch (role) {
    case TicketIdRole:
        return t.id;
    case GradeRole:
        return t.grade;
    default:
        break;
    }
    const QDateTime now = m_clock->now();
    const bool counting =
        t.deadlineAt.isValid() && t.status != u"resolved"_s && t.status != u"closed"_s; // work done: nothing runs
    const qint64 left = counting ? now.secsTo(t.deadlineAt) : 0;
    if (role == DeadlineStateRole)
        return index.column() == Deadline ? QVariant(int(counting ? deadlineState(left) : DeadlineState::None))
                                          : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Deadline && t.deadlineAt.isValid())
        return QLocale().toString(t.deadlineAt.toLocalTime(), QLocale::ShortFormat);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return t.title;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Deadline || index.column() == Age ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant();
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Number:
            return t.id;
        case Grade:
            return t.grade;
        case Department:
            return t.departmentName;
        case BusinessSystem:
            return t.businessSystemName;
        case Title:
            return t.title;
        case Status:
            return statusRank(t.status);
        case Owner:
            return t.ownerName;
        case Channel:
            return t.channel;
        case Deadline:
            return t.deadlineAt;
        case Age:
            return t.createdAt.secsTo(now);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return t.number;
    case Grade:
        return ui::gradeTitle(t.grade);
    case Department:
        return t.departmentName;
    case BusinessSystem:
        return t.businessSystemName;
    case Title:
        return t.title;
    case Status:
        return ui::statusTitle(t.status);
    case Owner:
        return t.ownerName;
    case Channel:
        return ui::channelTitle(t.channel);
    case Deadline:
        return counting ? ui::countdownText(left) : QString();
    case Age:
        return ui::ageText(t.createdAt.secsTo(now));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Grade:
        return tr("Grade");
    case Department:
        return tr("Department");
    case BusinessSystem:
        return tr("Business system");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Channel:
        return tr("Channel");
    case Deadline:
        return tr("Next deadline");
    case Age:
        return tr("Age");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace govops::tickets
