#include "core/Domain.h"

#include <QTest>

using namespace govops::core;
using namespace Qt::StringLiterals;

class TestDomain : public QObject
{
    Q_OBJECT
private slots:
    void storageStrings_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("kind") << u"kind"_s << QStringList{u"fault"_s, u"service_request"_s, u"consultation"_s};
        QTest::newRow("grade") << u"grade"_s << QStringList{u"I"_s, u"II"_s, u"III"_s, u"IV"_s};
        QTest::newRow("channel") << u"channel"_s << QStringList{u"phone"_s, u"mailbox"_s, u"portal"_s};
        QTest::newRow("status") << u"status"_s
                                << QStringList{u"new"_s,      u"assigned"_s, u"in_progress"_s, u"waiting_customer"_s,
                                               u"resolved"_s, u"closed"_s};
        QTest::newRow("responsibility") << u"responsibility"_s
                                        << QStringList{u"platform"_s, u"carrier"_s, u"customer_system"_s,
                                                       u"third_party"_s};
        QTest::newRow("role") << u"role"_s << QStringList{u"agent"_s,       u"technician"_s,
                                                          u"ops_manager"_s, u"operations_manager"_s,
                                                          u"vip_manager"_s, u"supervisor"_s,
                                                          u"leadership"_s,  u"dept_maintainer"_s};
    }

    // Every value has its storage string, in declaration order, and parses back to itself.
    void storageStrings()
    {
        QFETCH(QString, family);
        QFETCH(QStringList, expected);
        QStringList names;
        bool roundTrips = true;
        auto check = [&](const auto &values, auto parse) {
            for (auto v : values) {
                names.append(toStorage(v));
                roundTrips = roundTrips && parse(toStorage(v)) == v;
            }
        };
        if (family == u"kind")
            check(allTicketKinds(), ticketKindFromStorage);
        else if (family == u"grade")
            check(allGrades(), gradeFromStorage);
        else if (family == u"channel")
            check(allChannels(), channelFromStorage);
        else if (family == u"status")
            check(allTicketStatuses(), ticketStatusFromStorage);
        else if (family == u"responsibility")
            check(allResponsibilities(), responsibilityFromStorage);
        else
            check(allRoles(), roleFromStorage);
        QCOMPARE(names, expected);
        QVERIFY(roundTrips);
    }

    void unknownStringsAreRefused()
    {
        QVERIFY(!ticketKindFromStorage(u"Fault"));
        QVERIFY(!ticketKindFromStorage(u""));
        QVERIFY(!gradeFromStorage(u"V"));
        QVERIFY(!gradeFromStorage(u"i"));
        QVERIFY(!gradeFromStorage(u"1"));
        QVERIFY(!channelFromStorage(u"email"));
        QVERIFY(!ticketStatusFromStorage(u"in progress"));
        QVERIFY(!responsibilityFromStorage(u"customer"));
        QVERIFY(!roleFromStorage(u"admin"));
    }

    void transitions_data()
    {
        QTest::addColumn<TicketStatus>("from");
        QTest::addColumn<TicketStatus>("to");
        QTest::addColumn<bool>("legal");
        using S = TicketStatus;
        const QList<std::pair<S, S>> legal{
            {S::New, S::Assigned},
            {S::New, S::InProgress},
            {S::New, S::Resolved},
            {S::Assigned, S::New},
            {S::Assigned, S::InProgress},
            {S::Assigned, S::WaitingCustomer},
            {S::Assigned, S::Resolved},
            {S::InProgress, S::WaitingCustomer},
            {S::InProgress, S::Resolved},
            {S::WaitingCustomer, S::InProgress},
            {S::WaitingCustomer, S::Resolved},
            {S::Resolved, S::InProgress},
            {S::Resolved, S::Closed},
        };
        // The whole matrix: 36 pairs, 13 legal.
        for (S from : allTicketStatuses()) {
            for (S to : allTicketStatuses()) {
                const bool ok = legal.contains(std::pair{from, to});
                QTest::addRow("%s->%s", qPrintable(toStorage(from)), qPrintable(toStorage(to))) << from << to << ok;
            }
        }
    }

    void transitions()
    {
        QFETCH(TicketStatus, from);
        QFETCH(TicketStatus, to);
        QFETCH(bool, legal);
        QCOMPARE(isLegalTransition(from, to), legal);
        const Status st = checkTransition(from, to);
        QCOMPARE(st.ok(), legal);
        if (!legal) {
            QCOMPARE(st.error().code, Error::Code::Invalid);
            QVERIFY(!st.error().message.isEmpty());
        }
        QCOMPARE(legalNextStatuses(from).contains(to), legal);
    }

    void refusalSaysWhatIsAllowed()
    {
        const Status st = checkTransition(TicketStatus::InProgress, TicketStatus::Closed);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(u"waiting_customer") && st.error().message.contains(u"resolved"),
                 qPrintable(st.error().message));
        const Status closed = checkTransition(TicketStatus::Closed, TicketStatus::InProgress);
        QVERIFY(closed.error().message.contains(u"closed"));
    }

    // The storage-string functions must not be called toString: QTest would find them by ADL and
    // fail to compile QCOMPARE on these types. This test only needs to compile.
    void qcompareWorksOnDomainTypes()
    {
        QCOMPARE(Grade::II, Grade::II);
        QCOMPARE((QList<Grade>{Grade::I, Grade::II}), (QList<Grade>{Grade::I, Grade::II}));
        QCOMPARE((QList<Role>{Role::Leadership}), (QList<Role>{Role::Leadership}));
    }

    void openAndWorkDone()
    {
        QVERIFY(isOpen(TicketStatus::Resolved));
        QVERIFY(!isOpen(TicketStatus::Closed));
        QVERIFY(isWorkDone(TicketStatus::Resolved));
        QVERIFY(!isWorkDone(TicketStatus::WaitingCustomer));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"
