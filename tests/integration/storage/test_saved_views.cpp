// storage::SavedViewRepository on both backends: a person's views round-trip with the filter's JSON,
// a name is saved once per person (saving again replaces), and nobody removes another person's view.

#include "TicketWorld.h"
#include "storage/SavedViewRepository.h"
#include "storage/TicketRepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::storage;
using Code = core::Error::Code;

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addBackends(); }

    void roundTrip()
    {
        test::Scratch s;
        QVERIFY(s.migrate());
        const auto w = test::TicketWorld::make(s.db());
        SavedViewRepository views(s.db());

        TicketFilter f;
        f.statuses = {u"new"_s, u"assigned"_s};
        f.grades = {1, 2};
        f.departmentIds = {w.department, w.otherDepartment};
        f.unassignedOnly = true;
        f.text = u"远程"_s;
        f.deadlineBefore = test::minutes(30);
        QJsonObject definition{{u"filter"_s, toJson(f)}, {u"sort"_s, u"deadline"_s}};
        SavedView mine{0, w.agent, u"我的紧急工单"_s,
                       QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact))};
        const auto saved = views.save(mine);
        QVERIFY_OK(saved);
        QVERIFY(saved.value().id > 0);
        QVERIFY_OK(views.save(SavedView{0, w.agent, u"全部"_s, u"{}"_s}));
        QVERIFY_OK(views.save(SavedView{0, w.technician, u"全部"_s, u"{}"_s}));

        const auto listed = views.list(w.agent);
        QVERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 2);
        const auto it = std::find_if(listed.value().cbegin(), listed.value().cend(),
                                     [](const SavedView &v) { return v.name == u"我的紧急工单"_s; });
        QVERIFY(it != listed.value().cend());
        QCOMPARE(it->id, saved.value().id);
        const TicketFilter back = ticketFilterFromJson(
            QJsonDocument::fromJson(it->definition.toUtf8()).object().value(u"filter"_s).toObject());
        QCOMPARE(back.statuses, f.statuses);
        QCOMPARE(back.grades, f.grades);
        QCOMPARE(back.departmentIds, f.departmentIds);
        QCOMPARE(back.unassignedOnly, true);
        QCOMPARE(back.text, f.text);
        QCOMPARE(back.deadlineBefore, f.deadlineBefore);
        QVERIFY(!back.ownerId && !back.departmentId && !back.grade && !back.openOnly);

        // The same name again replaces the definition and keeps the row.
        const auto replaced = views.save(SavedView{0, w.agent, u"我的紧急工单"_s, u"{\"sort\":\"grade\"}"_s});
        QVERIFY_OK(replaced);
        QCOMPARE(replaced.value().id, saved.value().id);
        QCOMPARE(views.list(w.agent).value().size(), 2);

        QCOMPARE(views.remove(w.technician, saved.value().id).error().code, Code::NotFound);
        QVERIFY_OK(views.remove(w.agent, saved.value().id));
        QCOMPARE(views.list(w.agent).value().size(), 1);
        QCOMPARE(views.list(w.technician).value().size(), 1);
        QCOMPARE(views.save(SavedView{0, w.agent, u"  "_s, u"{}"_s}).error().code, Code::Invalid);
        QCOMPARE(views.save(SavedView{0, w.agent, QString(101, u'名'), u"{}"_s}).error().code, Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "test_saved_views.moc"
