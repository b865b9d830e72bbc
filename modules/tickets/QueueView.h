#pragma once

#include "storage/TicketRepository.h"

#include <QDateTime>
#include <QJsonObject>

namespace govops::tickets {

// What the person chose to see in the queue, as saved views and the remembered last filter keep it.
// Relative choices stay relative: "breaching soon" and "mine" are flags, turned into a deadline and an owner
// only when the query is made (toFilter), so a view saved today still means the same tomorrow or for a
// colleague's console.
struct QueueView
{
    enum class Owner { Anyone, Mine, Unassigned };

    storage::TicketFilter filter = openTickets(); // without owner and deadline: see owner and breachingSoon
    Owner owner = Owner::Anyone;
    bool breachingSoon = false;
    storage::TicketPageRequest::Sort sort = storage::TicketPageRequest::Sort::Deadline;
    bool descending = false;

    static storage::TicketFilter openTickets();

    // The repository filter at `now`, for the person with staff id `me` (0: unknown, "mine" then matches no one).
    storage::TicketFilter toFilter(const QDateTime &now, qint64 me) const;
    bool isDefault() const; // nothing narrows the queue beyond "open tickets" (any order)

    QJsonObject toJson() const;
    static QueueView fromJson(const QJsonObject &o);
    static QueueView fromDefinition(const QString &definition); // SavedView::definition (JSON text)
    QString toDefinition() const;
};

} // namespace govops::tickets
