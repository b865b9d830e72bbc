#pragma once

#include <QList>
#include <QObject>

namespace govops::ui {

// What the person is looking at, owned by the app and shared by every panel: the only way panels talk to each
// other. Ids are database ids; 0 (or an empty list) means nothing is selected. A setter emits its signal only
// when the value changes. The parts are independent: choosing a CI does not choose its department.
class Selection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    qint64 departmentId() const { return m_department; }
    qint64 businessSystemId() const { return m_businessSystem; }
    qint64 configurationItemId() const { return m_configurationItem; }
    const QList<qint64> &ticketIds() const { return m_tickets; }

public slots:
    void setDepartment(qint64 id);
    void setBusinessSystem(qint64 id);
    void setConfigurationItem(qint64 id);
    void setTickets(const QList<qint64> &ids);
    void clear();

signals:
    void departmentChanged(qint64 id);
    void businessSystemChanged(qint64 id);
    void configurationItemChanged(qint64 id);
    void ticketsChanged(const QList<qint64> &ids);

private:
    qint64 m_department = 0;
    qint64 m_businessSystem = 0;
    qint64 m_configurationItem = 0;
    QList<qint64> m_tickets;
};

} // namespace govops::ui
