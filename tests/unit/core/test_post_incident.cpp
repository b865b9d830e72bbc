#include "SlaFixtures.h"
#include "core/PostIncident.h"

#include <QTest>

using namespace govops::core;
using namespace govops::test;
using namespace Qt::StringLiterals;

namespace {

PostIncidentAnalysis complete()
{
    return PostIncidentAnalysis{cst(2025, 3, 3, 9, 40), cst(2025, 3, 3, 11, 5), u"Storage controller failover"_s,
                                u"Service restored after the controller was replaced"_s,
                                u"Firmware upgraded; failover drilled monthly"_s};
}

} // namespace

class TestPostIncident : public QObject
{
    Q_OBJECT
private slots:
    void requiredParts_data()
    {
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<int>("blank");       // bit mask: 1 time, 2 cause, 4 result, 8 prevention
        QTest::addColumn<QString>("missing"); // storage names, comma-separated; empty: may close
        for (Grade g : {Grade::I, Grade::II}) {
            const QByteArray gn = toStorage(g).toLatin1();
            QTest::addRow("%s complete", gn.data()) << TicketKind::Fault << g << 0 << QString();
            QTest::addRow("%s no time", gn.data()) << TicketKind::Fault << g << 1 << u"time"_s;
            QTest::addRow("%s no cause", gn.data()) << TicketKind::Fault << g << 2 << u"cause"_s;
            QTest::addRow("%s no result", gn.data()) << TicketKind::Fault << g << 4 << u"result"_s;
            QTest::addRow("%s no prevention", gn.data()) << TicketKind::Fault << g << 8 << u"prevention"_s;
            QTest::addRow("%s nothing", gn.data()) << TicketKind::Fault << g << 15 << u"time,cause,result,prevention"_s;
            QTest::addRow("%s cause and prevention", gn.data())
                << TicketKind::Fault << g << 10 << u"cause,prevention"_s;
        }
        QTest::newRow("III needs nothing") << TicketKind::Fault << Grade::III << 15 << QString();
        QTest::newRow("IV needs nothing") << TicketKind::Fault << Grade::IV << 15 << QString();
        QTest::newRow("consultation needs nothing") << TicketKind::Consultation << Grade::I << 15 << QString();
        QTest::newRow("service request needs nothing") << TicketKind::ServiceRequest << Grade::I << 15 << QString();
    }

    void requiredParts()
    {
        QFETCH(TicketKind, kind);
        QFETCH(Grade, grade);
        QFETCH(int, blank);
        QFETCH(QString, missing);
        PostIncidentAnalysis a = complete();
        if (blank & 1)
            a.restoredAt = {};
        if (blank & 2)
            a.cause = u"   "_s; // blank is empty
        if (blank & 4)
            a.result.clear();
        if (blank & 8)
            a.prevention = u"\n\t"_s;
        const Status st = checkPostIncident(kind, grade, a, defaultPolicy().postIncidentGrades());
        QCOMPARE(st.ok(), missing.isEmpty());
        if (st.ok())
            return;
        QCOMPARE(st.error().code, Error::Code::Invalid);
        QCOMPARE(st.error().detail, missing);
        QVERIFY(st.error().message.contains(toStorage(grade)));
        for (const QString &part : missing.split(u',')) {
            const QString word = part == u"prevention" ? u"preventive"_s : part;
            QVERIFY2(st.error().message.contains(word), qPrintable(st.error().message));
        }
    }

    void restoredBeforeStartedIsNoTime()
    {
        PostIncidentAnalysis a = complete();
        std::swap(a.startedAt, a.restoredAt);
        QCOMPARE(missingParts(a), QList<PostIncidentPart>{PostIncidentPart::Time});
        a = complete();
        a.startedAt = {};
        QCOMPARE(missingParts(a), QList<PostIncidentPart>{PostIncidentPart::Time});
        QVERIFY(missingParts(complete()).isEmpty());
    }

    void closing()
    {
        const SlaPolicy policy = defaultPolicy();
        TicketFacts t = TicketFacts::opened(1, TicketKind::Fault, Grade::I, 1, cst(2025, 3, 3, 9, 45));
        QVERIFY(t.apply(TicketEvent::statusChanged(cst(2025, 3, 3, 9, 50), TicketStatus::InProgress)).ok());
        // Not resolved yet: the transition itself is refused.
        Status st = checkClose(t, complete(), policy);
        QVERIFY(!st.ok());
        QVERIFY(st.error().detail.contains(u"illegal transition"));
        QVERIFY(t.apply(TicketEvent::statusChanged(cst(2025, 3, 3, 11, 5), TicketStatus::Resolved)).ok());
        st = checkClose(t, PostIncidentAnalysis{}, policy);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().detail, u"time,cause,result,prevention"_s);
        QVERIFY(checkClose(t, complete(), policy).ok());

        // Which grades need the analysis is policy data.
        SlaPolicy::Data d = defaultPolicyData(2);
        d.postIncidentGrades = {Grade::I, Grade::II, Grade::III};
        const SlaPolicy stricter = makePolicy(d);
        TicketFacts iii = TicketFacts::opened(2, TicketKind::Fault, Grade::III, 2, cst(2025, 3, 3, 9));
        QVERIFY(iii.apply(TicketEvent::statusChanged(cst(2025, 3, 3, 9, 10), TicketStatus::Resolved)).ok());
        QVERIFY(checkClose(iii, PostIncidentAnalysis{}, policy).ok());
        QVERIFY(!checkClose(iii, PostIncidentAnalysis{}, stricter).ok());
    }

    void partNames()
    {
        QCOMPARE(toStorage(PostIncidentPart::Time), u"time"_s);
        QCOMPARE(toStorage(PostIncidentPart::Outcome), u"result"_s);
        QVERIFY(isPostIncidentRequired(TicketKind::Fault, Grade::II, {Grade::I, Grade::II}));
        QVERIFY(!isPostIncidentRequired(TicketKind::Fault, Grade::II, {}));
    }
};

QTEST_GUILESS_MAIN(TestPostIncident)
#include "test_post_incident.moc"
