#include "core/CmdbPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops::core;

namespace {

CmdbItem item(const QString &kind, const QString &id, const QString &state = u"active"_s)
{
    CmdbItem i;
    i.kind = kind;
    i.externalId = id;
    i.name = kind + u'-' + id;
    i.state = state;
    i.attributes = QJsonObject{{u"status"_s, state}};
    return i;
}

CmdbDesired cloud()
{
    CmdbDesired d;
    d.departments = {{u"p1"_s, u"省公安厅"_s}};
    d.businessSystems = {{u"p1"_s, u"户籍系统"_s}};
    CmdbItem vm = item(u"vm"_s, u"s1"_s);
    vm.projectId = u"p1"_s;
    vm.businessSystem = u"户籍系统"_s;
    d.items = {item(u"host"_s, u"h1"_s), item(u"network"_s, u"n1"_s), vm, item(u"volume"_s, u"v1"_s)};
    d.relations = {{u"runs_on"_s, u"vm"_s, u"s1"_s, u"host"_s, u"h1"_s},
                   {u"connected_to"_s, u"vm"_s, u"s1"_s, u"network"_s, u"n1"_s},
                   {u"attached_to"_s, u"volume"_s, u"v1"_s, u"vm"_s, u"s1"_s}};
    return d;
}

// What the CMDB holds after a plan was applied to `before` (the repository's job, in memory).
CmdbState applied(CmdbState before, const CmdbPlan &plan)
{
    for (const auto &d : plan.linkDepartments)
        before.linkedProjectIds.append(d.projectId);
    before.businessSystems += plan.addBusinessSystems;
    before.items += plan.add;
    for (const auto &changed : plan.update + plan.retire) {
        for (auto &held : before.items) {
            if (held.kind == changed.kind && held.externalId == changed.externalId)
                held = changed;
        }
    }
    for (const auto &r : plan.removeRelations)
        before.relations.removeAll(r);
    before.relations += plan.addRelations;
    return before;
}

} // namespace

class TestCmdbPlan : public QObject
{
    Q_OBJECT
private slots:
    void firstSyncAddsEverything()
    {
        const CmdbPlan plan = planCmdbSync(cloud(), {});
        QCOMPARE(plan.linkDepartments.size(), 1);
        QCOMPARE(plan.addBusinessSystems.size(), 1);
        QCOMPARE(plan.add.size(), 4);
        QCOMPARE(plan.addRelations.size(), 3);
        QVERIFY(plan.update.isEmpty());
        QVERIFY(plan.retire.isEmpty());
        QVERIFY(plan.removeRelations.isEmpty());
        QVERIFY(!plan.isEmpty());
    }

    void planningAgainstTheResultIsEmpty()
    {
        const CmdbState once = applied({}, planCmdbSync(cloud(), {}));
        const CmdbPlan again = planCmdbSync(cloud(), once);
        QVERIFY(again.isEmpty());
    }

    void changedAttributesStateOrOwnerAreUpdates()
    {
        const CmdbState held = applied({}, planCmdbSync(cloud(), {}));
        CmdbDesired d = cloud();
        d.items[2].state = u"stopped"_s;                          // vm s1
        d.items[0].attributes.insert(u"vcpus"_s, 64);             // host h1
        d.items[3].projectId = u"p1"_s;                           // volume v1 now a department's
        const CmdbPlan plan = planCmdbSync(d, held);
        QCOMPARE(plan.update.size(), 3);
        QVERIFY(plan.add.isEmpty());
        QVERIFY(plan.retire.isEmpty());
        QVERIFY(plan.addRelations.isEmpty());
        QVERIFY(planCmdbSync(d, applied(held, plan)).isEmpty());
    }

    void goneItemsAreRetiredWithTheirRelations()
    {
        const CmdbState held = applied({}, planCmdbSync(cloud(), {}));
        CmdbDesired d = cloud();
        d.items.removeAt(2);   // vm s1 is gone; the relations the platform still reports dangle
        const CmdbPlan plan = planCmdbSync(d, held);
        QCOMPARE(plan.retire.size(), 1);
        QCOMPARE(plan.retire.first().externalId, u"s1"_s);
        QCOMPARE(plan.retire.first().state, u"retired"_s);
        QCOMPARE(plan.retire.first().name, u"vm-s1"_s);           // kept as it was, only the state changes
        QCOMPARE(plan.removeRelations.size(), 3);
        QVERIFY(plan.addRelations.isEmpty());

        const CmdbState after = applied(held, plan);
        QVERIFY(planCmdbSync(d, after).isEmpty());                 // retired once, not again
        QCOMPARE(after.items.size(), 4);                           // never deleted
    }

