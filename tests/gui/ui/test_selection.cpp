#include "ui/Selection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops::ui;

class TestSelection : public QObject
{
    Q_OBJECT
private slots:
    void startsEmpty()
    {
        Selection s;
        QCOMPARE(s.departmentId(), 0);
        QCOMPARE(s.businessSystemId(), 0);
        QCOMPARE(s.configurationItemId(), 0);
        QVERIFY(s.ticketIds().isEmpty());
    }

    void emitsOnChangeOnly()
    {
        Selection s;
        QSignalSpy department(&s, &Selection::departmentChanged);
        QSignalSpy system(&s, &Selection::businessSystemChanged);
        QSignalSpy ci(&s, &Selection::configurationItemChanged);
        QSignalSpy tickets(&s, &Selection::ticketsChanged);

        s.setDepartment(7);
        s.setDepartment(7);
        QCOMPARE(department.count(), 1);
        QCOMPARE(department.at(0).at(0).toLongLong(), 7);
        QCOMPARE(s.departmentId(), 7);

        s.setBusinessSystem(21);
        s.setConfigurationItem(301);
        s.setConfigurationItem(301);
        QCOMPARE(system.count(), 1);
        QCOMPARE(ci.count(), 1);
        QCOMPARE(ci.at(0).at(0).toLongLong(), 301);

        s.setTickets({5, 9});
        s.setTickets({5, 9});
        QCOMPARE(tickets.count(), 1);
        QCOMPARE(tickets.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{5, 9}));
        s.setTickets({9, 5}); // another order is another selection: the first one is the current ticket
        QCOMPARE(tickets.count(), 2);
    }

    void partsAreIndependent()
    {
        Selection s;
        s.setDepartment(1);
        QSignalSpy department(&s, &Selection::departmentChanged);
        s.setConfigurationItem(44);
        QCOMPARE(department.count(), 0);
        QCOMPARE(s.departmentId(), 1);
    }

    void clearEmitsForWhatWasSet()
    {
        Selection s;
        s.setDepartment(3);
        s.setTickets({1});
        QSignalSpy department(&s, &Selection::departmentChanged);
        QSignalSpy system(&s, &Selection::businessSystemChanged);
        QSignalSpy tickets(&s, &Selection::ticketsChanged);
        s.clear();
        QCOMPARE(department.count(), 1);
        QCOMPARE(department.at(0).at(0).toLongLong(), 0);
        QCOMPARE(system.count(), 0);
        QCOMPARE(tickets.count(), 1);
        QVERIFY(s.ticketIds().isEmpty());
    }

    void requestsChangeNothingAndNameTheirPanel()
    {
        Selection s;
        s.setDepartment(3);
        QSignalSpy tickets(&s, &Selection::ticketsRequested);
        QSignalSpy newTicket(&s, &Selection::newTicketRequested);
        QSignalSpy visits(&s, &Selection::visitsRequested);
        QSignalSpy panel(&s, &Selection::panelRequested);
        QSignalSpy department(&s, &Selection::departmentChanged);

        TicketQuery q;
        q.grades = {2};
        q.caption = u"Grade II"_s;
        s.requestTickets(q);
        QCOMPARE(tickets.count(), 1);
        QCOMPARE(tickets.at(0).at(0).value<TicketQuery>().grades, QList<int>{2});
        s.requestNewTicket(301);
        QCOMPARE(newTicket.at(0).at(0).toLongLong(), 301);
        s.requestVisits(7, 42);
        QCOMPARE(visits.at(0).at(0).toLongLong(), 7);
        QCOMPARE(visits.at(0).at(1).toLongLong(), 42);
        QCOMPARE(panel.count(), 3);
        QCOMPARE(panel.at(0).at(0).toString(), u"tickets.queue"_s);
        QCOMPARE(panel.at(2).at(0).toString(), u"visits.schedule"_s);
        QCOMPARE(department.count(), 0);
        QCOMPARE(s.departmentId(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSelection)
#include "test_selection.moc"
