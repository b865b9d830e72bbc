#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace govops::ui {

// "Show me these tickets in the queue": what a chart slice, a TOP list or a CI asks of the ticket queue. The
// fields are AND-ed; empty ones do not filter. `caption` says in the filter bar why the queue is filtered.
struct TicketQuery
{
    QList<qint64> ticketIds;    // non-empty: exactly these tickets, the other fields ignored
    QList<int> grades;          // 1..4
    QList<qint64> departmentIds;
    QStringList channels;       // core channel codes: phone, mailbox, portal
    QStringList statuses;       // core status codes
    qint64 configurationItemId = 0;
    QDateTime createdFrom;      // invalid: open-ended
    QDateTime createdTo;        // exclusive
    bool breachedOnly = false;  // a clock of the ticket breached (deadline_at passed while open, or resolved late)
    QString caption;            // translated, e.g. "Grade II · October"
};

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

    // One-shot requests between panels. They change no selection; the panel that answers applies them and the
    // shell raises it (panelRequested with its id).
    void requestTickets(const govops::ui::TicketQuery &query);              // tickets.queue
    void requestNewTicket(qint64 configurationItemId);                      // tickets.queue: new ticket on a CI
    void requestVisits(qint64 departmentId, qint64 ticketId = 0);           // visits.schedule; 0: any

signals:
    void departmentChanged(qint64 id);
    void businessSystemChanged(qint64 id);
    void configurationItemChanged(qint64 id);
    void ticketsChanged(const QList<qint64> &ids);

    void ticketsRequested(const govops::ui::TicketQuery &query);
    void newTicketRequested(qint64 configurationItemId);
    void visitsRequested(qint64 departmentId, qint64 ticketId);
    void panelRequested(const QString &panelId);

private:
    qint64 m_department = 0;
    qint64 m_businessSystem = 0;
    qint64 m_configurationItem = 0;
    QList<qint64> m_tickets;
};

} // namespace govops::ui
