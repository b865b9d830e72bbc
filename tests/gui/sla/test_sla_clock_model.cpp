#include "SlaDesk.h"
#include "core/TicketClocks.h"
#include "sla/SlaClockModel.h"
#include "ui/DomainWords.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketFacts.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops;
using govops::sla::ClockStateChange;
using govops::sla::SlaClockModel;

namespace {

bool load(SlaClockModel &model)
{
    QSignalSpy loaded(&model, &SlaClockModel::loaded);
    QSignalSpy failed(&model, &SlaClockModel::loadFailed);
    model.reload();
    if (!loaded.wait(60000)) {
        qWarning() << "load failed:" << failed;
        return false;
    }
    return true;
}

// The clocks the model should show, counted independently: running or paused clocks of unclosed tickets.
int expectedRows(test::SlaDesk &desk, std::optional<qint64> department)
{
    const QDateTime now = desk.clock.now();
    return desk.run<int>([now, department](QSqlDatabase &db) {
        auto tickets = storage::TicketFactsQuery(db).unclosed(department);
        auto book = storage::SlaPolicyRepository(db).policyBook();
        if (!tickets || !book)
            return -1;
        int n = 0;
        for (const auto &t : tickets.value()) {
            for (const core::ClockState &c : core::computeTicketClocks(t.facts, book.value(), now).clocks)
                n += (core::isRunning(c.status) || c.status == core::ClockStatus::Paused) ? 1 : 0;
        }
        return n;
    });
}

} // namespace

class TestSlaClockModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_template = test::SlaDesk::seedTemplate(m_dir); }

    void showsEveryRunningOrPausedClockSortedByTimeLeft()
    {
        test::SlaDesk desk(m_template);
        SlaClockModel model(desk.database.get(), &desk.clock, {u"agent01"_s, std::nullopt});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        QVERIFY(model.rowCount() > 10);
        QCOMPARE(model.rowCount(), expectedRows(desk, std::nullopt));
        QCOMPARE(model.columnCount(), int(SlaClockModel::ColumnCount));
        QVERIFY(model.staffId() != 0);

        bool pausedSeen = false;
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int r = 0; r < model.rowCount(); ++r) {
            const core::ClockStatus s = model.status(r);
            QVERIFY(core::isRunning(s) || s == core::ClockStatus::Paused);
            const qint64 left =
                model.data(model.index(r, SlaClockModel::TimeLeft), SlaClockModel::RemainingRole).toLongLong();
            if (s == core::ClockStatus::Paused) {
                if (!pausedSeen)
                    previous = std::numeric_limits<qint64>::min();
                pausedSeen = true;
            } else {
                QVERIFY2(!pausedSeen, "running clocks come before paused ones");
            }
            QVERIFY2(left >= previous, qPrintable(u"row %1 is out of order"_s.arg(r)));
            previous = left;
            QVERIFY(!model.data(model.index(r, SlaClockModel::Number)).toString().isEmpty());
            QVERIFY(!model.data(model.index(r, SlaClockModel::Clock)).toString().isEmpty());
            QCOMPARE(model.data(model.index(r, SlaClockModel::State)).toString(), ui::clockStatusTitle(s));
        }
    }

    void departmentMaintainerSeesOwnDepartmentOnly()
    {
        test::SlaDesk desk(m_template);
        SlaClockModel all(desk.database.get(), &desk.clock, {u"agent01"_s, std::nullopt});
        QVERIFY(load(all));
        const qint64 department = all.row(0).departmentId;
        SlaClockModel own(desk.database.get(), &desk.clock, {u"agent01"_s, department});
        QAbstractItemModelTester tester(&own, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(own));
        QVERIFY(own.rowCount() > 0);
        QVERIFY(own.rowCount() < all.rowCount());
        QCOMPARE(own.rowCount(), expectedRows(desk, department));
        for (int r = 0; r < own.rowCount(); ++r)
            QCOMPARE(own.row(r).departmentId, department);
    }

    void stateChangesAtTheTick()
    {
        test::SlaDesk desk(m_template);
        SlaClockModel model(desk.database.get(), &desk.clock, {u"agent01"_s, std::nullopt});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        int row = -1;
        for (int r = 0; r < model.rowCount() && row < 0; ++r) {
            if (model.status(r) == core::ClockStatus::Ok)
                row = r;
        }
        QVERIFY2(row >= 0, "the demo has a clock before its warning point");
        const core::Countdown countdown = model.row(row).countdown;
        const qint64 ticket = model.row(row).ticketId;
        QSignalSpy changes(&model, &SlaClockModel::clockStatesChanged);

        desk.clock.set(QDateTime::fromSecsSinceEpoch(countdown.warningAt - 1, Qt::UTC));
        model.tick();
        QCOMPARE(model.status(row), core::ClockStatus::Ok);

        desk.clock.set(QDateTime::fromSecsSinceEpoch(countdown.warningAt, Qt::UTC));
        model.tick();
        QCOMPARE(model.row(row).ticketId, ticket); // time passing never reorders the rows
        QCOMPARE(model.status(row), core::ClockStatus::Warning);
        QCOMPARE(model.data(model.index(row, SlaClockModel::State), Qt::ForegroundRole).value<QColor>(),
                 SlaClockModel::stateColour(core::ClockStatus::Warning));
        QVERIFY(!changes.isEmpty());
        auto changedRow = [&](int signal, core::ClockStatus to) {
            const auto list = changes.at(signal).at(0).value<QList<ClockStateChange>>();
            return std::any_of(list.cbegin(), list.cend(), [&](const ClockStateChange &c) {
                return c.row == row && c.ticketId == ticket && c.to == to;
            });
        };
        QVERIFY(changedRow(int(changes.size()) - 1, core::ClockStatus::Warning));

        changes.clear();
        desk.clock.set(QDateTime::fromSecsSinceEpoch(countdown.deadline, Qt::UTC));
        model.tick();
        QCOMPARE(model.status(row), core::ClockStatus::Breached);
        QVERIFY(changedRow(0, core::ClockStatus::Breached));
        QCOMPARE(model.data(model.index(row, SlaClockModel::TimeLeft)).toString(), u"00:00"_s);
        desk.clock.advance(65);
        model.tick();
        QCOMPARE(model.data(model.index(row, SlaClockModel::TimeLeft), SlaClockModel::RemainingRole).toLongLong(), -65);
        // The same words as the queue's countdown column.
        QCOMPARE(model.data(model.index(row, SlaClockModel::TimeLeft)).toString(), ui::countdownText(-65));
        QCOMPARE(ui::countdownText(-65), u"-01:05"_s);
    }

    void tickRepaintsOnlyTheVisibleRowsLiveColumns()
    {
        test::SlaDesk desk(m_template);
        SlaClockModel model(desk.database.get(), &desk.clock, {u"agent01"_s, std::nullopt});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        QVERIFY(model.rowCount() > 8);
        model.setLiveRows(3, 7);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        desk.clock.advance(1);
        model.tick();
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 3);
        QCOMPARE(bottomRight.row(), 7);
        QCOMPARE(topLeft.column(), int(SlaClockModel::TimeLeft));
        QCOMPARE(bottomRight.column(), int(SlaClockModel::State));

        changed.clear();
        model.setLiveRows(0, -1); // no view shows a row
        model.tick();
        QCOMPARE(changed.size(), 0);
    }

    void mineShowsOnlyTheClocksOfMyTickets()
    {
        test::SlaDesk desk(m_template);
        SlaClockModel all(desk.database.get(), &desk.clock, {u"agent01"_s, std::nullopt});
        QVERIFY(load(all));
        std::optional<qint64> owner;
        for (int r = 0; r < all.rowCount() && !owner; ++r)
            owner = all.row(r).ownerId;
        QVERIFY(owner);
        const qint64 ownerId = *owner;
        const QString login = desk.run<QString>([ownerId](QSqlDatabase &db) {
            auto s = storage::StaffRepository(db).get(ownerId);
            return s ? s.value().login : QString();
        });
        SlaClockModel mine(desk.database.get(), &desk.clock, {login, std::nullopt});
        QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(mine));
        QCOMPARE(mine.staffId(), ownerId);
        const int everyone = mine.rowCount();
        mine.setMineOnly(true);
        QVERIFY(mine.rowCount() > 0);
        QVERIFY(mine.rowCount() < everyone);
        for (int r = 0; r < mine.rowCount(); ++r)
            QCOMPARE(mine.row(r).ownerId, std::optional<qint64>(ownerId));
        mine.setMineOnly(false);
        QCOMPARE(mine.rowCount(), everyone);
    }

    void reloadsOnChangesOfTicketsAndEscalationsOnly()
    {
        test::SlaDesk desk(m_template);
        SlaClockModel model(desk.database.get(), &desk.clock, {u"agent01"_s, std::nullopt});
        QVERIFY(load(model));
        QSignalSpy loaded(&model, &SlaClockModel::loaded);
        model.onChanges({storage::Change{u"return_visits"_s, 1, 1}});
        QVERIFY(!model.reloadPending());
        model.onChanges({storage::Change{u"escalations"_s, 1, 0}});
        model.onChanges({storage::Change{u"tickets"_s, 1, 2}}); // a burst makes one reload
        QVERIFY(model.reloadPending());
        QVERIFY(loaded.wait(20000));
        QVERIFY(!model.reloadPending());
        QCOMPARE(loaded.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
};

QTEST_MAIN(TestSlaClockModel)
#include "test_sla_clock_model.moc"
