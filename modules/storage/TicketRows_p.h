#pragma once

// How the tickets row is read, shared by TicketRepository and TicketFactsQuery (one mapping of columns).

#include "storage/Records.h"

#include <QSqlQuery>
#include <QString>

namespace govops::storage::detail {

// "SELECT <every ticket column, then the joined display names> FROM tickets t LEFT JOIN …"; the caller
// appends WHERE / ORDER BY on t.<column>. Without the description the column reads as ''.
QString ticketSelect(bool withDescription);
TicketRecord readTicket(const QSqlQuery &q);

} // namespace govops::storage::detail
