#include "QueueTestDatabase.h"
#include "storage/Sql.h"
#include "storage/TicketRepository.h"
#include "tickets/DeadlineState.h"
#include "tickets/TicketQueueModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::tickets;
using Sort = storage::TicketPageRequest::Sort;

class TestTicketQueueModel : public QObject
{
    Q_OBJECT

    test::QueueTestDatabase m_db;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    qint64 count(const storage::TicketFilter &filter)
    {
        auto n = m_db.run<core::Result<qint64>>(
            [filter](QSqlDatabase &db) { return storage::TicketRepository(db).count(filter); });
        if (!n)
            qFatal("count: %s", qPrintable(n.error().message));
        return n.value();
    }

    // Waits for the model's next answer; false if none came.
    bool loaded()
    {
        QSignalSpy spy(m_model.get(), &TicketQueueModel::loaded);
        return spy.wait(30000) && !m_model->lastError();
    }

    // Waits until no request is under way. The model tester calls fetchMore() itself after every reset, so a
    // query may end with one page or two.
    bool settled()
    {
        return QTest::qWaitFor([&] { return !m_model->isLoading(); }, 30000) && !m_model->lastError();
    }

    bool query(const storage::TicketFilter &filter, Sort sort = Sort::Deadline, bool descending = false)
    {
        QSignalSpy spy(m_model.get(), &TicketQueueModel::loaded);
        m_model->setQuery(filter, sort, descending);
        return spy.wait(30000) && settled();
    }

    bool fetchAll()
    {
        while (m_model->canFetchMore({})) {
            QSignalSpy spy(m_model.get(), &TicketQueueModel::loaded);
            m_model->fetchMore({});
            if (!spy.wait(30000))
                return false;
        }
        return !m_model->lastError();
    }

    QList<qint64> ids() const
    {
        QList<qint64> result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result.append(m_model->ticket(row).id);
        return result;
    }

    // Waits until every job submitted so far (also ones whose answers the model drops) has finished.
    void drain()
    {
        m_db.run<int>([](QSqlDatabase &) { return 0; });
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() { QVERIFY(m_db.open()); }

    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(test::QueueTestDatabase::seedTime());
        m_model = std::make_unique<TicketQueueModel>(m_db.database(), m_clock.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        drain();
        m_tester.reset();
        m_model.reset();
    }

    void pagesThroughFetchMore()
    {
        const storage::TicketFilter all;
        QVERIFY(query(all));
        const int first = m_model->rowCount();
        QVERIFY(first == TicketQueueModel::PageSize || first == 2 * TicketQueueModel::PageSize);
        QCOMPARE(m_model->columnCount(), int(TicketQueueModel::ColumnCount));
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QVERIFY(!m_model->canFetchMore({})); // one request at a time
        QVERIFY(loaded());
        QCOMPARE(m_model->rowCount(), first + TicketQueueModel::PageSize);

        QVERIFY(fetchAll());
        QCOMPARE(m_model->rowCount(), count(all));
        const QList<qint64> loadedIds = ids();
        QCOMPARE(QSet<qint64>(loadedIds.begin(), loadedIds.end()).size(), loadedIds.size()); // no row twice
        for (int row = 1; row < m_model->rowCount(); ++row) {
            const auto &a = m_model->ticket(row - 1), &b = m_model->ticket(row);
            QVERIFY2(a.deadlineAt < b.deadlineAt || (a.deadlineAt == b.deadlineAt && a.id < b.id),
                     qPrintable(u"row %1"_s.arg(row)));
        }
        // The joined names are there for the view.
        QVERIFY(!m_model->index(0, TicketQueueModel::Department).data().toString().isEmpty());
    }

    void sortsByHeaderInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<Sort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("grade") << int(TicketQueueModel::Grade) << Qt::AscendingOrder << Sort::Grade << false;
        QTest::newRow("grade desc") << int(TicketQueueModel::Grade) << Qt::DescendingOrder << Sort::Grade << true;
        QTest::newRow("number desc") << int(TicketQueueModel::Number) << Qt::DescendingOrder << Sort::Number << true;
        QTest::newRow("status") << int(TicketQueueModel::Status) << Qt::AscendingOrder << Sort::Status << false;
        QTest::newRow("age: youngest first")
            << int(TicketQueueModel::Age) << Qt::AscendingOrder << Sort::Created << true;
    }