    void aRetiredItemThatReappearsIsUpdated()
    {
        CmdbDesired d = cloud();
        d.items.removeAt(3);   // volume v1 gone
        d.relations.removeLast();
        const CmdbState held = applied({}, planCmdbSync(cloud(), {}));
        const CmdbState retired = applied(held, planCmdbSync(d, held));
        const CmdbPlan back = planCmdbSync(cloud(), retired);
        QCOMPARE(back.update.size(), 1);
        QCOMPARE(back.update.first().state, u"active"_s);
        QCOMPARE(back.addRelations.size(), 1);
        QVERIFY(back.retire.isEmpty());
    }

    void changedRelationIsRemovedAndAdded()
    {
        CmdbDesired d = cloud();
        d.items.append(item(u"host"_s, u"h2"_s));
        const CmdbState held = applied({}, planCmdbSync(d, {}));
        d.relations[0].toExternalId = u"h2"_s;   // live-migrated
        const CmdbPlan plan = planCmdbSync(d, held);
        QCOMPARE(plan.removeRelations.size(), 1);
        QCOMPARE(plan.removeRelations.first().toExternalId, u"h1"_s);
        QCOMPARE(plan.addRelations.size(), 1);
        QCOMPARE(plan.addRelations.first().toExternalId, u"h2"_s);
        QVERIFY(plan.update.isEmpty());
    }

    void relationsToUnknownItemsAreLeftOut()
    {
        CmdbDesired d = cloud();
        d.relations.append({u"runs_on"_s, u"vm"_s, u"s1"_s, u"host"_s, u"nowhere"_s});
        QCOMPARE(planCmdbSync(d, {}).addRelations.size(), 3);
    }

    void handKeptItemsAreNeverTwinned()
    {
        CmdbState held;
        held.manual = {item(u"host"_s, u"h1"_s)};
        const CmdbPlan plan = planCmdbSync(cloud(), held);
        QCOMPARE(plan.add.size(), 3);
        for (const auto &i : plan.add)
            QVERIFY(i.kind != u"host"_s);
        QCOMPARE(plan.addRelations.size(), 2);   // runs_on h1 would point at the hand-kept item
        QVERIFY(plan.retire.isEmpty());
    }

    void duplicatesInTheListingCountOnce()
    {
        CmdbDesired d = cloud();
        d.items.append(d.items.first());
        d.relations.append(d.relations.first());
        d.departments.append(d.departments.first());
        d.businessSystems.append(d.businessSystems.first());
        const CmdbPlan plan = planCmdbSync(d, {});
        QCOMPARE(plan.add.size(), 4);
        QCOMPARE(plan.addRelations.size(), 3);
        QCOMPARE(plan.linkDepartments.size(), 1);
        QCOMPARE(plan.addBusinessSystems.size(), 1);
    }

    void linkedDepartmentsAndKnownSystemsAreNotPlannedAgain()
    {
        CmdbState held;
        held.linkedProjectIds = {u"p1"_s};
        held.businessSystems = {{u"p1"_s, u"户籍系统"_s}};
        const CmdbPlan plan = planCmdbSync(cloud(), held);
        QVERIFY(plan.linkDepartments.isEmpty());
        QVERIFY(plan.addBusinessSystems.isEmpty());
    }

    void anEmptyCloudRetiresEverythingSynced()
    {
        const CmdbState held = applied({}, planCmdbSync(cloud(), {}));
        const CmdbPlan plan = planCmdbSync({}, held);
        QCOMPARE(plan.retire.size(), 4);
        QCOMPARE(plan.removeRelations.size(), 3);
        QVERIFY(plan.linkDepartments.isEmpty());   // departments and business systems are never unlinked
    }
};

QTEST_APPLESS_MAIN(TestCmdbPlan)
#include "test_cmdb_plan.moc"
