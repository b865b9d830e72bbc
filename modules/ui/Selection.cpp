#include "ui/Selection.h"

using namespace Qt::StringLiterals;

namespace govops::ui {

void Selection::setDepartment(qint64 id)
{
    if (id == m_department)
        return;
    m_department = id;
    emit departmentChanged(id);
}

void Selection::setBusinessSystem(qint64 id)
{
    if (id == m_businessSystem)
        return;
    m_businessSystem = id;
    emit businessSystemChanged(id);
}

void Selection::setConfigurationItem(qint64 id)
{
    if (id == m_configurationItem)
        return;
    m_configurationItem = id;
    emit configurationItemChanged(id);
}

void Selection::setTickets(const QList<qint64> &ids)
{
    if (ids == m_tickets)
        return;
    m_tickets = ids;
    emit ticketsChanged(m_tickets);
}

void Selection::clear()
{
    setDepartment(0);
    setBusinessSystem(0);
    setConfigurationItem(0);
    setTickets({});
}

void Selection::requestTickets(const TicketQuery &query)
{
    emit ticketsRequested(query);
    emit panelRequested(u"tickets.queue"_s);
}

void Selection::requestNewTicket(qint64 configurationItemId)
{
    emit newTicketRequested(configurationItemId);
    emit panelRequested(u"tickets.queue"_s);
}

void Selection::requestVisits(qint64 departmentId, qint64 ticketId)
{
    emit visitsRequested(departmentId, ticketId);
    emit panelRequested(u"visits.schedule"_s);
}

} // namespace govops::ui