    void sortsByHeaderInSql()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(Sort, sort);
        QFETCH(bool, descending);
        QVERIFY(query({}));
        QSignalSpy spy(m_model.get(), &TicketQueueModel::loaded);
        m_model->sort(column, order);
        QVERIFY(spy.wait(30000) && settled());
        QCOMPARE(m_model->sortKey(), sort);
        QCOMPARE(m_model->isDescending(), descending);
        QVERIFY(m_model->rowCount() >= TicketQueueModel::PageSize);
        // The column's raw value follows the header's order over the loaded rows.
        for (int row = 1; row < m_model->rowCount(); ++row) {
            const QVariant a = m_model->index(row - 1, column).data(TicketQueueModel::SortRole);
            const QVariant b = m_model->index(row, column).data(TicketQueueModel::SortRole);
            const int c = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                          : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                 : 0;
            QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(u"row %1"_s.arg(row)));
        }
    }

    void ignoresUnsortableColumns()
    {
        QVERIFY(query({}));
        const QList<qint64> before = ids();
        m_model->sort(TicketQueueModel::Title, Qt::AscendingOrder);
        QVERIFY(!m_model->isLoading());
        QCOMPARE(m_model->sortKey(), Sort::Deadline);
        QCOMPARE(ids(), before);
    }

    void filterStartsFromTheTop()
    {
        QVERIFY(query({}));
        QVERIFY(fetchAll());
        storage::TicketFilter urgent;
        urgent.grades = {1};
        QVERIFY(query(urgent));
        QVERIFY(m_model->rowCount() > 0);
        QVERIFY(m_model->rowCount() <= count(urgent));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->index(row, TicketQueueModel::Grade).data().toString(), u"I"_s);
    }

    void dropsStaleAnswers()
    {
        m_tester.reset(); // it would ask for pages of its own
        storage::TicketFilter urgent, ordinary;
        urgent.grades = {1};
        ordinary.grades = {4};
        QSignalSpy spy(m_model.get(), &TicketQueueModel::loaded);
        m_model->setQuery(urgent, Sort::Deadline, false);
        m_model->setQuery(ordinary, Sort::Deadline, false); // before the first answer arrives
        drain();                                            // both answers are in
        QCOMPARE(spy.size(), 1);
        QVERIFY(m_model->rowCount() > 0);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->ticket(row).grade, 4);
    }

    void jumpsToTheEndWithoutPaging()
    {
        QVERIFY(query({}));
        QVERIFY(fetchAll());
        const QList<qint64> all = ids();

        QSignalSpy spy(m_model.get(), &TicketQueueModel::loaded);
        m_model->jumpToEnd();
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.size(), 1); // one request, not one per page
        QCOMPARE(m_model->anchor(), TicketQueueModel::Anchor::Bottom);
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(ids(), all.mid(all.size() - TicketQueueModel::PageSize)); // the last page, in the queue's order

        QVERIFY(m_model->canFetchPrevious());
        m_model->fetchPrevious();
        QVERIFY(loaded());
        QCOMPARE(ids(), all.mid(all.size() - 2 * TicketQueueModel::PageSize));

        QSignalSpy back(m_model.get(), &TicketQueueModel::loaded);
        m_model->jumpToStart();
        QVERIFY(back.wait(30000) && settled());
        QCOMPARE(m_model->anchor(), TicketQueueModel::Anchor::Top);
        QCOMPARE(ids().first(TicketQueueModel::PageSize), all.first(TicketQueueModel::PageSize));
    }

    void countdownAtClockTime_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("text");
        QTest::addColumn<DeadlineState>("state");
        QTest::newRow("two hours") << qint64(7200) << u"2:00:00"_s << DeadlineState::Ok;
        QTest::newRow("warning") << qint64(754) << u"12:34"_s << DeadlineState::Warning;
        QTest::newRow("overdue") << qint64(-310) << u"-05:10"_s << DeadlineState::Breached;
        QTest::newRow("days") << qint64(2 * 86400 + 3 * 3600 + 12 * 60) << u"2d 03:12"_s << DeadlineState::Ok;
    }

    void countdownAtClockTime()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, text);
        QFETCH(DeadlineState, state);
        storage::TicketFilter open;
        open.openOnly = true;
        QVERIFY(query(open));
        QVERIFY(m_model->rowCount() > 0);
        const QDateTime deadline = m_model->ticket(0).deadlineAt;
        m_clock->set(deadline.addSecs(-secondsLeft));
        const QModelIndex cell = m_model->index(0, TicketQueueModel::Deadline);
        QCOMPARE(cell.data().toString(), text);
        QCOMPARE(DeadlineState(cell.data(TicketQueueModel::DeadlineStateRole).toInt()), state);
        QCOMPARE(cell.data(TicketQueueModel::SortRole).toDateTime(), deadline);
    }

    void noCountdownOnceResolved()
    {
        storage::TicketFilter done;
        done.statuses = {u"resolved"_s, u"closed"_s};
        QVERIFY(query(done));
        QVERIFY(m_model->rowCount() > 0);
        const QModelIndex cell = m_model->index(0, TicketQueueModel::Deadline);
        QCOMPARE(cell.data().toString(), QString());
        QCOMPARE(DeadlineState(cell.data(TicketQueueModel::DeadlineStateRole).toInt()), DeadlineState::None);
    }

    void tickRepaintsOnlyTheVisibleRows()
    {
        QVERIFY(query({}));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->tick(); // nothing visible yet
        QCOMPARE(changed.size(), 0);
        m_model->setVisibleRows(10, 29);
        m_model->tick();
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, m_model->index(10, TicketQueueModel::Deadline));
        QCOMPARE(bottomRight, m_model->index(29, TicketQueueModel::Age));
        // The age moves with the clock, without any query.
        const QString age = m_model->index(10, TicketQueueModel::Age).data().toString();
        m_clock->advance(2 * 3600);
        QVERIFY(m_model->index(10, TicketQueueModel::Age).data().toString() != age);
    }

    void refreshesAChangedRowInPlace()
    {
        QVERIFY(query({}));
        const int row = 5;
        storage::TicketRecord t = m_model->ticket(row);
        t.title = u"Changed elsewhere"_s;
        auto saved = m_db.run<core::Result<storage::TicketRecord>>([t](QSqlDatabase &db) {
            return storage::TicketRepository(db).update(t, {}, std::nullopt, test::QueueTestDatabase::seedTime());
        });
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message + saved.error().detail));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::layoutChanged);
        m_model->refreshTickets({t.id});
        QVERIFY(changed.wait(30000));
        QCOMPARE(m_model->index(row, TicketQueueModel::Title).data().toString(), u"Changed elsewhere"_s);
        QCOMPARE(reset.size(), 0);
    }

    void reloadsWhenARowMovesKeepingItsIndex()
    {
        QVERIFY(query({}));
        const int rows = m_model->rowCount();
        const int row = 3;
        QPersistentModelIndex followed = m_model->index(row, TicketQueueModel::Number);
        storage::TicketRecord t = m_model->ticket(row);
        // Later than the first page's last deadline but before the second page's end: it moves down.
        t.deadlineAt = m_model->ticket(TicketQueueModel::PageSize - 2).deadlineAt.addMSecs(1);
        auto saved = m_db.run<core::Result<storage::TicketRecord>>([t](QSqlDatabase &db) {
            return storage::TicketRepository(db).update(t, {}, std::nullopt, test::QueueTestDatabase::seedTime());
        });
        QVERIFY(saved);
        m_model->refreshTickets({t.id});
        QVERIFY(loaded());
        QVERIFY(m_model->ticket(row).id != t.id);
        QVERIFY(followed.isValid());
        QCOMPARE(m_model->ticket(followed.row()).id, t.id); // a selection on it follows it
        QCOMPARE(m_model->rowCount(), rows);
    }
};

QTEST_MAIN(TestTicketQueueModel)
#include "test_ticket_queue_model.moc"
