#include "ui/Selection.h"

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

} // namespace govops::ui
